// JSON API under /api/v1: the same resources and the same policy as the pages.
// Errors: {"error": {"code", "message", "fields": [{"field", "message"}]}}.
// Lists: {"items": [...], "page": N, "per_page": N, "total": N}.
// This file: the caller (/me) and structures; regions, organisations, users,
// invitations, API tokens and the audit log are in api_admin_routes.cpp.

#include <nlohmann/json.hpp>

#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/api_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;
using namespace detail;

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

  app.Add("GET", "/api/v1/structures/{id:id}", {Guard::kSignedIn, Action::kViewStructure, StructureScopeOfPath, [](Context& ctx) {
            return Response::Json(StructureJson(StructureOfPath(ctx)).dump());
          }});

  app.Add("PUT", "/api/v1/structures/{id:id}", {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
            const auto existing = StructureOfPath(ctx);
            return Response::Json(StructureJson(SaveStructure(ctx, FieldsOf(ParseBody(ctx.request)), &existing)).dump());
          }});

  app.Add("DELETE", "/api/v1/structures/{id:id}", {Guard::kSignedIn, Action::kDeleteStructure, StructureScopeOfPath, [](Context& ctx) {
            const auto existing = StructureOfPath(ctx);
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
}

}  // namespace vigie::web
