// The job queue and worker (src/jobs) against a real database, on every backend.

#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "jobs/mail_jobs.hpp"
#include "jobs/queue.hpp"
#include "jobs/retry_policy.hpp"
#include "jobs/worker.hpp"
#include "mail/recording_mailer.hpp"
#include "storage/job_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

constexpr core::UnixSeconds kStart = 1'700'000'000;

jobs::EnqueueOptions MaxAttempts(int n) {
  jobs::EnqueueOptions options;
  options.max_attempts = n;
  return options;
}
jobs::EnqueueOptions RunAt(core::UnixSeconds t) {
  jobs::EnqueueOptions options;
  options.run_at = t;
  return options;
}
jobs::EnqueueOptions Key(std::string key) {
  jobs::EnqueueOptions options;
  options.idempotency_key = std::move(key);
  return options;
}

class JobsWorkerTest : public StorageTest {
 protected:
  jobs::WorkerSettings Settings(const std::string& id = "test-worker") {
    jobs::WorkerSettings settings;
    settings.worker_id = id;
    settings.visibility_timeout_seconds = 300;
    return settings;
  }
  storage::JobRecord Job(const std::string& id) {
    std::optional<storage::JobRecord> job;
    db().Run([&](Session& s) { job = storage::FindJob(s, id); });
    if (!job) throw std::runtime_error("no job " + id);
    return *job;
  }
  storage::OutboxRecord Outbox(const std::string& id) {
    std::optional<storage::OutboxRecord> row;
    db().Run([&](Session& s) { row = storage::FindOutbox(s, id); });
    if (!row) throw std::runtime_error("no outbox row " + id);
    return *row;
  }
  std::string QueueOneMail(const std::string& to = "alice@example.test") {
    std::string id;
    db().Transact([&](Session& s) {
      id = jobs::QueueMail(
          s, clock_,
          {"ignored@example.test", "", to, "Alice", "Invitation", "Bonjour", "<p>Bonjour</p>"});
    });
    return id;
  }

  core::FakeClock clock_{kStart};
};
VIGIE_STORAGE_SUITE(JobsWorkerTest);

TEST_P(JobsWorkerTest, EnqueuedJobRunsOnceAndIsDone) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  std::vector<std::string> seen;
  worker.Register("test.echo", [&](const storage::JobRecord& job) { seen.push_back(job.payload); });

  const std::string id = queue.Enqueue("test.echo", "payload-1");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(Job(id).status, "pending");
  EXPECT_EQ(Job(id).run_at, kStart);

  EXPECT_TRUE(worker.RunOnce());
  EXPECT_FALSE(worker.RunOnce()) << "nothing left";
  EXPECT_EQ(seen, std::vector<std::string>{"payload-1"});
  const auto job = Job(id);
  EXPECT_EQ(job.status, "done");
  EXPECT_EQ(job.attempts, 1);
  EXPECT_EQ(job.finished_at, kStart);
  const auto stats = worker.Stats();
  EXPECT_EQ(stats.processed, 1);
  EXPECT_EQ(stats.succeeded, 1);
  EXPECT_EQ(stats.retried + stats.failed, 0);
}

TEST_P(JobsWorkerTest, DelayedJobWaitsForItsTime) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  int runs = 0;
  worker.Register("test.count", [&](const storage::JobRecord&) { ++runs; });
  queue.Enqueue("test.count", "", RunAt(kStart + 60));
  EXPECT_FALSE(worker.RunOnce());
  clock_.Advance(60);
  EXPECT_TRUE(worker.RunOnce());
  EXPECT_EQ(runs, 1);
}

TEST_P(JobsWorkerTest, EnqueueInIsRolledBackWithTheCallersTransaction) {
  EXPECT_THROW(db().Transact([&](Session& s) {
    jobs::JobQueue::EnqueueIn(s, clock_, "test.count", "", Key("k"));
    throw std::runtime_error("the caller's change failed");
  }),
               std::runtime_error);
  db().Run([](Session& s) { EXPECT_TRUE(storage::CountJobsByStatus(s).empty()); });
  std::string id;
  db().Transact(
      [&](Session& s) { id = jobs::JobQueue::EnqueueIn(s, clock_, "test.count", "", Key("k")); });
  EXPECT_FALSE(id.empty()) << "the rolled-back key was not consumed";
}

TEST_P(JobsWorkerTest, RetryableErrorIsRetriedAfterTheBackoff) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  int runs = 0;
  worker.Register("test.flaky", [&](const storage::JobRecord&) {
    if (++runs == 1) throw jobs::RetryableError("server busy");
  });
  const std::string id = queue.Enqueue("test.flaky", "");

  EXPECT_TRUE(worker.RunOnce());
  auto job = Job(id);
  EXPECT_EQ(job.status, "pending");
  EXPECT_EQ(job.last_error, "server busy");
  EXPECT_EQ(job.run_at, jobs::NextRunAt(kStart, 1, id));
  EXPECT_LE(job.run_at, kStart + jobs::RetryDelay(1));

  clock_.Set(job.run_at - 1);
  EXPECT_FALSE(worker.RunOnce()) << "not before the backoff";
  clock_.Set(kStart + jobs::RetryDelay(1));
  EXPECT_TRUE(worker.RunOnce());
  job = Job(id);
  EXPECT_EQ(job.status, "done");
  EXPECT_EQ(job.attempts, 2);
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(worker.Stats().retried, 1);
  EXPECT_EQ(worker.Stats().succeeded, 1);
}

TEST_P(JobsWorkerTest, OtherExceptionsAreRetryableToo) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  worker.Register("test.bug", [](const storage::JobRecord&) { throw std::out_of_range("oops\n"); });
  const std::string id = queue.Enqueue("test.bug", "");
  EXPECT_TRUE(worker.RunOnce());
  EXPECT_EQ(Job(id).status, "pending");
  EXPECT_EQ(Job(id).last_error, "oops ") << "control characters are cleaned";
}

TEST_P(JobsWorkerTest, PermanentErrorFailsAtOnce) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  worker.Register("test.doomed",
                  [](const storage::JobRecord&) { throw jobs::PermanentError("row gone"); });
  const std::string id = queue.Enqueue("test.doomed", "");
  EXPECT_TRUE(worker.RunOnce());
  const auto job = Job(id);
  EXPECT_EQ(job.status, "failed");
  EXPECT_EQ(job.attempts, 1);
  EXPECT_EQ(job.last_error, "row gone");
  EXPECT_EQ(job.finished_at, kStart);
  clock_.Advance(10 * jobs::kMaxRetryDelay);
  EXPECT_FALSE(worker.RunOnce());
  EXPECT_EQ(worker.Stats().failed, 1);
}

TEST_P(JobsWorkerTest, RetryableErrorsFailTheJobAfterMaxAttempts) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  int runs = 0;
  worker.Register("test.down", [&](const storage::JobRecord&) {
    ++runs;
    throw jobs::RetryableError("still down");
  });
  const std::string id = queue.Enqueue("test.down", "", MaxAttempts(3));
  for (int i = 0; i < 10; ++i) {
    worker.RunOnce();
    clock_.Advance(jobs::kMaxRetryDelay);
  }
  EXPECT_EQ(runs, 3);
  const auto job = Job(id);
  EXPECT_EQ(job.status, "failed");
  EXPECT_EQ(job.attempts, 3);
  EXPECT_EQ(job.last_error, "still down");
  const auto stats = worker.Stats();
  EXPECT_EQ(stats.retried, 2);
  EXPECT_EQ(stats.failed, 1);
  EXPECT_EQ(stats.processed, 3);
}

TEST_P(JobsWorkerTest, LastAttemptOfADeadWorkerIsFailedWithoutRunningAgain) {
  jobs::JobQueue queue(db(), clock_);
  const std::string id = queue.Enqueue("test.count", "", MaxAttempts(1));
  db().Transact([&](Session& s) {  // a worker claims it, then dies
    ASSERT_TRUE(storage::ClaimNextJob(s, db().backend(), "dead", kStart, kStart + 300));
  });
  jobs::Worker worker(db(), clock_, Settings());
  int runs = 0;
  worker.Register("test.count", [&](const storage::JobRecord&) { ++runs; });
  EXPECT_FALSE(worker.RunOnce()) << "still locked by the dead worker";
  clock_.Advance(301);
  EXPECT_TRUE(worker.RunOnce());
  EXPECT_EQ(runs, 0);
  EXPECT_EQ(Job(id).status, "failed");
  EXPECT_NE(Job(id).last_error.find("abandoned"), std::string::npos);
}

TEST_P(JobsWorkerTest, IdempotencyKeyCreatesOneJob) {
  jobs::JobQueue queue(db(), clock_);
  const std::string first = queue.Enqueue("test.count", "a", Key("invite:42"));
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(queue.Enqueue("test.count", "b", Key("invite:42")), "");
  jobs::Worker worker(db(), clock_, Settings());
  std::vector<std::string> seen;
  worker.Register("test.count",
                  [&](const storage::JobRecord& job) { seen.push_back(job.payload); });
  while (worker.RunOnce()) {
  }
  EXPECT_EQ(seen, std::vector<std::string>{"a"});
  EXPECT_EQ(queue.Enqueue("test.count", "c", Key("invite:42")), "")
      << "a done job still holds its key";
}

TEST_P(JobsWorkerTest, InvalidEnqueueOptionsAreRejected) {
  jobs::JobQueue queue(db(), clock_);
  EXPECT_THROW(queue.Enqueue("", ""), std::invalid_argument);
  EXPECT_THROW(queue.Enqueue("test.count", "", MaxAttempts(0)), std::invalid_argument);
  EXPECT_THROW(queue.Enqueue("test.count", "", RunAt(-1)), std::invalid_argument);
}

TEST_P(JobsWorkerTest, UnknownKindFailsPermanentlyWithAClearError) {
  jobs::JobQueue queue(db(), clock_);
  jobs::Worker worker(db(), clock_, Settings());
  const std::string id = queue.Enqueue("test.nobody", "");
  EXPECT_TRUE(worker.RunOnce());
  const auto job = Job(id);
  EXPECT_EQ(job.status, "failed");
  EXPECT_EQ(job.attempts, 1);
  EXPECT_EQ(job.last_error, "no handler registered for job kind \"test.nobody\"");
}

TEST_P(JobsWorkerTest, MailIsSentAndMarked) {
  mail::RecordingMailer mailer;
  jobs::Worker worker(db(), clock_, Settings());
  jobs::RegisterMailHandler(worker, db(), mailer, clock_, {"vigie@example.test", "Vigie"});
  const std::string id = QueueOneMail();
  EXPECT_EQ(Outbox(id).status, "queued");

  clock_.Advance(5);
  EXPECT_TRUE(worker.RunOnce());
  ASSERT_EQ(mailer.sent_count(), 1u);
  const auto sent = mailer.sent()[0];
  EXPECT_EQ(sent.from_address, "vigie@example.test");
  EXPECT_EQ(sent.from_name, "Vigie");
  EXPECT_EQ(sent.to_address, "alice@example.test");
  EXPECT_EQ(sent.to_name, "Alice");
  EXPECT_EQ(sent.subject, "Invitation");
  EXPECT_EQ(sent.html_body, "<p>Bonjour</p>");
  const auto row = Outbox(id);
  EXPECT_EQ(row.status, "sent");
  EXPECT_EQ(row.sent_at, kStart + 5);
  db().Run([](Session& s) { EXPECT_EQ(storage::CountJobsByStatus(s)["done"], 1); });
}

TEST_P(JobsWorkerTest, MailIsSentOnceWhenTheJobRunsAgainAfterACrash) {
  mail::RecordingMailer mailer;
  const std::string id = QueueOneMail();
  // A worker claims the job, sends the mail and marks the row sent, then dies before
  // marking the job done.
  db().Transact([&](Session& s) {
    ASSERT_TRUE(storage::ClaimNextJob(s, db().backend(), "dead", kStart, kStart + 300));
  });
  db().Run([&](Session& s) { storage::MarkOutboxSent(s, id, kStart); });

  jobs::Worker worker(db(), clock_, Settings());
  jobs::RegisterMailHandler(worker, db(), mailer, clock_, {"vigie@example.test", ""});
  clock_.Advance(301);
  EXPECT_TRUE(worker.RunOnce()) << "reclaimed after the visibility timeout";
  EXPECT_EQ(mailer.sent_count(), 0u);
  db().Run([](Session& s) { EXPECT_EQ(storage::CountJobsByStatus(s)["done"], 1); });

  // A second job for the same row (enqueued twice by mistake) sends nothing either.
  jobs::JobQueue(db(), clock_).Enqueue(jobs::kMailSendKind, id);
  EXPECT_TRUE(worker.RunOnce());
  EXPECT_EQ(mailer.sent_count(), 0u);
  EXPECT_EQ(Outbox(id).status, "sent");
}

TEST_P(JobsWorkerTest, MailRetryableFailureThenSuccess) {
  mail::RecordingMailer mailer;
  jobs::Worker worker(db(), clock_, Settings());
  jobs::RegisterMailHandler(worker, db(), mailer, clock_, {"vigie@example.test", ""});
  const std::string id = QueueOneMail();
  mailer.FailNextSends(1, /*retryable=*/true);

  EXPECT_TRUE(worker.RunOnce());
  EXPECT_EQ(mailer.sent_count(), 0u);
  auto row = Outbox(id);
  EXPECT_EQ(row.status, "queued");
  EXPECT_EQ(row.attempts, 1);
  EXPECT_EQ(row.last_error, "simulated failure of the recording mailer");
  db().Run([](Session& s) { EXPECT_EQ(storage::CountJobsByStatus(s)["pending"], 1); });

  clock_.Advance(jobs::RetryDelay(1));
  EXPECT_TRUE(worker.RunOnce());
  EXPECT_EQ(mailer.sent_count(), 1u);
  row = Outbox(id);
  EXPECT_EQ(row.status, "sent");
  EXPECT_EQ(row.attempts, 2);
  db().Run([](Session& s) { EXPECT_EQ(storage::CountJobsByStatus(s)["done"], 1); });
}

TEST_P(JobsWorkerTest, MailRetryableFailuresFailTheRowOnTheLastAttempt) {
  mail::RecordingMailer mailer;
  jobs::Worker worker(db(), clock_, Settings());
  jobs::RegisterMailHandler(worker, db(), mailer, clock_, {"vigie@example.test", ""});
  const std::string id = QueueOneMail();
  mailer.FailNextSends(100, /*retryable=*/true);
  for (int i = 0; i < 10; ++i) {
    worker.RunOnce();
    clock_.Advance(jobs::kMaxRetryDelay);
  }
  const auto row = Outbox(id);
  EXPECT_EQ(row.status, "failed");
  EXPECT_EQ(row.attempts, 5);
  db().Run([](Session& s) { EXPECT_EQ(storage::CountJobsByStatus(s)["failed"], 1); });
}

// A server reply that echoes the recipient, as some SMTP servers do.
class EchoingRejectMailer final : public mail::Mailer {
 public:
  void Send(const mail::MailMessage& message) override {
    throw mail::MailError("550 5.1.1 <" + message.to_address + ">: no such user", false);
  }
};

TEST_P(JobsWorkerTest, MailPermanentFailureFailsAtOnceWithoutLeakingTheAddress) {
  EchoingRejectMailer mailer;
  jobs::Worker worker(db(), clock_, Settings());
  jobs::RegisterMailHandler(worker, db(), mailer, clock_, {"vigie@example.test", ""});
  const std::string id = QueueOneMail("Bob.Martin@example.test");
  EXPECT_TRUE(worker.RunOnce());
  const auto row = Outbox(id);
  EXPECT_EQ(row.status, "failed");
  EXPECT_EQ(row.attempts, 1);
  EXPECT_EQ(row.last_error, "550 5.1.1 <<recipient>>: no such user");
  std::map<std::string, long long> counts;
  std::string job_error;
  db().Run([&](Session& s) {
    counts = storage::CountJobsByStatus(s);
    std::string job_id;
    s << "SELECT id FROM jobs", soci::into(job_id);
    job_error = storage::FindJob(s, job_id)->last_error;
  });
  EXPECT_EQ(counts["failed"], 1);
  EXPECT_EQ(job_error.find("Bob.Martin"), std::string::npos) << job_error;
}

TEST_P(JobsWorkerTest, QueueMailRejectsAnUnrenderableMessageAndWritesNothing) {
  EXPECT_THROW(QueueOneMail("not an address"), std::invalid_argument);
  db().Run([](Session& s) {
    EXPECT_TRUE(storage::CountJobsByStatus(s).empty());
    EXPECT_TRUE(storage::CountOutboxByStatus(s).empty());
  });
  mail::RecordingMailer mailer;
  jobs::Worker worker(db(), clock_, Settings());
  EXPECT_THROW(jobs::RegisterMailHandler(worker, db(), mailer, clock_, {"nobody", ""}),
               std::invalid_argument);
  EXPECT_THROW(jobs::RegisterMailHandler(worker, db(), mailer, clock_,
                                         {"vigie@example.test", "Vigie\r\nBcc: x@example.test"}),
               std::invalid_argument);
}

TEST_P(JobsWorkerTest, ConcurrentWorkersRunEachJobExactlyOnce) {
  constexpr int kJobs = 200;
  constexpr int kWorkers = 4;
  jobs::JobQueue queue(db(), clock_);
  std::map<std::string, std::atomic<int>> runs;  // structure fixed before the threads start
  for (int i = 0; i < kJobs; ++i) runs[queue.Enqueue("test.count", std::to_string(i))];
  ASSERT_EQ(runs.size(), static_cast<std::size_t>(kJobs));

  std::vector<std::unique_ptr<jobs::Worker>> workers;
  for (int w = 0; w < kWorkers; ++w) {
    workers.push_back(
        std::make_unique<jobs::Worker>(db(), clock_, Settings("w" + std::to_string(w))));
    workers.back()->Register("test.count",
                             [&](const storage::JobRecord& job) { runs.at(job.id).fetch_add(1); });
  }
  std::vector<std::thread> threads;
  std::atomic<int> errors{0};
  for (auto& worker : workers) {
    threads.emplace_back([&, w = worker.get()] {
      try {
        while (w->RunOnce()) {
        }
      } catch (const std::exception&) {
        ++errors;
      }
    });
  }
  for (auto& thread : threads) thread.join();

  EXPECT_EQ(errors.load(), 0);
  for (const auto& [id, count] : runs) EXPECT_EQ(count.load(), 1) << id;
  long long succeeded = 0;
  for (const auto& worker : workers) succeeded += worker->Stats().succeeded;
  EXPECT_EQ(succeeded, kJobs);
  db().Run([&](Session& s) {
    auto counts = storage::CountJobsByStatus(s);
    EXPECT_EQ(counts["done"], kJobs);
    EXPECT_EQ(counts.size(), 1u);
  });
}

TEST_P(JobsWorkerTest, BackgroundThreadRunsAJobSoonAfterWake) {
  jobs::JobQueue queue(db(), clock_);
  auto settings = Settings();
  settings.threads = 2;
  settings.poll_interval = std::chrono::seconds(60);  // only Wake can make it quick
  jobs::Worker worker(db(), clock_, settings);
  std::promise<std::string> ran;
  worker.Register("test.signal", [&](const storage::JobRecord& job) { ran.set_value(job.id); });

  worker.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let the threads go idle
  const std::string id = queue.Enqueue("test.signal", "");
  worker.Wake();
  auto future = ran.get_future();
  ASSERT_EQ(future.wait_for(std::chrono::seconds(2)), std::future_status::ready);
  EXPECT_EQ(future.get(), id);
  worker.Stop();
  EXPECT_EQ(Job(id).status, "done");
  EXPECT_EQ(worker.Stats().succeeded, 1);
}

TEST_P(JobsWorkerTest, StopLetsTheRunningJobFinish) {
  jobs::JobQueue queue(db(), clock_);
  auto settings = Settings();
  settings.poll_interval = std::chrono::milliseconds(20);
  jobs::Worker worker(db(), clock_, settings);
  std::promise<void> started;
  worker.Register("test.slow", [&](const storage::JobRecord&) {
    started.set_value();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  });
  const std::string id = queue.Enqueue("test.slow", "");
  worker.Start();
  ASSERT_EQ(started.get_future().wait_for(std::chrono::seconds(2)), std::future_status::ready);
  worker.Stop();
  EXPECT_EQ(Job(id).status, "done");
  worker.Stop();  // idempotent
}

}  // namespace
}  // namespace vigie::testing
