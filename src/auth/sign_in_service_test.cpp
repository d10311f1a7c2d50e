// Sign-in, sessions and the second factor, against a real SQLite database and a fake
// clock.

#include "auth/sign_in_service.hpp"

#include "auth/auth_test_fixture.hpp"
#include "crypto/encoding.hpp"
#include "crypto/totp.hpp"
#include "storage/audit_repository.hpp"

namespace vigie::auth::testing {
namespace {

using Outcome = SignInResult::Outcome;

class SignInServiceTest : public AuthServicesTest {};

TEST_F(SignInServiceTest, WrongPasswordAndUnknownEmailAreRefusedAlike) {
  MakeUser("a@example.test", tenancy::Role::kStructureReader);
  EXPECT_EQ(sign_in_->SignIn("a@example.test", "faux mot de passe", "10.0.0.1").outcome, Outcome::kInvalid);
  EXPECT_EQ(sign_in_->SignIn("inconnu@example.test", kPassword, "10.0.0.1").outcome, Outcome::kInvalid);
  EXPECT_EQ(sign_in_->SignIn("A@Example.test", kPassword, "10.0.0.1").outcome, Outcome::kSignedIn)
      << "emails are case-insensitive";
}

TEST_F(SignInServiceTest, FailedAttemptOfUnknownEmailDoesNotStoreWhatWasTyped) {
  sign_in_->SignIn("mon-mot-de-passe-secret", "x", "10.0.0.1");
  storage::Page<storage::AuditEvent> page;
  db_->Run([&](storage::Session& s) { page = storage::ListAuditEvents(s, {}); });
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].action, "auth.login_failed");
  EXPECT_EQ(page.items[0].actor_label, "anonyme");
  EXPECT_EQ(page.items[0].details.find("secret"), std::string::npos);
}

TEST_F(SignInServiceTest, AccountIsThrottledAfterFiveFailuresThenRecovers) {
  MakeUser("a@example.test", tenancy::Role::kStructureReader);
  for (int i = 0; i < 5; ++i) sign_in_->SignIn("a@example.test", "faux", "10.0.0." + std::to_string(i));
  auto result = sign_in_->SignIn("a@example.test", kPassword, "10.0.0.9");
  EXPECT_EQ(result.outcome, Outcome::kThrottled) << "even the right password waits";
  EXPECT_GT(result.retry_after_seconds, 0);
  EXPECT_LE(result.retry_after_seconds, settings_.throttle_window_seconds);
  clock_.Advance(settings_.throttle_window_seconds + 1);
  EXPECT_EQ(sign_in_->SignIn("a@example.test", kPassword, "10.0.0.9").outcome, Outcome::kSignedIn);
}

TEST_F(SignInServiceTest, AddressIsThrottledAcrossAccounts) {
  for (int i = 0; i < settings_.max_failures_per_address; ++i) {
    sign_in_->SignIn("u" + std::to_string(i) + "@example.test", "x", "10.9.9.9");
  }
  MakeUser("b@example.test", tenancy::Role::kStructureReader);
  EXPECT_EQ(sign_in_->SignIn("b@example.test", kPassword, "10.9.9.9").outcome, Outcome::kThrottled);
  EXPECT_EQ(sign_in_->SignIn("b@example.test", kPassword, "10.1.1.1").outcome, Outcome::kSignedIn);
}

TEST_F(SignInServiceTest, SessionExpiresWhenIdleAndAtItsAbsoluteLimit) {
  MakeUser("a@example.test", tenancy::Role::kStructureReader);
  SignedIn("a@example.test");
  const std::string token = token_;
  for (int i = 0; i < 20; ++i) {  // active: a request every 25 minutes keeps it alive
    clock_.Advance(25 * 60);
    ASSERT_TRUE(sign_in_->ResolveSession(token)) << "after " << (i + 1) * 25 << " min";
  }
  clock_.Advance(25 * 60 + 12 * 3600);
  EXPECT_FALSE(sign_in_->ResolveSession(token)) << "past 12 h";

  SignedIn("a@example.test");
  clock_.Advance(settings_.session_idle_seconds);
  EXPECT_FALSE(sign_in_->ResolveSession(token_)) << "30 min without a request";
  EXPECT_FALSE(sign_in_->ResolveSession("inconnu"));
}

TEST_F(SignInServiceTest, SecondFactorRotatesTheSessionAndRefusesCodeReuse) {
  MakeUser("c@example.test", tenancy::Role::kCrrcConsultant);
  Identity who = SignedIn("c@example.test");
  EXPECT_TRUE(who.MustEnrolMfa());
  auto enrolment = accounts_->StartMfaEnrolment(who);
  const std::string secret = *crypto::Base32Decode(enrolment.secret_base32);
  auto codes = accounts_->ConfirmMfaEnrolment(who, crypto::TotpCode(secret, clock_.Now()));
  ASSERT_TRUE(codes);
  EXPECT_EQ(codes->size(), 10u);

  clock_.Advance(60);
  Identity pending = SignedIn("c@example.test");
  EXPECT_TRUE(pending.NeedsSecondFactor());
  const std::string old_token = token_;
  EXPECT_FALSE(sign_in_->PassSecondFactor(pending, "123456", "127.0.0.1"));
  const std::string code = crypto::TotpCode(secret, clock_.Now());
  auto fresh = sign_in_->PassSecondFactor(pending, code, "127.0.0.1");
  ASSERT_TRUE(fresh);
  EXPECT_NE(*fresh, old_token);
  EXPECT_FALSE(sign_in_->ResolveSession(old_token)) << "the pre-MFA token is gone";
  EXPECT_TRUE(sign_in_->ResolveSession(*fresh)->FullyAuthenticated());

  Identity again = SignedIn("c@example.test");
  EXPECT_FALSE(sign_in_->PassSecondFactor(again, code, "127.0.0.1")) << "same time step twice";
  EXPECT_TRUE(sign_in_->PassSecondFactor(again, (*codes)[0], "127.0.0.1")) << "recovery code";
  Identity third = SignedIn("c@example.test");
  EXPECT_FALSE(sign_in_->PassSecondFactor(third, (*codes)[0], "127.0.0.1")) << "recovery codes work once";
}

TEST_F(SignInServiceTest, ApiTokenActsWithItsOwnRoleAndStopsWhenRevoked) {
  MakeUser("d@example.test", tenancy::Role::kStructureDirector);
  Identity who = SignedIn("d@example.test");
  auto created = accounts_->CreateApiToken(who, "Export", tenancy::Role::kStructureReader);
  auto via_token = sign_in_->ResolveApiToken(created.token);
  ASSERT_TRUE(via_token);
  EXPECT_EQ(via_token->principal.role, tenancy::Role::kStructureReader);
  EXPECT_EQ(via_token->principal.structure_id, "s1");
  EXPECT_THROW(accounts_->CreateApiToken(who, "Trop", tenancy::Role::kCrrcAdmin), core::AppError);
  accounts_->RevokeApiToken(who, created.id);
  EXPECT_FALSE(sign_in_->ResolveApiToken(created.token));
}

TEST_F(SignInServiceTest, DisabledAccountCannotSignInAndLosesItsSessions) {
  MakeUser("admin@example.test", tenancy::Role::kCrrcAdmin);
  const std::string reader = MakeUser("r@example.test", tenancy::Role::kStructureReader);
  Identity admin;
  db_->Run([&](storage::Session& s) { admin.user = *storage::FindUserByEmail(s, "admin@example.test"); });
  admin.principal = PrincipalOf(admin.user);
  SignedIn("r@example.test");
  const std::string reader_token = token_;
  accounts_->SetDisabled(admin, reader, true);
  EXPECT_FALSE(sign_in_->ResolveSession(reader_token));
  EXPECT_EQ(sign_in_->SignIn("r@example.test", kPassword, "10.0.0.1").outcome, Outcome::kInvalid);
}

}  // namespace
}  // namespace vigie::auth::testing
