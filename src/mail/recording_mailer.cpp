#include "mail/recording_mailer.hpp"

namespace vigie::mail {

void RecordingMailer::Send(const MailMessage& message) {
  static_cast<void>(RenderMessage(message, 0, "validation@vigie.local"));  // validates
  std::lock_guard lock(mutex_);
  if (failures_left_ > 0) {
    --failures_left_;
    throw MailError("simulated failure of the recording mailer", failures_retryable_);
  }
  sent_.push_back(message);
}

void RecordingMailer::FailNextSends(int count, bool retryable) {
  std::lock_guard lock(mutex_);
  failures_left_ = count;
  failures_retryable_ = retryable;
}

std::vector<MailMessage> RecordingMailer::sent() const {
  std::lock_guard lock(mutex_);
  return sent_;
}

std::size_t RecordingMailer::sent_count() const {
  std::lock_guard lock(mutex_);
  return sent_.size();
}

void RecordingMailer::Clear() {
  std::lock_guard lock(mutex_);
  sent_.clear();
  failures_left_ = 0;
}

}  // namespace vigie::mail
