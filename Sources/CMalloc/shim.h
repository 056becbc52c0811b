#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H
// glibc's allocator settings (mallopt), which the Glibc module leaves out. Linux only.
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
