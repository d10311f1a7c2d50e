// The template loader on small in-memory files: a valid one, then one broken file per
// rule, whose error must name the file, the line and the problem.

#include "awareness/template_loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

namespace vigie::awareness {
namespace {

// Line numbers matter: the tests below name them.
const char* kValid = R"(id = "test-colis"
version = 1
title = "Colis en attente"
kind = "simple"
difficulty = 2
sender_name = "Livraison – {{structure_name}}"
sender_address = "avis@colis-suivi.example"
subject = "Votre colis, {{first_name}}"
html_body = """
<p>Bonjour {{first_name}},</p>
<p>Payez les frais sous 24 heures.</p>
<p><a href="{{link}}">Suivre mon colis</a></p>
{{tracking_pixel}}
"""
text_body = """
Bonjour {{first_name}},
Payez les frais sous 24 heures.
Suivre mon colis : {{link}}
"""
reflexes = ["Ne cliquez pas.", "Signalez le message."]

[[clue]]
id = "expediteur"
title = "Adresse inconnue"
target = "sender"
excerpt = "colis-suivi.example"
explanation = "Le domaine est inconnu."

[[clue]]
id = "urgence"
title = "Délai"
target = "urgency"
excerpt = "sous 24 heures"
explanation = "On vous presse."

[[clue]]
id = "lien"
title = "Lien"
target = "link"
excerpt = "Suivre mon colis"
explanation = "Survolez-le."
)";

const char* kLoginPage = R"(
[login_page]
page_title = "Connexion"
product_name = "Espace colis"
heading = "Identifiez-vous"
identifier_label = "Adresse électronique"
password_label = "Mot de passe"
submit_label = "Continuer"
)";

// kValid with `from` (which must occur exactly once) replaced by `to`.
std::string With(const std::string& from, const std::string& to, std::string text = kValid) {
  const std::size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  EXPECT_EQ(text.find(from, pos + 1), std::string::npos) << from << " occurs more than once";
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

std::string AllErrors(const TemplateLoad& load) {
  std::string out;
  for (const auto& e : load.errors) out += e + "\n";
  return out;
}

// The one error of `text`, which must be exactly `expected`.
void ExpectOnlyError(const std::string& text, const std::string& expected) {
  const TemplateLoad load = ParseTemplate(text, "t/colis.toml");
  EXPECT_TRUE(load.templates.empty());
  ASSERT_EQ(load.errors.size(), 1u) << AllErrors(load);
  EXPECT_EQ(load.errors.front(), expected);
}

TEST(TemplateLoader, LoadsAValidTemplate) {
  const TemplateLoad load = ParseTemplate(kValid, "t/colis.toml");
  ASSERT_TRUE(load.ok()) << AllErrors(load);
  ASSERT_EQ(load.templates.size(), 1u);
  const PhishingTemplate& t = load.templates.front();
  EXPECT_EQ(t.id, "test-colis");
  EXPECT_EQ(t.kind, TemplateKind::kSimple);
  EXPECT_EQ(t.difficulty, 2);
  EXPECT_FALSE(t.login_page);
  EXPECT_TRUE(t.reply_to.empty());
  ASSERT_EQ(t.clues.size(), 3u);
  EXPECT_EQ(t.clues[1].target, ClueTarget::kUrgency);
  EXPECT_EQ(t.clues[1].excerpt, "sous 24 heures");
  EXPECT_EQ(t.reflexes.size(), 2u);
  EXPECT_EQ(t.file + ":" + std::to_string(t.line), "t/colis.toml:1");
}

TEST(TemplateLoader, AdvancedTemplateWithItsSignInPageLoads) {
  const TemplateLoad load = ParseTemplate(With("kind = \"simple\"", "kind = \"advanced\"") + kLoginPage, "t/a.toml");
  ASSERT_TRUE(load.ok()) << AllErrors(load);
  ASSERT_TRUE(load.templates.front().login_page);
  EXPECT_EQ(load.templates.front().login_page->product_name, "Espace colis");
  EXPECT_TRUE(load.templates.front().login_page->help_text.empty());
}

TEST(TemplateLoader, SyntaxErrorNamesFileAndLine) {
  const TemplateLoad load = ParseTemplate(With("version = 1", "version = = 1"), "t/colis.toml");
  ASSERT_EQ(load.errors.size(), 1u);
  EXPECT_EQ(load.errors.front().rfind("t/colis.toml:2: ", 0), 0u) << AllErrors(load);
}

TEST(TemplateLoader, MissingAndEmptyFields) {
  ExpectOnlyError(With("title = \"Colis en attente\"\n", ""), "t/colis.toml:1: champ « title » manquant");
  ExpectOnlyError(With("subject = \"Votre colis, {{first_name}}\"", "subject = \" \""),
                  "t/colis.toml:8: « subject » est vide");
  ExpectOnlyError(With("explanation = \"Survolez-le.\"", "explanation = 3"),
                  "t/colis.toml:41: « explanation » doit être un texte");
}

TEST(TemplateLoader, UnknownKindAndDifficultyOutOfRange) {
  ExpectOnlyError(With("kind = \"simple\"", "kind = \"expert\""),
                  "t/colis.toml:4: « kind » vaut « expert » ; valeurs possibles : simple, advanced");
  ExpectOnlyError(With("difficulty = 2", "difficulty = 4"),
                  "t/colis.toml:5: « difficulty » doit être un entier de 1 à 3");
}

TEST(TemplateLoader, UnknownOrMisplacedPlaceholdersAreReportedOnTheirOwnLine) {
  ExpectOnlyError(With("<p>Payez les frais", "<p>Payez {{montant}} les frais"),
                  "t/colis.toml:11: « html_body » : espace réservé inconnu « {{montant}} » ; permis ici : "
                  "{{first_name}}, {{last_name}}, {{structure_name}}, {{sender_name}}, {{date}}, {{link}}, "
                  "{{report_link}}, {{tracking_pixel}}");
  ExpectOnlyError(With("Suivre mon colis : {{link}}", "Suivre mon colis : {{link}} {{tracking_pixel}}"),
                  "t/colis.toml:18: « text_body » : espace réservé « {{tracking_pixel}} » non permis ; permis ici : "
                  "{{first_name}}, {{last_name}}, {{structure_name}}, {{sender_name}}, {{date}}, {{link}}, "
                  "{{report_link}}");
  ExpectOnlyError(With("Votre colis, {{first_name}}", "Votre colis : {{link}}"),
                  "t/colis.toml:8: « subject » : espace réservé « {{link}} » non permis ; permis ici : "
                  "{{first_name}}, {{last_name}}, {{structure_name}}, {{sender_name}}, {{date}}");
  ExpectOnlyError(With("Bonjour {{first_name}},\nPayez", "Bonjour {{first_name,\nPayez"),
                  "t/colis.toml:16: « text_body » : « {{ » sans « }} » sur la même ligne");
  ExpectOnlyError(With("title = \"Colis en attente\"", "title = \"Colis de {{first_name}}\""),
                  "t/colis.toml:3: « title » : espace réservé « {{first_name}} » non permis (aucun n'est permis ici)");
}

TEST(TemplateLoader, TrackedLinkMissingFromEitherBody) {
  ExpectOnlyError(With("Suivre mon colis : {{link}}", "Suivre mon colis"),
                  "t/colis.toml:15: « text_body » doit contenir {{link}} (le lien suivi)");
  ExpectOnlyError(With("<a href=\"{{link}}\">Suivre mon colis</a>", "Suivre mon colis"),
                  "t/colis.toml:9: « html_body » doit contenir {{link}} (le lien suivi)");
  ExpectOnlyError(With("{{tracking_pixel}}\n", ""),
                  "t/colis.toml:9: « html_body » doit contenir {{tracking_pixel}} (l'image qui compte les ouvertures)");
}

TEST(TemplateLoader, SignInPageMustMatchTheKind) {
  ExpectOnlyError(With("kind = \"simple\"", "kind = \"advanced\""),
                  "t/colis.toml:4: un modèle « advanced » demande une table [login_page] (la fausse page de connexion)");
  ExpectOnlyError(std::string(kValid) + kLoginPage,
                  "t/colis.toml:43: un modèle « simple » n'a pas de page de connexion : retirez [login_page] ou "
                  "passez en « advanced »");
  ExpectOnlyError(With("kind = \"simple\"", "kind = \"advanced\"") + With("submit_label = \"Continuer\"\n", "", kLoginPage),
                  "t/colis.toml:43: champ « submit_label » manquant");
}

TEST(TemplateLoader, ClueTargetMustBeKnown) {
  ExpectOnlyError(With("target = \"link\"", "target = \"piece-jointe\""),
                  "t/colis.toml:39: « target » vaut « piece-jointe » ; valeurs possibles : sender, subject, link, "
                  "body, attachment, greeting, urgency, signature");
}

TEST(TemplateLoader, ExcerptMustOccurInItsTarget) {
  ExpectOnlyError(With("excerpt = \"Suivre mon colis\"", "excerpt = \"Suivre votre colis\""),
                  "t/colis.toml:40: l'extrait « Suivre votre colis » (cible « link ») ne figure pas dans le corps HTML "
                  "ni dans le corps texte");
  ExpectOnlyError(With("excerpt = \"Suivre mon colis\"", "excerpt = \"Suivre mon colis :\""),
                  "t/colis.toml:40: l'extrait « Suivre mon colis : » (cible « link ») ne figure pas dans le corps HTML");
  ExpectOnlyError(With("excerpt = \"colis-suivi.example\"", "excerpt = \"colis-suivi.test\""),
                  "t/colis.toml:26: l'extrait « colis-suivi.test » (cible « sender ») ne figure pas dans l'expéditeur "
                  "(nom, adresse ou adresse de réponse)");
  // Text that only exists inside a placeholder disappears once the e-mail is rendered.
  ExpectOnlyError(With("excerpt = \"sous 24 heures\"", "excerpt = \"first_name\""),
                  "t/colis.toml:33: l'extrait « first_name » (cible « urgency ») ne figure pas dans le corps HTML ni "
                  "dans le corps texte");
  // The subject is its own target: the same words in the body do not count.
  ExpectOnlyError(With("target = \"urgency\"", "target = \"subject\""),
                  "t/colis.toml:33: l'extrait « sous 24 heures » (cible « subject ») ne figure pas dans l'objet");
}

TEST(TemplateLoader, ClueAndReflexCountsAndClueIds) {
  const std::string two_clues = With("\n[[clue]]\nid = \"lien\"\ntitle = \"Lien\"\ntarget = \"link\"\n"
                                     "excerpt = \"Suivre mon colis\"\nexplanation = \"Survolez-le.\"\n",
                                     "");
  ExpectOnlyError(two_clues, "t/colis.toml:22: de 3 à 6 indices ([[clue]]) attendus, 2 trouvé(s)");
  ExpectOnlyError(With("id = \"lien\"", "id = \"urgence\""), "t/colis.toml:37: indice « urgence » déjà défini ligne 30");
  ExpectOnlyError(With("reflexes = [\"Ne cliquez pas.\", \"Signalez le message.\"]", "reflexes = [\"Ne cliquez pas.\"]"),
                  "t/colis.toml:20: « reflexes » : de 2 à 4 textes attendus, 1 trouvé(s)");
}

TEST(TemplateLoader, SizeLimits) {
  ExpectOnlyError(With("<p>Payez les frais", "<p>" + std::string(33000, 'x') + "Payez les frais"),
                  "t/colis.toml:9: « html_body » dépasse 32768 octets");
  ExpectOnlyError(std::string(kValid) + "# " + std::string(70000, 'x') + "\n",
                  "t/colis.toml:1: le fichier dépasse 65536 octets");
  ExpectOnlyError(With("title = \"Colis en attente\"", "title = \"" + std::string(121, 'x') + "\""),
                  "t/colis.toml:3: « title » dépasse 120 octets");
}

TEST(TemplateLoader, InvalidUtf8IsReportedWithItsLine) {
  ExpectOnlyError(With("title = \"Colis en attente\"", "title = \"Colis \xC3\x28 en attente\""),
                  "t/colis.toml:3: le fichier n'est pas en UTF-8 valide");
}

TEST(TemplateLoader, UnknownKeysAndMalformedValues) {
  ExpectOnlyError(With("excerpt = \"Suivre mon colis\"", "extrait = \"Suivre mon colis\""),
                  "t/colis.toml:40: clé inconnue « extrait »");
  ExpectOnlyError(With("id = \"test-colis\"", "id = \"Test colis\""),
                  "t/colis.toml:1: « id » « Test colis » : lettres minuscules sans accent et chiffres, mots séparés "
                  "par « - »");
  ExpectOnlyError(With("sender_address = \"avis@colis-suivi.example\"",
                       "sender_address = \"avis@colis-suivi.example\"\nreply_to = \"avis@\""),
                  "t/colis.toml:8: « reply_to » « avis@ » n'est pas une adresse électronique valable (nom@domaine.ext, "
                  "en ASCII)");
}

TEST(TemplateLoader, LinksLeadOnlyToVigieAndNoRealBrandIsNamed) {
  ExpectOnlyError(With("<p>Payez les frais", "<p><a href=\"https://real-bank.fr/\">Payez</a> les frais"),
                  "t/colis.toml:11: « html_body » : « href=\"https://real-bank.fr/\" » mène hors du message ; seuls "
                  "{{link}} et {{report_link}} servent de liens, et une adresse affichée doit être en .example, .test "
                  "ou .invalid");
  ExpectOnlyError(With("Payez les frais sous 24 heures.\nSuivre", "Payez les frais sous 24 heures.\nwww https://suivi.fr\nSuivre"),
                  "t/colis.toml:18: « text_body » : « https://suivi.fr » mène hors du message ; seuls {{link}} et "
                  "{{report_link}} servent de liens, et une adresse affichée doit être en .example, .test ou .invalid");
  // An address shown as text, under a reserved name, is harmless.
  EXPECT_TRUE(ParseTemplate(With("<p>Payez les frais", "<p>Voir https://colis-suivi.example/abc. Payez les frais"),
                            "t/colis.toml")
                  .ok());
  ExpectOnlyError(With("sender_name = \"Livraison – {{structure_name}}\"", "sender_name = \"Service COLISSIMO\""),
                  "t/colis.toml:6: « sender_name » cite « COLISSIMO », une marque ou un organisme réel : les modèles "
                  "sont inventés");
  // Whole words only: "café" is not a brand.
  EXPECT_TRUE(ParseTemplate(With("<p>Payez les frais", "<p>Un café ? Payez les frais"), "t/colis.toml").ok());
}

TemplateLoad LoadFiles(const std::map<std::string, std::string>& files, std::vector<std::string> names = {}) {
  TemplateReader reader;
  if (names.empty()) {
    for (const auto& [name, text] : files) reader.file_names.push_back(name);
  } else {
    reader.file_names = std::move(names);
  }
  reader.read = [&files](const std::string& name) -> std::optional<std::string> {
    auto it = files.find(name);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
  return LoadTemplates(reader, "t");
}

TEST(TemplateLoader, DuplicateIdsAcrossFilesAndMissingFiles) {
  const std::string other = With("title = \"Colis en attente\"", "title = \"Autre colis\"");
  TemplateLoad load = LoadFiles({{"a.toml", kValid}, {"b.toml", other}});
  EXPECT_TRUE(load.templates.empty());
  ASSERT_EQ(load.errors.size(), 1u) << AllErrors(load);
  EXPECT_EQ(load.errors.front(), "t/b.toml:1: modèle « test-colis » déjà défini en t/a.toml:1");

  load = LoadFiles({{"a.toml", kValid}, {"b.toml", With("id = \"test-colis\"", "id = \"autre-colis\"")}});
  ASSERT_TRUE(load.ok()) << AllErrors(load);
  EXPECT_EQ(load.templates.size(), 2u);

  load = LoadFiles({{"a.toml", kValid}}, {"a.toml", "absent.toml"});
  ASSERT_EQ(load.errors.size(), 1u) << AllErrors(load);
  EXPECT_EQ(load.errors.front(), "t/absent.toml: fichier illisible ou introuvable");
  EXPECT_EQ(LoadFiles({}).errors.at(0), "t: aucun modèle");
}

TEST(TemplateLoader, ReadsTheTomlFilesOfAFolder) {
  const auto dir = std::filesystem::temp_directory_path() / ("vigie-awareness-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "b.toml") << With("id = \"test-colis\"", "id = \"b-colis\"");
  std::ofstream(dir / "a.toml") << kValid;
  std::ofstream(dir / "notes.txt") << "ignored";
  const TemplateLoad load = LoadTemplatesFromDirectory(dir.string());
  ASSERT_TRUE(load.ok()) << AllErrors(load);
  ASSERT_EQ(load.templates.size(), 2u);
  EXPECT_EQ(load.templates[0].id, "test-colis");
  EXPECT_EQ(load.templates[1].file, (dir / "b.toml").string());
  std::filesystem::remove_all(dir);
  EXPECT_EQ(LoadTemplatesFromDirectory(dir.string()).errors.at(0), dir.string() + ": dossier illisible ou introuvable");
}

TEST(TemplateLoader, EveryProblemIsCollected) {
  std::string text = With("difficulty = 2", "difficulty = 0");
  text = With("kind = \"simple\"", "kind = \"expert\"", text);
  text = With("target = \"link\"", "target = \"lien\"", text);
  const TemplateLoad load = ParseTemplate(text, "t/colis.toml");
  EXPECT_EQ(load.errors.size(), 3u) << AllErrors(load);
}

}  // namespace
}  // namespace vigie::awareness
