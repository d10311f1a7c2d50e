#include "web/metrics.hpp"

#include <sstream>

namespace vigie::web {

void Metrics::Observe(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::Render(const std::string& extra) const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP vigie_http_requests_total HTTP requests by route pattern and status.\n"
      << "# TYPE vigie_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    out << "vigie_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second
        << "\"} " << n << "\n";
  }
  out << "# HELP vigie_http_request_duration_seconds Time to answer a request.\n"
      << "# TYPE vigie_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "vigie_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
          << kBuckets[i] << "\"} " << h.buckets[i] << "\n";
    }
    out << "vigie_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
        << h.count << "\n";
    out << "vigie_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n";
    out << "vigie_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << "\n";
  }
  out << extra;
  return out.str();
}

}  // namespace vigie::web
