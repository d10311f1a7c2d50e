// The catalogue of phishing-simulation e-mails and the preview of each: the e-mail as
// a recipient receives it, then the awareness page that follows a click (the clues
// highlighted where they are, their explanations, the reflexes), and for advanced
// templates the fake sign-in page, whose fields have no name: a browser cannot send
// what is typed in them.

#include "awareness/render.hpp"
#include "awareness/template_loader.hpp"
#include "campaigns/template_library.hpp"
#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/phishing_view.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

std::string KindLabel(awareness::TemplateKind kind) {
  return kind == awareness::TemplateKind::kSimple ? "Simple : un lien" : "Avancé : un lien et une fausse page de connexion";
}

std::string DifficultyLabel(int difficulty) {
  return difficulty <= 1 ? "Facile à repérer" : difficulty == 2 ? "Intermédiaire" : "Difficile à repérer";
}

Response CataloguePage(Context& ctx) {
  View rows = List();
  const std::string region = ctx.Principal().region_id;
  std::vector<campaigns::TemplatePtr> templates;
  ctx.services.db.Run([&](storage::Session& s) {
    templates = campaigns::TemplatesFor(s, region);
    for (const auto& t : templates) {
      View row = Object();
      row.set("id", t->id);
      row.set("title", t->title);
      row.set("kind", KindLabel(t->kind));
      row.set("difficulty", DifficultyLabel(t->difficulty));
      row.set("subject", t->subject);
      row.set("clues", std::to_string(t->clues.size()));
      row.set("custom", awareness::FindTemplate(t->id) == nullptr);
      rows.push_back(row);
    }
  });
  View v = Object();
  v.set("templates", rows);
  v.set("count", std::to_string(templates.size()));
  if (!region.empty() && tenancy::Allows(ctx.Principal(), Action::kManageCampaigns, {region, ""})) {
    v.set("editor_url", "/regions/" + region + "/modeles");
  }
  return ctx.Page("awareness_templates", "Modèles de simulation", v);
}

Response PreviewPage(Context& ctx) {
  campaigns::TemplatePtr t;
  ctx.services.db.Run([&](storage::Session& s) {
    t = campaigns::FindTemplateFor(s, ctx.Principal().region_id, ctx.request.Param("id"));
  });
  if (!t) throw core::AppError::NotFound("Ce modèle n'existe pas.");
  std::string structure_name = "EHPAD Les Exemples";
  if (!ctx.Principal().structure_id.empty()) {
    ctx.services.db.Run([&](storage::Session& s) {
      if (auto st = storage::FindStructure(s, ctx.Principal().structure_id)) structure_name = st->name;
    });
  }
  awareness::Placeholders values;
  values.first_name = "Camille";
  values.last_name = "Durand";
  values.structure_name = structure_name;
  values.date = core::FormatDate(ctx.services.clock.Now());
  values.link = "https://exemple.invalid/lien-piege";
  values.report_link = "https://exemple.invalid/signaler";
  values.tracking_pixel_url = "";
  View v = PhishingView(*t, awareness::Render(*t, values));
  v.set("id", t->id);
  v.set("title", t->title);
  v.set("kind", KindLabel(t->kind));
  v.set("difficulty", DifficultyLabel(t->difficulty));
  return ctx.Page("awareness_template", t->title, v);
}

}  // namespace

void AddAwarenessRoutes(WebApp& app) {
  app.Add("GET", "/sensibilisation/modeles", {Guard::kSignedIn, Action::kViewPhishingTemplates, nullptr, CataloguePage});
  app.Add("GET", "/sensibilisation/modeles/{id:token}", {Guard::kSignedIn, Action::kViewPhishingTemplates, nullptr, PreviewPage});
}

}  // namespace vigie::web
