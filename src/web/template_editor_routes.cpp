// The resource centre's own phishing templates: a list, a new template started from one
// of the catalogue's, and the editor of each. A template is the same TOML as the files of
// data/awareness/templates (docs/awareness-templates.md); saving runs the catalogue's
// loader, so every mistake comes back with its line before anything is stored, and the
// saved template is previewed like the others. The centre's staff of the region edit;
// its structures use them in their campaigns.

#include <nlohmann/json.hpp>

#include "auth/audit_log.hpp"
#include "awareness/template_loader.hpp"
#include "campaigns/template_library.hpp"
#include "storage/custom_template_repository.hpp"
#include "web/api_helpers.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

awareness::PhishingTemplate Save(Context& ctx, const tenancy::Region& region, const std::string& toml,
                                 const std::string& replacing) {
  auto t = campaigns::SaveCustomTemplate(ctx.services.db, ctx.services.clock, region.id, toml, replacing,
                                         ctx.Who().user.id);
  ctx.services.db.Transact([&](storage::Session& s) {
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, replacing.empty() ? "awareness.template_created" : "awareness.template_edited",
                       "phishing_template", t.id, region.id, "", "Modèle « " + t.title + " »"});
  });
  return t;
}

// What both pages show: the region and every problem of the last attempt, by line.
View EditorView(const tenancy::Region& region, const std::vector<core::FieldError>& errors) {
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "Le modèle n'a pas été enregistré");
  View problems = List();
  for (const auto& e : errors) problems.push_back(View(e.message));
  v.set("problems", problems);
  v.set("region_id", region.id);
  v.set("region_name", region.name);
  return v;
}

Response ListPage(Context& ctx, const std::string& toml, const std::vector<core::FieldError>& errors, int status) {
  const auto region = RegionOfPath(ctx);
  View v = EditorView(region, errors);
  std::string start = ctx.request.Query("depuis");
  if (start.empty()) start = awareness::EmbeddedTemplates().front().id;
  View sources = List();
  for (const auto& t : awareness::EmbeddedTemplates()) sources.push_back(Option(t.id, t.title, t.id == start));
  v.set("sources", sources);
  v.set("toml", toml.empty() ? awareness::EmbeddedTemplateSource(start).value_or("") : toml);
  View rows = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& t : storage::ListCustomTemplates(s, region.id)) {
      View row = Object();
      row.set("id", t.id);
      row.set("title", t.title);
      rows.push_back(row);
    }
  });
  v.set("templates", rows);
  v.set("has_templates", !rows.is_empty_list());
  return ctx.Page("template_editor_list", "Modèles du centre — " + region.name, v, status);
}

Response EditPage(Context& ctx, const std::string& toml, const std::vector<core::FieldError>& errors, int status) {
  const auto region = RegionOfPath(ctx);
  std::optional<storage::CustomTemplateRecord> record;
  ctx.services.db.Run([&](storage::Session& s) { record = storage::FindCustomTemplate(s, ctx.request.Param("template")); });
  if (!record || record->region_id != region.id) throw core::AppError::NotFound("Ce modèle n'existe pas.");
  View v = EditorView(region, errors);
  v.set("id", record->id);
  v.set("title", record->title);
  v.set("toml", toml.empty() ? record->toml : toml);
  return ctx.Page("template_editor", "Modèle du centre — " + record->title, v, status);
}

}  // namespace

void AddTemplateEditorRoutes(WebApp& app) {
  app.Add("GET", "/regions/{id:id}/modeles", {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath,
                                              [](Context& ctx) { return ListPage(ctx, "", {}, 200); }});
  app.Add("POST", "/regions/{id:id}/modeles", {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath,
                                               [](Context& ctx) {
                                                 const std::string toml = ctx.request.FormValue("toml");
                                                 try {
                                                   const auto t = Save(ctx, RegionOfPath(ctx), toml, "");
                                                   return ctx.RedirectWithFlash("/sensibilisation/modeles/" + t.id,
                                                                                "success", "Modèle enregistré.");
                                                 } catch (const core::AppError& e) {
                                                   if (e.kind() != core::ErrorKind::kInvalid) throw;
                                                   return ListPage(ctx, toml, e.fields(), 422);
                                                 }
                                               }});
  app.Add("GET", "/regions/{id:id}/modeles/{template:token}",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath,
           [](Context& ctx) { return EditPage(ctx, "", {}, 200); }});
  app.Add("POST", "/regions/{id:id}/modeles/{template:token}",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const std::string toml = ctx.request.FormValue("toml");
             try {
               const auto t = Save(ctx, RegionOfPath(ctx), toml, ctx.request.Param("template"));
               return ctx.RedirectWithFlash("/sensibilisation/modeles/" + t.id, "success", "Modèle enregistré.");
             } catch (const core::AppError& e) {
               if (e.kind() != core::ErrorKind::kInvalid) throw;
               return EditPage(ctx, toml, e.fields(), 422);
             }
           }});
  app.Add("GET", "/api/v1/regions/{id:id}/phishing-templates",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             json items = json::array();
             ctx.services.db.Run([&](storage::Session& s) {
               for (const auto& t : storage::ListCustomTemplates(s, RegionOfPath(ctx).id)) {
                 items.push_back({{"id", t.id}, {"title", t.title}, {"toml", t.toml}});
               }
             });
             return detail::WholeListJson(items);
           }});
  app.Add("POST", "/api/v1/regions/{id:id}/phishing-templates",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const auto body = detail::ParseBody(ctx.request);
             const auto t = Save(ctx, RegionOfPath(ctx), detail::StringMember(body, "toml"), "");
             return Response::Json(json{{"id", t.id}, {"title", t.title}}.dump(), 201);
           }});
  app.Add("PUT", "/api/v1/regions/{id:id}/phishing-templates/{template:token}",
          {Guard::kSignedIn, Action::kManageCampaigns, RegionScopeOfPath, [](Context& ctx) {
             const auto body = detail::ParseBody(ctx.request);
             const auto t =
                 Save(ctx, RegionOfPath(ctx), detail::StringMember(body, "toml"), ctx.request.Param("template"));
             return Response::Json(json{{"id", t.id}, {"title", t.title}}.dump());
           }});
}

}  // namespace vigie::web
