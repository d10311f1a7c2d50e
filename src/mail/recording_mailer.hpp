#pragma once
// In-memory Mailer for tests of other modules: records what was sent instead of
// sending it, and can simulate failures.

#include <cstddef>
#include <mutex>
#include <vector>

#include "mail/mailer.hpp"

namespace vigie::mail {

// Thread-safe.
class RecordingMailer final : public Mailer {
 public:
  // Renders the message as SmtpMailer would, so an invalid message throws the same
  // std::invalid_argument; then either fails (see FailNextSends) or records a copy.
  void Send(const MailMessage& message) override;

  // The next `count` valid sends throw MailError with the given retryability and
  // record nothing.
  void FailNextSends(int count, bool retryable = true);

  std::vector<MailMessage> sent() const;  // a copy, oldest first
  std::size_t sent_count() const;
  void Clear();  // forgets sent messages and pending failures

 private:
  mutable std::mutex mutex_;
  // Guarded by mutex_.
  std::vector<MailMessage> sent_;
  int failures_left_ = 0;
  bool failures_retryable_ = true;
};

}  // namespace vigie::mail
