#ifndef CURL_LOADER_INTERNAL_H
#define CURL_LOADER_INTERNAL_H
#include <pthread.h>
#include <stddef.h>

// One function a library must have, and where its address goes.
typedef struct {
    const char *name;
    void **slot;
} loaded_symbol;

// One shared library opened on first use: the first candidate file name that loads wins, and every
// symbol of the table (ended by a NULL name) must be found in it.
typedef struct {
    const char *const *candidates;
    const loaded_symbol *symbols;
    // Environment variables (NULL-ended list, or NULL) set to "1" only while the library and its dependencies
    // load, for their constructors to read; one the user has set is left as it is, and none stays behind.
    const char *const *load_environment;
    pthread_mutex_t lock;
    int state;           // 0 not tried yet, 1 loaded, -1 failed (the answer never changes once given)
    const char *opened;  // the candidate that loaded, else the first one (for messages)
    void *handle;
    char error[512];
} loaded_library;

#define LOADED_LIBRARY(candidates, symbols, load_environment) \
    {candidates, symbols, load_environment, PTHREAD_MUTEX_INITIALIZER, 0, NULL, NULL, {0}}

// Opens the library and finds its symbols, once (thread-safe); 1 when all were found, else 0 with the
// loader's message in `error`.
int loaded_library_load(loaded_library *library);
#endif
