#ifndef CCRYPTO_SHIM_H
#define CCRYPTO_SHIM_H
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

// One-shot, typed entry points so Swift never holds an EVP context: nothing to free, nothing shared.
// Each returns 1 on success and 0 on failure, and writes exactly 32 bytes to `out`.
static inline int ccrypto_sha256(const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return EVP_Digest(data, count, out, &length, EVP_sha256(), NULL) == 1 && length == 32;
}
static inline int ccrypto_hmac_sha256(const void *key, size_t key_count, const void *data, size_t count,
                                      unsigned char *out) {
    unsigned int length = 0;
    if (key_count > 0x7fffffff) return 0;
    return HMAC(EVP_sha256(), key, (int)key_count, data, count, out, &length) != NULL && length == 32;
}
// SHA-1 writes 20 bytes: only for names (the AWS CLI's SSO cache file names), never for security.
static inline int ccrypto_sha1(const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return EVP_Digest(data, count, out, &length, EVP_sha1(), NULL) == 1 && length == 20;
}
// Initializes libcrypto without the exit-time cleanup it would otherwise register with atexit(). That
// cleanup frees libcrypto's global state while other threads (libcurl workers ending, their thread-local
// destructors) may still be inside libcrypto: a use-after-free that aborts the process now and then
// (openssl/openssl#6214). Only the first initialization in the process decides; returns 1 on success.
static inline int ccrypto_init_without_exit_cleanup(void) {
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL);
}
#endif
