#pragma once
// The web application: every route of the UI and of /api/v1, and the one place
// where each request is authenticated, checked for CSRF, authorized through the
// policy, and turned into a response with the security headers.

#include <functional>
#include <optional>
#include <string>

#include "storage/audit_repository.hpp"
#include "storage/link_repository.hpp"
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
void AddSiteRoutes(WebApp& app);
void AddApiDiagnosticRoutes(WebApp& app);
void AddDiagnosticRoutes(WebApp& app);
void AddActionPlanRoutes(WebApp& app);     // action_plan_routes.cpp
void AddApiActionPlanRoutes(WebApp& app);  // api_action_plan_routes.cpp
void AddDocumentRoutes(WebApp& app);       // document_routes.cpp
void AddRecipientRoutes(WebApp& app);      // recipient_routes.cpp
void AddApiRecipientRoutes(WebApp& app);   // api_recipient_routes.cpp
void AddAwarenessRoutes(WebApp& app);      // awareness_routes.cpp
void AddRecipientPathRoutes(WebApp& app);  // recipient_path_routes.cpp: /p/… (campaign links)
void AddSendingProfileRoutes(WebApp& app); // sending_profile_routes.cpp
void AddCampaignRoutes(WebApp& app);       // campaign_routes.cpp
void AddApiCampaignRoutes(WebApp& app);    // api_campaign_routes.cpp
void AddCampaignWaveRoutes(WebApp& app);   // campaign_wave_routes.cpp
void AddTemplateEditorRoutes(WebApp& app); // template_editor_routes.cpp
void AddAwarenessReportRoutes(WebApp& app); // awareness_report_routes.cpp: quarterly PDF
void AddStructureExportRoutes(WebApp& app);
// Administration: regions and organisations (region_routes.cpp), then, in this
// order, AddUserRoutes (user_routes.cpp) and AddAuditRoutes (audit_routes.cpp).
void AddAdminRoutes(WebApp& app);
void AddUserRoutes(WebApp& app);
void AddAuditRoutes(WebApp& app);
void AddProfileRoutes(WebApp& app);
// /api/v1: profile and structures (api_routes.cpp); regions, organisations, users,
// invitations, API tokens and the audit log (api_admin_routes.cpp).
void AddApiRoutes(WebApp& app);
void AddApiAdminRoutes(WebApp& app);

// Structure writes shared by the pages and the API (structure_routes.cpp): validate,
// check FINESS uniqueness and tenant coherence, save and audit in one transaction.
tenancy::Structure SaveStructure(Context& ctx, const tenancy::FieldValues& fields,
                                 const tenancy::Structure* existing);
void DeleteStructureAudited(Context& ctx, const tenancy::Structure& structure);
// The structure named by the route's {id} parameter (404 when absent), and its
// tenant as a policy scope: shared by the structure, site and API routes.
tenancy::Structure StructureOfPath(Context& ctx);
// The region named by the path's {id} (awareness_report_routes.cpp), and its scope
// without a structure: the region's centre staff, never a structure role.
tenancy::Region RegionOfPath(Context& ctx);
tenancy::Scope RegionScopeOfPath(Context& ctx);
tenancy::Scope StructureScopeOfPath(Context& ctx);

// Region and organisation writes shared by the pages and the API (region_routes.cpp):
// validate (AppError kInvalid naming the fields), check uniqueness, insert and audit
// in one transaction. Texts are trimmed and the region code lower-cased here.
struct RegionInput {
  std::string code, name, crrc_name;
};
tenancy::Region CreateRegionAudited(Context& ctx, const RegionInput& input);
struct OrganizationInput {
  std::string name;
  std::string region_id;  // only used when the caller sees every region
};
tenancy::Organization CreateOrganizationAudited(Context& ctx, OrganizationInput input);

// Accounts (user_routes.cpp). The tenant of the account named by the path's {id}, as
// a route scope; 404 when it does not exist or lies outside ctx.Tenant().
tenancy::Scope TargetUserScope(Context& ctx);
struct InviteInput {
  std::string email, display_name, role, structure_id, region_id;
};
// Sends an invitation with `role` (onboarding.Invite validates, checks MayGrant and
// queues the mail in one transaction) and wakes the mail workers. A structure role
// goes to input.structure_id; a centre role to the caller's own region, or to
// input.region_id when the caller sees every region. Returns the invitation.
storage::InvitationRecord SendInvitation(Context& ctx, const InviteInput& input, tenancy::Role role);

// Audit log (audit_routes.cpp). Filters read from the query string: the page uses
// ?action (one of its menu's prefixes), ?acteur, ?du, ?au; the API ?action (any
// prefix), ?actor, ?from, ?to. Dates are Europe/Paris days, YYYY-MM-DD (DD/MM/YYYY is
// accepted too).
enum class AuditParams { kPage, kApi };
// The filtered query over ctx.Tenant() (first page); throws AppError kInvalid naming
// the parameter when a date is malformed or the end precedes the start.
storage::AuditQuery AuditQueryOf(const Context& ctx, AuditParams params);
// The filtered log as a CSV download (at most 50 000 lines), recorded as
// "audit.exported".
Response AuditCsv(Context& ctx, AuditParams params);

}  // namespace vigie::web
