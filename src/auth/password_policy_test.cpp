#include "auth/password_policy.hpp"

#include <gtest/gtest.h>

namespace vigie::auth {
namespace {

TEST(PasswordPolicy, RefusesShortCommonAndEmail) {
  EXPECT_TRUE(PasswordProblem("court", "a@b.test"));
  EXPECT_TRUE(PasswordProblem("éléphantblé", "a@b.test")) << "11 code points";
  EXPECT_FALSE(PasswordProblem("éléphantbleu", "a@b.test")) << "12 code points";
  EXPECT_TRUE(PasswordProblem("Azerty123456", "a@b.test"));
  EXPECT_TRUE(PasswordProblem("MotDePasse2026", "a@b.test"));
  EXPECT_TRUE(PasswordProblem("Jean.Dupont@Example.test", "jean.dupont@example.test"));
  EXPECT_TRUE(PasswordProblem("jean.dupont.martin", "jean.dupont.martin@example.test"));
  EXPECT_TRUE(PasswordProblem(std::string(300, 'x'), "a@b.test"));
}

TEST(PasswordPolicy, AcceptsAPassphrase) {
  EXPECT_FALSE(PasswordProblem("cheval agrafe correct pile", "a@b.test"));
}

}  // namespace
}  // namespace vigie::auth
