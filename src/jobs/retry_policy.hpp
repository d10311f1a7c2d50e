#pragma once
// When a job that failed with a retryable error runs again: exponential backoff.
// After the n-th failed attempt the delay is 30 s * 2^(n-1), capped at one hour:
// 30 s, 1 min, 2 min, 4 min, 8 min, 16 min, 32 min, then 1 h for every later attempt.
//
// Everything here is a pure function of its arguments (deterministic, thread-safe).
// Jitter is optional and derived from the job id, not from a random source, so a test
// (or an operator reading the table) can predict when a job runs again.

#include <string_view>

#include "core/clock.hpp"

namespace vigie::jobs {

inline constexpr core::UnixSeconds kFirstRetryDelay = 30;
inline constexpr core::UnixSeconds kMaxRetryDelay = 3600;

// Delay after the `attempts`-th failed attempt; attempts < 1 counts as 1.
core::UnixSeconds RetryDelay(long long attempts);

// now + RetryDelay(attempts), without jitter.
core::UnixSeconds NextRunAt(core::UnixSeconds now, long long attempts);

// Same with jitter: the delay is shortened by up to a quarter, by an amount taken from a
// hash (FNV-1a) of `job_id`, so jobs that failed together (an SMTP outage) do not all
// retry in the same second. Bounds: now + d - d/4 <= result <= now + d, d = RetryDelay.
// The worker uses this one.
core::UnixSeconds NextRunAt(core::UnixSeconds now, long long attempts, std::string_view job_id);

}  // namespace vigie::jobs
