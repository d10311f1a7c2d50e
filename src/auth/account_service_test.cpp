// AccountService on a real (temporary SQLite) database: MFA enrolment can be shown
// again after a wrong code without replacing the secret.

#include "auth/account_service.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include "core/error.hpp"
#include "crypto/encoding.hpp"
#include "crypto/totp.hpp"
#include "storage/migrations.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"

namespace vigie::auth {
namespace {

class AccountServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("vigie-account-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<storage::Database>(storage::DatabaseSettings{(dir_ / "vigie.db").string(), 2});
    storage::Migrate(*db_);
    settings_.secret_key = std::string(32, 'k');
    accounts_ = std::make_unique<AccountService>(*db_, clock_, settings_);
    db_->Transact([](storage::Session& s) { storage::InsertRegion(s, {"r1", "bfc", "BFC", "Centre BFC", 1}); });
    const std::string id = accounts_->CreateUser(
        {"consultant@example.test", "Camille Martin", tenancy::Role::kCrrcConsultant, "r1", "",
         "cheval agrafe correct pile"},
        "test");
    db_->Run([&](storage::Session& s) { who_.user = *storage::FindUser(s, id); });
    who_.principal = PrincipalOf(who_.user);
  }

  void TearDown() override {
    accounts_.reset();
    db_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  std::filesystem::path dir_;
  std::unique_ptr<storage::Database> db_;
  core::FakeClock clock_{1'800'000'000};
  AuthSettings settings_;
  std::unique_ptr<AccountService> accounts_;
  Identity who_;
};

TEST_F(AccountServiceTest, NoPendingEnrolmentBeforeStart) {
  EXPECT_FALSE(accounts_->PendingMfaEnrolment(who_));
}

TEST_F(AccountServiceTest, PendingEnrolmentKeepsTheSecretAfterAWrongCode) {
  const MfaEnrolment started = accounts_->StartMfaEnrolment(who_);
  const std::string secret = *crypto::Base32Decode(started.secret_base32);
  std::string wrong = "000000";
  for (int n = 1; crypto::VerifyTotp(secret, wrong, clock_.Now()); ++n) wrong = std::to_string(100000 + n);
  EXPECT_FALSE(accounts_->ConfirmMfaEnrolment(who_, wrong));

  const auto pending = accounts_->PendingMfaEnrolment(who_);
  ASSERT_TRUE(pending);
  EXPECT_EQ(pending->secret_base32, started.secret_base32);
  EXPECT_EQ(pending->otpauth_uri, started.otpauth_uri);

  const std::string code = crypto::TotpCode(*crypto::Base32Decode(pending->secret_base32), clock_.Now());
  const auto codes = accounts_->ConfirmMfaEnrolment(who_, code);
  ASSERT_TRUE(codes);
  EXPECT_EQ(codes->size(), 10u);
  EXPECT_FALSE(accounts_->PendingMfaEnrolment(who_)) << "nothing pending once enabled";
}

TEST_F(AccountServiceTest, StartingAgainReplacesThePendingSecret) {
  const MfaEnrolment first = accounts_->StartMfaEnrolment(who_);
  const MfaEnrolment second = accounts_->StartMfaEnrolment(who_);
  EXPECT_NE(first.secret_base32, second.secret_base32);
  EXPECT_EQ(accounts_->PendingMfaEnrolment(who_)->secret_base32, second.secret_base32);
}

TEST_F(AccountServiceTest, TokensAreCreatedFromASessionNeverByAnotherToken) {
  Identity via_token = who_;
  via_token.via_api_token = true;
  via_token.principal.role = tenancy::Role::kStructureReader;
  for (auto role : {tenancy::Role::kStructureDirector, tenancy::Role::kStructureReader}) {
    try {
      accounts_->CreateApiToken(via_token, "depuis un jeton", role);
      FAIL() << "an API token minted another token";
    } catch (const core::AppError& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::kForbidden);
    }
  }
  EXPECT_FALSE(accounts_->CreateApiToken(who_, "session", tenancy::Role::kStructureDirector).token.empty());
}

}  // namespace
}  // namespace vigie::auth
