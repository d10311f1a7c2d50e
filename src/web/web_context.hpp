#pragma once
// What handlers receive: the request, who makes it, the services, and helpers to
// render pages and JSON consistently. One instance per request.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/account_service.hpp"
#include "auth/identity.hpp"
#include "auth/onboarding_service.hpp"
#include "auth/sign_in_service.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "storage/database.hpp"
#include "storage/list_query.hpp"
#include "web/http.hpp"
#include "web/templates.hpp"

namespace vigie::campaigns {
class HitRecorder;  // campaigns/hit_recorder.hpp
}

namespace vigie::web {

struct WebSettings {
  bool secure_cookies = false;   // TLS or behind a TLS proxy
  std::string dev_assets_dir;    // serve templates/assets from disk (development)
  std::string base_url = "http://127.0.0.1:8080";
  std::string secret_key;        // the instance's SecretBox key: seals secrets at rest
  long long campaign_claim_lease_seconds = 120;  // campaigns::CampaignEnvironment
  long long campaign_smtp_timeout_seconds = 30;
};

// Long-lived collaborators shared by every request.
struct Services {
  storage::Database& db;
  const core::Clock& clock;
  auth::SignInService& sign_in;
  auth::AccountService& accounts;
  auth::OnboardingService& onboarding;
  Templates& templates;
  const WebSettings& settings;
  std::function<void()> wake_workers;  // after queueing a job (mail)
  // Commits tracking hits in batches; null: each hit commits alone (tests, tools).
  campaigns::HitRecorder* hit_recorder = nullptr;
};

struct Flash {
  std::string kind;  // success | info | warning | error
  std::string message;
};

class Context {
 public:
  Context(Request& req, Services& svc) : request(req), services(svc) {}

  Request& request;
  Services& services;
  std::optional<auth::Identity> identity;
  std::string anonymous_csrf;           // for pages shown before sign-in
  std::vector<std::string> set_cookies;  // added to the response
  std::vector<Flash> flashes;            // from the previous redirect

  const auth::Identity& Who() const;  // throws Unauthenticated when absent
  const tenancy::Principal& Principal() const { return Who().principal; }
  storage::TenantFilter Tenant() const;  // the principal's own tenant, for lists
  void RequireAllowed(tenancy::Action action, const tenancy::Scope& scope) const;
  // The session's token, or before sign-in the anonymous double-submit token, made
  // (with its cookie) the first time a page asks for it.
  std::string CsrfToken();

  // Renders `name` inside the application layout (or the sign-in layout).
  Response Page(const std::string& name, const std::string& title, View view, int status = 200);
  Response AuthPage(const std::string& name, const std::string& title, View view, int status = 200);
  // Redirect with a message shown on the next page.
  Response RedirectWithFlash(const std::string& location, const std::string& kind,
                             const std::string& message);

 private:
  View Layout(const std::string& title);
};

// Form errors as a view: {errors: [{field, message}], error_<field>: message}.
View ErrorsView(const std::vector<core::FieldError>& errors);

}  // namespace vigie::web
