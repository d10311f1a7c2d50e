// Invitations and password resets: links are single-use, expire, cannot be forged,
// and the mail is queued with the change.

#include "auth/onboarding_service.hpp"

#include "auth/auth_test_fixture.hpp"
#include "storage/job_repository.hpp"

namespace vigie::auth::testing {
namespace {

class OnboardingServiceTest : public AuthServicesTest {
 protected:
  // The link token in the mail queued by the test (each test queues one).
  std::string LastLinkToken(const std::string& marker) {
    const std::string body = QueuedMailText();
    const auto at = body.find(marker);
    EXPECT_NE(at, std::string::npos) << body;
    const auto start = at + marker.size();
    return body.substr(start, body.find_first_of(" \n", start) - start);
  }
  std::string QueuedMailText();
};

std::string OnboardingServiceTest::QueuedMailText() {
  // A mail job's payload is the id of its outbox row.
  std::string text;
  db_->Run([&](storage::Session& s) {
    for (int i = 0; i < 100 && text.empty(); ++i) {
      auto job = storage::ClaimNextJob(s, db_->backend(), "test", clock_.Now() + 1000000, clock_.Now() + 1000060);
      if (!job) break;
      if (auto mail = storage::FindOutbox(s, job->payload)) text = mail->text_body;
    }
  });
  return text;
}

Identity Director(storage::Database& db, AccountService& accounts) {
  const std::string id = accounts.CreateUser(
      {"direction@example.test", "Anne Directrice", tenancy::Role::kStructureDirector, "", "s1",
       "cheval agrafe correct pile"},
      "test");
  Identity who;
  db.Run([&](storage::Session& s) { who.user = *storage::FindUser(s, id); });
  who.principal = PrincipalOf(who.user);
  return who;
}

TEST_F(OnboardingServiceTest, InvitationWorksOnceAndCreatesTheAccount) {
  Identity director = Director(*db_, *accounts_);
  onboarding_->Invite(director, {"Nouvel.Agent@example.test", "Nouvel Agent", tenancy::Role::kStructureReader, "", "s1"});
  const std::string token = LastLinkToken("/invitation/");
  EXPECT_EQ(onboarding_->CheckInvitation(token).email, "nouvel.agent@example.test");
  EXPECT_THROW(onboarding_->AcceptInvitation(token, "court"), core::AppError);
  onboarding_->AcceptInvitation(token, "une phrase de passe solide");
  EXPECT_EQ(sign_in_->SignIn("nouvel.agent@example.test", "une phrase de passe solide", "1.2.3.4").outcome,
            SignInResult::Outcome::kSignedIn);
  try {
    onboarding_->AcceptInvitation(token, "une autre phrase solide");
    FAIL() << "a used invitation must be refused";
  } catch (const core::AppError& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::kConflict);
  }
}

TEST_F(OnboardingServiceTest, ExpiredOrAlteredInvitationIsRefused) {
  Identity director = Director(*db_, *accounts_);
  onboarding_->Invite(director, {"tard@example.test", "Tard", tenancy::Role::kStructureReader, "", "s1"});
  const std::string token = LastLinkToken("/invitation/");
  std::string altered = token;
  altered[2] = altered[2] == 'A' ? 'B' : 'A';
  EXPECT_THROW(onboarding_->CheckInvitation(altered), core::AppError);
  clock_.Advance(settings_.invitation_ttl_seconds + 1);
  try {
    onboarding_->AcceptInvitation(token, "une phrase de passe solide");
    FAIL() << "an expired invitation must be refused";
  } catch (const core::AppError& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::kInvalid);
    EXPECT_NE(std::string(e.what()).find("expiré"), std::string::npos);
  }
  bool created = false;
  db_->Run([&](storage::Session& s) { created = storage::FindUserByEmail(s, "tard@example.test").has_value(); });
  EXPECT_FALSE(created);
}

TEST_F(OnboardingServiceTest, DirectorCannotInviteCentreStaffOrIntoAnotherStructure) {
  Identity director = Director(*db_, *accounts_);
  EXPECT_THROW(onboarding_->Invite(director, {"x@example.test", "X", tenancy::Role::kCrrcConsultant, "r1", ""}),
               core::AppError);
  EXPECT_THROW(onboarding_->Invite(director, {"y@example.test", "Y", tenancy::Role::kStructureReader, "", "s-autre"}),
               core::AppError);
  EXPECT_THROW(onboarding_->Invite(director, {"direction@example.test", "Z", tenancy::Role::kStructureReader, "", "s1"}),
               core::AppError) << "an existing account";
}

TEST_F(OnboardingServiceTest, PasswordResetChangesThePasswordOnceAndClosesSessions) {
  MakeUser("r@example.test", tenancy::Role::kStructureReader);
  SignedIn("r@example.test");
  const std::string session = token_;
  onboarding_->RequestPasswordReset("r@example.test");
  onboarding_->RequestPasswordReset("inconnu@example.test");  // silently nothing
  const std::string token = LastLinkToken("/mot-de-passe/nouveau/");
  onboarding_->CompletePasswordReset(token, "nouvelle phrase de passe");
  EXPECT_FALSE(sign_in_->ResolveSession(session));
  EXPECT_EQ(sign_in_->SignIn("r@example.test", "nouvelle phrase de passe", "1.2.3.4").outcome,
            SignInResult::Outcome::kSignedIn);
  EXPECT_THROW(onboarding_->CompletePasswordReset(token, "encore une autre phrase"), core::AppError);
}

TEST_F(OnboardingServiceTest, ResetLinkExpiresAfterAnHour) {
  MakeUser("r@example.test", tenancy::Role::kStructureReader);
  onboarding_->RequestPasswordReset("r@example.test");
  const std::string token = LastLinkToken("/mot-de-passe/nouveau/");
  clock_.Advance(settings_.reset_ttl_seconds + 1);
  EXPECT_THROW(onboarding_->CheckPasswordReset(token), core::AppError);
}

}  // namespace
}  // namespace vigie::auth::testing
