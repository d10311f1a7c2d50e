#pragma once
// The outgoing-mail boundary. Production uses SmtpMailer (smtp_mailer.hpp); tests of
// other modules use RecordingMailer (recording_mailer.hpp).

#include <stdexcept>
#include <string>

#include "mail/message.hpp"

namespace vigie::mail {

// A message could not be handed to the mail server. The text is English, fit for logs:
// it names the server and the SMTP reply code, never an address, a name or the body.
class MailError : public std::runtime_error {
 public:
  MailError(const std::string& message, bool retryable, bool maybe_delivered = false)
      : std::runtime_error(message), retryable_(retryable), maybe_delivered_(maybe_delivered) {}

  // True when sending the same message later may succeed: connection failure, timeout,
  // TLS or local failure, 4xx reply. False for a 5xx reply (permanent rejection).
  bool retryable() const { return retryable_; }

  // True when the whole message had been handed over before the failure (e.g. the
  // connection dropped or timed out while waiting for the final reply to DATA): the
  // server may have accepted it, so sending it again may deliver it twice.
  bool maybe_delivered() const { return maybe_delivered_; }

 private:
  bool retryable_;
  bool maybe_delivered_;
};

class Mailer {
 public:
  virtual ~Mailer() = default;

  // Sends one message, or throws: std::invalid_argument if the message cannot be
  // rendered (RenderMessage: bad address, line break in a header...), before any
  // network traffic; MailError if delivery to the server failed. Implementations are
  // thread-safe.
  virtual void Send(const MailMessage& message) = 0;
};

}  // namespace vigie::mail
