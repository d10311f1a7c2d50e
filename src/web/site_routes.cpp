// Sites of a structure (its buildings or addresses): listed on the structure page,
// added and removed there and through the API, by those who may edit the structure.

#include <nlohmann/json.hpp>

#include "auth/audit_log.hpp"
#include "crypto/random.hpp"
#include "storage/tenancy_repository.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/api_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

// Validates, saves and audits a new site of the structure in the path.
tenancy::Site AddSite(Context& ctx, const std::string& name_input, const std::string& address_input) {
  const auto structure = StructureOfPath(ctx);
  tenancy::Site site{crypto::NewId(), structure.id, tenancy::TrimCopy(name_input),
                     tenancy::TrimCopy(address_input), ctx.services.clock.Now()};
  std::vector<core::FieldError> errors;
  if (site.name.empty() || site.name.size() > 120) {
    errors.push_back({"site_name", "Indiquez le nom du site (120 caractères au plus), par exemple « Bâtiment A »."});
  }
  if (site.address.empty() || site.address.size() > 300) {
    errors.push_back({"site_address", "Indiquez l'adresse du site (300 caractères au plus)."});
  }
  if (!errors.empty()) throw core::AppError::Invalid("Le site n'a pas été ajouté.", errors);
  ctx.services.db.Transact([&](storage::Session& s) {
    storage::InsertSite(s, site);
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock, {who.id, who.email, "site.created", "site", site.id,
                                              structure.region_id, structure.id, site.name});
  });
  return site;
}

void RemoveSite(Context& ctx) {
  const auto structure = StructureOfPath(ctx);
  const std::string site_id = ctx.request.Param("site");
  ctx.services.db.Transact([&](storage::Session& s) {
    if (!storage::DeleteSite(s, structure.id, site_id)) throw core::AppError::NotFound("Ce site n'existe pas.");
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock, {who.id, who.email, "site.deleted", "site", site_id,
                                              structure.region_id, structure.id, ""});
  });
}

json SiteJson(const tenancy::Site& site) {
  return {{"id", site.id}, {"structure_id", site.structure_id}, {"name", site.name}, {"address", site.address}};
}

}  // namespace

void AddSiteRoutes(WebApp& app) {
  app.Add("POST", "/structures/{id:id}/sites", {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
            const std::string back = "/structures/" + ctx.request.Param("id");
            try {
              const auto site = AddSite(ctx, ctx.request.FormValue("site_name"), ctx.request.FormValue("site_address"));
              return ctx.RedirectWithFlash(back + "#sites", "success", "Le site « " + site.name + " » a été ajouté.");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid || e.fields().empty()) throw;
              return ctx.RedirectWithFlash(back + "#sites", "error", e.fields().front().message);
            }
          }});
  app.Add("POST", "/structures/{id:id}/sites/{site:id}/supprimer",
          {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
             RemoveSite(ctx);
             return ctx.RedirectWithFlash("/structures/" + ctx.request.Param("id") + "#sites", "success",
                                          "Le site a été retiré.");
           }});
  app.Add("GET", "/api/v1/structures/{id:id}/sites", {Guard::kSignedIn, Action::kViewStructure, StructureScopeOfPath, [](Context& ctx) {
            json items = json::array();
            ctx.services.db.Run([&](storage::Session& s) {
              for (const auto& site : storage::ListSites(s, ctx.request.Param("id"))) items.push_back(SiteJson(site));
            });
            return Response::Json(json{{"items", items}, {"page", 1}, {"per_page", items.size()}, {"total", items.size()}}.dump());
          }});
  app.Add("POST", "/api/v1/structures/{id:id}/sites", {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
            const json body = detail::ParseBody(ctx.request);
            const auto site = AddSite(ctx, detail::StringMember(body, "name"), detail::StringMember(body, "address"));
            return Response::Json(SiteJson(site).dump(), 201);
          }});
  app.Add("DELETE", "/api/v1/structures/{id:id}/sites/{site:id}",
          {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
             RemoveSite(ctx);
             Response r;
             r.status = 204;
             return r;
           }});
}

}  // namespace vigie::web
