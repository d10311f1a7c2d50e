#include "crypto/secret_box.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "crypto/encoding.hpp"

namespace vigie::crypto {
namespace {

using namespace std::string_literals;

TEST(SecretBox, RoundTrips) {
  const SecretBox box(SecretBox::NewKey());
  const std::string plaintext = "JBSWY3DPEHPK3PXP\0\xff binary"s;
  const std::string sealed = box.Seal(plaintext);
  EXPECT_EQ(sealed.rfind("v1:", 0), 0u);
  EXPECT_EQ(sealed.find(plaintext), std::string::npos);
  EXPECT_EQ(box.Open(sealed), plaintext);
  EXPECT_EQ(box.Open(box.Seal("")), "");
}

TEST(SecretBox, SameMessageSealsDifferentlyEachTime) {
  const SecretBox box(SecretBox::NewKey());
  EXPECT_NE(box.Seal("same"), box.Seal("same"));
}

TEST(SecretBox, RefusesAnyAlteredByte) {
  const SecretBox box(SecretBox::NewKey());
  const std::string sealed = box.Seal("secret de l'établissement");
  const std::string raw = *Base64UrlDecode(sealed.substr(3));
  for (std::size_t i = 0; i < raw.size(); ++i) {
    std::string tampered = raw;
    tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
    EXPECT_EQ(box.Open("v1:" + Base64UrlEncode(tampered)), std::nullopt) << "byte " << i;
  }
  EXPECT_EQ(box.Open("v1:" + Base64UrlEncode(raw.substr(0, raw.size() - 1))), std::nullopt);
}

TEST(SecretBox, RefusesAnotherKey) {
  const SecretBox box(SecretBox::NewKey());
  const SecretBox other(SecretBox::NewKey());
  EXPECT_EQ(other.Open(box.Seal("secret")), std::nullopt);
}

TEST(SecretBox, RefusesMalformedInput) {
  const SecretBox box(SecretBox::NewKey());
  const std::string sealed = box.Seal("secret");
  EXPECT_EQ(box.Open(""), std::nullopt);
  EXPECT_EQ(box.Open("v1:"), std::nullopt);
  EXPECT_EQ(box.Open("v1:short"), std::nullopt);
  EXPECT_EQ(box.Open("v2:" + sealed.substr(3)), std::nullopt);
  EXPECT_EQ(box.Open(sealed.substr(3)), std::nullopt);
  EXPECT_EQ(box.Open(sealed + "="), std::nullopt);
}

TEST(SecretBox, KeyMustBe32Bytes) {
  EXPECT_EQ(SecretBox::NewKey().size(), kSecretBoxKeyBytes);
  EXPECT_NE(SecretBox::NewKey(), SecretBox::NewKey());
  EXPECT_THROW(SecretBox(std::string(31, 'k')), std::invalid_argument);
  EXPECT_THROW(SecretBox(std::string(33, 'k')), std::invalid_argument);
  EXPECT_THROW(SecretBox(""), std::invalid_argument);
  EXPECT_NO_THROW(SecretBox(std::string(32, 'k')));
}

TEST(SecretBox, CopiesOpenWhatTheOriginalSealed) {
  const std::string key = SecretBox::NewKey();
  const SecretBox box(key);
  const SecretBox copy = box;
  EXPECT_EQ(copy.Open(box.Seal("x")), "x");
  EXPECT_EQ(SecretBox(key).Open(box.Seal("y")), "y");
}

}  // namespace
}  // namespace vigie::crypto
