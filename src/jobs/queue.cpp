#include "jobs/queue.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "crypto/random.hpp"
#include "storage/job_repository.hpp"

namespace vigie::jobs {

JobQueue::JobQueue(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}

std::string JobQueue::Enqueue(const std::string& kind, const std::string& payload,
                              const EnqueueOptions& options) {
  std::string id;
  db_.Transact([&](storage::Session& s) { id = EnqueueIn(s, clock_, kind, payload, options); });
  return id;
}

std::string JobQueue::EnqueueIn(storage::Session& s, const core::Clock& clock,
                                const std::string& kind, const std::string& payload,
                                const EnqueueOptions& options) {
  if (kind.empty()) throw std::invalid_argument("job kind is empty");
  if (options.max_attempts < 1) throw std::invalid_argument("job max_attempts must be >= 1");
  if (options.run_at < 0) throw std::invalid_argument("job run_at must not be negative");

  storage::JobRecord job;
  job.id = crypto::NewId();
  job.kind = kind;
  job.payload = payload;
  job.idempotency_key = options.idempotency_key;
  job.created_at = clock.Now();
  job.run_at = options.run_at == 0 ? job.created_at : options.run_at;
  job.max_attempts = options.max_attempts;
  if (!storage::InsertJob(s, job)) {
    spdlog::debug("job not enqueued: kind={} idempotency key already used", kind);
    return {};
  }
  spdlog::debug("job enqueued: id={} kind={} run_at={}", job.id, kind, job.run_at);
  return job.id;
}

}  // namespace vigie::jobs
