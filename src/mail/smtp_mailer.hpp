#pragma once
// Mailer over SMTP (libcurl). The message text is rendered by RenderMessage; libcurl
// speaks the protocol (EHLO, STARTTLS, AUTH, MAIL FROM, RCPT TO, DATA, dot-stuffing).

#include <string>

#include "core/clock.hpp"
#include "mail/mailer.hpp"

namespace vigie::mail {

struct SmtpSettings {
  std::string url = "smtp://127.0.0.1:25";  // smtp:// or smtps://, no path
  std::string username;                     // empty: no AUTH
  std::string password;
  bool require_starttls = false;  // true: refuse to send without TLS; false: TLS if offered
  std::string helo_domain = "vigie.local";
  std::string message_id_domain = "vigie.local";
  long timeout_seconds = 30;  // for connecting, and again for the whole session
  bool verify_tls = true;     // false only for tests and self-signed relays
};

// One SMTP session per Send, with Date from `clock` and a fresh random Message-ID.
// Thread-safe: concurrent Sends use separate connections. `clock` must outlive the
// mailer. Failures: see Mailer::Send; MailError::retryable is false only when the
// server's last reply was 5xx (including a 535 authentication failure).
class SmtpMailer final : public Mailer {
 public:
  // Throws std::invalid_argument if the URL is not smtp:// or smtps:// (or has a path),
  // a domain is invalid, or the timeout is not positive.
  SmtpMailer(SmtpSettings settings, const core::Clock& clock);

  void Send(const MailMessage& message) override;

 private:
  // Constant after construction.
  SmtpSettings settings_;
  std::string url_;     // settings_.url with the HELO domain as path, as libcurl wants it
  std::string server_;  // "host:port", for error messages (no credentials)
  const core::Clock& clock_;
};

}  // namespace vigie::mail
