// ParseRecipients on good lists (CSV in its usual forms, XLSX) and on every kind of bad
// input the report must explain before anything is saved.

#include "awareness/recipient_import.hpp"

#include <gtest/gtest.h>

#include "xlsx/test_files.hpp"

namespace vigie::awareness {
namespace {

using xlsx::testing::MakeZip;
using xlsx::testing::MinimalXlsx;

ImportContext Context() {
  ImportContext ctx;
  ctx.existing_emails = {"Paul.Durand@ehpad-tilleuls.fr"};
  ctx.known_sites = {"Bâtiment principal", "Résidence Les Érables"};
  return ctx;
}

std::string Report(const RecipientImport& result) {
  std::string text;
  for (const auto& p : result.problems) {
    text += (p.severity == ProblemSeverity::kError ? "E " : "W ") + std::to_string(p.line) + " [" + p.column + "] [" +
            p.value + "] " + p.message + "\n";
  }
  return text;
}

// The problems of `result` as "line:column", errors only.
std::vector<std::string> ErrorPlaces(const RecipientImport& result) {
  std::vector<std::string> places;
  for (const auto& p : result.problems) {
    if (p.severity == ProblemSeverity::kError) places.push_back(std::to_string(p.line) + ":" + p.column);
  }
  return places;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string OnlyFileError(const RecipientImport& result) {
  EXPECT_EQ(result.error_count, 1u) << Report(result);
  EXPECT_TRUE(result.rows.empty());
  EXPECT_FALSE(result.ok());
  if (result.problems.empty()) return "";
  EXPECT_EQ(result.problems[0].line, 0);
  return result.problems[0].message;
}

TEST(RecipientImport, FrenchSemicolonCsvWithBom) {
  const auto result = ParseRecipients(
      "\xEF\xBB\xBF" "Adresse électronique;Prénom;NOM;Établissement;Service;Famille de métier\r\n"
      "  Anne.MARTIN@Ehpad-Tilleuls.fr ;Anne;Martin;batiment principal;Soins;Aide-soignante\r\n"
      "paul.durand@ehpad-tilleuls.fr;Paul;Durand;;Cuisine;Agent\r\n"
      ";;;;;\r\n"
      "zoe@ehpad-tilleuls.fr;Zoé;Petit\u00A0;RÉSIDENCE LES ERABLES;;\r\n",
      "liste.csv", Context());
  ASSERT_TRUE(result.ok()) << Report(result);
  EXPECT_EQ(result.format, ImportFormat::kCsv);
  EXPECT_EQ(result.source, "CSV (UTF-8 avec BOM, séparateur « ; »)");
  EXPECT_EQ(result.columns[static_cast<std::size_t>(ImportField::kSite)], "Établissement");
  EXPECT_EQ(result.rows_read, 3u);
  EXPECT_EQ(result.new_count, 2u);
  EXPECT_EQ(result.update_count, 1u);
  EXPECT_EQ(result.warning_count, 0u) << Report(result);
  ASSERT_EQ(result.rows.size(), 3u);
  EXPECT_EQ(result.rows[0].line, 2);
  EXPECT_EQ(result.rows[0].fields.email, "anne.martin@ehpad-tilleuls.fr");
  EXPECT_EQ(result.rows[0].fields.site, "Bâtiment principal");
  EXPECT_EQ(result.rows[0].fields.job_family, "Aide-soignante");
  EXPECT_FALSE(result.rows[0].update);
  EXPECT_TRUE(result.rows[1].update);
  EXPECT_EQ(result.rows[2].line, 5);
  EXPECT_EQ(result.rows[2].fields.last_name, "Petit");
  EXPECT_EQ(result.rows[2].fields.site, "Résidence Les Érables");
}

TEST(RecipientImport, EnglishCommaCsvWithQuotedLineBreaks) {
  ImportContext ctx;  // a structure without sites takes any site
  const auto result = ParseRecipients(
      "E-mail,First name,Last name,Site,Department,Job family,Notes\n"
      "a@b.fr,\"Marie\nClaire\",\"Dupont, dite \"\"Mimi\"\"\",Annexe,\"Soins\",IDE,x\n",
      "staff.csv", ctx);
  ASSERT_TRUE(result.ok()) << Report(result);
  ASSERT_EQ(result.rows.size(), 1u);
  EXPECT_EQ(result.rows[0].fields.first_name, "Marie Claire");
  EXPECT_EQ(result.rows[0].fields.last_name, "Dupont, dite \"Mimi\"");
  EXPECT_EQ(result.rows[0].fields.site, "Annexe");
  ASSERT_EQ(result.warning_count, 1u) << Report(result);
  EXPECT_EQ(result.problems[0].column, "Notes");
  EXPECT_TRUE(Contains(result.problems[0].message, "Colonne ignorée"));
}

TEST(RecipientImport, Windows1252Csv) {
  const auto result =
      ParseRecipients("Courriel;Pr\xE9nom;Nom;Site\r\nh.lefevre@ehpad.fr;H\xE9l\xE8ne;Lef\xE8vre;R\xE9sidence les \xE9rables\r\n",
                      "export.csv", Context());
  ASSERT_TRUE(result.ok()) << Report(result);
  EXPECT_EQ(result.source, "CSV (Windows-1252, séparateur « ; »)");
  ASSERT_EQ(result.rows.size(), 1u);
  EXPECT_EQ(result.rows[0].fields.first_name, "Hélène");
  EXPECT_EQ(result.rows[0].fields.last_name, "Lefèvre");
  EXPECT_EQ(result.rows[0].fields.site, "Résidence Les Érables");
}

TEST(RecipientImport, EveryRowErrorIsReportedAndNothingIsImported) {
  const auto result = ParseRecipients(
      "email;prénom;nom;site\n"
      "anne@ehpad.fr;Anne;Martin;\n"                  // 2: fine, but twice (line 7)
      "pas-une-adresse;Jean;Valjean;\n"               // 3: no @
      "jean valjean@ehpad.fr;Jean;Valjean;\n"         // 4: a space
      "zoé@ehpad.fr;Zoé;Petit;\n"                     // 5: an accent
      "marc@localhost;Marc;Blanc;Cave\n"              // 6: no dot in the domain, unknown site
      "ANNE@ehpad.fr;Anne;Martin;\n"                  // 7: duplicate of 2
      ";Luc;Noir;\n"                                  // 8: no address
      "ok@ehpad.fr;" + std::string(130, 'x') + ";Long;\n",  // 9: name too long
      "liste.csv", Context());
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(result.rows.empty());
  EXPECT_EQ(ErrorPlaces(result), (std::vector<std::string>{"2:email", "3:email", "4:email", "5:email", "6:email",
                                                           "6:site", "7:email", "8:email", "9:prénom"}))
      << Report(result);
  EXPECT_EQ(result.rows_read, 8u);
  EXPECT_EQ(result.new_count, 0u);  // the only valid row (9 is not) is a duplicate
  const auto& p = result.problems;
  EXPECT_TRUE(Contains(p[0].message, "lignes 2, 7")) << p[0].message;
  EXPECT_EQ(p[0].value, "anne@ehpad.fr");
  EXPECT_TRUE(Contains(p[1].message, "il manque le @")) << p[1].message;
  EXPECT_EQ(p[1].value, "pas-une-adresse");
  EXPECT_TRUE(Contains(p[2].message, "espace")) << p[2].message;
  EXPECT_TRUE(Contains(p[3].message, "accentuée")) << p[3].message;
  EXPECT_TRUE(Contains(p[4].message, "point")) << p[4].message;
  EXPECT_TRUE(Contains(p[5].message, "Site inconnu « Cave »")) << p[5].message;
  EXPECT_EQ(p[6].value, "anne@ehpad.fr");
  EXPECT_TRUE(Contains(p[7].message, "obligatoire")) << p[7].message;
  EXPECT_EQ(p[8].value.size(), 80u + std::string("…").size());  // values are shortened
}

TEST(RecipientImport, ValidRowsAreCountedEvenWhenTheFileIsRefused) {
  const auto result = ParseRecipients("email\na@ehpad.fr\nb@ehpad.fr\nmauvaise\n", "", Context());
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(result.rows.empty());
  EXPECT_EQ(result.new_count, 2u);
  EXPECT_EQ(result.error_count, 1u);
}

TEST(RecipientImport, NamesAreRecommended) {
  auto result = ParseRecipients("email\na@ehpad.fr\n", "", Context());
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.warning_count, 1u);
  EXPECT_EQ(result.problems[0].line, 0);
  EXPECT_TRUE(Contains(result.problems[0].message, "Pas de colonnes « prénom » et « nom »"));

  result = ParseRecipients("email;prénom;nom\na@ehpad.fr;;\nb@ehpad.fr;Bea;\nc@ehpad.fr;Cy;Do\n", "", Context());
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.rows.size(), 3u);
  ASSERT_EQ(result.warning_count, 2u) << Report(result);
  EXPECT_EQ(result.problems[0].line, 2);
  EXPECT_TRUE(Contains(result.problems[0].message, "Prénom et nom vides"));
  EXPECT_EQ(result.problems[1].column, "nom");
}

TEST(RecipientImport, WrongColumns) {
  std::string message = OnlyFileError(ParseRecipients("Identité;Téléphone\nAnne;0601\n", "", Context()));
  EXPECT_TRUE(Contains(message, "introuvable")) << message;
  EXPECT_TRUE(Contains(message, "« Identité », « Téléphone »")) << message;

  message = OnlyFileError(ParseRecipients("anne@ehpad.fr;Anne\nluc@ehpad.fr;Luc\n", "", Context()));
  EXPECT_TRUE(Contains(message, "n'a pas de titre")) << message;

  const auto twice = ParseRecipients("email;courriel;nom\na@b.fr;c@d.fr;X\n", "", Context());
  EXPECT_EQ(ErrorPlaces(twice), (std::vector<std::string>{"1:courriel"})) << Report(twice);
  EXPECT_TRUE(twice.rows.empty());
}

TEST(RecipientImport, HeadersInFrenchOrEnglish) {
  for (const char* header : {"email", "E-mail", "MAIL", "Courriel", "Adresse électronique", "adresse e-mail",
                             "Email address", "Adresse électronique (professionnelle) *"}) {
    EXPECT_EQ(FieldOfHeader(header), ImportField::kEmail) << header;
  }
  EXPECT_EQ(FieldOfHeader("Prénom"), ImportField::kFirstName);
  EXPECT_EQ(FieldOfHeader("first_name"), ImportField::kFirstName);
  EXPECT_EQ(FieldOfHeader(" NOM "), ImportField::kLastName);
  EXPECT_EQ(FieldOfHeader("Last Name"), ImportField::kLastName);
  EXPECT_EQ(FieldOfHeader("établissement"), ImportField::kSite);
  EXPECT_EQ(FieldOfHeader("Département"), ImportField::kDepartment);
  EXPECT_EQ(FieldOfHeader("department"), ImportField::kDepartment);
  EXPECT_EQ(FieldOfHeader("Famille de métiers"), ImportField::kJobFamily);
  EXPECT_EQ(FieldOfHeader("Fonction"), ImportField::kJobFamily);
  EXPECT_EQ(FieldOfHeader("Job family"), ImportField::kJobFamily);
  EXPECT_EQ(FieldOfHeader("Nom complet"), std::nullopt);
  EXPECT_EQ(FieldOfHeader(""), std::nullopt);
}

TEST(RecipientImport, XlsxReadsTheDestinatairesSheet) {
  const std::string bytes = MinimalXlsx({
      {"Notice", {{"Liste du personnel"}}},
      {"destinataires", {{"Liste de diffusion, mars"},  // a title row above the header
                         {},
                         {"Courriel", "s:Prénom", "Nom", "Service", "Famille de métier"},
                         {"s:anne@ehpad.fr", "r:An|ne", "Martin", "n:12", "IDE"},
                         {},
                         {"luc@ehpad.fr", "Luc", "e:#N/A", "", ""}}},
  });
  const auto result = ParseRecipients(bytes, "liste.xlsx", Context());
  EXPECT_EQ(result.format, ImportFormat::kXlsx);
  EXPECT_EQ(result.source, "XLSX, feuille « destinataires »");
  EXPECT_EQ(ErrorPlaces(result), (std::vector<std::string>{"6:Nom"})) << Report(result);
  EXPECT_TRUE(Contains(result.problems[0].message, "erreur de formule"));
  EXPECT_EQ(result.problems[0].value, "#N/A");
  EXPECT_EQ(result.new_count, 1u);
}

TEST(RecipientImport, XlsxFirstVisibleSheet) {
  const std::string bytes = MinimalXlsx({
      {"Cachée", {{"email"}, {"cache@ehpad.fr"}}, true},
      {"Liste", {{"email", "prénom", "nom"}, {"a@ehpad.fr", "A", "B"}, {"n:42", "C", "D"}}},
  });
  const auto result = ParseRecipients(bytes, "", Context());
  EXPECT_EQ(result.source, "XLSX, feuille « Liste »");
  EXPECT_EQ(ErrorPlaces(result), (std::vector<std::string>{"3:email"})) << Report(result);
  EXPECT_EQ(result.problems[0].value, "42");

  const auto fine = ParseRecipients(MinimalXlsx({{"Feuil1", {{"email", "prénom", "nom"}, {"A@Ehpad.fr", "A", "B"}}}}),
                                    "", Context());
  ASSERT_TRUE(fine.ok()) << Report(fine);
  ASSERT_EQ(fine.rows.size(), 1u);
  EXPECT_EQ(fine.rows[0].line, 2);
  EXPECT_EQ(fine.rows[0].fields.email, "a@ehpad.fr");

  const std::string message = OnlyFileError(ParseRecipients(MinimalXlsx({{"Cachée", {{"email"}}, true}}), "", Context()));
  EXPECT_TRUE(Contains(message, "aucune feuille visible")) << message;
}

TEST(RecipientImport, FilesThatAreNotLists) {
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients("", "vide.csv", Context())), "« vide.csv » est vide"));
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(600, '\0'),
                                                     "liste.xls", Context())),
                       "Excel 97-2003"));
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients(
                           MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}), "l.ods", Context())),
                       "OpenDocument"));
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients("PK\x03\x04 tronqué", "l.xlsx", Context())), "endommagé"));
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients("<html><table><tr><td>email</td></tr></table></html>", "l.xls",
                                                     Context())),
                       "page web"));
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients(std::string("\x89PNG\r\n\x1A\n\0\0\0", 11), "photo.png", Context())),
                       "ni un fichier CSV"));
  EXPECT_TRUE(Contains(OnlyFileError(ParseRecipients("email;nom\na@b.fr;\"Martin\n", "l.csv", Context())),
                       "Ligne 2 : "));
}

TEST(RecipientImport, Limits) {
  ImportContext ctx = Context();
  ctx.max_rows = 3;
  EXPECT_TRUE(ParseRecipients("email\na@b.fr\nb@b.fr\nc@b.fr\n", "", ctx).ok());
  std::string message = OnlyFileError(ParseRecipients("email\na@b.fr\nb@b.fr\nc@b.fr\nd@b.fr\n", "", ctx));
  EXPECT_TRUE(Contains(message, "plus de 3 personnes")) << message;
  std::string many = "email\n";
  for (int i = 0; i < 20; ++i) many += "p" + std::to_string(i) + "@b.fr\n";
  message = OnlyFileError(ParseRecipients(many, "", ctx));
  EXPECT_TRUE(Contains(message, "plus de 13 lignes")) << message;
  ctx.max_bytes = 10;
  message = OnlyFileError(ParseRecipients("email\na@b.fr\n", "", ctx));
  EXPECT_TRUE(Contains(message, "trop volumineux")) << message;
}

}  // namespace
}  // namespace vigie::awareness
