// Administration pages for regions and organismes gestionnaires; the writes
// (CreateRegionAudited, CreateOrganizationAudited) are shared with the API. Also
// AddAdminRoutes, which registers these pages, then the users' and the audit log's.
//
// Every route declares its action so the dispatcher asks the policy first. Lists are
// limited to ctx.Tenant() by the repositories. Handlers never compare roles: what a
// page offers is decided with tenancy::Allows.

#include <algorithm>
#include <string>
#include <vector>

#include "auth/audit_log.hpp"
#include "core/french_format.hpp"
#include "crypto/random.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "web/admin_helpers.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using core::AppError;
using core::FieldError;
using tenancy::Action;
using namespace detail;

// ---------------------------------------------------------------------------------
// Regions

bool ValidRegionCode(const std::string& code) {
  return code.size() >= 2 && code.size() <= 16 && std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

Response RegionFormPage(Context& ctx, const RegionInput& in, const std::vector<FieldError>& errors,
                        int status) {
  View view = FormErrors(errors, "La région n’a pas été créée");
  view.set("code", in.code);
  view.set("name", in.name);
  view.set("crrc_name", in.crrc_name);
  return ctx.Page("region_form", "Créer une région", view, status);
}

Response RegionsPage(Context& ctx) {
  View rows = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& r : storage::ListRegions(s, ctx.Tenant())) {
      View row = Object();
      row.set("code", r.code);
      row.set("name", r.name);
      row.set("crrc_name", r.crrc_name);
      row.set("structures", core::FormatInteger(storage::CountStructures(s, {r.id, ""})));
      row.set("users", core::FormatInteger(storage::CountUsers(s, {r.id, ""})));
      row.set("created_at", core::FormatDate(r.created_at));
      rows.push_back(row);
    }
  });
  View view = Object();
  view.set("regions", rows);
  view.set("has_regions", !rows.is_empty_list());
  view.set("can_create", tenancy::Allows(ctx.Principal(), Action::kManageRegions, OwnScope(ctx)));
  return ctx.Page("regions", "Régions", view);
}

Response CreateRegion(Context& ctx) {
  const RegionInput in{LowerAscii(Trim(ctx.request.FormValue("code"))),
                       Trim(ctx.request.FormValue("name")),
                       Trim(ctx.request.FormValue("crrc_name"))};
  try {
    CreateRegionAudited(ctx, in);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return RegionFormPage(ctx, in, e.fields(), 422);
  }
  return ctx.RedirectWithFlash("/regions", "success", "La région " + in.name + " a été créée.");
}

// ---------------------------------------------------------------------------------
// Organismes gestionnaires

Response OrganizationFormPage(Context& ctx, const OrganizationInput& in,
                              const std::vector<FieldError>& errors, int status) {
  View view = FormErrors(errors, "L’organisme n’a pas été créé");
  view.set("name", in.name);
  const bool choose_region = ctx.Tenant().region_id.empty();
  view.set("choose_region", choose_region);
  View options = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& r : storage::ListRegions(s, ctx.Tenant())) {
      options.push_back(Option(r.id, r.name, r.id == in.region_id));
      if (!choose_region) view.set("region_name", r.name);
    }
  });
  view.set("regions", options);
  return ctx.Page("organization_form", "Créer un organisme gestionnaire", view, status);
}

Response OrganizationsPage(Context& ctx) {
  View rows = List();
  const bool show_region = ctx.Tenant().region_id.empty();
  ctx.services.db.Run([&](storage::Session& s) {
    Names names(s);
    for (const auto& o : storage::ListOrganizations(s, ctx.Tenant())) {
      View row = Object();
      row.set("name", o.name);
      row.set("region", names.RegionName(o.region_id));
      row.set("created_at", core::FormatDate(o.created_at));
      rows.push_back(row);
    }
  });
  View view = Object();
  view.set("organizations", rows);
  view.set("has_organizations", !rows.is_empty_list());
  view.set("show_region", show_region);
  view.set("count",
           Plural(static_cast<long long>(rows.list_value().size()), "organisme", "organismes"));
  view.set("can_create",
           tenancy::Allows(ctx.Principal(), Action::kManageOrganizations, OwnScope(ctx)));
  return ctx.Page("organizations", "Organismes gestionnaires", view);
}

Response CreateOrganization(Context& ctx) {
  const OrganizationInput in{Trim(ctx.request.FormValue("name")),
                             ctx.request.FormValue("region_id")};
  try {
    CreateOrganizationAudited(ctx, in);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return OrganizationFormPage(ctx, in, e.fields(), 422);
  }
  return ctx.RedirectWithFlash("/organismes", "success",
                               "L’organisme « " + in.name + " » a été créé.");
}

}  // namespace

tenancy::Region CreateRegionAudited(Context& ctx, const RegionInput& input) {
  const RegionInput in{LowerAscii(Trim(input.code)), Trim(input.name), Trim(input.crrc_name)};
  std::vector<FieldError> errors;
  if (in.name.empty() || CharCount(in.name) > 120) {
    errors.push_back({"name", "Indiquez le nom de la région (120 caractères au plus)."});
  }
  if (!ValidRegionCode(in.code)) {
    errors.push_back(
        {"code",
         "Le code doit compter de 2 à 16 caractères : lettres sans accent, chiffres ou "
         "tirets, par exemple « bfc »."});
  }
  if (in.crrc_name.empty() || CharCount(in.crrc_name) > 160) {
    errors.push_back({"crrc_name",
                      "Indiquez le nom du centre régional tel qu’il doit apparaître dans les "
                      "documents (160 caractères au plus)."});
  }
  tenancy::Region region{crypto::NewId(), in.code, in.name, in.crrc_name, ctx.services.clock.Now()};
  ctx.services.db.Transact([&](storage::Session& s) {
    if (ValidRegionCode(in.code) && storage::FindRegionByCode(s, in.code)) {
      errors.push_back({"code", "Le code « " + in.code +
                                    " » est déjà utilisé par une autre région. "
                                    "Choisissez-en un autre."});
    }
    if (!errors.empty()) throw AppError::Invalid("La région n’a pas été créée.", errors);
    storage::InsertRegion(s, region);
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, "region.created", "region", region.id, region.id, "",
                       region.name + " (" + region.code + ")"});
  });
  return region;
}

tenancy::Organization CreateOrganizationAudited(Context& ctx, OrganizationInput in) {
  in.name = Trim(in.name);
  // Only people who see every region choose one; the others create in their own.
  if (!ctx.Tenant().region_id.empty()) in.region_id = ctx.Tenant().region_id;
  std::vector<FieldError> errors;
  if (in.name.empty() || CharCount(in.name) > 160) {
    errors.push_back(
        {"name", "Indiquez le nom de l’organisme gestionnaire (160 caractères au plus)."});
  }
  tenancy::Organization org{crypto::NewId(), in.region_id, in.name, ctx.services.clock.Now()};
  ctx.services.db.Transact([&](storage::Session& s) {
    if (in.region_id.empty() || !storage::FindRegion(s, in.region_id)) {
      errors.push_back({"region", "Choisissez la région de l’organisme."});
    } else {
      ctx.RequireAllowed(Action::kManageOrganizations, {in.region_id, ""});
      for (const auto& o : storage::ListOrganizations(s, {in.region_id, ""})) {
        if (LowerAscii(o.name) == LowerAscii(in.name)) {
          errors.push_back({"name", "Un organisme porte déjà ce nom dans cette région."});
          break;
        }
      }
    }
    if (!errors.empty()) throw AppError::Invalid("L’organisme n’a pas été créé.", errors);
    storage::InsertOrganization(s, org);
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, "organization.created", "organization", org.id,
                       org.region_id, "", org.name});
  });
  return org;
}

void AddAdminRoutes(WebApp& app) {
  // Regions
  app.Add("GET", "/regions", {Guard::kSignedIn, Action::kViewRegions, nullptr, RegionsPage});
  app.Add("GET", "/regions/nouvelle",
          {Guard::kSignedIn, Action::kManageRegions, nullptr,
           [](Context& ctx) { return RegionFormPage(ctx, {}, {}, 200); }});
  app.Add("POST", "/regions/nouvelle",
          {Guard::kSignedIn, Action::kManageRegions, nullptr, CreateRegion});

  // Organismes gestionnaires
  app.Add("GET", "/organismes",
          {Guard::kSignedIn, Action::kViewOrganizations, nullptr, OrganizationsPage});
  app.Add("GET", "/organismes/nouveau",
          {Guard::kSignedIn, Action::kManageOrganizations, nullptr,
           [](Context& ctx) { return OrganizationFormPage(ctx, {}, {}, 200); }});
  app.Add("POST", "/organismes/nouveau",
          {Guard::kSignedIn, Action::kManageOrganizations, nullptr, CreateOrganization});

  AddUserRoutes(app);
  AddAuditRoutes(app);
}

}  // namespace vigie::web
