#pragma once
// Security settings of sign-in, sessions and email links. Built by the composition
// root from the configuration; defaults are the product's recommended values.

#include <string>

namespace vigie::auth {

struct AuthSettings {
  long long session_idle_seconds = 30LL * 60;           // signed out after 30 min without a request
  long long session_absolute_seconds = 12LL * 60 * 60;  // and at the latest 12 h after sign-in
  long long throttle_window_seconds = 15LL * 60;
  long long max_failures_per_account = 5;             // within the window
  long long max_failures_per_address = 30;
  long long invitation_ttl_seconds = 7LL * 24 * 3600;
  long long reset_ttl_seconds = 60LL * 60;
  std::string secret_key;  // 32 raw bytes: seals TOTP secrets, signs email links
  std::string base_url = "http://127.0.0.1:8080";     // for links in emails
  std::string product_name = "Vigie";                 // TOTP issuer
};

}  // namespace vigie::auth
