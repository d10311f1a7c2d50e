#pragma once
// What a job handler throws to tell the worker how its job ended (worker.hpp). A handler
// that returns normally succeeded. Any other std::exception counts as retryable.
//
// The message becomes the job's last_error and is logged: English, fit for operators,
// never personal data (addresses, names, payload contents) nor secrets.

#include <stdexcept>
#include <string>

namespace vigie::jobs {

// Running the job again later may succeed (server down, timeout): the worker
// reschedules it with backoff (retry_policy.hpp) until max_attempts, then fails it.
class RetryableError : public std::runtime_error {
 public:
  explicit RetryableError(const std::string& message) : std::runtime_error(message) {}
};

// Running the job again cannot succeed (rejected recipient, row gone): failed at once.
class PermanentError : public std::runtime_error {
 public:
  explicit PermanentError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace vigie::jobs
