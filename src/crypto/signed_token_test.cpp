#include "crypto/signed_token.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "crypto/encoding.hpp"
#include "crypto/hash.hpp"

namespace vigie::crypto {
namespace {

const std::string kKey(32, 'k');
constexpr std::int64_t kExpires = 1800000000;

TEST(SignedToken, HasTheDocumentedFormat) {
  const std::string token = SignToken(kKey, "password-reset", "user:42", kExpires);
  const std::string mac = HmacSha256(kKey, "password-reset\nuser:42\n1800000000");
  EXPECT_EQ(token, Base64UrlEncode("user:42") + ".1800000000." + Base64UrlEncode(mac));
}

TEST(SignedToken, VerifiesUntilItExpires) {
  const std::string token = SignToken(kKey, "password-reset", "user:42", kExpires);
  EXPECT_EQ(VerifySignedToken(kKey, "password-reset", token, kExpires - 3600), "user:42");
  EXPECT_EQ(VerifySignedToken(kKey, "password-reset", token, kExpires - 1), "user:42");
  EXPECT_EQ(VerifySignedToken(kKey, "password-reset", token, kExpires), std::nullopt);
  EXPECT_EQ(VerifySignedToken(kKey, "password-reset", token, kExpires + 1), std::nullopt);
}

TEST(SignedToken, RefusesAnotherPurposeOrKey) {
  const std::string token = SignToken(kKey, "password-reset", "user:42", kExpires);
  EXPECT_EQ(VerifySignedToken(kKey, "invitation", token, 0), std::nullopt);
  EXPECT_EQ(VerifySignedToken(std::string(32, 'K'), "password-reset", token, 0),
            std::nullopt);
}

TEST(SignedToken, RefusesTampering) {
  const std::string token = SignToken(kKey, "confirm-email", "user:42", kExpires);
  const std::size_t dot = token.find('.');
  // Another payload with the original MAC.
  EXPECT_EQ(VerifySignedToken(kKey, "confirm-email",
                              Base64UrlEncode("user:43") + token.substr(dot), 0),
            std::nullopt);
  // A later expiry with the original MAC.
  std::string extended = token;
  extended.replace(dot + 1, 10, "1900000000");
  EXPECT_EQ(VerifySignedToken(kKey, "confirm-email", extended, 0), std::nullopt);
  // Another spelling of the same expiry.
  std::string padded = token;
  padded.insert(dot + 1, "0");
  EXPECT_EQ(VerifySignedToken(kKey, "confirm-email", padded, 0), std::nullopt);
  // Every single-character change of the MAC.
  const std::size_t mac_start = token.rfind('.') + 1;
  for (std::size_t i = mac_start; i < token.size(); ++i) {
    std::string altered = token;
    altered[i] = altered[i] == 'A' ? 'B' : 'A';
    EXPECT_EQ(VerifySignedToken(kKey, "confirm-email", altered, 0), std::nullopt) << i;
  }
}

TEST(SignedToken, RefusesMalformedTokens) {
  const std::string token = SignToken(kKey, "p", "x", kExpires);
  for (const std::string& bad :
       {std::string(), std::string("."), std::string(".."), std::string("a.b"),
        token + ".", "." + token, token.substr(0, token.size() - 1),
        std::string("eA.1800000000."),
        std::string("eA.abc.") + token.substr(token.rfind('.') + 1)}) {
    EXPECT_EQ(VerifySignedToken(kKey, "p", bad, 0), std::nullopt) << bad;
  }
}

TEST(SignedToken, CarriesAnyPayloadBytes) {
  const std::string payload = std::string("line1\nline2\0.", 13) + "é";
  const std::string token = SignToken(kKey, "invitation", payload, kExpires);
  EXPECT_EQ(VerifySignedToken(kKey, "invitation", token, 0), payload);
  EXPECT_EQ(VerifySignedToken(kKey, "invitation", SignToken(kKey, "invitation", "", kExpires),
                              0),
            "");
}

TEST(SignedToken, RefusesShortKeysAndNewlinesInPurpose) {
  EXPECT_THROW(SignToken("short", "p", "x", kExpires), std::invalid_argument);
  EXPECT_THROW(SignToken(kKey, "a\nb", "x", kExpires), std::invalid_argument);
  EXPECT_THROW(VerifySignedToken("", "p", "x.1.y", 0), std::invalid_argument);
}

}  // namespace
}  // namespace vigie::crypto
