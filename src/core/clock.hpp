#pragma once
// All code takes time from a Clock so tests control it. Timestamps are UTC seconds
// since the Unix epoch, stored as 64-bit integers in both databases.

#include <atomic>
#include <cstdint>

namespace vigie::core {

using UnixSeconds = std::int64_t;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual UnixSeconds Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  UnixSeconds Now() const override;
};

// For tests: time moves only when told. Thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(UnixSeconds start) : now_(start) {}
  UnixSeconds Now() const override { return now_.load(); }
  void Advance(std::int64_t seconds) { now_ += seconds; }
  void Set(UnixSeconds t) { now_ = t; }

 private:
  std::atomic<UnixSeconds> now_;
};

}  // namespace vigie::core
