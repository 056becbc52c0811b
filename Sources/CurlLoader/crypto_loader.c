#include "CurlLoader.h"
#include "loader.h"
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

// Each pointer has the type of libcrypto's own prototype, so a changed signature fails to compile here.
static __typeof__(EVP_Digest) *p_digest;
static __typeof__(EVP_MD_fetch) *p_md_fetch;
static __typeof__(EVP_MAC_fetch) *p_mac_fetch;
static __typeof__(EVP_MAC_CTX_new) *p_mac_ctx_new;
static __typeof__(EVP_MAC_CTX_dup) *p_mac_ctx_dup;
static __typeof__(EVP_MAC_CTX_free) *p_mac_ctx_free;
static __typeof__(EVP_MAC_CTX_set_params) *p_mac_ctx_set_params;
static __typeof__(EVP_MAC_init) *p_mac_init;
static __typeof__(EVP_MAC_update) *p_mac_update;
static __typeof__(EVP_MAC_final) *p_mac_final;
static __typeof__(OPENSSL_init_crypto) *p_init_crypto;

#ifdef __APPLE__
// Homebrew's OpenSSL is not on dyld's default search path; the system has no public libcrypto.
static const char *const names[] = {"libcrypto.3.dylib", "/opt/homebrew/opt/openssl@3/lib/libcrypto.3.dylib",
                                    "/usr/local/opt/openssl@3/lib/libcrypto.3.dylib", NULL};
#else
static const char *const names[] = {"libcrypto.so.3", NULL};
#endif
static const loaded_symbol symbols[] = {
    {"EVP_Digest", (void **)&p_digest},
    {"EVP_MD_fetch", (void **)&p_md_fetch},
    {"EVP_MAC_fetch", (void **)&p_mac_fetch},
    {"EVP_MAC_CTX_new", (void **)&p_mac_ctx_new},
    {"EVP_MAC_CTX_dup", (void **)&p_mac_ctx_dup},
    {"EVP_MAC_CTX_free", (void **)&p_mac_ctx_free},
    {"EVP_MAC_CTX_set_params", (void **)&p_mac_ctx_set_params},
    {"EVP_MAC_init", (void **)&p_mac_init},
    {"EVP_MAC_update", (void **)&p_mac_update},
    {"EVP_MAC_final", (void **)&p_mac_final},
    {"OPENSSL_init_crypto", (void **)&p_init_crypto},
    {NULL, NULL},
};
static loaded_library library = LOADED_LIBRARY(names, symbols, NULL);

int crypto_loader_open(void) { return loaded_library_load(&library); }

const char *crypto_loader_error(void) { return crypto_loader_open() ? NULL : library.error; }
const char *crypto_loader_library(void) { return names[0]; }

// OpenSSL 3 looks an algorithm up in its provider store on every use of `EVP_sha256()` or `HMAC()`
// (about 22,000 instructions each, three times per signed request); the algorithms are fetched once
// here and kept for the life of the process. The HMAC context is a template holding the digest: each
// MAC starts from a copy of it and sets only the key.
static EVP_MD *sha256_md, *sha1_md;
static EVP_MAC_CTX *hmac_sha256_template;
static pthread_once_t fetched_once = PTHREAD_ONCE_INIT;

static void fetch_algorithms(void) {
    sha256_md = p_md_fetch(NULL, "SHA256", NULL);
    sha1_md = p_md_fetch(NULL, "SHA1", NULL);
    EVP_MAC *hmac = p_mac_fetch(NULL, "HMAC", NULL);
    EVP_MAC_CTX *template = hmac ? p_mac_ctx_new(hmac) : NULL;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        {OSSL_MAC_PARAM_DIGEST, OSSL_PARAM_UTF8_STRING, digest, sizeof digest - 1, OSSL_PARAM_UNMODIFIED},
        {NULL, 0, NULL, 0, 0},
    };
    if (template && p_mac_ctx_set_params(template, params) == 1) {
        hmac_sha256_template = template;
    } else if (template) {
        p_mac_ctx_free(template);
    }
    // The context holds its own reference to the MAC; this one is never freed (process lifetime).
}

static int crypto_ready(void) {
    if (!crypto_loader_open()) return 0;
    pthread_once(&fetched_once, fetch_algorithms);
    return 1;
}

int crypto_loader_sha256(const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return crypto_ready() && sha256_md && p_digest(data, count, out, &length, sha256_md, NULL) == 1 && length == 32;
}

int crypto_loader_hmac_sha256(const void *key, size_t key_count, const void *data, size_t count, unsigned char *out) {
    if (!crypto_ready() || !hmac_sha256_template) return 0;
    EVP_MAC_CTX *context = p_mac_ctx_dup(hmac_sha256_template);
    if (!context) return 0;
    size_t length = 0;
    // A NULL key would mean "keep the previous key"; an empty one is still a key.
    static const unsigned char empty_key[1];
    int ok = p_mac_init(context, key ? key : empty_key, key_count, NULL) == 1 && p_mac_update(context, data, count) == 1 &&
             p_mac_final(context, out, &length, 32) == 1 && length == 32;
    p_mac_ctx_free(context);
    return ok;
}

int crypto_loader_sha1(const void *data, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return crypto_ready() && sha1_md && p_digest(data, count, out, &length, sha1_md, NULL) == 1 && length == 20;
}

int crypto_loader_init_without_exit_cleanup(void) {
    return crypto_loader_open() && p_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL) == 1;
}
