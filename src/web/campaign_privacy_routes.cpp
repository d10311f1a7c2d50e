// The structure's awareness privacy page: publish the staff information page (needed
// before the first campaign), set the retention of individual results and whether the
// resource centre may see names, and name the people who may see individual results.
// Only the structure's director decides (kManageAwarenessPrivacy).

#include "core/french_format.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "web/campaign_actions.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

Response PrivacyPage(Context& ctx, const std::vector<core::FieldError>& errors, int status) {
  const auto st = StructureOfPath(ctx);
  View v = ErrorsView(errors);
  v.set("has_errors", !errors.empty());
  v.set("summary", "Les réglages n'ont pas été enregistrés");
  v.set("structure_id", st.id);
  v.set("structure_name", st.name);
  View viewers = List();
  ctx.services.db.Run([&](storage::Session& s) {
    const auto a = storage::LoadAwarenessSettings(s, st.id);
    v.set("retention_months", std::to_string(a.retention_months));
    v.set("centre_sees_individuals", a.centre_sees_individuals);
    v.set("published", a.info_published_at != 0);
    if (a.info_published_at) v.set("published_at", core::FormatDateTime(a.info_published_at));
    for (const auto& viewer : storage::ListResultViewers(s, st.id)) {
      View row = Object();
      row.set("user_id", viewer.user_id);
      row.set("name", viewer.display_name);
      row.set("email", viewer.email);
      row.set("since", core::FormatDate(viewer.granted_at));
      viewers.push_back(row);
    }
  });
  v.set("viewers", viewers);
  v.set("has_viewers", !viewers.is_empty_list());
  return ctx.Page("awareness_privacy", "Confidentialité de la sensibilisation — " + st.name, v, status);
}

}  // namespace

void AddCampaignPrivacyRoutes(WebApp& app) {
  const std::string base = "/structures/{id:id}/sensibilisation/confidentialite";
  app.Add("GET", base, {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath,
                        [](Context& ctx) { return PrivacyPage(ctx, {}, 200); }});
  app.Add("POST", base, {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath, [](Context& ctx) {
            try {
              SavePrivacy(ctx, StructureOfPath(ctx),
                          {ctx.request.FormValue("retention_months"),
                           ctx.request.FormValue("centre_sees_individuals") == "1"});
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return PrivacyPage(ctx, e.fields(), 422);
            }
            return ctx.RedirectWithFlash(ctx.request.path, "success", "Réglages enregistrés.");
          }});
  app.Add("POST", base + "/publier", {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath,
                                      [](Context& ctx) {
                                        const auto st = StructureOfPath(ctx);
                                        PublishInformationPage(ctx, st);
                                        return ctx.RedirectWithFlash(
                                            "/structures/" + st.id + "/sensibilisation/confidentialite", "success",
                                            "Page d'information publiée : partagez son adresse avec le personnel.");
                                      }});
  app.Add("POST", base + "/acces", {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath,
                                    [](Context& ctx) {
                                      const auto st = StructureOfPath(ctx);
                                      try {
                                        GrantViewer(ctx, st, ctx.request.FormValue("email"));
                                      } catch (const core::AppError& e) {
                                        if (e.kind() != core::ErrorKind::kInvalid) throw;
                                        return PrivacyPage(ctx, e.fields(), 422);
                                      }
                                      return ctx.RedirectWithFlash(
                                          "/structures/" + st.id + "/sensibilisation/confidentialite", "success",
                                          "Accès aux résultats individuels donné.");
                                    }});
  app.Add("POST", base + "/acces/{user:id}/retirer",
          {Guard::kSignedIn, Action::kManageAwarenessPrivacy, StructureScopeOfPath, [](Context& ctx) {
             const auto st = StructureOfPath(ctx);
             RevokeViewer(ctx, st, ctx.request.Param("user"));
             return ctx.RedirectWithFlash("/structures/" + st.id + "/sensibilisation/confidentialite", "success",
                                          "Accès retiré.");
           }});
}

}  // namespace vigie::web
