#include "loader.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static int open_library(loaded_library *library) {
    library->opened = library->candidates[0];
    for (const char *const *name = library->candidates; *name; name++) {
        // RTLD_LOCAL: nothing of the library leaks into the process's global symbol namespace. RTLD_LAZY:
        // the functions of libcurl's ~30 dependencies that a run never calls are never looked up (those
        // built with BIND_NOW bind at load anyway); the ones stackcheck calls are checked by dlsym below.
        library->handle = dlopen(*name, RTLD_LAZY | RTLD_LOCAL);
        if (library->handle) {
            library->opened = *name;
            return 1;
        }
        // Keep the first candidate's reason: it names the file a user would install.
        if (name == library->candidates) {
            const char *reason = dlerror();
            snprintf(library->error, sizeof library->error, "%s", reason ? reason : "dlopen failed");
        }
    }
    return 0;
}

static int find_symbols(loaded_library *library) {
    for (const loaded_symbol *symbol = library->symbols; symbol->name; symbol++) {
        *symbol->slot = dlsym(library->handle, symbol->name);
        if (!*symbol->slot) {
            snprintf(library->error, sizeof library->error, "%s has no function %s", library->opened, symbol->name);
            return 0;
        }
    }
    return 1;
}

int loaded_library_load(loaded_library *library) {
    // Every wrapper asks first, so the settled answer is read without the lock.
    int state = __atomic_load_n(&library->state, __ATOMIC_ACQUIRE);
    if (state) return state == 1;
    pthread_mutex_lock(&library->lock);
    if (!library->state) {
        // Set only around dlopen, so child processes (credential_process) never inherit them. setenv runs
        // here once per process, under this lock, before any transfer thread exists.
        enum { most = 4 };
        int added[most] = {0};
        const char *const *variables = library->load_environment;
        for (int index = 0; variables && variables[index] && index < most; index++)
            added[index] = getenv(variables[index]) == NULL && setenv(variables[index], "1", 0) == 0;
        int loaded = open_library(library) && find_symbols(library);
        for (int index = 0; variables && variables[index] && index < most; index++)
            if (added[index]) unsetenv(variables[index]);
        __atomic_store_n(&library->state, loaded ? 1 : -1, __ATOMIC_RELEASE);
    }
    state = library->state;
    pthread_mutex_unlock(&library->lock);
    return state == 1;
}
