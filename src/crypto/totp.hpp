#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps
// implement them: HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits. Plus the
// recovery codes shown once when a user enables two-factor authentication.
//
// `secret_raw` is the shared secret as raw bytes (NewTotpSecret: 20 bytes), kept
// sealed at rest (SecretBox). A secret shorter than kMinTotpSecretBytes (RFC 4226's
// 128-bit minimum) is a programmer error: std::invalid_argument. Thread-safe.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::crypto {

inline constexpr std::int64_t kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;
inline constexpr std::size_t kMinTotpSecretBytes = 16;
inline constexpr int kMaxTotpWindowSteps = 10;

// The time-step counter of `unix_time`: floor(unix_time / 30).
std::int64_t TotpStep(std::int64_t unix_time);

// The code valid at `unix_time` (>= 0), zero-padded to `digits` (6 to 8; the RFC 6238
// test vectors use 8). Throws std::invalid_argument on a bad secret, time or digits.
std::string TotpCode(std::string_view secret_raw, std::int64_t unix_time,
                     int digits = kTotpDigits);

// Checks a 6-digit code typed by the user (spaces, tabs allowed anywhere) against the
// steps TotpStep(unix_time) +/- window_steps (0..kMaxTotpWindowSteps, else
// std::invalid_argument), tolerating that much clock drift. Returns the matched step
// counter, or std::nullopt. A code stays valid for its whole window: the caller stores
// the last accepted step per user and refuses any step <= it, so a code observed over
// someone's shoulder cannot be replayed.
std::optional<std::int64_t> VerifyTotp(std::string_view secret_raw, std::string_view code,
                                       std::int64_t unix_time, int window_steps = 1);

// The provisioning URI, shown as a QR code:
// otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
// with issuer and account percent-encoded (RFC 3986, UTF-8 bytes as %XX).
std::string TotpUri(std::string_view issuer, std::string_view account,
                    std::string_view secret_raw);

// A new shared secret: 20 random bytes (160 bits, the RFC 4226 recommendation).
std::string NewTotpSecret();

// `count` (>= 0, else std::invalid_argument) distinct one-time recovery codes,
// "xxxx-xxxx-xx" from kCrockfordAlphabet (50 random bits each). Show them once; store
// only Sha256(NormalizeRecoveryCode(code)).
std::vector<std::string> NewRecoveryCodes(int count = 10);

// The canonical "xxxx-xxxx-xx" form of a recovery code as typed: case-insensitive,
// spaces and hyphens ignored, o read as 0 and i, l as 1 (Crockford). std::nullopt if
// it cannot be a recovery code.
std::optional<std::string> NormalizeRecoveryCode(std::string_view typed);

}  // namespace vigie::crypto
