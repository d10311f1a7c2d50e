// Structures (ESMS): list, create, detail, edit, delete.

#include "auth/audit_log.hpp"
#include "crypto/random.hpp"
#include "core/french_format.hpp"
#include "storage/diagnostic_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/view_helpers.hpp"
#include "web/action_plan_actions.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

tenancy::FieldValues FormFields(const Request& r) {
  tenancy::FieldValues fields;
  for (const char* name : {"name", "finess", "category", "capacity", "staff_count", "workstation_count",
                           "it_organisation", "it_provider_name", "department", "ehealth_group_member",
                           "access_mode", "organization_id", "region_id"}) {
    fields[name] = r.FormValue(name);
  }
  return fields;
}

View FormView(Context& ctx, const tenancy::FieldValues& values, const std::vector<core::FieldError>& errors) {
  View view = ErrorsView(errors);
  view.set("summary", errors.size() > 1 ? "Le formulaire contient " + std::to_string(errors.size()) + " erreurs"
                                        : "Le formulaire contient une erreur");
  auto get = [&](const char* k) {
    auto it = values.find(k);
    return it == values.end() ? std::string() : it->second;
  };
  for (const char* k : {"name", "finess", "capacity", "staff_count", "workstation_count", "it_provider_name"}) {
    view.set(k, get(k));
  }
  view.set("categories", CategoryOptions(get("category")));
  view.set("departments", DepartmentOptions(get("department")));
  View it = List();
  for (auto v : {tenancy::ItOrganisation::kProvider, tenancy::ItOrganisation::kInHouse, tenancy::ItOrganisation::kNone}) {
    const std::string code(tenancy::ItOrganisationCode(v));
    it.push_back(Option(code, std::string(tenancy::ItOrganisationLabel(v)), code == get("it_organisation")));
  }
  view.set("it_organisations", it);
  View modes = List();
  for (auto v : {tenancy::AccessMode::kOperated, tenancy::AccessMode::kAutonomous}) {
    const std::string code(tenancy::AccessModeCode(v));
    modes.push_back(Option(code, std::string(tenancy::AccessModeLabel(v)), code == get("access_mode")));
  }
  view.set("access_modes", modes);
  const std::string member = get("ehealth_group_member");
  view.set("ehealth_group_member", member == "1" || member == "on" || member == "true");
  // Organizations of the tenant, and regions for platform admins creating a structure.
  View orgs = List();
  orgs.push_back(Option("", "Aucun (structure indépendante)", get("organization_id").empty()));
  View regions = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& o : storage::ListOrganizations(s, {ctx.Tenant().region_id, ""})) {
      orgs.push_back(Option(o.id, o.name, o.id == get("organization_id")));
    }
    for (const auto& r : storage::ListRegions(s, {ctx.Tenant().region_id, ""})) {
      regions.push_back(Option(r.id, r.name, r.id == get("region_id")));
    }
  });
  view.set("organizations", orgs);
  view.set("regions", regions);
  view.set("choose_region", ctx.Principal().role == tenancy::Role::kPlatformAdmin);
  return view;
}

tenancy::FieldValues ValuesOf(const tenancy::Structure& s) {
  return {{"name", s.name},
          {"finess", s.finess},
          {"category", s.category_code},
          {"capacity", std::to_string(s.capacity)},
          {"staff_count", std::to_string(s.staff_count)},
          {"workstation_count", std::to_string(s.workstation_count)},
          {"it_organisation", std::string(tenancy::ItOrganisationCode(s.it_organisation))},
          {"it_provider_name", s.it_provider_name},
          {"department", s.department},
          {"ehealth_group_member", s.ehealth_group_member ? "1" : "0"},
          {"access_mode", std::string(tenancy::AccessModeCode(s.access_mode))},
          {"organization_id", s.organization_id},
          {"region_id", s.region_id}};
}

}  // namespace

// Validates and saves a structure (create when `existing` is null). Shared with
// the API. Throws AppError kInvalid naming fields; returns the saved structure.
tenancy::Structure SaveStructure(Context& ctx, const tenancy::FieldValues& fields,
                                 const tenancy::Structure* existing) {
  auto result = tenancy::ValidateStructure(fields);
  std::vector<core::FieldError> errors = result.ok() ? std::vector<core::FieldError>{} : result.errors();
  tenancy::Structure structure = result.ok() ? result.value() : tenancy::Structure{};
  const auto& p = ctx.Principal();
  std::string region_id = existing ? existing->region_id : p.region_id;
  if (!existing && p.role == tenancy::Role::kPlatformAdmin) {
    auto it = fields.find("region_id");
    region_id = it == fields.end() ? "" : it->second;
  }
  tenancy::Structure saved;
  ctx.services.db.Transact([&](storage::Session& s) {
    if (!storage::FindRegion(s, region_id)) errors.push_back({"region_id", "Choisissez la région de la structure."});
    if (result.ok() && storage::FinessExists(s, structure.finess, existing ? existing->id : "")) {
      errors.push_back({"finess", "Une structure avec ce numéro FINESS existe déjà."});
    }
    if (result.ok() && !structure.organization_id.empty()) {
      auto org = storage::FindOrganization(s, structure.organization_id);
      if (!org || org->region_id != region_id) {
        errors.push_back({"organization_id", "Choisissez un organisme gestionnaire de la même région."});
      }
    }
    if (!errors.empty()) throw core::AppError::Invalid("La structure n'a pas été enregistrée.", errors);
    const long long now = ctx.services.clock.Now();
    structure.region_id = region_id;
    if (existing) {
      structure.id = existing->id;
      structure.created_at = existing->created_at;
      structure.updated_at = now;
      storage::UpdateStructure(s, structure);
    } else {
      structure.id = crypto::NewId();
      structure.created_at = structure.updated_at = now;
      storage::InsertStructure(s, structure);
    }
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, existing ? "structure.updated" : "structure.created", "structure",
                       structure.id, structure.region_id, structure.id, structure.name});
    saved = structure;
  });
  return saved;
}

void DeleteStructureAudited(Context& ctx, const tenancy::Structure& structure) {
  ctx.services.db.Transact([&](storage::Session& s) {
    storage::DeleteStructure(s, structure.id);
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, "structure.deleted", "structure", structure.id,
                       structure.region_id, structure.id, structure.name});
  });
}

tenancy::Structure StructureOfPath(Context& ctx) {
  std::optional<tenancy::Structure> s;
  ctx.services.db.Run([&](storage::Session& session) { s = storage::FindStructure(session, ctx.request.Param("id")); });
  if (!s) throw core::AppError::NotFound("Cette structure n'existe pas.");
  return *s;
}

tenancy::Scope StructureScopeOfPath(Context& ctx) {
  const auto s = StructureOfPath(ctx);
  return {s.region_id, s.id};
}

void AddStructureRoutes(WebApp& app) {
  app.Add("GET", "/structures", {Guard::kSignedIn, Action::kViewDashboard, nullptr, [](Context& ctx) {
            storage::StructureQuery q;
            q.tenant = ctx.Tenant();
            q.search = ctx.request.Query("q");
            q.category_code = ctx.request.Query("categorie");
            q.sort = ctx.request.Query("tri").empty() ? "name" : ctx.request.Query("tri");
            q.descending = ctx.request.Query("ordre") == "desc";
            try {
              q.page.number = std::stoll("0" + ctx.request.Query("page"));
            } catch (...) {
              q.page.number = 1;
            }
            storage::Page<tenancy::Structure> page;
            ctx.services.db.Run([&](storage::Session& s) { page = storage::ListStructures(s, q); });
            View view = Object();
            View items = List();
            for (const auto& st : page.items) items.push_back(StructureView(st));
            view.set("structures", items);
            view.set("empty", page.items.empty());
            view.set("filtered", !q.search.empty() || !q.category_code.empty());
            view.set("q", q.search);
            view.set("categories", CategoryOptions(q.category_code));
            view.set("can_create", tenancy::Allows(ctx.Principal(), Action::kCreateStructure,
                                                   {ctx.Principal().region_id, ""}) &&
                                       ctx.Principal().structure_id.empty());
            const std::string base = "q=" + UrlEncode(q.search) + "&categorie=" + UrlEncode(q.category_code) +
                                     "&tri=" + UrlEncode(q.sort) + "&ordre=" + (q.descending ? "desc" : "asc");
            view.set("export_href", "/structures.csv?q=" + UrlEncode(q.search) + "&categorie=" + UrlEncode(q.category_code));
            view.set("pager", PaginationView(page.number, page.PageCount(), page.total, base, "/structures"));
            for (const char* col : {"name", "finess", "category"}) {
              const bool active = q.sort == col;
              const bool next_desc = active && !q.descending;
              view.set(std::string("sort_") + col + "_href",
                       "/structures?q=" + UrlEncode(q.search) + "&categorie=" + UrlEncode(q.category_code) +
                           "&tri=" + col + "&ordre=" + (next_desc ? "desc" : "asc"));
              view.set(std::string("sort_") + col,
                       active ? (q.descending ? "descending" : "ascending") : "none");
            }
            return ctx.Page("structures", "Structures", view);
          }});

  app.Add("GET", "/structures/nouvelle", {Guard::kSignedIn, Action::kCreateStructure, nullptr, [](Context& ctx) {
            return ctx.Page("structure_form", "Nouvelle structure",
                            [&] {
                              View v = FormView(ctx, {{"it_organisation", "provider"}, {"access_mode", "operated"}}, {});
                              v.set("action", "/structures/nouvelle");
                              v.set("heading", "Nouvelle structure");
                              return v;
                            }());
          }});

  app.Add("POST", "/structures/nouvelle", {Guard::kSignedIn, Action::kCreateStructure, nullptr, [](Context& ctx) {
            const auto fields = FormFields(ctx.request);
            try {
              const auto saved = SaveStructure(ctx, fields, nullptr);
              return ctx.RedirectWithFlash("/structures/" + saved.id, "success",
                                           "La structure « " + saved.name + " » a été créée.");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              View v = FormView(ctx, fields, e.fields());
              v.set("action", "/structures/nouvelle");
              v.set("heading", "Nouvelle structure");
              return ctx.Page("structure_form", "Nouvelle structure", v, 422);
            }
          }});

  app.Add("GET", "/structures/{id:id}", {Guard::kSignedIn, Action::kViewStructure, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            View view = StructureView(st);
            view.set("id_structure", st.id);  // inside the sites loop, {{id}} is the site's
            ctx.services.db.Run([&](storage::Session& s) {
              if (!st.organization_id.empty()) {
                if (auto org = storage::FindOrganization(s, st.organization_id)) view.set("organization", org->name);
              }
              View sites = List();
              for (const auto& site : storage::ListSites(s, st.id)) {
                View v = Object();
                v.set("id", site.id);
                v.set("name", site.name);
                v.set("address", site.address);
                sites.push_back(v);
              }
              view.set("has_sites", !storage::ListSites(s, st.id).empty());
              view.set("sites", sites);
            });
            const tenancy::Scope scope{st.region_id, st.id};
            view.set("can_edit", tenancy::Allows(ctx.Principal(), Action::kEditStructure, scope));
            view.set("can_delete", tenancy::Allows(ctx.Principal(), Action::kDeleteStructure, scope));
            const bool see_diagnostics = tenancy::Allows(ctx.Principal(), Action::kViewDiagnostic, scope);
            view.set("see_diagnostics", see_diagnostics);
            view.set("can_run_diagnostic", tenancy::Allows(ctx.Principal(), Action::kRunDiagnostic, scope));
            if (see_diagnostics) {
              View diagnostics = List();
              bool has_locked = false;
              ctx.services.db.Run([&](storage::Session& s) {
                for (const auto& d : storage::ListDiagnostics(s, {}, st.id)) {
                  View dv = Object();
                  dv.set("id", d.id);
                  dv.set("created_at", core::FormatDate(d.created_at));
                  dv.set("status", d.status == "locked" ? "Validé le " + core::FormatDate(d.locked_at)
                                   : d.status == "context" ? std::string("Fiche contexte") : std::string("Entretien en cours"));
                  has_locked = has_locked || d.status == "locked";
                  diagnostics.push_back(dv);
                }
              });
              view.set("diagnostics", diagnostics);
              view.set("has_diagnostics", !diagnostics.is_empty_list());
              view.set("has_locked_diagnostic", has_locked);
            }
            view.set("plan", ActionPlanDigest(ctx, scope));
            view.set("can_manage_recipients", tenancy::Allows(ctx.Principal(), Action::kManageRecipients, scope));
            return ctx.Page("structure_detail", st.name, view);
          }});

  app.Add("GET", "/structures/{id:id}/modifier", {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            View v = FormView(ctx, ValuesOf(st), {});
            v.set("action", "/structures/" + st.id + "/modifier");
            v.set("heading", "Modifier « " + st.name + " »");
            v.set("cancel_href", "/structures/" + st.id);
            return ctx.Page("structure_form", "Modifier la structure", v);
          }});

  app.Add("POST", "/structures/{id:id}/modifier", {Guard::kSignedIn, Action::kEditStructure, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            const auto fields = FormFields(ctx.request);
            try {
              SaveStructure(ctx, fields, &st);
              return ctx.RedirectWithFlash("/structures/" + st.id, "success", "Les modifications ont été enregistrées.");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              View v = FormView(ctx, fields, e.fields());
              v.set("action", "/structures/" + st.id + "/modifier");
              v.set("heading", "Modifier « " + st.name + " »");
              v.set("cancel_href", "/structures/" + st.id);
              return ctx.Page("structure_form", "Modifier la structure", v, 422);
            }
          }});

  app.Add("POST", "/structures/{id:id}/supprimer", {Guard::kSignedIn, Action::kDeleteStructure, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            try {
              DeleteStructureAudited(ctx, st);
            } catch (const core::AppError&) {
              throw;
            } catch (const std::exception&) {
              throw core::AppError::Conflict(
                  "Cette structure ne peut pas être supprimée tant que des comptes y sont rattachés.");
            }
            return ctx.RedirectWithFlash("/structures", "success", "La structure « " + st.name + " » a été supprimée.");
          }});
}

}  // namespace vigie::web
