// The loader on small in-memory referentials: a valid one, and broken ones whose
// errors must name the file, the line and the problem.

#include "referential/loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace vigie::referential {
namespace {

const char* kRoot = R"(id = "t"
version = "1"
title = "Test"
files = ["context.toml", "domains/a.toml"]
[[maturity_level]]
level = 1
name = "Exposé"
description = "d"
min_score = 0.0
[[maturity_level]]
level = 2
name = "Fragile"
description = "d"
min_score = 1.0
[[maturity_level]]
level = 3
name = "En construction"
description = "d"
min_score = 2.0
[[maturity_level]]
level = 4
name = "Maîtrisé"
description = "d"
min_score = 3.0
[[maturity_level]]
level = 5
name = "Exemplaire"
description = "d"
min_score = 4.25
)";

const char* kContext = R"([[context]]
id = "wifi_guests"
label = "Wi-Fi ?"
kind = "choice"
options = [ { value = "none", label = "Aucun" }, { value = "shared", label = "Partagé" } ]

[[rule]]
id = "no-wifi"
when = { context = "wifi_guests", in = ["none"] }
not_applicable = ["tag:wifi"]
)";

std::string Question(const std::string& id, const std::string& extra = "") {
  return "[[question]]\nid = \"" + id + "\"\nweight = 3\nquestion = \"Q ?\"\nhelp = \"h\"\n"
         "level_0 = \"a\"\nlevel_1 = \"b\"\nlevel_2 = \"c\"\nlevel_3 = \"d\"\n" + extra + "\n";
}

std::string Domain(const std::string& body) {
  return "[domain]\nid = \"a\"\norder = 1\ntitle = \"A\"\nsummary = \"s\"\n\n" + body +
         "[[measure]]\nid = \"M-A-01\"\ntitle = \"T\"\nwhy = \"w\"\nhow = \"h\"\nwho = [\"direction\"]\n"
         "effort = \"S\"\ncost = \"0\"\ncriticality = 4\nhorizon = \"3m\"\n"
         "triggers = [ { question = \"a.one\", max_level = 1 } ]\n";
}

LoadResult Load(std::map<std::string, std::string> files) {
  return LoadReferential(
      [&](const std::string& path) -> std::optional<std::string> {
        auto it = files.find(path);
        if (it == files.end()) return std::nullopt;
        return it->second;
      },
      "ref");
}

std::string AllErrors(const LoadResult& r) {
  std::string out;
  for (const auto& e : r.errors) out += e + "\n";
  return out;
}

TEST(ReferentialLoader, LoadsAValidReferential) {
  auto r = Load({{"referential.toml", kRoot},
                 {"context.toml", kContext},
                 {"domains/a.toml", Domain(Question("a.one", "tags = [\"wifi\"]") + Question("a.two"))}});
  ASSERT_TRUE(r.referential) << AllErrors(r);
  EXPECT_EQ(r.referential->questions.size(), 2u);
  EXPECT_EQ(r.referential->measures.at(0).triggers.at(0).question, "a.one");
  EXPECT_EQ(r.referential->domains.at(0).question_ids.size(), 2u);
  EXPECT_EQ(r.referential->maturity_levels.at(4).name, "Exemplaire");
}

TEST(ReferentialLoader, SyntaxErrorNamesFileAndLine) {
  auto r = Load({{"referential.toml", kRoot}, {"context.toml", kContext},
                 {"domains/a.toml", "[domain]\nid = \"a\"\norder = = 1\n"}});
  ASSERT_FALSE(r.referential);
  EXPECT_EQ(r.errors.at(0).rfind("ref/domains/a.toml:3: ", 0), 0u) << AllErrors(r);
}

TEST(ReferentialLoader, DuplicateIdsAndDanglingReferencesAreReported) {
  auto r = Load({{"referential.toml", kRoot},
                 {"context.toml", kContext},
                 {"domains/a.toml",
                  Domain(Question("a.one", "tags = [\"wifi\"]") + Question("a.one") +
                         Question("a.three", "show_if = { question = \"a.missing\", min_level = 1 }") +
                         Question("a.four", "show_if = { context = \"wifi_guests\", in = [\"maybe\"] }"))}});
  ASSERT_FALSE(r.referential);
  const std::string errors = AllErrors(r);
  EXPECT_NE(errors.find("ref/domains/a.toml:18: question « a.one » déjà défini en ref/domains/a.toml:8"), std::string::npos) << errors;
  EXPECT_NE(errors.find("question inconnue « a.missing »"), std::string::npos) << errors;
  EXPECT_NE(errors.find("« maybe » n'est pas une option de « wifi_guests »"), std::string::npos) << errors;
}

TEST(ReferentialLoader, OutOfRangeValuesAndMissingFieldsAreReported) {
  std::string domain = Domain(Question("a.one", "tags = [\"wifi\"]"));
  domain.replace(domain.find("weight = 3"), 10, "weight = 9");
  domain.replace(domain.find("effort = \"S\""), 12, "effort = \"XXL\"");
  domain.replace(domain.find("level_2 = \"c\"\n"), 14, "");
  auto r = Load({{"referential.toml", kRoot}, {"context.toml", kContext}, {"domains/a.toml", domain}});
  ASSERT_FALSE(r.referential);
  const std::string errors = AllErrors(r);
  EXPECT_NE(errors.find("« weight » doit être un entier de 1 à 5"), std::string::npos) << errors;
  EXPECT_NE(errors.find("« effort » vaut « XXL »"), std::string::npos) << errors;
  EXPECT_NE(errors.find("champ « level_2 » manquant"), std::string::npos) << errors;
}

TEST(ReferentialLoader, MappingCodesOfTheWrongShapeAreReportedWithTheirLine) {
  const std::string domain =
      Domain(Question("a.one", "mappings = { anssi = [\"H43\"], pgssi = [\"P7.4\", \"P7-4\"], nis2 = [\"k\"] }"));
  auto r = Load({{"referential.toml", kRoot}, {"context.toml", kContext}, {"domains/a.toml", domain}});
  ASSERT_FALSE(r.referential);
  const std::string errors = AllErrors(r);
  EXPECT_NE(errors.find("domains/a.toml:"), std::string::npos) << errors;
  EXPECT_NE(errors.find("code « H43 » invalide pour « anssi »"), std::string::npos) << errors;
  EXPECT_NE(errors.find("code « P7-4 » invalide pour « pgssi »"), std::string::npos) << errors;
  EXPECT_EQ(errors.find("« P7.4 »"), std::string::npos) << "a chapter section is a valid PGSSI-S code";
  EXPECT_NE(errors.find("code « k » invalide pour « nis2 »"), std::string::npos) << errors;
}

TEST(ReferentialLoader, CycleInDisplayConditionsIsReported) {
  auto r = Load({{"referential.toml", kRoot},
                 {"context.toml", kContext},
                 {"domains/a.toml",
                  Domain(Question("a.one", "tags = [\"wifi\"]\nshow_if = { question = \"a.two\", min_level = 1 }") +
                         Question("a.two", "show_if = { question = \"a.one\", min_level = 1 }"))}});
  ASSERT_FALSE(r.referential);
  EXPECT_NE(AllErrors(r).find("conditions d'affichage en boucle : a.one → a.two → a.one"), std::string::npos)
      << AllErrors(r);
}

TEST(ReferentialLoader, RuleOnUnknownTagAndMissingFileAreReported) {
  auto r = Load({{"referential.toml", kRoot}, {"context.toml", kContext},
                 {"domains/a.toml", Domain(Question("a.one"))}});
  ASSERT_FALSE(r.referential);
  EXPECT_NE(AllErrors(r).find("aucune question ne porte l'étiquette « wifi »"), std::string::npos) << AllErrors(r);
  auto missing = Load({{"referential.toml", kRoot}, {"context.toml", kContext}});
  ASSERT_FALSE(missing.referential);
  EXPECT_EQ(missing.errors.at(0), "ref/domains/a.toml: fichier introuvable");
}

}  // namespace
}  // namespace vigie::referential

namespace vigie::referential {
namespace {

TEST(EmbeddedReferential, ShippedReferentialValidatesWithTheRequiredSize) {
  const Referential& r = EmbeddedReferential();
  EXPECT_EQ(r.domains.size(), 15u);
  EXPECT_GE(r.questions.size(), 120u);
  EXPECT_GE(r.measures.size(), 70u);
  EXPECT_EQ(r.domains.front().id, "governance");
  // Each context rule of the issue exists: no Wi-Fi, no directory, hosted mail.
  std::vector<std::string> rules;
  for (const auto& rule : r.rules) rules.push_back(rule.when.context);
  for (const char* context : {"wifi_guests", "directory", "mail_service"}) {
    EXPECT_NE(std::find(rules.begin(), rules.end(), context), rules.end()) << context;
  }
  for (const auto& q : r.questions) {
    EXPECT_FALSE(q.mappings.empty()) << q.id << " maps to no referential";
  }
}

}  // namespace
}  // namespace vigie::referential
