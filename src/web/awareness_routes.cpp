// The catalogue of phishing-simulation e-mails and the preview of each: the e-mail as
// a recipient receives it, then the awareness page that follows a click (the clues
// highlighted where they are, their explanations, the reflexes), and for advanced
// templates the fake sign-in page, whose fields have no name: a browser cannot send
// what is typed in them.

#include <algorithm>

#include "awareness/render.hpp"
#include "awareness/template_loader.hpp"
#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
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

// `text` cut into plain and highlighted parts: each clue's excerpt (first occurrence,
// no overlap) is marked with the clue's number.
View Highlighted(const std::string& text, const std::vector<awareness::Clue>& clues,
                 const std::vector<awareness::ClueTarget>& targets) {
  struct Mark {
    std::size_t at;
    std::size_t size;
    std::size_t number;
  };
  std::vector<Mark> marks;
  for (std::size_t i = 0; i < clues.size(); ++i) {
    const auto& c = clues[i];
    if (c.excerpt.empty() || std::find(targets.begin(), targets.end(), c.target) == targets.end()) continue;
    const auto at = text.find(c.excerpt);
    if (at == std::string::npos) continue;
    const bool overlaps = std::any_of(marks.begin(), marks.end(), [&](const Mark& m) {
      return at < m.at + m.size && m.at < at + c.excerpt.size();
    });
    if (!overlaps) marks.push_back({at, c.excerpt.size(), i + 1});
  }
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.at < b.at; });
  View parts = List();
  std::size_t pos = 0;
  auto plain = [&](std::size_t end) {
    if (end <= pos) return;
    View p = Object();
    p.set("text", text.substr(pos, end - pos));
    parts.push_back(p);
  };
  for (const auto& m : marks) {
    plain(m.at);
    View p = Object();
    p.set("text", text.substr(m.at, m.size));
    p.set("mark", true);
    p.set("number", std::to_string(m.number));
    parts.push_back(p);
    pos = m.at + m.size;
  }
  plain(text.size());
  return parts;
}

Response CataloguePage(Context& ctx) {
  View rows = List();
  for (const auto& t : awareness::EmbeddedTemplates()) {
    View row = Object();
    row.set("id", t.id);
    row.set("title", t.title);
    row.set("kind", KindLabel(t.kind));
    row.set("difficulty", DifficultyLabel(t.difficulty));
    row.set("subject", t.subject);
    row.set("clues", std::to_string(t.clues.size()));
    rows.push_back(row);
  }
  View v = Object();
  v.set("templates", rows);
  v.set("count", std::to_string(awareness::EmbeddedTemplates().size()));
  return ctx.Page("awareness_templates", "Modèles de simulation", v);
}

Response PreviewPage(Context& ctx) {
  const auto* t = awareness::FindTemplate(ctx.request.Param("id"));
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
  const auto email = awareness::Render(*t, values);
  using awareness::ClueTarget;
  View v = Object();
  v.set("id", t->id);
  v.set("title", t->title);
  v.set("kind", KindLabel(t->kind));
  v.set("difficulty", DifficultyLabel(t->difficulty));
  v.set("sender", Highlighted(email.sender_name + " <" + email.sender_address + ">" +
                                  (email.reply_to.empty() ? "" : " (réponse à " + email.reply_to + ")"),
                              t->clues, {ClueTarget::kSender}));
  v.set("subject", Highlighted(email.subject, t->clues, {ClueTarget::kSubject}));
  v.set("body", Highlighted(email.text_body, t->clues,
                            {ClueTarget::kLink, ClueTarget::kBody, ClueTarget::kAttachment, ClueTarget::kGreeting,
                             ClueTarget::kUrgency, ClueTarget::kSignature}));
  View clues = List();
  for (std::size_t i = 0; i < t->clues.size(); ++i) {
    View c = Object();
    c.set("number", std::to_string(i + 1));
    c.set("title", t->clues[i].title);
    c.set("explanation", t->clues[i].explanation);
    clues.push_back(c);
  }
  v.set("clues", clues);
  View reflexes = List();
  for (const auto& r : t->reflexes) reflexes.push_back(View(r));
  v.set("reflexes", reflexes);
  if (t->login_page) {
    View login = Object();
    login.set("product_name", t->login_page->product_name);
    login.set("heading", t->login_page->heading);
    login.set("identifier_label", t->login_page->identifier_label);
    login.set("password_label", t->login_page->password_label);
    login.set("submit_label", t->login_page->submit_label);
    login.set("help_text", t->login_page->help_text);
    v.set("login", login);
  }
  return ctx.Page("awareness_template", t->title, v);
}

}  // namespace

void AddAwarenessRoutes(WebApp& app) {
  app.Add("GET", "/sensibilisation/modeles", {Guard::kSignedIn, Action::kViewPhishingTemplates, nullptr, CataloguePage});
  app.Add("GET", "/sensibilisation/modeles/{id:token}", {Guard::kSignedIn, Action::kViewPhishingTemplates, nullptr, PreviewPage});
}

}  // namespace vigie::web
