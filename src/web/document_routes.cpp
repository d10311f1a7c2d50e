// Deliverables of a validated diagnostic, downloaded from the diagnostic page or the
// API, and the action-plan tracker uploaded back: a preview first (nothing written),
// then the changes applied all or nothing. Rendering, storage and the round trip are
// in the documents module; this file only speaks HTTP.

#include <nlohmann/json.hpp>

#include "documents/diagnostic_documents.hpp"
#include "documents/tracker_import.hpp"
#include "web/diagnostic_actions.hpp"
#include "web/report_html.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using nlohmann::json;
using tenancy::Action;

Response Download(Context& ctx, documents::Kind kind) {
  const auto doc = documents::DiagnosticDocument(ctx.services.db, ctx.request.Param("id"), kind, ctx.services.clock.Now());
  Response r;
  r.body = doc.bytes;
  r.SetHeader("Content-Type", doc.content_type);
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + doc.file_name + "\"");
  r.SetHeader("X-Content-SHA256", doc.sha256);
  r.SetHeader("Cache-Control", "private, no-store");
  return r;
}

json ErrorJson(const tracker::TrackerError& e) {
  return {{"sheet", e.sheet}, {"row", e.row}, {"column", e.column}, {"header", e.header}, {"message", e.message},
          {"text", tracker::FormatError(e)}};
}

json PreviewJson(const tracker::TrackerReconciliation& check) {
  json errors = json::array();
  for (const auto& e : check.errors) errors.push_back(ErrorJson(e));
  json notices = json::array();
  for (const auto& e : check.notices) notices.push_back(ErrorJson(e));
  json items = json::array();
  for (const auto& item : check.items) {
    json changes = json::array();
    for (const auto& c : item.changes) {
      changes.push_back({{"field", c.field}, {"column", c.column}, {"header", c.header}, {"old", c.old_value},
                         {"new", c.new_value}, {"old_display", c.old_display}, {"new_display", c.new_display}});
    }
    items.push_back({{"item_id", item.item_id}, {"title", item.title}, {"row", item.row}, {"revision", item.revision},
                     {"changed_since_export", item.changed_since_export}, {"changes", changes}});
  }
  return {{"ok", check.ok()},
          {"wrong_plan", check.wrong_plan},
          {"errors", errors},
          {"rejected_rows", check.rejected_rows},
          {"items", items},
          {"change_count", check.ChangeCount()},
          {"unchanged", check.unchanged},
          {"missing_item_ids", check.missing_item_ids},
          {"notices", notices}};
}

}  // namespace

void AddDocumentRoutes(WebApp& app) {
  const std::pair<const char*, documents::Kind> kPages[] = {{"/diagnostics/{id:id}/rapport.pdf", documents::Kind::kFull},
                                                            {"/diagnostics/{id:id}/synthese.pdf", documents::Kind::kSynthesis},
                                                            {"/diagnostics/{id:id}/plan-action.xlsx", documents::Kind::kTracker}};
  for (const auto& [path, kind] : kPages) {
    app.Add("GET", path, {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath,
                          [kind = kind](Context& ctx) { return Download(ctx, kind); }});
  }
  app.Add("GET", "/diagnostics/{id:id}/rapport", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            const auto model = documents::LoadReportModel(ctx.services.db, ctx.request.Param("id"), ctx.services.clock.Now());
            View v = Object();
            v.set("body", ReportHtmlBody(ctx.services.templates, model));
            return ctx.Page("report_page", "Rapport — " + model.structure_name, v);
          }});
  app.Add("GET", "/api/v1/diagnostics/{id:id}/documents/{kind:token}",
          {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
             const auto kind = documents::ParseKind(ctx.request.Param("kind"));
             if (!kind) throw core::AppError::NotFound("Documents disponibles : full, synthesis, tracker.");
             return Download(ctx, *kind);
           }});
  app.Add("GET", "/structures/{id:id}/plan-action/import", {Guard::kSignedIn, Action::kEditActionPlan, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            View v = Object();
            v.set("structure_id", st.id);
            v.set("structure_name", st.name);
            v.set("max_size", "2 Mo");
            return ctx.Page("action_plan_import", "Importer le suivi du plan d'action", v);
          }});
  app.Add("POST", "/api/v1/structures/{id:id}/action-plan/tracker/preview",
          {Guard::kSignedIn, Action::kEditActionPlan, StructureScopeOfPath, [](Context& ctx) {
             const auto st = StructureOfPath(ctx);
             const auto check = documents::CheckTracker(ctx.services.db, st.id, ctx.request.body);
             return Response::Json(PreviewJson(check).dump(), check.ok() ? 200 : 422);
           }});
  app.Add("POST", "/api/v1/structures/{id:id}/action-plan/tracker",
          {Guard::kSignedIn, Action::kEditActionPlan, StructureScopeOfPath, [](Context& ctx) {
             const auto st = StructureOfPath(ctx);
             const auto& who = ctx.Who().user;
             const auto applied = documents::ApplyTracker(ctx.services.db, ctx.services.clock, st.id, ctx.request.body,
                                                          {who.id, who.email, who.display_name});
             return Response::Json(json{{"applied_items", applied.items}, {"applied_fields", applied.fields}}.dump());
           }});
}

}  // namespace vigie::web
