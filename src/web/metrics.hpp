#pragma once
// Prometheus counters kept in memory by the web layer: requests by route pattern and
// status, and a latency histogram per route. Thread-safe.

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace vigie::web {

class Metrics {
 public:
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  0.5,  1.0};
  void Observe(const std::string& route, int status, double seconds);
  // Prometheus text exposition of what was observed (extra lines are appended).
  std::string Render(const std::string& extra) const;

 private:
  struct Histogram {
    std::array<long long, kBuckets.size()> buckets{};
    long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, long long> requests_;  // guarded by mutex_
  std::map<std::string, Histogram> latency_;                    // guarded by mutex_
};

}  // namespace vigie::web
