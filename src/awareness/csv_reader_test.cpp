// ReadCsv on what French spreadsheets export: separators, encodings, quotes, line ends,
// and files that are not CSV or exceed the limits.

#include "awareness/csv_reader.hpp"

#include <gtest/gtest.h>

namespace vigie::awareness {
namespace {

using Fields = std::vector<std::string>;

CsvDocument Read(std::string_view bytes, const CsvLimits& limits = {}) {
  CsvDocument doc = ReadCsv(bytes, limits);
  EXPECT_TRUE(doc.ok()) << doc.message;
  return doc;
}

TEST(CsvReader, SemicolonsWithBomAndCrlf) {
  const auto doc = Read("\xEF\xBB\xBFPrénom;Nom;Email\r\nAnne;Martin;anne@ehpad.fr\r\n;;\r\n");
  EXPECT_EQ(doc.separator, ';');
  EXPECT_EQ(doc.encoding, CsvEncoding::kUtf8Bom);
  ASSERT_EQ(doc.rows.size(), 3u);
  EXPECT_EQ(doc.rows[0].fields, (Fields{"Prénom", "Nom", "Email"}));
  EXPECT_EQ(doc.rows[1].fields, (Fields{"Anne", "Martin", "anne@ehpad.fr"}));
  EXPECT_EQ(doc.rows[2].fields, (Fields{"", "", ""}));
  EXPECT_EQ(doc.rows[2].line, 3);
}

TEST(CsvReader, CommasQuotesAndLineBreaksInsideFields) {
  const auto doc = Read(
      "email,nom,commentaire\n"
      "a@b.fr,\"Martin, Anne\",\"Elle a dit \"\"bonjour\"\"\"\n"
      "c@d.fr,\"Deux\r\nlignes\nici\",\"\"\n"
      "\n"
      "e@f.fr,Durand,fin");  // no line end at the end
  EXPECT_EQ(doc.separator, ',');
  EXPECT_EQ(doc.encoding, CsvEncoding::kUtf8);
  ASSERT_EQ(doc.rows.size(), 4u);
  EXPECT_EQ(doc.rows[1].fields, (Fields{"a@b.fr", "Martin, Anne", "Elle a dit \"bonjour\""}));
  EXPECT_EQ(doc.rows[2].fields, (Fields{"c@d.fr", "Deux\nlignes\nici", ""}));
  EXPECT_EQ(doc.rows[2].line, 3);
  EXPECT_EQ(doc.rows[3].line, 7);  // the record of line 3 spans three lines, then a blank line
  EXPECT_EQ(doc.rows[3].fields, (Fields{"e@f.fr", "Durand", "fin"}));
}

TEST(CsvReader, SeparatorFromTheHeaderLine) {
  EXPECT_EQ(Read("email\tnom\na@b.fr\tX\n").separator, '\t');
  EXPECT_EQ(Read("email;nom,prénom\na;b\n").separator, ';');
  EXPECT_EQ(Read("\"a;b\",c,d\n").separator, ',');  // quoted separators do not count
  EXPECT_EQ(Read("email\na@b.fr\n").separator, ';');
  const auto doc = Read("\r\n\r\nemail,nom\r\na@b.fr,X\r\n");
  EXPECT_EQ(doc.separator, ',');
  ASSERT_EQ(doc.rows.size(), 2u);
  EXPECT_EQ(doc.rows[0].line, 3);
}

TEST(CsvReader, OldMacLineEnds) {
  const auto doc = Read("email;nom\ra@b.fr;X\rc@d.fr;Y");
  ASSERT_EQ(doc.rows.size(), 3u);
  EXPECT_EQ(doc.rows[2].line, 3);
}

TEST(CsvReader, Windows1252IsConverted) {
  // "Prénom;Nom" / "Hélène;Cœur – 50 €" as a French Windows writes them.
  const auto doc = Read("Pr\xE9nom;Nom\r\nH\xE9l\xE8ne;C\x9Cur \x96 50 \x80\r\n");
  EXPECT_EQ(doc.encoding, CsvEncoding::kWindows1252);
  ASSERT_EQ(doc.rows.size(), 2u);
  EXPECT_EQ(doc.rows[0].fields[0], "Prénom");
  EXPECT_EQ(doc.rows[1].fields, (Fields{"Hélène", "Cœur – 50 €"}));
  // Bytes Windows-1252 leaves undefined become U+FFFD.
  EXPECT_EQ(Read("a\x81;b\n").rows[0].fields[0], "a\xEF\xBF\xBD");
}

TEST(CsvReader, Utf16WithByteOrderMark) {
  const std::u16string text = u"email\tpr\u00E9nom\r\na@b.fr\tZo\u00E9\r\n";
  std::string le = "\xFF\xFE";
  std::string be = "\xFE\xFF";
  for (char16_t unit : text) {
    le += static_cast<char>(unit & 0xFF);
    le += static_cast<char>(unit >> 8);
    be += static_cast<char>(unit >> 8);
    be += static_cast<char>(unit & 0xFF);
  }
  for (const std::string& bytes : {le, be}) {
    const auto doc = Read(bytes);
    EXPECT_EQ(doc.encoding, CsvEncoding::kUtf16);
    EXPECT_EQ(doc.separator, '\t');
    ASSERT_EQ(doc.rows.size(), 2u);
    EXPECT_EQ(doc.rows[1].fields, (Fields{"a@b.fr", "Zoé"}));
  }
  EXPECT_EQ(ReadCsv("\xFF\xFE" "a").error, CsvError::kBinary);  // odd length
}

TEST(CsvReader, ErrorsNameTheLine) {
  auto doc = ReadCsv("email;nom\na@b.fr;\"Martin\nc@d.fr;X\n");
  EXPECT_EQ(doc.error, CsvError::kUnclosedQuote);
  EXPECT_EQ(doc.error_line, 2);
  EXPECT_EQ(doc.message.rfind("Ligne 2 : ", 0), 0u) << doc.message;
  EXPECT_TRUE(doc.rows.empty());

  doc = ReadCsv("email;nom\na@b.fr;X\nc@d.fr;\"Mar\"tin\n");
  EXPECT_EQ(doc.error, CsvError::kTextAfterQuote);
  EXPECT_EQ(doc.error_line, 3);
  EXPECT_TRUE(doc.rows.empty());

  EXPECT_TRUE(Read("a;\"b\"  ;c\n").ok());  // spaces after a closing quote are tolerated
  EXPECT_EQ(ReadCsv(std::string("email\0nom\n", 10)).error, CsvError::kBinary);
}

TEST(CsvReader, Limits) {
  CsvLimits limits;
  limits.max_rows = 3;
  limits.max_fields = 3;
  limits.max_field_bytes = 10;
  limits.max_bytes = 100;
  EXPECT_TRUE(Read("a;b;c\n1;2;3\n\n\n4;5;6\n", limits).ok());
  auto doc = ReadCsv("a\nb\nc\nd\n", limits);
  EXPECT_EQ(doc.error, CsvError::kTooManyRows);
  EXPECT_EQ(doc.error_line, 4);
  doc = ReadCsv("a;b;c\n1;2;3;4\n", limits);
  EXPECT_EQ(doc.error, CsvError::kTooManyFields);
  EXPECT_EQ(doc.error_line, 2);
  doc = ReadCsv("a\n\"0123456789A\"\n", limits);
  EXPECT_EQ(doc.error, CsvError::kFieldTooLong);
  EXPECT_EQ(doc.error_line, 2);
  EXPECT_EQ(ReadCsv(std::string(101, 'a'), limits).error, CsvError::kTooLarge);
  EXPECT_TRUE(Read("").rows.empty());
}

}  // namespace
}  // namespace vigie::awareness
