#pragma once
// Putting work on the database-backed job queue (table `jobs`). A Worker (worker.hpp)
// in this or another process runs it later.
//
// A job is created either in its own transaction (Enqueue) or inside the caller's
// (EnqueueIn), so that it exists if and only if the data it concerns was committed —
// the outbox pattern: no job for a rolled-back change, no change without its job.
// A worker in the same process does not see the job before its next poll; call
// Worker::Wake() after the commit to skip that delay.

#include <string>

#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::jobs {

struct EnqueueOptions {
  // Empty = none. A second enqueue with a key already used (by a job in any state,
  // including done and failed) creates nothing.
  std::string idempotency_key;
  core::UnixSeconds run_at = 0;  // 0 = now (the clock's time)
  int max_attempts = 5;          // >= 1; attempts include the first run
};

// Holds references: `db` and `clock` must outlive it. Thread-safe.
class JobQueue {
 public:
  JobQueue(storage::Database& db, const core::Clock& clock);

  // Enqueues in a transaction of its own. Returns the new job's id, or "" when
  // options.idempotency_key was already used. Throws std::invalid_argument for an
  // empty kind, max_attempts < 1 or a negative run_at; database errors propagate.
  // `payload` is opaque text (typically an id or JSON); it is never logged, but it is
  // stored in clear: prefer ids over personal data.
  std::string Enqueue(const std::string& kind, const std::string& payload,
                      const EnqueueOptions& options = {});

  // Same, inside the caller's transaction `s` (Database::Transact): the job is
  // committed or rolled back with the caller's changes.
  static std::string EnqueueIn(storage::Session& s, const core::Clock& clock,
                               const std::string& kind, const std::string& payload,
                               const EnqueueOptions& options = {});

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

}  // namespace vigie::jobs
