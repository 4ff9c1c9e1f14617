/* The system's OpenSSL libcrypto, for SHA-256 only (EVP: the non-deprecated interface). */
#include <openssl/evp.h>
