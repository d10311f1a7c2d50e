// JSON API under /api/v1: the same resources and the same policy as the pages.
// Errors: {"error": {"code", "message", "fields": [{"field", "message"}]}}.
// Lists: {"items": [...], "page": N, "per_page": N, "total": N}.

#include <nlohmann/json.hpp>

#include "core/french_format.hpp"
#include "storage/audit_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

json StructureJson(const tenancy::Structure& s) {
  return {{"id", s.id},
          {"region_id", s.region_id},
          {"organization_id", s.organization_id.empty() ? json(nullptr) : json(s.organization_id)},
          {"name", s.name},
          {"finess", s.finess},
          {"category", s.category_code},
          {"capacity", s.capacity},
          {"staff_count", s.staff_count},
          {"workstation_count", s.workstation_count},
          {"it_organisation", tenancy::ItOrganisationCode(s.it_organisation)},
          {"it_provider_name", s.it_provider_name},
          {"department", s.department},
          {"ehealth_group_member", s.ehealth_group_member},
          {"access_mode", tenancy::AccessModeCode(s.access_mode)},
          {"created_at", core::FormatIsoUtc(s.created_at)},
          {"updated_at", core::FormatIsoUtc(s.updated_at)}};
}

json UserJson(const tenancy::User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"display_name", u.display_name},
          {"role", tenancy::RoleCode(u.role)},
          {"region_id", u.region_id.empty() ? json(nullptr) : json(u.region_id)},
          {"structure_id", u.structure_id.empty() ? json(nullptr) : json(u.structure_id)},
          {"mfa_enabled", u.mfa_enabled},
          {"disabled", u.disabled}};
}

json ParseBody(const Request& r) {
  json body = json::parse(r.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    throw core::AppError::Invalid("Le corps de la requête n'est pas un objet JSON valide.");
  }
  return body;
}

// JSON members as the string fields the validators expect.
tenancy::FieldValues FieldsOf(const json& body) {
  tenancy::FieldValues fields;
  for (const auto& [key, value] : body.items()) {
    if (value.is_string()) fields[key] = value.get<std::string>();
    else if (value.is_boolean()) fields[key] = value.get<bool>() ? "1" : "0";
    else if (value.is_number_integer()) fields[key] = std::to_string(value.get<long long>());
    else if (value.is_null()) fields[key] = "";
    else fields[key] = value.dump();
  }
  return fields;
}

storage::PageRequest PageOf(const Request& r) {
  storage::PageRequest page;
  try {
    if (!r.Query("page").empty()) page.number = std::stoll(r.Query("page"));
    if (!r.Query("per_page").empty()) page.size = std::stoll(r.Query("per_page"));
  } catch (...) {
    throw core::AppError::Invalid("Paramètres de pagination invalides.",
                                  {{"page", "page et per_page sont des nombres entiers."}});
  }
  return page;
}

template <typename T, typename F>
Response ListJson(const storage::Page<T>& page, F to_json) {
  json items = json::array();
  for (const auto& item : page.items) items.push_back(to_json(item));
  return Response::Json(json{{"items", items}, {"page", page.number}, {"per_page", page.size},
                             {"total", page.total}}.dump());
}

tenancy::Structure Load(Context& ctx) {
  std::optional<tenancy::Structure> s;
  ctx.services.db.Run([&](storage::Session& session) { s = storage::FindStructure(session, ctx.request.Param("id")); });
  if (!s) throw core::AppError::NotFound("Cette structure n'existe pas.");
  return *s;
}

tenancy::Scope ScopeOfStructure(Context& ctx) {
  const auto s = Load(ctx);
  return {s.region_id, s.id};
}

}  // namespace

void AddApiRoutes(WebApp& app) {
  app.Add("GET", "/api/v1/me", {Guard::kSignedIn, std::nullopt, nullptr, [](Context& ctx) {
            json me = UserJson(ctx.Who().user);
            me["effective_role"] = tenancy::RoleCode(ctx.Principal().role);
            me["via_api_token"] = ctx.Who().via_api_token;
            return Response::Json(me.dump());
          }});

  app.Add("GET", "/api/v1/structures", {Guard::kSignedIn, Action::kViewDashboard, nullptr, [](Context& ctx) {
            storage::StructureQuery q;
            q.tenant = ctx.Tenant();
            q.search = ctx.request.Query("q");
            q.category_code = ctx.request.Query("category");
            q.page = PageOf(ctx.request);
            storage::Page<tenancy::Structure> page;
            ctx.services.db.Run([&](storage::Session& s) { page = storage::ListStructures(s, q); });
            return ListJson(page, StructureJson);
          }});

  app.Add("POST", "/api/v1/structures", {Guard::kSignedIn, Action::kCreateStructure, nullptr, [](Context& ctx) {
            const auto saved = SaveStructure(ctx, FieldsOf(ParseBody(ctx.request)), nullptr);
            Response r = Response::Json(StructureJson(saved).dump(), 201);
            r.SetHeader("Location", "/api/v1/structures/" + saved.id);
            return r;
          }});

  app.Add("GET", "/api/v1/structures/{id:id}", {Guard::kSignedIn, Action::kViewStructure, ScopeOfStructure, [](Context& ctx) {
            return Response::Json(StructureJson(Load(ctx)).dump());
          }});

  app.Add("PUT", "/api/v1/structures/{id:id}", {Guard::kSignedIn, Action::kEditStructure, ScopeOfStructure, [](Context& ctx) {
            const auto existing = Load(ctx);
            return Response::Json(StructureJson(SaveStructure(ctx, FieldsOf(ParseBody(ctx.request)), &existing)).dump());
          }});

  app.Add("DELETE", "/api/v1/structures/{id:id}", {Guard::kSignedIn, Action::kDeleteStructure, ScopeOfStructure, [](Context& ctx) {
            const auto existing = Load(ctx);
            try {
              DeleteStructureAudited(ctx, existing);
            } catch (const core::AppError&) {
              throw;
            } catch (const std::exception&) {
              throw core::AppError::Conflict("Cette structure ne peut pas être supprimée tant que des comptes y sont rattachés.");
            }
            Response r;
            r.status = 204;
            return r;
          }});

  app.Add("GET", "/api/v1/regions", {Guard::kSignedIn, Action::kViewRegions, nullptr, [](Context& ctx) {
            json items = json::array();
            ctx.services.db.Run([&](storage::Session& s) {
              for (const auto& r : storage::ListRegions(s, {ctx.Tenant().region_id, ""})) {
                items.push_back({{"id", r.id}, {"code", r.code}, {"name", r.name}, {"crrc_name", r.crrc_name}});
              }
            });
            return Response::Json(json{{"items", items}, {"page", 1}, {"per_page", items.size()}, {"total", items.size()}}.dump());
          }});

  app.Add("GET", "/api/v1/organizations", {Guard::kSignedIn, Action::kViewOrganizations, nullptr, [](Context& ctx) {
            json items = json::array();
            ctx.services.db.Run([&](storage::Session& s) {
              for (const auto& o : storage::ListOrganizations(s, {ctx.Tenant().region_id, ""})) {
                items.push_back({{"id", o.id}, {"region_id", o.region_id}, {"name", o.name}});
              }
            });
            return Response::Json(json{{"items", items}, {"page", 1}, {"per_page", items.size()}, {"total", items.size()}}.dump());
          }});

  app.Add("GET", "/api/v1/users", {Guard::kSignedIn, Action::kViewUsers, nullptr, [](Context& ctx) {
            storage::UserQuery q;
            q.tenant = ctx.Tenant();
            q.search = ctx.request.Query("q");
            q.role = ctx.request.Query("role");
            q.page = PageOf(ctx.request);
            storage::Page<tenancy::User> page;
            ctx.services.db.Run([&](storage::Session& s) { page = storage::ListUsers(s, q); });
            return ListJson(page, UserJson);
          }});

  app.Add("GET", "/api/v1/audit", {Guard::kSignedIn, Action::kViewAudit, nullptr, [](Context& ctx) {
            storage::AuditQuery q;
            q.tenant = ctx.Tenant();
            q.action_prefix = ctx.request.Query("action");
            q.page = PageOf(ctx.request);
            storage::Page<storage::AuditEvent> page;
            ctx.services.db.Run([&](storage::Session& s) { page = storage::ListAuditEvents(s, q); });
            return ListJson(page, [](const storage::AuditEvent& e) {
              return json{{"id", e.id}, {"occurred_at", core::FormatIsoUtc(e.occurred_at)}, {"actor", e.actor_label},
                          {"action", e.action}, {"target_type", e.target_type}, {"target_id", e.target_id},
                          {"details", e.details}};
            });
          }});

  app.Add("GET", "/api/v1/tokens", {Guard::kSignedIn, Action::kManageOwnAccount, nullptr, [](Context& ctx) {
            json items = json::array();
            for (const auto& t : ctx.services.accounts.ListApiTokens(ctx.Who())) {
              items.push_back({{"id", t.id}, {"name", t.name}, {"role", t.role},
                               {"created_at", core::FormatIsoUtc(t.created_at)},
                               {"last_used_at", t.last_used_at ? json(core::FormatIsoUtc(t.last_used_at)) : json(nullptr)},
                               {"revoked", t.revoked_at != 0}});
            }
            return Response::Json(json{{"items", items}, {"page", 1}, {"per_page", items.size()}, {"total", items.size()}}.dump());
          }});

  app.Add("DELETE", "/api/v1/tokens/{id:id}", {Guard::kSignedIn, Action::kManageOwnAccount, nullptr, [](Context& ctx) {
            ctx.services.accounts.RevokeApiToken(ctx.Who(), ctx.request.Param("id"));
            Response r;
            r.status = 204;
            return r;
          }});
}

}  // namespace vigie::web
