#pragma once
// Runs queued jobs (queue.hpp). One claim = one attempt:
//   1. in a short transaction, storage::ClaimNextJob locks the next due job for this
//      worker until now + visibility_timeout_seconds and counts the attempt;
//   2. the handler registered for the job's kind runs, outside any transaction;
//   3. the job is marked done, rescheduled with backoff (retry_policy.hpp) or failed.
//
// Delivery is at least once. A job runs again when its worker dies (or loses the
// database) after claiming it: another worker reclaims it once the lock expires. It may
// even run twice concurrently when a handler outlives the visibility timeout, so the
// timeout must exceed the longest handler run (e.g. the SMTP timeout) and handlers must
// be idempotent (see mail_jobs.hpp). A job whose worker died during its last allowed
// attempt is failed when reclaimed, without running again.
//
// Outcomes, decided by what the handler throws (errors.hpp):
//   returns normally            -> done
//   PermanentError              -> failed at once
//   RetryableError, any other   -> pending again at NextRunAt(now, attempts, id), or
//   exception                      failed when attempts reached max_attempts
//   no handler for the kind     -> failed at once
// The exception text (cleaned by detail::ErrorText) becomes last_error. Logs carry the
// worker, job id, kind, attempt and outcome — never the payload.
//
// Thread safety: every method is thread-safe, except that Stop() and the destructor
// must not be called from a handler (they join the thread running it). `db` and `clock`
// must outlive the Worker.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "jobs/errors.hpp"
#include "storage/database.hpp"
#include "storage/job_repository.hpp"

namespace vigie::jobs {

using Handler = std::function<void(const storage::JobRecord& job)>;

struct WorkerSettings {
  int threads = 1;                               // background threads started by Start()
  std::chrono::milliseconds poll_interval{500};  // idle wait between polls
  long long visibility_timeout_seconds = 300;    // how long a claim locks a job
  std::string worker_id;                         // default: "hostname-pid-random"
};

struct WorkerStats {
  long long processed = 0;  // jobs claimed and finished, whatever the outcome
  long long succeeded = 0;
  long long retried = 0;  // rescheduled for a later attempt
  long long failed = 0;   // given up: permanent error, attempts exhausted, unknown kind
};

class Worker {
 public:
  // Throws std::invalid_argument if threads < 1, poll_interval <= 0 or
  // visibility_timeout_seconds <= 0.
  Worker(storage::Database& db, const core::Clock& clock, WorkerSettings settings);
  ~Worker();  // Stop()
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // Handler for jobs of `kind`; register before Start(). Throws std::invalid_argument
  // for an empty kind, an empty handler or a kind registered twice.
  void Register(const std::string& kind, Handler handler);

  // Claims and runs at most one due job in the calling thread; true if it ran one.
  // Handler exceptions never escape; database errors do (a job already claimed then
  // stays locked until its visibility timeout, and is retried after it).
  bool RunOnce();

  // Starts settings.threads background threads, each running due jobs one after the
  // other and waiting poll_interval (or until Wake/Stop) when none is due. Database
  // errors are logged and retried after poll_interval. No-op if already started.
  void Start();

  // Graceful: lets each thread finish the job it is running, then joins them. Jobs
  // not yet claimed stay in the queue. No-op if not started; Start() may follow.
  void Stop();

  // Ends the current idle wait of every background thread, so a job enqueued by this
  // process runs without waiting for the next poll. Call after the enqueue commits.
  void Wake();

  WorkerStats Stats() const;
  const std::string& worker_id() const { return settings_.worker_id; }

 private:
  enum class Outcome { kSucceeded, kRetried, kFailed };

  void Execute(const storage::JobRecord& job);
  Handler FindHandler(const std::string& kind) const;
  void Loop();

  storage::Database& db_;
  const core::Clock& clock_;
  const WorkerSettings settings_;

  mutable std::mutex handlers_mutex_;
  std::map<std::string, Handler> handlers_;  // guarded by handlers_mutex_

  // Background threads. lifecycle_mutex_ serializes Start and Stop; state_mutex_
  // guards the flags the threads wait on.
  std::mutex lifecycle_mutex_;
  std::vector<std::thread> threads_;  // guarded by lifecycle_mutex_
  std::mutex state_mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;              // guarded by state_mutex_
  std::uint64_t wake_generation_ = 0;  // guarded by state_mutex_; bumped by Wake()

  std::atomic<long long> processed_{0};
  std::atomic<long long> succeeded_{0};
  std::atomic<long long> retried_{0};
  std::atomic<long long> failed_{0};
};

}  // namespace vigie::jobs
