#pragma once
// Group commit for tracking hits. Every hit is durable before its page is answered, but
// hits arriving together share one transaction: under a burst (a mail filter opening
// every link of a campaign at once, a whole team opening the message at 9:00) SQLite
// commits once per batch instead of once per hit, and the handler threads stop queueing
// for the write lock one by one.
//
// Record() hands the hit to a writer thread and waits for the commit of its batch. A
// batch is whatever is waiting when the writer is free, up to max_batch hits; the
// writer never waits to fill a batch, so a lone hit is committed at once. If a batch's
// transaction fails, its hits are retried one transaction each, so one bad hit does not
// lose the others; a hit that still fails rethrows in its caller.

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "awareness/scanner_detection.hpp"
#include "campaigns/campaign_tracking.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

class HitRecorder {
 public:
  HitRecorder(storage::Database& db, const core::Clock& clock, std::size_t max_batch = 256);
  ~HitRecorder();  // commits what is queued, then stops
  HitRecorder(const HitRecorder&) = delete;
  HitRecorder& operator=(const HitRecorder&) = delete;

  // As RecordTrackingHit, committed with the other hits of its batch. Thread-safe.
  std::optional<TrackedVisit> Record(const std::string& token, const awareness::HitFacts& facts);

 private:
  struct Pending {
    std::string token;
    awareness::HitKind kind;
    std::string method, user_agent, purpose;
    std::promise<std::optional<TrackedVisit>> done;
  };
  void Loop();
  void Commit(std::deque<Pending>& batch);

  storage::Database& db_;
  const core::Clock& clock_;
  const std::size_t max_batch_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Pending> queue_;  // guarded by mutex_
  bool stopping_ = false;      // guarded by mutex_
  std::thread writer_;
};

}  // namespace vigie::campaigns
