#pragma once
// How a campaign's e-mails leave (issue 5, "Sending profiles"): the SMTP relay and its
// security, the envelope sender, a header the structure's mail filter can allow-list
// simulations on, a rate limit, a sending window (hours and working days) and a
// spread over several days. The password is write-only: sealed at rest by the caller,
// never shown again.

#include <array>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace vigie::awareness {

enum class SmtpSecurity { kStartTls, kTls, kNone };

struct SendingProfile {
  std::string name;
  std::string host;
  int port = 587;
  SmtpSecurity security = SmtpSecurity::kStartTls;
  std::string username;        // empty: no authentication
  std::string envelope_from;   // MAIL FROM, e.g. bounces@relay.example
  std::string header_name;     // e.g. X-Vigie-Simulation; empty: none
  std::string header_value;
  int rate_per_minute = 30;    // 1..600 (an Exchange Online mailbox allows 30)
  int window_start = 8 * 60;   // minutes after midnight, Europe/Paris
  int window_end = 18 * 60;    // exclusive; after window_start
  std::array<bool, 7> days{true, true, true, true, true, false, false};  // Monday first
  int spread_days = 1;         // 1..30 working days
};

// Fields as typed (forms and API); `days` as "1,2,3,4,5" (1 = Monday).
struct SendingProfileInput {
  std::string name, host, port, security, username, envelope_from, header_name, header_value, rate_per_minute,
      window_start, window_end, days, spread_days;
};

// Parses and checks every field; errors are named by field.
std::vector<core::FieldError> ParseSendingProfile(const SendingProfileInput& in, SendingProfile& out);
// The profile as typed fields (to fill a form).
SendingProfileInput ToInput(const SendingProfile& p);

std::string SecurityCode(SmtpSecurity s);  // "starttls" | "tls" | "none"
std::string DaysCode(const std::array<bool, 7>& days);  // "1,2,3,4,5"
std::string MinutesText(int minutes);  // 510 -> "08:30"
// The SMTP URL for the mailer: smtp://host:port or smtps://host:port.
std::string SmtpUrl(const SendingProfile& p);

}  // namespace vigie::awareness
