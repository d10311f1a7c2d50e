#include "crypto/password_hash.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <string>

namespace vigie::crypto {
namespace {

TEST(PasswordHash, RoundTripsWithArgon2id) {
  const std::string hash = HashPassword("Correct horse battery staple é");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_TRUE(VerifyPassword(hash, "Correct horse battery staple é"));
  EXPECT_FALSE(VerifyPassword(hash, "Correct horse battery staple e"));
  EXPECT_FALSE(VerifyPassword(hash, ""));
  EXPECT_FALSE(PasswordHashNeedsRehash(hash));
}

TEST(PasswordHash, SaltsEveryHash) {
  const std::string a = HashPassword("same password");
  const std::string b = HashPassword("same password");
  EXPECT_NE(a, b);
  EXPECT_TRUE(VerifyPassword(b, "same password"));
}

TEST(PasswordHash, MalformedHashesAreRefusedWithoutThrowing) {
  const std::string good = HashPassword("pw");
  EXPECT_FALSE(VerifyPassword("", "pw"));
  EXPECT_FALSE(VerifyPassword("not a hash", "pw"));
  EXPECT_FALSE(VerifyPassword("$argon2id$v=19$m=65536,t=2,p=1$", "pw"));
  EXPECT_FALSE(VerifyPassword(good.substr(0, good.size() - 5), "pw"));
  EXPECT_FALSE(VerifyPassword(good + std::string(1, '\0') + "junk", "pw"));
  EXPECT_FALSE(VerifyPassword(std::string(500, '$'), "pw"));
  EXPECT_TRUE(PasswordHashNeedsRehash("not a hash"));
  EXPECT_TRUE(PasswordHashNeedsRehash(""));
}

TEST(PasswordHash, WeakerParametersOrArgon2iNeedRehash) {
  ASSERT_GE(sodium_init(), 0);
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str_alg(weak, "pw", 2, crypto_pwhash_OPSLIMIT_MIN,
                                  crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
            0);
  EXPECT_TRUE(VerifyPassword(weak, "pw"));
  EXPECT_TRUE(PasswordHashNeedsRehash(weak));

  char argon2i[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_argon2i_str(argon2i, "pw", 2,
                                      crypto_pwhash_argon2i_OPSLIMIT_INTERACTIVE,
                                      crypto_pwhash_argon2i_MEMLIMIT_INTERACTIVE),
            0);
  EXPECT_EQ(std::string(argon2i).rfind("$argon2i$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(argon2i, "pw"));
  EXPECT_TRUE(PasswordHashNeedsRehash(argon2i));
}

}  // namespace
}  // namespace vigie::crypto
