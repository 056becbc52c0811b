#include "loader.h"
#include <dlfcn.h>
#include <stdio.h>

int loaded_library_open(loaded_library *library) {
    library->opened = library->candidates[0];
    for (const char *const *name = library->candidates; *name; name++) {
        // RTLD_LOCAL: nothing of the library leaks into the process's global symbol namespace.
        library->handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
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

int loaded_library_symbol(loaded_library *library, const char *name, void **slot) {
    *slot = dlsym(library->handle, name);
    if (*slot) return 1;
    snprintf(library->error, sizeof library->error, "%s has no function %s", library->opened, name);
    return 0;
}
