// Pages of the awareness recipients: a structure's groups, one group with its members
// (paginated, add, edit, archive) and the import of a staff list from CSV or XLSX
// (preview first, through assets/recipient_import.js and the API).

#include "storage/tenancy_repository.hpp"
#include "web/recipient_actions.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

Response GroupsPage(Context& ctx, const std::vector<core::FieldError>& errors, const std::string& typed, int status) {
  const auto st = StructureOfPath(ctx);
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "Le groupe n'a pas été créé");
  v.set("structure_id", st.id);
  v.set("structure_name", st.name);
  v.set("typed_name", typed);
  View groups = List();
  View archived = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& g : storage::ListGroups(s, st.id, true)) {
      View row = Object();
      row.set("id", g.id);
      row.set("name", g.name);
      row.set("count", std::to_string(g.member_count));
      (g.archived_at ? archived : groups).push_back(row);
    }
  });
  v.set("groups", groups);
  v.set("has_groups", !groups.is_empty_list());
  v.set("archived", archived);
  v.set("has_archived", !archived.is_empty_list());
  return ctx.Page("recipient_groups", "Destinataires — " + st.name, v, status);
}

// The structure's sites as select options, `selected` marked.
View SiteOptions(storage::Session& s, const std::string& structure_id, const std::string& selected) {
  View sites = List();
  for (const auto& site : storage::ListSites(s, structure_id)) sites.push_back(Option(site.name, site.name, site.name == selected));
  return sites;
}

RecipientFields FieldsOfForm(Context& ctx) {
  return {ctx.request.FormValue("email"), ctx.request.FormValue("first_name"), ctx.request.FormValue("last_name"),
          ctx.request.FormValue("site"), ctx.request.FormValue("department"), ctx.request.FormValue("job_family")};
}

View FieldsView(const RecipientFields& f) {
  View v = Object();
  v.set("email", f.email);
  v.set("first_name", f.first_name);
  v.set("last_name", f.last_name);
  v.set("site", f.site);
  v.set("department", f.department);
  v.set("job_family", f.job_family);
  return v;
}

Response GroupPage(Context& ctx, const std::vector<core::FieldError>& errors, const RecipientFields& typed, int status) {
  const auto group = GroupOfPath(ctx);
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "La personne n'a pas été ajoutée");
  v.set("id", group.id);
  v.set("name", group.name);
  v.set("archived", group.archived_at != 0);
  v.set("typed", FieldsView(typed));
  storage::PageRequest request;
  try {
    request.number = std::stoll("0" + ctx.request.Query("page"));
  } catch (...) {
    request.number = 1;
  }
  request.size = 50;
  View rows = List();
  View sites;
  storage::Page<storage::RecipientRecord> page;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto st = storage::FindStructure(s, group.structure_id)) {
      v.set("structure_id", st->id);
      v.set("structure_name", st->name);
    }
    sites = SiteOptions(s, group.structure_id, typed.site);
    page = storage::ListRecipients(s, group.id, true, request);
  });
  for (const auto& r : page.items) {
    View row = Object();
    row.set("id", r.id);
    row.set("email", r.email);
    row.set("name", r.first_name + (r.first_name.empty() || r.last_name.empty() ? "" : " ") + r.last_name);
    row.set("site", r.site);
    row.set("department", r.department);
    row.set("job_family", r.job_family);
    row.set("archived", r.archived_at != 0);
    rows.push_back(row);
  }
  v.set("recipients", rows);
  v.set("has_recipients", !rows.is_empty_list());
  v.set("count", std::to_string(page.total));
  v.set("sites", sites);
  v.set("has_sites", !sites.is_empty_list());
  v.set("pager", PaginationView(page.number, page.PageCount(), page.total, "", "/groupes/" + group.id));
  return ctx.Page("recipient_group", group.name, v, status);
}

Response RecipientPage(Context& ctx, const storage::RecipientRecord& r, const RecipientFields& shown,
                       const std::vector<core::FieldError>& errors, int status) {
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "La fiche n'a pas été enregistrée");
  v.set("id", r.id);
  v.set("group_id", r.group_id);
  v.set("archived", r.archived_at != 0);
  v.set("typed", FieldsView(shown));
  View sites;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto g = storage::FindGroup(s, r.group_id)) v.set("group_name", g->name);
    sites = SiteOptions(s, r.structure_id, shown.site);
  });
  v.set("sites", sites);
  v.set("has_sites", !sites.is_empty_list());
  return ctx.Page("recipient_edit", "Fiche d'une personne", v, status);
}

RecipientFields FieldsOf(const storage::RecipientRecord& r) {
  return {r.email, r.first_name, r.last_name, r.site, r.department, r.job_family};
}

}  // namespace

void AddRecipientRoutes(WebApp& app) {
  app.Add("GET", "/structures/{id:id}/destinataires", {Guard::kSignedIn, Action::kManageRecipients, StructureScopeOfPath,
                                                        [](Context& ctx) { return GroupsPage(ctx, {}, "", 200); }});
  app.Add("POST", "/structures/{id:id}/destinataires", {Guard::kSignedIn, Action::kManageRecipients, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            try {
              const auto g = CreateGroup(ctx, st, ctx.request.FormValue("name"));
              return ctx.RedirectWithFlash("/groupes/" + g.id, "success", "Groupe créé : ajoutez-y des personnes ou importez une liste.");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return GroupsPage(ctx, e.fields(), ctx.request.FormValue("name"), 422);
            }
          }});
  app.Add("GET", "/groupes/{id:id}", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath,
                                      [](Context& ctx) { return GroupPage(ctx, {}, {}, 200); }});
  app.Add("POST", "/groupes/{id:id}/membres", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
            const auto group = GroupOfPath(ctx);
            const auto typed = FieldsOfForm(ctx);
            try {
              AddRecipient(ctx, group, typed);
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return GroupPage(ctx, e.fields(), typed, 422);
            }
            return ctx.RedirectWithFlash("/groupes/" + group.id, "success", "Personne ajoutée au groupe.");
          }});
  app.Add("POST", "/groupes/{id:id}/modifier", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
            const auto group = GroupOfPath(ctx);
            try {
              RenameGroup(ctx, group, ctx.request.FormValue("name"));
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return ctx.RedirectWithFlash("/groupes/" + group.id, "error", e.fields().empty() ? e.what() : e.fields()[0].message);
            }
            return ctx.RedirectWithFlash("/groupes/" + group.id, "success", "Groupe renommé.");
          }});
  app.Add("POST", "/groupes/{id:id}/archiver", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
            const auto group = GroupOfPath(ctx);
            const bool archive = group.archived_at == 0;
            ArchiveGroup(ctx, group, archive);
            return ctx.RedirectWithFlash("/structures/" + group.structure_id + "/destinataires", "success",
                                         archive ? "Groupe archivé : il ne sera plus proposé pour de nouvelles campagnes."
                                                 : "Groupe rétabli.");
          }});
  app.Add("GET", "/groupes/{id:id}/import", {Guard::kSignedIn, Action::kManageRecipients, GroupScopeOfPath, [](Context& ctx) {
            const auto group = GroupOfPath(ctx);
            View v = Object();
            v.set("id", group.id);
            v.set("name", group.name);
            return ctx.Page("recipient_import", "Importer une liste — " + group.name, v);
          }});
  app.Add("GET", "/destinataires/{id:id}", {Guard::kSignedIn, Action::kManageRecipients, RecipientScopeOfPath, [](Context& ctx) {
            const auto r = RecipientOfPath(ctx);
            return RecipientPage(ctx, r, FieldsOf(r), {}, 200);
          }});
  app.Add("POST", "/destinataires/{id:id}", {Guard::kSignedIn, Action::kManageRecipients, RecipientScopeOfPath, [](Context& ctx) {
            const auto r = RecipientOfPath(ctx);
            const auto typed = FieldsOfForm(ctx);
            try {
              EditRecipient(ctx, r, typed);
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return RecipientPage(ctx, r, typed, e.fields(), 422);
            }
            return ctx.RedirectWithFlash("/groupes/" + r.group_id, "success", "Fiche enregistrée.");
          }});
  app.Add("POST", "/destinataires/{id:id}/archiver", {Guard::kSignedIn, Action::kManageRecipients, RecipientScopeOfPath, [](Context& ctx) {
            const auto r = RecipientOfPath(ctx);
            const bool archive = r.archived_at == 0;
            ArchiveRecipient(ctx, r, archive);
            return ctx.RedirectWithFlash("/groupes/" + r.group_id, "success",
                                         archive ? "Personne archivée : elle ne recevra plus de campagne." : "Personne rétablie.");
          }});
}

}  // namespace vigie::web
