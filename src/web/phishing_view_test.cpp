#include "web/phishing_view.hpp"

#include <gtest/gtest.h>

#include "awareness/template_loader.hpp"
#include "web/templates.hpp"

namespace vigie::web {
namespace {

using awareness::Clue;
using awareness::ClueTarget;

Clue MakeClue(ClueTarget target, std::string excerpt) {
  Clue c;
  c.target = target;
  c.excerpt = std::move(excerpt);
  return c;
}

std::string Joined(const std::vector<TextPart>& parts) {
  std::string out;
  for (const auto& p : parts) out += p.text;
  return out;
}

TEST(HighlightParts, MarksEachExcerptWithItsClueNumberInTextOrder) {
  const std::string text = "Cher client, payez sous 48 heures ici.";
  const std::vector<Clue> clues = {MakeClue(ClueTarget::kUrgency, "sous 48 heures"),
                                   MakeClue(ClueTarget::kGreeting, "Cher client")};
  const auto parts = HighlightParts(text, clues, {ClueTarget::kUrgency, ClueTarget::kGreeting});
  const std::vector<TextPart> expected = {
      {"Cher client", 2}, {", payez ", 0}, {"sous 48 heures", 1}, {" ici.", 0}};
  EXPECT_EQ(parts, expected);
}

TEST(HighlightParts, OnlyTheGivenTargetsAndTheFirstOccurrence) {
  const std::string text = "urgent, urgent";
  const std::vector<Clue> clues = {MakeClue(ClueTarget::kSubject, "urgent"),
                                   MakeClue(ClueTarget::kBody, "urgent")};
  const auto parts = HighlightParts(text, clues, {ClueTarget::kBody});
  const std::vector<TextPart> expected = {{"urgent", 2}, {", urgent", 0}};
  EXPECT_EQ(parts, expected);
}

TEST(HighlightParts, SkipsOverlapsEmptyAndMissingExcerpts) {
  const std::string text = "abcdef";
  const std::vector<Clue> clues = {MakeClue(ClueTarget::kBody, "bcd"), MakeClue(ClueTarget::kBody, "cde"),
                                   MakeClue(ClueTarget::kBody, ""), MakeClue(ClueTarget::kBody, "xyz"),
                                   MakeClue(ClueTarget::kBody, "ef")};
  const auto parts = HighlightParts(text, clues, {ClueTarget::kBody});
  const std::vector<TextPart> expected = {{"a", 0}, {"bcd", 1}, {"ef", 5}};
  EXPECT_EQ(parts, expected);
  EXPECT_EQ(Joined(parts), text);
}

TEST(HighlightParts, EmptyTextGivesNoPart) {
  EXPECT_TRUE(HighlightParts("", {MakeClue(ClueTarget::kBody, "x")}, {ClueTarget::kBody}).empty());
}

awareness::Placeholders SampleValues() {
  awareness::Placeholders values;
  values.first_name = "Camille";
  values.last_name = "Durand";
  values.structure_name = "EHPAD <Les> Exemples";
  values.date = "01/02/2026";
  values.link = "https://exemple.invalid/p/lien";
  values.report_link = "https://exemple.invalid/p/lien/signaler";
  values.tracking_pixel_url = "";
  return values;
}

TEST(PhishingView, EveryShippedTemplateShowsItsCluesAndTheLoginOnlyWhenAdvanced) {
  for (const auto& t : awareness::EmbeddedTemplates()) {
    const auto email = awareness::Render(t, SampleValues());
    const View v = PhishingView(t, email);
    ASSERT_TRUE(v.is_object()) << t.id;
    EXPECT_EQ(v.get("clues")->list_value().size(), t.clues.size()) << t.id;
    EXPECT_EQ(v.get("reflexes")->list_value().size(), t.reflexes.size()) << t.id;
    EXPECT_EQ(v.get("login") != nullptr, t.kind == awareness::TemplateKind::kAdvanced) << t.id;
    std::size_t marks = 0;
    for (const char* field : {"sender", "subject", "body"}) {
      for (const auto& part : v.get(field)->list_value()) marks += part.get("mark") != nullptr ? 1 : 0;
    }
    EXPECT_GE(marks, 2U) << t.id;
  }
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The recipient pages and the preview, rendered from the embedded templates with the
// shared partials, for every shipped template.
TEST(PhishingView, RecipientPagesRenderEveryShippedTemplate) {
  Templates templates;
  for (const auto& t : awareness::EmbeddedTemplates()) {
    View v = PhishingView(t, awareness::Render(t, SampleValues()));
    v.set("first_name", "Camille");
    v.set("structure_name", "EHPAD <Les> Exemples");
    v.set("token", "AAAAAAAAAAAAAAAAAAAAAAAA");
    v.set("csrf_token", "jeton");
    for (const char* name : {"recipient_awareness", "recipient_reported"}) {
      const std::string page = templates.Render(name, v);
      EXPECT_EQ(Count(page, "<h1"), 1U) << name << " " << t.id;
      EXPECT_EQ(Count(page, "<li><strong>"), t.clues.size()) << name << " " << t.id;
      EXPECT_GE(Count(page, "<mark>"), 2U) << name << " " << t.id;
      EXPECT_EQ(page.find("<Les>"), std::string::npos) << "escaped: " << t.id;
      EXPECT_TRUE(page.find("Bonjour Camille, pas") != std::string::npos ||
                  page.find("Bravo Camille : signaler") != std::string::npos)
          << name;
    }
    const std::string awareness_page = templates.Render("recipient_awareness", v);
    EXPECT_EQ(awareness_page.find("n’a jamais été envoyé") != std::string::npos, t.login_page.has_value()) << t.id;
    if (t.login_page) {
      const std::string login = templates.Render("recipient_login", v);
      EXPECT_EQ(Count(login, "name="), 1U) << "only the hidden _csrf: " << t.id;
      EXPECT_NE(login.find(R"(name="_csrf" value="jeton")"), std::string::npos);
      EXPECT_NE(login.find(R"(action="/p/AAAAAAAAAAAAAAAAAAAAAAAA/connexion")"), std::string::npos);
      EXPECT_EQ(Count(login, R"(autocomplete="off")"), 3U) << t.id;
      EXPECT_NE(login.find(R"(<label for="identifiant">)"), std::string::npos);
      EXPECT_NE(login.find(R"(<input id="identifiant")"), std::string::npos);
      EXPECT_NE(login.find(R"(<label for="secret">)"), std::string::npos);
      EXPECT_NE(login.find(R"(<input id="secret" type="password")"), std::string::npos);
    }
    v.set("title", t.title);
    EXPECT_GE(Count(templates.Render("awareness_template", v), "<mark>"), 2U) << t.id;
  }
}

TEST(PhishingView, NoGreetingWithoutAFirstName) {
  Templates templates;
  const auto& t = awareness::EmbeddedTemplates().front();
  View v = PhishingView(t, awareness::Render(t, SampleValues()));
  v.set("structure_name", "EHPAD Les Exemples");
  const std::string page = templates.Render("recipient_awareness", v);
  EXPECT_EQ(page.find(", pas d’inquiétude"), std::string::npos);
  EXPECT_NE(page.find(R"(<p class="lead">Pas d’inquiétude)"), std::string::npos);
}

}  // namespace
}  // namespace vigie::web
