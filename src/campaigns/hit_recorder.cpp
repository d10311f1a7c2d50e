#include "campaigns/hit_recorder.hpp"

namespace vigie::campaigns {
namespace {

awareness::HitFacts FactsOf(const std::string& method, const std::string& agent, const std::string& purpose,
                            awareness::HitKind kind) {
  awareness::HitFacts facts;
  facts.kind = kind;
  facts.method = method;
  facts.user_agent = agent;
  facts.purpose_header = purpose;
  return facts;
}

}  // namespace

HitRecorder::HitRecorder(storage::Database& db, const core::Clock& clock, std::size_t max_batch)
    : db_(db), clock_(clock), max_batch_(max_batch < 1 ? 1 : max_batch), writer_([this] { Loop(); }) {}

HitRecorder::~HitRecorder() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  writer_.join();
}

std::optional<TrackedVisit> HitRecorder::Record(const std::string& token, const awareness::HitFacts& facts) {
  std::future<std::optional<TrackedVisit>> result;
  {
    std::lock_guard lock(mutex_);
    Pending p{token, facts.kind, std::string(facts.method), std::string(facts.user_agent),
              std::string(facts.purpose_header), {}};
    result = p.done.get_future();
    queue_.push_back(std::move(p));
  }
  ready_.notify_one();
  return result.get();
}

void HitRecorder::Loop() {
  while (true) {
    std::deque<Pending> batch;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    Commit(batch);
  }
}

void HitRecorder::Commit(std::deque<Pending>& batch) {
  std::vector<std::optional<TrackedVisit>> visits(batch.size());
  try {
    db_.Transact([&](storage::Session& s) {
      for (std::size_t i = 0; i < batch.size(); ++i) {
        const auto& p = batch[i];
        visits[i] = RecordTrackingHitIn(s, clock_, p.token, FactsOf(p.method, p.user_agent, p.purpose, p.kind));
      }
    });
  } catch (const std::exception&) {
    // One transaction each, so that only the hit at fault fails.
    for (auto& p : batch) {
      try {
        p.done.set_value(RecordTrackingHit(db_, clock_, p.token, FactsOf(p.method, p.user_agent, p.purpose, p.kind)));
      } catch (...) {
        p.done.set_exception(std::current_exception());
      }
    }
    return;
  }
  for (std::size_t i = 0; i < batch.size(); ++i) batch[i].done.set_value(std::move(visits[i]));
}

}  // namespace vigie::campaigns
