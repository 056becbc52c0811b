#include "CurlLoader.h"
#include "loader.h"

// Each pointer has the type of libcurl's own prototype, so a changed signature fails to compile here.
static __typeof__(curl_global_init) *p_global_init;
static __typeof__(curl_easy_init) *p_easy_init;
static __typeof__(curl_easy_cleanup) *p_easy_cleanup;
static __typeof__(curl_easy_reset) *p_easy_reset;
static __typeof__(curl_easy_strerror) *p_easy_strerror;
static __typeof__(curl_easy_setopt) *p_easy_setopt;
static __typeof__(curl_easy_getinfo) *p_easy_getinfo;
static __typeof__(curl_slist_append) *p_slist_append;
static __typeof__(curl_slist_free_all) *p_slist_free_all;
static __typeof__(curl_multi_init) *p_multi_init;
static __typeof__(curl_multi_cleanup) *p_multi_cleanup;
static __typeof__(curl_multi_add_handle) *p_multi_add_handle;
static __typeof__(curl_multi_remove_handle) *p_multi_remove_handle;
static __typeof__(curl_multi_setopt) *p_multi_setopt;
static __typeof__(curl_multi_socket_action) *p_multi_socket_action;
static __typeof__(curl_multi_info_read) *p_multi_info_read;

#ifdef __APPLE__
static const char *const names[] = {"libcurl.4.dylib", "/usr/lib/libcurl.4.dylib", NULL};
#else
static const char *const names[] = {"libcurl.so.4", NULL};
#endif
static const loaded_symbol symbols[] = {
    {"curl_global_init", (void **)&p_global_init}, {"curl_easy_init", (void **)&p_easy_init},
    {"curl_easy_cleanup", (void **)&p_easy_cleanup}, {"curl_easy_reset", (void **)&p_easy_reset},
    {"curl_easy_strerror", (void **)&p_easy_strerror},
    {"curl_easy_setopt", (void **)&p_easy_setopt}, {"curl_easy_getinfo", (void **)&p_easy_getinfo},
    {"curl_slist_append", (void **)&p_slist_append}, {"curl_slist_free_all", (void **)&p_slist_free_all},
    {"curl_multi_init", (void **)&p_multi_init}, {"curl_multi_cleanup", (void **)&p_multi_cleanup},
    {"curl_multi_add_handle", (void **)&p_multi_add_handle},
    {"curl_multi_remove_handle", (void **)&p_multi_remove_handle},
    {"curl_multi_setopt", (void **)&p_multi_setopt}, {"curl_multi_socket_action", (void **)&p_multi_socket_action},
    {"curl_multi_info_read", (void **)&p_multi_info_read},
    {NULL, NULL},
};
// libcurl's RTMP support links GnuTLS, whose constructor initializes it in full on load (priority strings,
// its configuration file, the random generator: 0.8 MiB of drift's peak RSS) though stackcheck speaks only
// HTTP(S), through OpenSSL. GnuTLS documents this variable for skipping that implicit initialization; a user
// of GnuTLS still initializes it by calling gnutls_global_init, as librtmp does before any RTMPS stream.
static const char *const load_environment[] = {"GNUTLS_NO_IMPLICIT_INIT", NULL};
static loaded_library library = LOADED_LIBRARY(names, symbols, load_environment);

int curl_loader_open(void) { return loaded_library_load(&library); }

const char *curl_loader_error(void) { return curl_loader_open() ? NULL : library.error; }
const char *curl_loader_library(void) { return names[0]; }

// The wrappers below are reached only through a handle curl_loader_easy_init made, or after
// curl_loader_open returned 1 (CurlEasy checks it first), so the pointers are set.
CURLcode curl_loader_global_init(long flags) { return curl_loader_open() ? p_global_init(flags) : CURLE_FAILED_INIT; }
CURL *curl_loader_easy_init(void) { return curl_loader_open() ? p_easy_init() : NULL; }
void curl_loader_easy_cleanup(CURL *handle) { p_easy_cleanup(handle); }
void curl_loader_easy_reset(CURL *handle) { p_easy_reset(handle); }
const char *curl_loader_easy_strerror(CURLcode code) {
    return curl_loader_open() ? p_easy_strerror(code) : "libcurl could not be loaded";
}
struct curl_slist *curl_loader_slist_append(struct curl_slist *list, const char *line) {
    return curl_loader_open() ? p_slist_append(list, line) : NULL;
}
void curl_loader_slist_free_all(struct curl_slist *list) {
    if (list) p_slist_free_all(list);
}

CURLcode curl_loader_setopt_long(CURL *handle, CURLoption option, long value) {
    return p_easy_setopt(handle, option, value);
}
CURLcode curl_loader_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return p_easy_setopt(handle, option, value);
}
CURLcode curl_loader_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return p_easy_setopt(handle, option, value);
}
CURLcode curl_loader_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return p_easy_setopt(handle, option, value);
}
CURLcode curl_loader_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return p_easy_setopt(handle, option, value);
}
CURLcode curl_loader_setopt_callback(CURL *handle, CURLoption option, curl_loader_data_callback value) {
    return p_easy_setopt(handle, option, value);
}
CURLcode curl_loader_setopt_progress(CURL *handle, curl_loader_progress_callback value) {
    return p_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}
CURLcode curl_loader_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return p_easy_getinfo(handle, info, value);
}

CURLM *curl_loader_multi_init(void) { return curl_loader_open() ? p_multi_init() : NULL; }
CURLMcode curl_loader_multi_cleanup(CURLM *multi) { return p_multi_cleanup(multi); }
CURLMcode curl_loader_multi_add_handle(CURLM *multi, CURL *handle) { return p_multi_add_handle(multi, handle); }
CURLMcode curl_loader_multi_remove_handle(CURLM *multi, CURL *handle) { return p_multi_remove_handle(multi, handle); }
CURLMcode curl_loader_multi_socket_action(CURLM *multi, curl_socket_t socket, int events, int *running) {
    return p_multi_socket_action(multi, socket, events, running);
}
CURLMcode curl_loader_multi_set_callbacks(CURLM *multi, curl_socket_callback on_socket, curl_multi_timer_callback on_timer,
                                          void *data) {
    CURLMcode code = p_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    if (code == CURLM_OK) code = p_multi_setopt(multi, CURLMOPT_SOCKETDATA, data);
    if (code == CURLM_OK) code = p_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, on_timer);
    if (code == CURLM_OK) code = p_multi_setopt(multi, CURLMOPT_TIMERDATA, data);
    return code;
}
int curl_loader_multi_next_done(CURLM *multi, CURL **handle, CURLcode *result) {
    int left = 0;
    CURLMsg *message;
    while ((message = p_multi_info_read(multi, &left))) {
        if (message->msg == CURLMSG_DONE) {
            *handle = message->easy_handle;
            *result = message->data.result;
            return 1;
        }
    }
    return 0;
}
