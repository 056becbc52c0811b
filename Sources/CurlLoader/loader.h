#ifndef CURL_LOADER_INTERNAL_H
#define CURL_LOADER_INTERNAL_H
#include <stddef.h>

// One shared library opened on first use: the first candidate file name that loads wins.
typedef struct {
    const char *const *candidates;
    const char *opened;  // the candidate that loaded, else the first one (for messages)
    void *handle;
    char error[512];
} loaded_library;

// dlopen()s the first loadable candidate; 1 on success, else 0 with the loader's message in `error`.
int loaded_library_open(loaded_library *library);
// dlsym() of one name into `*slot`; 1 when found, else 0 with a message in `error`.
int loaded_library_symbol(loaded_library *library, const char *name, void **slot);
#endif
