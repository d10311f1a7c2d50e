#pragma once
// The web application: every route of the UI and of /api/v1, and the one place
// where each request is authenticated, checked for CSRF, authorized through the
// policy, and turned into a response with the security headers.

#include <functional>
#include <optional>
#include <string>

#include "tenancy/policy.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/metrics.hpp"
#include "web/router.hpp"
#include "web/web_context.hpp"

namespace vigie::web {

enum class Guard {
  kPublic,          // anyone (sign-in page, health)
  kPendingSession,  // a session whose second factor is pending or must be enrolled
  kSignedIn,        // fully signed in (password and, when required, second factor)
};

using ScopeOf = std::function<tenancy::Scope(Context&)>;
using Handler = std::function<Response(Context&)>;

struct RouteSpec {
  Guard guard = Guard::kSignedIn;
  // When set, the dispatcher asks the policy before the handler runs, on the scope
  // returned by `scope` (the target object's tenant; by default the caller's own).
  std::optional<tenancy::Action> action;
  ScopeOf scope;
  Handler handler;
};

class WebApp {
 public:
  explicit WebApp(Services& services);

  Response Handle(Request& request);
  Response HandleRefused(int status, const Request& partial);

  void Add(const std::string& method, const std::string& pattern, RouteSpec spec);
  const Router<RouteSpec>& router() const { return router_; }
  Metrics& metrics() { return metrics_; }

 private:
  Response Dispatch(Context& ctx, const Router<RouteSpec>::Match& match);
  Response ErrorResponse(Context& ctx, const core::AppError& error);
  void Authenticate(Context& ctx);
  void CheckCsrf(Context& ctx);

  Services& services_;
  Router<RouteSpec> router_;
  Metrics metrics_;
};

// Security headers added to every response.
void AddSecurityHeaders(Response& response, bool secure);
// {"error": {"code", "message", "fields": [...]}}
Response JsonError(int status, const core::AppError& error);
int HttpStatusOf(core::ErrorKind kind);

// Route registration, one function per area (web/*_routes.cpp).
void AddOpsRoutes(WebApp& app);
void AddAuthRoutes(WebApp& app);
void AddDashboardRoutes(WebApp& app);
void AddStructureRoutes(WebApp& app);
void AddAdminRoutes(WebApp& app);
void AddProfileRoutes(WebApp& app);
void AddApiRoutes(WebApp& app);

// Structure writes shared by the pages and the API (structure_routes.cpp): validate,
// check FINESS uniqueness and tenant coherence, save and audit in one transaction.
tenancy::Structure SaveStructure(Context& ctx, const tenancy::FieldValues& fields,
                                 const tenancy::Structure* existing);
void DeleteStructureAudited(Context& ctx, const tenancy::Structure& structure);

}  // namespace vigie::web
