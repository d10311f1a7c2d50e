#include "awareness/sending_profile.hpp"

#include <cstdio>

#include "awareness/recipient_fields.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vigie::awareness {
namespace {

bool ParseInt(const std::string& text, int min, int max, int& out) {
  const std::string t = core::Trim(text);
  if (t.empty() || t.size() > 6 || t.find_first_not_of("0123456789") != std::string::npos) return false;
  const int v = std::stoi(t);
  if (v < min || v > max) return false;
  out = v;
  return true;
}

// "8:30", "08:30", "8h30", "8 h 30", "18h" -> minutes after midnight.
bool ParseTime(const std::string& text, int& minutes) {
  std::string t;
  for (char c : core::Trim(text)) {
    if (c != ' ') t.push_back(c == 'h' || c == 'H' ? ':' : c);
  }
  const auto colon = t.find(':');
  const std::string h = colon == std::string::npos ? t : t.substr(0, colon);
  const std::string m = colon == std::string::npos || colon + 1 == t.size() ? "0" : t.substr(colon + 1);
  int hours = 0, mins = 0;
  if (!ParseInt(h, 0, 24, hours) || !ParseInt(m, 0, 59, mins) || (hours == 24 && mins != 0)) return false;
  minutes = hours * 60 + mins;
  return true;
}

bool IsHostName(const std::string& host) {
  if (host.empty() || host.size() > 253) return false;
  for (char c : host) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!ok) return false;
  }
  return host.front() != '.' && host.back() != '.' && host.front() != '-';
}

// RFC 5322 field name: printable ASCII except ':'; a simulation header starts "X-".
bool IsHeaderName(const std::string& name) {
  if (name.size() < 3 || name.size() > 60 || (name.rfind("X-", 0) != 0 && name.rfind("x-", 0) != 0)) return false;
  for (char c : name) {
    if (c <= 32 || c >= 127 || c == ':') return false;
  }
  return true;
}

}  // namespace

std::string SecurityCode(SmtpSecurity s) {
  switch (s) {
    case SmtpSecurity::kStartTls: return "starttls";
    case SmtpSecurity::kTls: return "tls";
    case SmtpSecurity::kNone: return "none";
  }
  return "starttls";
}

std::string DaysCode(const std::array<bool, 7>& days) {
  std::string out;
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (days[i]) out += (out.empty() ? "" : ",") + std::to_string(i + 1);
  }
  return out;
}

std::string MinutesText(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 100, minutes % 60);
  return buf;
}

std::string SmtpUrl(const SendingProfile& p) {
  return std::string(p.security == SmtpSecurity::kTls ? "smtps://" : "smtp://") + p.host + ":" + std::to_string(p.port);
}

SendingProfileInput ToInput(const SendingProfile& p) {
  return {p.name,          p.host,          std::to_string(p.port),           SecurityCode(p.security),
          p.username,      p.envelope_from, p.header_name,                    p.header_value,
          std::to_string(p.rate_per_minute), MinutesText(p.window_start), MinutesText(p.window_end),
          DaysCode(p.days), std::to_string(p.spread_days)};
}

std::vector<core::FieldError> ParseSendingProfile(const SendingProfileInput& in, SendingProfile& out) {
  std::vector<core::FieldError> errors;
  out.name = core::Trim(in.name);
  if (out.name.empty() || out.name.size() > 120 || !core::IsValidUtf8(out.name)) {
    errors.push_back({"name", "Donnez un nom au profil (120 caractères au plus)."});
  }
  out.host = core::Trim(in.host);
  if (!IsHostName(out.host)) errors.push_back({"host", "Indiquez le nom du serveur d'envoi, par exemple smtp.prestataire.fr."});
  if (!ParseInt(in.port, 1, 65535, out.port)) errors.push_back({"port", "Un port de 1 à 65535 (587 le plus souvent)."});
  const std::string security = core::Trim(in.security);
  if (security == "starttls" || security.empty()) {
    out.security = SmtpSecurity::kStartTls;
  } else if (security == "tls") {
    out.security = SmtpSecurity::kTls;
  } else if (security == "none") {
    out.security = SmtpSecurity::kNone;
  } else {
    errors.push_back({"security", "Choisissez STARTTLS, TLS ou aucune."});
  }
  out.username = core::Trim(in.username);
  if (out.username.size() > 200 || !core::IsValidUtf8(out.username)) errors.push_back({"username", "200 caractères au plus."});
  out.envelope_from = core::Trim(in.envelope_from);
  for (char& c : out.envelope_from) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (!IsSendableEmail(out.envelope_from)) {
    errors.push_back({"envelope_from", "Indiquez l'adresse d'enveloppe (MAIL FROM) qui recevra les retours."});
  }
  out.header_name = core::Trim(in.header_name);
  out.header_value = core::Trim(in.header_value);
  if (!out.header_name.empty() && !IsHeaderName(out.header_name)) {
    errors.push_back({"header_name", "Un nom d'en-tête commençant par « X- », sans espace ni deux-points."});
  }
  if (out.header_value.size() > 200 || out.header_value.find_first_of("\r\n") != std::string::npos ||
      !core::IsValidUtf8(out.header_value) || (!out.header_name.empty() && out.header_value.empty())) {
    errors.push_back({"header_value", "Une valeur d'une ligne (200 caractères au plus) pour l'en-tête."});
  }
  if (!ParseInt(in.rate_per_minute, 1, 600, out.rate_per_minute)) {
    errors.push_back({"rate_per_minute", "De 1 à 600 messages par minute."});
  }
  const bool start_ok = ParseTime(in.window_start, out.window_start);
  const bool end_ok = ParseTime(in.window_end, out.window_end);
  if (!start_ok) errors.push_back({"window_start", "Une heure comme 08:30."});
  if (!end_ok) errors.push_back({"window_end", "Une heure comme 18:00."});
  if (start_ok && end_ok && out.window_end <= out.window_start) {
    errors.push_back({"window_end", "La fin de la plage d'envoi vient après son début."});
  }
  out.days.fill(false);
  bool any_day = false;
  bool days_ok = true;
  std::string days = in.days;
  std::size_t pos = 0;
  while (pos <= days.size()) {
    const auto comma = days.find(',', pos);
    const std::string part = core::Trim(days.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
    int day = 0;
    if (!part.empty()) {
      if (ParseInt(part, 1, 7, day)) {
        out.days[static_cast<std::size_t>(day - 1)] = true;
        any_day = true;
      } else {
        days_ok = false;
      }
    }
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  if (!days_ok || !any_day) errors.push_back({"days", "Cochez au moins un jour d'envoi."});
  if (!ParseInt(in.spread_days, 1, 30, out.spread_days)) errors.push_back({"spread_days", "De 1 à 30 jours ouvrés."});
  return errors;
}

}  // namespace vigie::awareness
