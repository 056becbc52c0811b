#ifndef CURL_LOADER_H
#define CURL_LOADER_H
#include <curl/curl.h>
#include <stddef.h>

// libcurl and libcrypto are loaded on first use (dlopen), not at start-up: libcurl's ~30 dependent
// libraries (TLS, Kerberos, LDAP, IDN, ...) cost every start a few milliseconds, commands that never reach
// AWS included. The headers come from the CCurl and CCrypto system-library targets; Swift calls these
// wrappers, never libcurl or libcrypto directly, so the linker (--as-needed) records no dependency on them.

// Loads libcurl once; 1 when every function was found, 0 otherwise. Thread-safe; later calls return the
// first answer.
int curl_loader_open(void);
// Why curl_loader_open failed (the dynamic loader's words), or NULL when it did not.
const char *curl_loader_error(void);
// The file name libcurl is loaded by.
const char *curl_loader_library(void);

// The same signatures as libcurl's; call only after curl_loader_open returned 1.
CURLcode curl_loader_global_init(long flags);
CURL *curl_loader_easy_init(void);
void curl_loader_easy_cleanup(CURL *handle);
void curl_loader_easy_reset(CURL *handle);
const char *curl_loader_easy_strerror(CURLcode code);
struct curl_slist *curl_loader_slist_append(struct curl_slist *list, const char *line);
void curl_loader_slist_free_all(struct curl_slist *list);

// Swift cannot call the variadic curl_easy_setopt/curl_easy_getinfo: typed wrappers, one per argument kind.
CURLcode curl_loader_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode curl_loader_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode curl_loader_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode curl_loader_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode curl_loader_setopt_off(CURL *handle, CURLoption option, curl_off_t value);
typedef size_t (*curl_loader_data_callback)(char *data, size_t size, size_t count, void *context);
CURLcode curl_loader_setopt_callback(CURL *handle, CURLoption option, curl_loader_data_callback value);
typedef int (*curl_loader_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                             curl_off_t ultotal, curl_off_t ulnow);
CURLcode curl_loader_setopt_progress(CURL *handle, curl_loader_progress_callback value);
CURLcode curl_loader_getinfo_long(CURL *handle, CURLINFO info, long *value);

// The multi interface, for many transfers on one thread. NULL from curl_loader_multi_init when libcurl is
// not loaded.
CURLM *curl_loader_multi_init(void);
CURLMcode curl_loader_multi_cleanup(CURLM *multi);
CURLMcode curl_loader_multi_add_handle(CURLM *multi, CURL *handle);
CURLMcode curl_loader_multi_remove_handle(CURLM *multi, CURL *handle);
CURLMcode curl_loader_multi_socket_action(CURLM *multi, curl_socket_t socket, int events, int *running);
// CURLMOPT_SOCKETFUNCTION and CURLMOPT_TIMERFUNCTION, both called with `data`.
CURLMcode curl_loader_multi_set_callbacks(CURLM *multi, curl_socket_callback on_socket, curl_multi_timer_callback on_timer,
                                          void *data);
// The next finished transfer's handle and result: 1 when there was one, 0 when none is left.
int curl_loader_multi_next_done(CURLM *multi, CURL **handle, CURLcode *result);

// A multi handle driven by its sockets' events (curl_multi_socket_action), the way libcurl's documentation
// recommends for many transfers: libcurl hears which socket is ready and runs only the transfer on it.
// curl_multi_perform instead visits every transfer and polls each one's socket again, once per call (drift of
// the reference stack: ~430 extra poll calls for 40 requests). Used from one thread, except
// curl_loader_events_wake.
typedef struct curl_loader_events curl_loader_events;
// NULL when libcurl is not loaded or the process is out of memory or descriptors.
curl_loader_events *curl_loader_events_new(void);
CURLM *curl_loader_events_multi(curl_loader_events *events);
// Waits until a socket is ready, libcurl's next timer falls due, curl_loader_events_wake is called, or
// `max_wait_ms` passes (0: no wait), whichever is first; then lets libcurl act on what is ready.
void curl_loader_events_run(curl_loader_events *events, int max_wait_ms);
// Ends the current or next wait of curl_loader_events_run early; callable from any thread.
void curl_loader_events_wake(curl_loader_events *events);
// Every easy handle must have been removed first (libcurl's order).
void curl_loader_events_free(curl_loader_events *events);

// libcrypto (OpenSSL 3): loaded once on first use; 1 when every function was found, 0 otherwise.
int crypto_loader_open(void);
const char *crypto_loader_error(void);
const char *crypto_loader_library(void);

// One-shot digests, so Swift never holds an EVP context. Each returns 1 on success and 0 on failure
// (libcrypto not loaded included) and writes exactly 32 (SHA-256, HMAC) or 20 (SHA-1) bytes to `out`.
int crypto_loader_sha256(const void *data, size_t count, unsigned char *out);
int crypto_loader_hmac_sha256(const void *key, size_t key_count, const void *data, size_t count, unsigned char *out);
// SHA-1 only for names (the AWS CLI's SSO cache file names), never for security.
int crypto_loader_sha1(const void *data, size_t count, unsigned char *out);
// Initializes libcrypto without the exit-time cleanup it would otherwise register with atexit() (see
// LibcryptoSetup.swift: openssl/openssl#6214). Only the first initialization in the process decides.
int crypto_loader_init_without_exit_cleanup(void);
#endif
