#pragma once
// Randomness and identifiers. Everything here draws from libsodium's CSPRNG
// (getrandom(2) on Linux), needs no seeding and is thread-safe.

#include <cstddef>
#include <string>

namespace vigie::crypto {

// Initialises libsodium once per process; later calls cost one atomic load.
// Every function of this module that needs libsodium calls it itself; call it at
// start-up to fail early. Thread-safe. Throws std::runtime_error if libsodium cannot
// start (no entropy source); a later call tries again.
void EnsureInitialized();

// `n` bytes from the CSPRNG.
std::string RandomBytes(std::size_t n);

// A new primary key: 128 random bits as kIdLength lowercase Crockford base32
// characters (alphabet kCrockfordAlphabet in encoding.hpp). Ids are unguessable and
// may appear in URLs, but they are not credentials: knowing one grants nothing.
inline constexpr std::size_t kIdLength = 26;
std::string NewId();

// A new bearer secret (session cookie, API token, invitation link): 256 random bits
// as kTokenLength base64url characters without padding. Store only its Sha256 when
// the server has to recognise it later, never the token itself.
inline constexpr std::size_t kTokenLength = 43;
std::string NewToken();

}  // namespace vigie::crypto
