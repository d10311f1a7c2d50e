#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str, "interactive" limits:
// about 170 ms and 64 MiB per call on our servers). The result is a self-describing
// PHC string "$argon2id$v=19$m=65536,t=2,p=1$salt$hash" (< 128 ASCII characters)
// holding algorithm, parameters and a random salt: store it as is.
//
// Each call costs 64 MiB for its duration: callers limit how many run at once and
// throttle login attempts. Thread-safe.

#include <string>
#include <string_view>

namespace vigie::crypto {

// Throws std::runtime_error if the memory cannot be allocated.
std::string HashPassword(std::string_view password);

// True when `password` matches `hash` (argon2id, or argon2i from an older libsodium).
// Returns false, never throws, on a malformed or truncated hash.
bool VerifyPassword(std::string_view hash, std::string_view password);

// True when `hash` was not made by HashPassword with today's algorithm and limits
// (or is malformed). After a successful VerifyPassword, store HashPassword(password).
bool PasswordHashNeedsRehash(std::string_view hash);

}  // namespace vigie::crypto
