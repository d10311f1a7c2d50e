#include "storage/job_repository.hpp"

#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

class JobRepositoryTest : public StorageTest {};
VIGIE_STORAGE_SUITE(JobRepositoryTest);

storage::JobRecord MakeJob(std::string id, long long run_at, std::string key = "") {
  storage::JobRecord j;
  j.id = std::move(id);
  j.kind = "mail.send";
  j.payload = "{}";
  j.idempotency_key = std::move(key);
  j.run_at = run_at;
  j.max_attempts = 3;
  j.created_at = 1;
  return j;
}

std::optional<storage::JobRecord> Claim(storage::Database& db, const std::string& worker,
                                        long long now) {
  std::optional<storage::JobRecord> job;
  db.Transact([&](Session& s) { job = storage::ClaimNextJob(s, db.backend(), worker, now, now + 60); });
  return job;
}

TEST_P(JobRepositoryTest, IdempotencyKeyPreventsDuplicates) {
  db().Run([](Session& s) {
    EXPECT_TRUE(storage::InsertJob(s, MakeJob("j1", 10, "invite:1")));
    EXPECT_FALSE(storage::InsertJob(s, MakeJob("j2", 10, "invite:1")));
    EXPECT_TRUE(storage::InsertJob(s, MakeJob("j3", 10)));
    EXPECT_TRUE(storage::InsertJob(s, MakeJob("j4", 10)));  // NULL keys never collide
    EXPECT_EQ(storage::CountJobsByStatus(s)["pending"], 3);
  });
}

TEST_P(JobRepositoryTest, DelayedJobsWaitAndDueJobsAreClaimedOnce) {
  db().Run([](Session& s) {
    storage::InsertJob(s, MakeJob("later", 500));
    storage::InsertJob(s, MakeJob("now", 100));
  });
  auto first = Claim(db(), "w1", 100);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->id, "now");
  EXPECT_EQ(first->attempts, 1);
  EXPECT_EQ(first->status, "running");
  EXPECT_FALSE(Claim(db(), "w2", 100)) << "the delayed job is not due, the other is locked";
  db().Run([](Session& s) { EXPECT_TRUE(storage::CompleteJob(s, "now", "w1", 120)); });
  EXPECT_FALSE(Claim(db(), "w2", 499));
  EXPECT_EQ(Claim(db(), "w2", 500)->id, "later");
}

TEST_P(JobRepositoryTest, ExpiredLockIsReclaimedAndOldWorkerCannotComplete) {
  db().Run([](Session& s) { storage::InsertJob(s, MakeJob("j", 0)); });
  ASSERT_TRUE(Claim(db(), "dead-worker", 10));       // locked until 70
  EXPECT_FALSE(Claim(db(), "w2", 69));
  auto again = Claim(db(), "w2", 71);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->attempts, 2);
  db().Run([](Session& s) {
    EXPECT_FALSE(storage::CompleteJob(s, "j", "dead-worker", 80));
    EXPECT_TRUE(storage::CompleteJob(s, "j", "w2", 80));
    EXPECT_EQ(storage::FindJob(s, "j")->status, "done");
  });
}

TEST_P(JobRepositoryTest, RescheduleRetriesThenGivesUp) {
  db().Run([](Session& s) { storage::InsertJob(s, MakeJob("j", 0)); });
  ASSERT_TRUE(Claim(db(), "w", 10));
  db().Run([](Session& s) {
    EXPECT_TRUE(storage::RescheduleJob(s, "j", "w", "SMTP indisponible", 40, false, 10));
    auto j = *storage::FindJob(s, "j");
    EXPECT_EQ(j.status, "pending");
    EXPECT_EQ(j.run_at, 40);
    EXPECT_EQ(j.last_error, "SMTP indisponible");
  });
  EXPECT_FALSE(Claim(db(), "w", 39));
  ASSERT_TRUE(Claim(db(), "w", 40));
  db().Run([](Session& s) {
    EXPECT_TRUE(storage::RescheduleJob(s, "j", "w", "refusé", 0, true, 41));
    EXPECT_EQ(storage::FindJob(s, "j")->status, "failed");
    EXPECT_EQ(storage::FindJob(s, "j")->finished_at, 41);
  });
}

TEST_P(JobRepositoryTest, OutboxTracksAttempts) {
  db().Run([](Session& s) {
    storage::InsertOutbox(s, {"m1", "a@example.test", "A", "Sujet é", "texte", "<p>html</p>", "", 0, "", 5, 0});
    storage::MarkOutboxAttempt(s, "m1", "timeout", false);
    auto m = *storage::FindOutbox(s, "m1");
    EXPECT_EQ(m.status, "queued");
    EXPECT_EQ(m.attempts, 1);
    storage::MarkOutboxSent(s, "m1", 9);
    m = *storage::FindOutbox(s, "m1");
    EXPECT_EQ(m.status, "sent");
    EXPECT_EQ(m.sent_at, 9);
    EXPECT_EQ(m.subject, "Sujet é");
    EXPECT_EQ(storage::CountOutboxByStatus(s)["sent"], 1);
  });
}

}  // namespace
}  // namespace vigie::testing
