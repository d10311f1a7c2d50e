#include "jobs/retry_policy.hpp"

#include <cstdint>

namespace vigie::jobs {
namespace {

std::uint64_t Fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

}  // namespace

core::UnixSeconds RetryDelay(long long attempts) {
  core::UnixSeconds delay = kFirstRetryDelay;
  // Doubling stops at the cap, so large attempt counts cannot overflow.
  for (long long n = 1; n < attempts && delay < kMaxRetryDelay; ++n) delay *= 2;
  return delay < kMaxRetryDelay ? delay : kMaxRetryDelay;
}

core::UnixSeconds NextRunAt(core::UnixSeconds now, long long attempts) {
  return now + RetryDelay(attempts);
}

core::UnixSeconds NextRunAt(core::UnixSeconds now, long long attempts, std::string_view job_id) {
  const core::UnixSeconds delay = RetryDelay(attempts);
  const auto spread = static_cast<std::uint64_t>(delay / 4) + 1;
  return now + delay - static_cast<core::UnixSeconds>(Fnv1a(job_id) % spread);
}

}  // namespace vigie::jobs
