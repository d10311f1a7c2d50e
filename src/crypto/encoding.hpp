#pragma once
// Text encodings of binary data. Pure functions, thread-safe. Encoders never fail;
// decoders return std::nullopt on malformed input and never throw.

#include <optional>
#include <string>
#include <string_view>

namespace vigie::crypto {

// Base64 with the URL- and filename-safe alphabet (RFC 4648 §5), without padding.
// Decoding is strict: no padding, no whitespace, no '+' or '/', and the unused low
// bits of the last character must be zero, so every byte string has one encoding.
std::string Base64UrlEncode(std::string_view bytes);
std::optional<std::string> Base64UrlDecode(std::string_view text);

// Base32 (RFC 4648 §6), uppercase, without padding: the form authenticator apps
// expect for TOTP secrets. Decoding is tolerant of what people paste: lowercase,
// spaces/tabs/newlines anywhere and trailing '=' padding. It still refuses any other
// character and impossible lengths (1, 3 or 6 characters in the last group).
std::string Base32Encode(std::string_view bytes);
std::optional<std::string> Base32Decode(std::string_view text);

// Crockford's base32 alphabet in lowercase (no i, l, o, u): easy to read aloud and
// to retype. Used for ids and recovery codes.
inline constexpr std::string_view kCrockfordAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";

// Bits taken most significant first, 5 per character, the last character padded
// with zero bits (16 bytes -> 26 characters). No check symbol, no padding.
std::string CrockfordBase32Encode(std::string_view bytes);

// Lowercase hexadecimal, two characters per byte.
std::string HexEncode(std::string_view bytes);

// Percent-encoding (RFC 3986 §2.1) of every byte except the unreserved characters
// A-Z a-z 0-9 - . _ ~ ; hex digits in uppercase, space as "%20" (never '+').
std::string PercentEncode(std::string_view text);

}  // namespace vigie::crypto
