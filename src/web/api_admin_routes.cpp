// JSON API under /api/v1 for administration: regions, organisations, users,
// invitations, personal API tokens and the audit log. Writes go through the same
// code as the pages (CreateRegionAudited, CreateOrganizationAudited, SendInvitation,
// AuditCsv, the account services), so validation, policy and audit are identical.
// Formats: see api_routes.cpp.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/french_format.hpp"
#include "storage/audit_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/api_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using core::AppError;
using core::FieldError;
using nlohmann::json;
using tenancy::Action;
using namespace detail;

const char kUnknownRole[] =
    "Rôle inconnu : indiquez un code de rôle, par exemple « structure_reader » ou « "
    "crrc_consultant ».";

Response Created(const json& body, const std::string& location = "") {
  Response r = Response::Json(body.dump(), 201);
  if (!location.empty()) r.SetHeader("Location", location);
  return r;
}

tenancy::User LoadUser(Context& ctx) {
  std::optional<tenancy::User> user;
  ctx.services.db.Run(
      [&](storage::Session& s) { user = storage::FindUser(s, ctx.request.Param("id")); });
  if (!user) throw AppError::NotFound("Ce compte n'existe pas.");
  return *user;
}

// ---------------------------------------------------------------------------------
// Regions and organisations

json RegionJson(const tenancy::Region& r) {
  return {{"id", r.id}, {"code", r.code}, {"name", r.name}, {"crrc_name", r.crrc_name}};
}

Response ListRegions(Context& ctx) {
  json items = json::array();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& r : storage::ListRegions(s, {ctx.Tenant().region_id, ""})) {
      items.push_back(RegionJson(r));
    }
  });
  return WholeListJson(items);
}


// The region named in the path, for its scope and its handler.
tenancy::Region LoadRegion(Context& ctx) {
  std::optional<tenancy::Region> region;
  ctx.services.db.Run([&](storage::Session& s) { region = storage::FindRegion(s, ctx.request.Param("id")); });
  if (!region) throw core::AppError::NotFound("Cette région n'existe pas.");
  return *region;
}

tenancy::Scope RegionScope(Context& ctx) { return {LoadRegion(ctx).id, ""}; }

Response GetRegion(Context& ctx) { return Response::Json(RegionJson(LoadRegion(ctx)).dump()); }

Response CreateRegion(Context& ctx) {
  const json body = ParseBody(ctx.request);
  const auto region = CreateRegionAudited(
      ctx,
      {StringMember(body, "code"), StringMember(body, "name"), StringMember(body, "crrc_name")});
  return Created(RegionJson(region), "/api/v1/regions/" + region.id);
}

Response ListOrganizations(Context& ctx) {
  json items = json::array();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& o : storage::ListOrganizations(s, {ctx.Tenant().region_id, ""})) {
      items.push_back({{"id", o.id}, {"region_id", o.region_id}, {"name", o.name}});
    }
  });
  return WholeListJson(items);
}

Response CreateOrganization(Context& ctx) {
  const json body = ParseBody(ctx.request);
  const auto org =
      CreateOrganizationAudited(ctx, {StringMember(body, "name"), StringMember(body, "region_id")});
  return Created({{"id", org.id}, {"region_id", org.region_id}, {"name", org.name}});
}

// ---------------------------------------------------------------------------------
// Users and invitations

Response ListUsers(Context& ctx) {
  storage::UserQuery q;
  q.tenant = ctx.Tenant();
  q.search = ctx.request.Query("q");
  q.role = ctx.request.Query("role");
  q.page = PageOf(ctx.request);
  storage::Page<tenancy::User> page;
  ctx.services.db.Run([&](storage::Session& s) { page = storage::ListUsers(s, q); });
  return ListJson(page, UserJson);
}

// {"role": code} and/or {"disabled": bool}. Both are checked before anything is
// written; the role is changed first, so a refused role leaves the account as it was.
Response PatchUser(Context& ctx) {
  const json body = ParseBody(ctx.request);
  std::optional<tenancy::Role> role;
  std::optional<bool> disabled;
  std::vector<FieldError> errors;
  if (const auto it = body.find("role"); it != body.end()) {
    if (it->is_string()) role = tenancy::ParseRole(it->get<std::string>());
    if (!role) errors.push_back({"role", kUnknownRole});
  }
  if (const auto it = body.find("disabled"); it != body.end()) {
    if (it->is_boolean())
      disabled = it->get<bool>();
    else
      errors.push_back({"disabled", "« disabled » vaut true ou false."});
  }
  if (!errors.empty()) throw AppError::Invalid("Le compte n'a pas été modifié.", errors);
  if (!role && !disabled) {
    throw AppError::Invalid(
        "Le compte n'a pas été modifié : indiquez « role », « disabled » ou les deux.");
  }
  const std::string id = ctx.request.Param("id");
  if (role) ctx.services.accounts.ChangeRole(ctx.Who(), id, *role);
  if (disabled) ctx.services.accounts.SetDisabled(ctx.Who(), id, *disabled);
  return Response::Json(UserJson(LoadUser(ctx)).dump());
}

// The policy check on the role and tenant (MayGrant) is OnboardingService::Invite's.
Response CreateInvitation(Context& ctx) {
  const json body = ParseBody(ctx.request);
  const InviteInput in{StringMember(body, "email"), StringMember(body, "display_name"),
                       StringMember(body, "role"), StringMember(body, "structure_id"),
                       StringMember(body, "region_id")};
  const auto role = tenancy::ParseRole(in.role);
  if (!role) throw AppError::Invalid("L'invitation n'a pas été envoyée.", {{"role", kUnknownRole}});
  const auto invitation = SendInvitation(ctx, in, *role);
  return Created({{"id", invitation.id},
                  {"email", invitation.email},
                  {"role", invitation.role},
                  {"expires_at", core::FormatIsoUtc(invitation.expires_at)}});
}

// ---------------------------------------------------------------------------------
// Personal API tokens

Response ListTokens(Context& ctx) {
  json items = json::array();
  for (const auto& t : ctx.services.accounts.ListApiTokens(ctx.Who())) {
    items.push_back({{"id", t.id},
                     {"name", t.name},
                     {"role", t.role},
                     {"created_at", core::FormatIsoUtc(t.created_at)},
                     {"last_used_at",
                      t.last_used_at ? json(core::FormatIsoUtc(t.last_used_at)) : json(nullptr)},
                     {"revoked", t.revoked_at != 0}});
  }
  return WholeListJson(items);
}

// The token is in the response only: it is stored hashed.
Response CreateToken(Context& ctx) {
  const json body = ParseBody(ctx.request);
  const std::string name = StringMember(body, "name");
  const auto role = tenancy::ParseRole(StringMember(body, "role"));
  if (!role) throw AppError::Invalid("Le jeton n'a pas été créé.", {{"role", kUnknownRole}});
  const auto created = ctx.services.accounts.CreateApiToken(ctx.Who(), name, *role);
  return Created({{"id", created.id},
                  {"name", tenancy::TrimCopy(name)},
                  {"role", tenancy::RoleCode(*role)},
                  {"token", created.token}});
}

// ---------------------------------------------------------------------------------
// Audit log

Response ListAudit(Context& ctx) {
  storage::AuditQuery q = AuditQueryOf(ctx, AuditParams::kApi);
  q.page = PageOf(ctx.request);
  storage::Page<storage::AuditEvent> page;
  ctx.services.db.Run([&](storage::Session& s) { page = storage::ListAuditEvents(s, q); });
  return ListJson(page, [](const storage::AuditEvent& e) {
    return json{{"id", e.id},
                {"occurred_at", core::FormatIsoUtc(e.occurred_at)},
                {"actor", e.actor_label},
                {"action", e.action},
                {"target_type", e.target_type},
                {"target_id", e.target_id},
                {"details", e.details}};
  });
}

}  // namespace

void AddApiAdminRoutes(WebApp& app) {
  const auto signed_in = Guard::kSignedIn;
  app.Add("GET", "/api/v1/regions", {signed_in, Action::kViewRegions, nullptr, ListRegions});
  app.Add("POST", "/api/v1/regions", {signed_in, Action::kManageRegions, nullptr, CreateRegion});
  app.Add("GET", "/api/v1/regions/{id:id}", {signed_in, Action::kViewRegions, RegionScope, GetRegion});
  app.Add("GET", "/api/v1/organizations",
          {signed_in, Action::kViewOrganizations, nullptr, ListOrganizations});
  app.Add("POST", "/api/v1/organizations",
          {signed_in, Action::kManageOrganizations, nullptr, CreateOrganization});

  app.Add("GET", "/api/v1/users", {signed_in, Action::kViewUsers, nullptr, ListUsers});
  app.Add("GET", "/api/v1/users/{id:id}",
          {signed_in, Action::kViewUsers, TargetUserScope,
           [](Context& ctx) { return Response::Json(UserJson(LoadUser(ctx)).dump()); }});
  app.Add("PATCH", "/api/v1/users/{id:id}",
          {signed_in, Action::kManageUsers, TargetUserScope, PatchUser});
  app.Add("POST", "/api/v1/invitations",
          {signed_in, Action::kViewUsers, nullptr, CreateInvitation});

  app.Add("GET", "/api/v1/tokens", {signed_in, Action::kManageOwnAccount, nullptr, ListTokens});
  app.Add("POST", "/api/v1/tokens", {signed_in, Action::kManageOwnAccount, nullptr, CreateToken});
  app.Add("DELETE", "/api/v1/tokens/{id:id}",
          {signed_in, Action::kManageOwnAccount, nullptr, [](Context& ctx) {
             ctx.services.accounts.RevokeApiToken(ctx.Who(), ctx.request.Param("id"));
             return Response::NoContent();
           }});

  app.Add("GET", "/api/v1/audit", {signed_in, Action::kViewAudit, nullptr, ListAudit});
  app.Add("GET", "/api/v1/audit.csv", {signed_in, Action::kExportAudit, nullptr, [](Context& ctx) {
                                         return AuditCsv(ctx, AuditParams::kApi);
                                       }});
}

}  // namespace vigie::web
