// The templates shipped in data/awareness/templates: they validate, cover the themes
// of issue 5, stay invented and render for a recipient.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "awareness/render.hpp"
#include "awareness/template_loader.hpp"

namespace vigie::awareness {
namespace {

Placeholders SampleValues() {
  Placeholders values;
  values.first_name = "Léa";
  values.last_name = "Martin";
  values.structure_name = "Résidence Les Tilleuls";
  values.date = "12 mars 2026";
  values.link = "https://vigie.test/c/AbCdEf0123456789AbCdEf";
  values.report_link = "https://vigie.test/r/AbCdEf0123456789AbCdEf";
  values.tracking_pixel_url = "https://vigie.test/o/AbCdEf0123456789AbCdEf.png";
  return values;
}

TEST(ShippedTemplates, LoadWithoutErrors) {
  const auto& templates = EmbeddedTemplates();
  EXPECT_GE(templates.size(), 8u);
  std::set<int> difficulties;
  std::set<TemplateKind> kinds;
  for (const auto& t : templates) {
    difficulties.insert(t.difficulty);
    kinds.insert(t.kind);
    EXPECT_EQ(t.file, "data/awareness/templates/" + t.id + ".toml") << "one file per template, named after its id";
  }
  EXPECT_EQ(difficulties.size(), 3u) << "every difficulty is represented";
  EXPECT_EQ(kinds.size(), 2u) << "both kinds are represented";
}

TEST(ShippedTemplates, CoverTheThemesOfTheIssue) {
  for (const char* id : {"colis-avis-de-passage", "document-partage-planning", "mise-a-jour-dossier-soins",
                         "bulletin-paie-disponible", "mutuelle-garanties-suspendues", "remboursement-en-attente",
                         "mot-de-passe-expire", "message-famille-resident"}) {
    EXPECT_NE(FindTemplate(id), nullptr) << id;
  }
  EXPECT_EQ(FindTemplate("inconnu"), nullptr);
}

TEST(ShippedTemplates, UseOnlyReservedDomains) {
  auto reserved = [](const std::string& address) {
    const std::string domain = address.substr(address.find('@') + 1);
    return domain.size() > 8 && domain.compare(domain.size() - 8, 8, ".example") == 0;
  };
  for (const auto& t : EmbeddedTemplates()) {
    EXPECT_TRUE(reserved(t.sender_address)) << t.id << ": " << t.sender_address;
    if (!t.reply_to.empty()) {
      EXPECT_TRUE(reserved(t.reply_to)) << t.id << ": " << t.reply_to;
    }
  }
}

TEST(ShippedTemplates, RenderForARecipient) {
  for (const auto& t : EmbeddedTemplates()) {
    const RenderedEmail email = Render(t, SampleValues());
    for (const std::string* part : {&email.sender_name, &email.subject, &email.html_body, &email.text_body}) {
      EXPECT_EQ(part->find("{{"), std::string::npos) << t.id << ": a placeholder is left in\n" << *part;
    }
    EXPECT_NE(email.html_body.find("href=\"https://vigie.test/c/AbCdEf0123456789AbCdEf\""), std::string::npos) << t.id;
    EXPECT_NE(email.html_body.find("<img src=\"https://vigie.test/o/"), std::string::npos) << t.id;
    EXPECT_NE(email.text_body.find("https://vigie.test/c/AbCdEf0123456789AbCdEf"), std::string::npos) << t.id;
    // Every excerpt survives rendering, so the awareness page can highlight it.
    for (const Clue& clue : t.clues) {
      if (clue.excerpt.empty()) continue;
      if (clue.target == ClueTarget::kSender) {
        const std::string sender = email.sender_name + " " + email.sender_address + " " + email.reply_to;
        EXPECT_NE(sender.find(clue.excerpt), std::string::npos) << t.id << "/" << clue.id;
      } else if (clue.target == ClueTarget::kSubject) {
        EXPECT_NE(email.subject.find(clue.excerpt), std::string::npos) << t.id << "/" << clue.id;
      } else {
        EXPECT_NE(email.html_body.find(clue.excerpt), std::string::npos) << t.id << "/" << clue.id;
        EXPECT_NE(email.text_body.find(clue.excerpt), std::string::npos) << t.id << "/" << clue.id;
      }
    }
    EXPECT_EQ(t.login_page.has_value(), t.kind == TemplateKind::kAdvanced) << t.id;
  }
}

}  // namespace
}  // namespace vigie::awareness
