// crypto::VerifySignedToken: the token of an e-mailed link (invitation, password
// reset), taken from the URL. Input: 8 bytes of "now", then the token.
// Properties:
// - whatever the input, a token verifies only if it is exactly what SignToken writes
//   for its payload and expiry (one spelling per token) and has not expired;
// - the input with its MAC recomputed by the holder of the key (the fuzzer cannot
//   forge HMACs, this lets it reach the checks behind the MAC) verifies exactly when
//   its payload and MAC are canonical base64url and its expiry a canonical number
//   after now;
// - SignToken(payload = the input) round-trips until the expiry, not after, not for
//   another purpose or key, and not with any byte changed.

#include <optional>
#include <stdexcept>
#include <string>

#include "crypto/encoding.hpp"
#include "crypto/hash.hpp"
#include "crypto/signed_token.hpp"
#include "fuzz_check.hpp"

namespace {

constexpr std::string_view kKey = "0123456789abcdef0123456789abcdef";
constexpr std::string_view kOtherKey = "0123456789abcdef0123456789abcdeX";
constexpr std::string_view kPurpose = "invitation";

// A token with the structure payload.expires.mac, split; false if not three fields.
bool Split(std::string_view token, std::string_view& payload, std::string_view& expires,
           std::string_view& mac) {
  const auto first = token.find('.');
  if (first == std::string_view::npos) return false;
  const auto second = token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
    return false;
  }
  payload = token.substr(0, first);
  expires = token.substr(first + 1, second - first - 1);
  mac = token.substr(second + 1);
  return true;
}

// Canonical decimal, as std::to_string writes it.
std::optional<std::int64_t> CanonicalNumber(std::string_view text) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool sign = i == 0 && text[i] == '-' && text.size() > 1;
    if (!sign && (text[i] < '0' || text[i] > '9')) return std::nullopt;
  }
  try {
    const std::int64_t value = std::stoll(std::string(text));
    if (std::to_string(value) != text) return std::nullopt;
    return value;
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace vigie::crypto;
  std::string_view input = vigie::fuzz::AsText(data, size);
  const std::int64_t now = vigie::fuzz::TakeInt64(input);
  const std::string_view token = input;

  // 1. The input as a token.
  if (const auto payload = VerifySignedToken(kKey, kPurpose, token, now)) {
    std::string_view p, e, m;
    FUZZ_CHECK(Split(token, p, e, m));
    const auto expires = CanonicalNumber(e);
    FUZZ_CHECK(expires && now < *expires);
    FUZZ_CHECK(SignToken(kKey, kPurpose, *payload, *expires) == token);
  }

  // 2. The input with a valid MAC for whatever its fields decode to.
  std::string_view p, e, m;
  if (Split(token, p, e, m)) {
    const auto payload = Base64UrlDecode(p);
    const auto expires = CanonicalNumber(e);
    const bool mac_canonical = Base64UrlDecode(m).has_value();
    if (payload) {
      const std::string message = std::string(kPurpose) + "\n" + *payload + "\n" + std::string(e);
      const std::string resigned = std::string(p) + "." + std::string(e) + "." +
                                   Base64UrlEncode(HmacSha256(kKey, message));
      const auto verified = VerifySignedToken(kKey, kPurpose, resigned, now);
      FUZZ_CHECK(verified.has_value() == (expires && now < *expires));
      if (verified) FUZZ_CHECK(*verified == *payload);
      if (!mac_canonical) FUZZ_CHECK(!VerifySignedToken(kKey, kPurpose, token, now));
    }
  }

  // 3. Signing the input as a payload.
  const std::int64_t expires_at = now == INT64_MAX ? now : now + 1;
  const std::string signed_token = SignToken(kKey, kPurpose, token, expires_at);
  const auto back = VerifySignedToken(kKey, kPurpose, signed_token, now);
  FUZZ_CHECK(back.has_value() == (now < expires_at));
  if (back) FUZZ_CHECK(*back == token);
  FUZZ_CHECK(!VerifySignedToken(kKey, kPurpose, signed_token, expires_at));
  FUZZ_CHECK(!VerifySignedToken(kKey, "password-reset", signed_token, now));
  FUZZ_CHECK(!VerifySignedToken(kOtherKey, kPurpose, signed_token, now));
  if (!signed_token.empty()) {
    std::string altered = signed_token;
    const std::size_t at = static_cast<std::size_t>(now & 0x7fffffff) % altered.size();
    altered[at] = static_cast<char>(altered[at] ^ (1 + ((now >> 32) & 0x7f)));
    FUZZ_CHECK(!VerifySignedToken(kKey, kPurpose, altered, now));
  }
  return 0;
}
