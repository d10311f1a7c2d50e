#pragma once
// Test fixture for the auth services: a temporary SQLite database, a fake clock,
// the three services, a region with one structure, and helpers to make accounts.

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "auth/account_service.hpp"
#include "core/error.hpp"
#include "auth/onboarding_service.hpp"
#include "auth/sign_in_service.hpp"
#include "storage/migrations.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"

namespace vigie::auth::testing {

class AuthServicesTest : public ::testing::Test {
 protected:
  static constexpr const char* kPassword = "cheval agrafe correct pile";

  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("vigie-auth-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<storage::Database>(storage::DatabaseSettings{(dir_ / "vigie.db").string(), 2});
    storage::Migrate(*db_);
    settings_.secret_key = std::string(32, 'k');
    sign_in_ = std::make_unique<SignInService>(*db_, clock_, settings_);
    accounts_ = std::make_unique<AccountService>(*db_, clock_, settings_);
    onboarding_ = std::make_unique<OnboardingService>(*db_, clock_, settings_, *accounts_);
    db_->Transact([](storage::Session& s) {
      storage::InsertRegion(s, {"r1", "bfc", "BFC", "Centre BFC", 1});
      tenancy::Structure st;
      st.id = "s1";
      st.region_id = "r1";
      st.name = "EHPAD Test";
      st.finess = "210001234";
      st.category_code = "ehpad";
      st.department = "21";
      storage::InsertStructure(s, st);
    });
  }

  void TearDown() override {
    onboarding_.reset();
    accounts_.reset();
    sign_in_.reset();
    db_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  std::string MakeUser(const std::string& email, tenancy::Role role) {
    const bool structure = tenancy::IsStructureRole(role);
    return accounts_->CreateUser({email, "Personne Test", role, structure ? "" : "r1",
                                  structure ? "s1" : "", kPassword},
                                 "test");
  }

  Identity SignedIn(const std::string& email) {
    auto result = sign_in_->SignIn(email, kPassword, "127.0.0.1");
    EXPECT_EQ(result.outcome, SignInResult::Outcome::kSignedIn);
    auto identity = sign_in_->ResolveSession(result.session_token);
    EXPECT_TRUE(identity.has_value());
    token_ = result.session_token;
    return *identity;
  }

  std::filesystem::path dir_;
  std::unique_ptr<storage::Database> db_;
  core::FakeClock clock_{1'800'000'000};
  AuthSettings settings_;
  std::unique_ptr<SignInService> sign_in_;
  std::unique_ptr<AccountService> accounts_;
  std::unique_ptr<OnboardingService> onboarding_;
  std::string token_;  // last session token from SignedIn()
};

}  // namespace vigie::auth::testing
