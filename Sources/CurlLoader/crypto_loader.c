#include "CurlLoader.h"
#include "loader.h"
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

// Each pointer has the type of libcrypto's own prototype, so a changed signature fails to compile here.
static __typeof__(EVP_Digest) *p_digest;
static __typeof__(HMAC) *p_hmac;
static __typeof__(EVP_sha256) *p_sha256;
static __typeof__(EVP_sha1) *p_sha1;
static __typeof__(OPENSSL_init_crypto) *p_init_crypto;

#ifdef __APPLE__
// Homebrew's OpenSSL is not on dyld's default search path; the system has no public libcrypto.
static const char *const names[] = {"libcrypto.3.dylib", "/opt/homebrew/opt/openssl@3/lib/libcrypto.3.dylib",
                                    "/usr/local/opt/openssl@3/lib/libcrypto.3.dylib", NULL};
#else
static const char *const names[] = {"libcrypto.so.3", NULL};
#endif
static const loaded_symbol symbols[] = {
    {"EVP_Digest", (void **)&p_digest}, {"HMAC", (void **)&p_hmac}, {"EVP_sha256", (void **)&p_sha256},
    {"EVP_sha1", (void **)&p_sha1}, {"OPENSSL_init_crypto", (void **)&p_init_crypto}, {NULL, NULL},
};
static loaded_library library = LOADED_LIBRARY(names, symbols);

int crypto_loader_open(void) { return loaded_library_load(&library); }

const char *crypto_loader_error(void) { return crypto_loader_open() ? NULL : library.error; }
const char *crypto_loader_library(void) { return names[0]; }

int crypto_loader_sha256(const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return crypto_loader_open() && p_digest(data, count, out, &length, p_sha256(), NULL) == 1 && length == 32;
}

int crypto_loader_hmac_sha256(const void *key, size_t key_count, const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    if (!crypto_loader_open() || key_count > 0x7fffffff) return 0;
    return p_hmac(p_sha256(), key, (int)key_count, data, count, out, &length) != NULL && length == 32;
}

int crypto_loader_sha1(const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return crypto_loader_open() && p_digest(data, count, out, &length, p_sha1(), NULL) == 1 && length == 20;
}

int crypto_loader_init_without_exit_cleanup(void) {
    return crypto_loader_open() && p_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL) == 1;
}
