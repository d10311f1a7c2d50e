#include "storage/user_repository.hpp"

#include "storage/audit_repository.hpp"
#include "storage/link_repository.hpp"
#include "storage/session_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

class UserRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      storage::InsertRegion(s, {"r1", "bfc", "BFC", "Centre BFC", 1});
      storage::InsertRegion(s, {"r2", "ara", "ARA", "Centre ARA", 1});
      storage::InsertUser(s, MakeUser("u1", "alice@example.test", tenancy::Role::kCrrcAdmin, "r1"));
      storage::InsertUser(s, MakeUser("u2", "bob@example.test", tenancy::Role::kCrrcConsultant, "r1"));
      storage::InsertUser(s, MakeUser("u3", "carla@example.test", tenancy::Role::kCrrcAdmin, "r2"));
    });
  }

  static tenancy::User MakeUser(std::string id, std::string email, tenancy::Role role,
                                std::string region) {
    tenancy::User u;
    u.id = std::move(id);
    u.email = std::move(email);
    u.display_name = "Nom " + u.id;
    u.role = role;
    u.region_id = std::move(region);
    u.password_hash = "$argon2id$fake";
    u.created_at = u.updated_at = 100;
    return u;
  }
};
VIGIE_STORAGE_SUITE(UserRepositoryTest);

TEST_P(UserRepositoryTest, FindByEmailAndUpdate) {
  db().Transact([](Session& s) {
    auto u = *storage::FindUserByEmail(s, "bob@example.test");
    EXPECT_EQ(u.role, tenancy::Role::kCrrcConsultant);
    EXPECT_FALSE(u.mfa_enabled);
    u.mfa_enabled = true;
    u.totp_secret_sealed = "v1:sealed";
    u.totp_last_step = 123456;
    storage::UpdateUser(s, u);
  });
  db().Run([](Session& s) {
    auto u = *storage::FindUser(s, "u2");
    EXPECT_TRUE(u.mfa_enabled);
    EXPECT_EQ(u.totp_secret_sealed, "v1:sealed");
    EXPECT_EQ(u.totp_last_step, 123456);
    EXPECT_TRUE(u.structure_id.empty());
  });
}

TEST_P(UserRepositoryTest, DuplicateEmailIsRefused) {
  EXPECT_ANY_THROW(db().Transact([](Session& s) {
    storage::InsertUser(s, MakeUser("u9", "alice@example.test", tenancy::Role::kCrrcAdmin, "r1"));
  }));
}

TEST_P(UserRepositoryTest, ListUsersIsScopedAndFiltered) {
  db().Run([](Session& s) {
    storage::UserQuery q;
    q.tenant.region_id = "r1";
    EXPECT_EQ(storage::ListUsers(s, q).total, 2);
    q.role = "crrc_admin";
    auto page = storage::ListUsers(s, q);
    ASSERT_EQ(page.items.size(), 1u);
    EXPECT_EQ(page.items[0].email, "alice@example.test");
    storage::UserQuery search;
    search.search = "CARLA";
    EXPECT_EQ(storage::ListUsers(s, search).total, 1);
    EXPECT_EQ(storage::CountUsers(s, {}), 3);
  });
}

TEST_P(UserRepositoryTest, RecoveryCodesWorkOnce) {
  db().Transact([](Session& s) { storage::ReplaceRecoveryCodes(s, "u1", {"h1", "h2"}); });
  db().Run([](Session& s) {
    EXPECT_EQ(storage::CountUnusedRecoveryCodes(s, "u1"), 2);
    EXPECT_TRUE(storage::UseRecoveryCode(s, "u1", "h1", 5));
    EXPECT_FALSE(storage::UseRecoveryCode(s, "u1", "h1", 6));
    EXPECT_FALSE(storage::UseRecoveryCode(s, "u2", "h2", 6));
    EXPECT_EQ(storage::CountUnusedRecoveryCodes(s, "u1"), 1);
  });
}

TEST_P(UserRepositoryTest, SessionsExpireAndDieWithTheUser) {
  db().Transact([](Session& s) {
    storage::InsertSession(s, {"hash-a", "u1", "csrf", false, 100, 100, 1000});
    storage::InsertSession(s, {"hash-b", "u1", "csrf2", true, 100, 900, 2000});
    storage::InsertSession(s, {"hash-c", "u2", "csrf3", true, 100, 900, 2000});
  });
  db().Run([](Session& s) {
    EXPECT_TRUE(storage::FindSession(s, "hash-b")->mfa_verified);
    storage::TouchSession(s, "hash-b", 950);
    EXPECT_EQ(storage::FindSession(s, "hash-b")->last_seen_at, 950);
    EXPECT_EQ(storage::DeleteExpiredSessions(s, 500, 1100), 1);  // hash-a: idle and past expiry
    storage::DeleteUser(s, "u2");
    EXPECT_FALSE(storage::FindSession(s, "hash-c"));
    storage::DeleteUserSessions(s, "u1");
    EXPECT_FALSE(storage::FindSession(s, "hash-b"));
  });
}

TEST_P(UserRepositoryTest, ApiTokensRevokeOnlyForTheirOwner) {
  db().Transact([](Session& s) {
    storage::InsertApiToken(s, {"t1", "u1", "Export", "th1", "crrc_admin", 10, 0, 0});
  });
  db().Run([](Session& s) {
    auto t = *storage::FindApiTokenByHash(s, "th1");
    EXPECT_EQ(t.last_used_at, 0);
    storage::MarkApiTokenUsed(s, "t1", 55);
    EXPECT_EQ(storage::FindApiTokenByHash(s, "th1")->last_used_at, 55);
    EXPECT_FALSE(storage::RevokeApiToken(s, "t1", "u2", 60));
    EXPECT_TRUE(storage::RevokeApiToken(s, "t1", "u1", 60));
    EXPECT_FALSE(storage::RevokeApiToken(s, "t1", "u1", 61));
    EXPECT_EQ(storage::ListApiTokens(s, "u1").at(0).revoked_at, 60);
  });
}

TEST_P(UserRepositoryTest, InvitationsAndResetsAreSingleUse) {
  db().Transact([](Session& s) {
    storage::InsertInvitation(s, {"i1", "new@example.test", "Nouvelle", "crrc_consultant", "r1", "",
                                  "sh", "u1", 10, 1000, 0});
    storage::InsertPasswordReset(s, {"p1", "u2", "ph", 10, 1000, 0});
  });
  db().Run([](Session& s) {
    EXPECT_EQ(storage::ListPendingInvitations(s, "r1", "", 500).size(), 1u);
    EXPECT_EQ(storage::ListPendingInvitations(s, "r2", "", 500).size(), 0u);
    EXPECT_TRUE(storage::MarkInvitationAccepted(s, "i1", 20));
    EXPECT_FALSE(storage::MarkInvitationAccepted(s, "i1", 21));
    EXPECT_EQ(storage::FindInvitation(s, "i1")->accepted_at, 20);
    EXPECT_TRUE(storage::MarkPasswordResetUsed(s, "p1", 30));
    EXPECT_FALSE(storage::MarkPasswordResetUsed(s, "p1", 31));
  });
}

TEST_P(UserRepositoryTest, AuditIsFilteredByTenantActionAndTime) {
  db().Transact([](Session& s) {
    storage::InsertAuditEvent(s, {"a1", 100, "u1", "alice@example.test", "auth.login", "user", "u1", "r1", "", ""});
    storage::InsertAuditEvent(s, {"a2", 200, "", "anonyme", "auth.login_failed", "user", "", "", "", "x"});
    storage::InsertAuditEvent(s, {"a3", 300, "u3", "carla@example.test", "structure.created", "structure", "s3", "r2", "s3", "MAS"});
  });
  db().Run([](Session& s) {
    storage::AuditQuery q;
    EXPECT_EQ(storage::ListAuditEvents(s, q).total, 3);
    EXPECT_EQ(storage::ListAuditEvents(s, q).items.at(0).id, "a3");
    q.action_prefix = "auth.";
    EXPECT_EQ(storage::ListAuditEvents(s, q).total, 2);
    q.from = 150;
    EXPECT_EQ(storage::ListAuditEvents(s, q).total, 1);
    storage::AuditQuery scoped;
    scoped.tenant.region_id = "r2";
    EXPECT_EQ(storage::ListAuditEvents(s, scoped).total, 1);
  });
}

TEST_P(UserRepositoryTest, LoginFailuresCountWithinTheWindow) {
  db().Run([](Session& s) {
    for (long long t : {100, 200, 300}) storage::RecordLoginFailure(s, "account:a", t);
    EXPECT_EQ(storage::CountLoginFailures(s, "account:a", 150), 2);
    EXPECT_EQ(storage::OldestLoginFailure(s, "account:a", 150), 200);
    EXPECT_EQ(storage::OldestLoginFailure(s, "account:b", 0), 0);
    storage::PruneLoginAttempts(s, 250);
    EXPECT_EQ(storage::CountLoginFailures(s, "account:a", 0), 1);
    storage::ClearLoginFailures(s, "account:a");
    EXPECT_EQ(storage::CountLoginFailures(s, "account:a", 0), 0);
  });
}

}  // namespace
}  // namespace vigie::testing
