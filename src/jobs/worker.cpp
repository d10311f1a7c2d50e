#include "jobs/worker.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <array>
#include <optional>
#include <stdexcept>
#include <utility>

#include "core/error.hpp"
#include "crypto/random.hpp"
#include "jobs/error_text.hpp"
#include "jobs/retry_policy.hpp"

namespace vigie::jobs {
namespace {

std::string DefaultWorkerId() {
  std::array<char, 256> host{};
  if (gethostname(host.data(), host.size() - 1) != 0 || host[0] == '\0') {
    host = {};
    host[0] = '?';
  }
  return std::string(host.data()) + "-" + std::to_string(getpid()) + "-" +
         crypto::NewId().substr(0, 8);
}

WorkerSettings Validated(WorkerSettings settings) {
  if (settings.threads < 1) throw std::invalid_argument("worker threads must be >= 1");
  if (settings.poll_interval.count() <= 0) {
    throw std::invalid_argument("worker poll_interval must be positive");
  }
  if (settings.visibility_timeout_seconds <= 0) {
    throw std::invalid_argument("worker visibility_timeout_seconds must be positive");
  }
  if (settings.worker_id.empty()) settings.worker_id = DefaultWorkerId();
  return settings;
}

}  // namespace

Worker::Worker(storage::Database& db, const core::Clock& clock, WorkerSettings settings)
    : db_(db), clock_(clock), settings_(Validated(std::move(settings))) {}

Worker::~Worker() { Stop(); }

void Worker::Register(const std::string& kind, Handler handler) {
  if (kind.empty()) throw std::invalid_argument("job kind is empty");
  if (!handler) throw std::invalid_argument("empty handler for job kind " + kind);
  std::lock_guard lock(handlers_mutex_);
  if (!handlers_.emplace(kind, std::move(handler)).second) {
    throw std::invalid_argument("a handler is already registered for job kind " + kind);
  }
}

Handler Worker::FindHandler(const std::string& kind) const {
  std::lock_guard lock(handlers_mutex_);
  const auto it = handlers_.find(kind);
  return it == handlers_.end() ? Handler() : it->second;
}

bool Worker::RunOnce() {
  const core::UnixSeconds now = clock_.Now();
  std::optional<storage::JobRecord> job;
  db_.Transact([&](storage::Session& s) {
    job = storage::ClaimNextJob(s, db_.backend(), settings_.worker_id, now,
                                now + settings_.visibility_timeout_seconds);
  });
  if (!job) return false;
  Execute(*job);
  return true;
}

void Worker::Execute(const storage::JobRecord& job) {
  Outcome outcome = Outcome::kSucceeded;
  std::string error;
  const auto fail_or_retry = [&](std::string_view text) {
    error = detail::ErrorText(text);
    outcome = job.attempts >= job.max_attempts ? Outcome::kFailed : Outcome::kRetried;
  };

  if (job.attempts > job.max_attempts) {
    // Claimed again after a worker died while running the last allowed attempt.
    outcome = Outcome::kFailed;
    error = "abandoned after " + std::to_string(job.max_attempts) +
            " attempts: the worker running the last one stopped before finishing it";
  } else if (Handler handler = FindHandler(job.kind); !handler) {
    outcome = Outcome::kFailed;
    error = detail::ErrorText("no handler registered for job kind \"" + job.kind + "\"");
  } else {
    try {
      handler(job);
    } catch (const PermanentError& e) {
      outcome = Outcome::kFailed;
      error = detail::ErrorText(core::LoggableError(e.what()));
    } catch (const std::exception& e) {  // RetryableError and anything unexpected
      fail_or_retry(e.what());
    } catch (...) {
      fail_or_retry("handler threw a non-standard exception");
    }
  }

  const core::UnixSeconds now = clock_.Now();
  const core::UnixSeconds run_at =
      outcome == Outcome::kRetried ? NextRunAt(now, job.attempts, job.id) : now;
  bool still_ours = false;
  db_.Run([&](storage::Session& s) {
    still_ours = outcome == Outcome::kSucceeded
                     ? storage::CompleteJob(s, job.id, settings_.worker_id, now)
                     : storage::RescheduleJob(s, job.id, settings_.worker_id, error, run_at,
                                              outcome == Outcome::kFailed, now);
  });

  ++processed_;
  switch (outcome) {
    case Outcome::kSucceeded:
      ++succeeded_;
      spdlog::info("job done: worker={} id={} kind={} attempt={}/{}", settings_.worker_id, job.id,
                   job.kind, job.attempts, job.max_attempts);
      break;
    case Outcome::kRetried:
      ++retried_;
      spdlog::warn("job will retry: worker={} id={} kind={} attempt={}/{} in={}s error={}",
                   settings_.worker_id, job.id, job.kind, job.attempts, job.max_attempts,
                   run_at - now, error);
      break;
    case Outcome::kFailed:
      ++failed_;
      spdlog::error("job failed: worker={} id={} kind={} attempt={}/{} error={}",
                    settings_.worker_id, job.id, job.kind, job.attempts, job.max_attempts, error);
      break;
  }
  if (!still_ours) {
    spdlog::warn(
        "job outcome not recorded: worker={} id={} kind={} attempt={}: the lock expired and "
        "another worker claimed the job (handler slower than the visibility timeout?)",
        settings_.worker_id, job.id, job.kind, job.attempts);
  }
}

void Worker::Start() {
  std::lock_guard lifecycle(lifecycle_mutex_);
  if (!threads_.empty()) return;
  {
    std::lock_guard lock(state_mutex_);
    stopping_ = false;
  }
  spdlog::info("job worker starting: worker={} threads={}", settings_.worker_id, settings_.threads);
  for (int i = 0; i < settings_.threads; ++i) threads_.emplace_back([this] { Loop(); });
}

void Worker::Stop() {
  std::lock_guard lifecycle(lifecycle_mutex_);
  if (threads_.empty()) return;
  {
    std::lock_guard lock(state_mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_) thread.join();
  threads_.clear();
  spdlog::info("job worker stopped: worker={}", settings_.worker_id);
}

void Worker::Wake() {
  {
    std::lock_guard lock(state_mutex_);
    ++wake_generation_;
  }
  wake_.notify_all();
}

void Worker::Loop() {
  for (;;) {
    std::uint64_t seen = 0;
    {
      std::lock_guard lock(state_mutex_);
      if (stopping_) return;
      seen = wake_generation_;
    }
    bool ran = false;
    try {
      ran = RunOnce();
    } catch (const std::exception& e) {
      spdlog::error("job worker could not claim or record a job: worker={} error={}",
                    settings_.worker_id, detail::ErrorText(core::LoggableError(e.what())));
    } catch (...) {
      spdlog::error("job worker could not claim or record a job: worker={} (unknown error)",
                    settings_.worker_id);
    }
    if (ran) continue;
    std::unique_lock lock(state_mutex_);
    wake_.wait_for(lock, settings_.poll_interval,
                   [&] { return stopping_ || wake_generation_ != seen; });
  }
}

WorkerStats Worker::Stats() const {
  return WorkerStats{processed_.load(), succeeded_.load(), retried_.load(), failed_.load()};
}

}  // namespace vigie::jobs
