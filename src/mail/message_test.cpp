#include "mail/message.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <stdexcept>

#include "mail/mime.hpp"
#include "mail/mime_reader_for_tests.hpp"

namespace vigie::mail {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr core::UnixSeconds kSunday29Nov2026 = 1795957500;  // 13:05:00 UTC

MailMessage AsciiMessage() {
  MailMessage message;
  message.from_address = "noreply@vigie.example";
  message.from_name = "Vigie";
  message.to_address = "jean.dupont@example.test";
  message.to_name = "Jean Dupont";
  message.subject = "Your weekly report";
  message.text_body = "Hello Jean,\nYour report is ready.\n";
  return message;
}

MailMessage FrenchMessage() {
  MailMessage message;
  message.from_address = "noreply@vigie.example";
  message.from_name = "Vigie — Sécurité";
  message.to_address = "m.lefevre@example.test";
  message.to_name = "Mélanie Lefèvre";
  message.subject = "Invitation à rejoindre Vigie — Centre régional";
  message.text_body =
      "Bonjour Mélanie,\n\nVous êtes invitée à rejoindre l'espace « Centre régional » sur "
      "Vigie, la plateforme d'évaluation de la sécurité des établissements sociaux et "
      "médico-sociaux.\nCe lien expire dans 72 heures.\n";
  message.html_body =
      "<p>Bonjour Mélanie,</p><p>Vous êtes invitée à rejoindre l'espace "
      "« Centre régional ».</p>";
  return message;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

void ExpectCrlfOnlyAndShortLines(const std::string& rendered) {
  for (std::size_t i = 0; i < rendered.size(); ++i) {
    if (rendered[i] == '\n') {
      ASSERT_TRUE(i > 0 && rendered[i - 1] == '\r') << "bare LF at " << i;
    }
    if (rendered[i] == '\r') {
      ASSERT_TRUE(i + 1 < rendered.size() && rendered[i + 1] == '\n') << "bare CR at " << i;
    }
  }
  for (const std::string& line : Lines(rendered)) {
    EXPECT_LE(line.size(), kMaxLineLength) << line;
  }
}

TEST(RenderMessage, AsciiTextMessageGolden) {
  EXPECT_EQ(RenderMessage(AsciiMessage(), kSunday29Nov2026, "abc123@vigie.example"),
            "Date: Sun, 29 Nov 2026 13:05:00 +0000\r\n"
            "Message-ID: <abc123@vigie.example>\r\n"
            "From: Vigie <noreply@vigie.example>\r\n"
            "To: Jean Dupont <jean.dupont@example.test>\r\n"
            "Subject: Your weekly report\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Hello Jean,\r\n"
            "Your report is ready.\r\n");
}

TEST(RenderMessage, EmptyNamesGiveBareAddresses) {
  MailMessage message = AsciiMessage();
  message.from_name.clear();
  message.to_name.clear();
  const std::string rendered = RenderMessage(message, kSunday29Nov2026, "a@b.example");
  EXPECT_THAT(rendered, HasSubstr("\r\nFrom: noreply@vigie.example\r\n"));
  EXPECT_THAT(rendered, HasSubstr("\r\nTo: jean.dupont@example.test\r\n"));
}

TEST(RenderMessage, FrenchSubjectIsQEncodedFoldedAndDecodesBack) {
  const std::string rendered = RenderMessage(FrenchMessage(), kSunday29Nov2026, "id@vigie.example");
  // Checked against Python's email.header.decode_header as well.
  EXPECT_THAT(rendered,
              HasSubstr("\r\nSubject: =?UTF-8?Q?Invitation_=C3=A0_rejoindre_Vigie_=E2=80=94_Centre_r?=\r\n"
                        " =?UTF-8?Q?=C3=A9gional?=\r\n"));
  const testing::Entity entity = testing::ParseEntity(rendered);
  EXPECT_EQ(testing::DecodeHeader(entity.Header("Subject")),
            "Invitation à rejoindre Vigie — Centre régional");
  ExpectCrlfOnlyAndShortLines(rendered);
}

TEST(RenderMessage, NonAsciiDisplayNamesAreEncodedWords) {
  const std::string rendered = RenderMessage(FrenchMessage(), kSunday29Nov2026, "id@vigie.example");
  const testing::Entity entity = testing::ParseEntity(rendered);
  EXPECT_EQ(entity.Header("To"), "=?UTF-8?Q?M=C3=A9lanie_Lef=C3=A8vre?= <m.lefevre@example.test>");
  EXPECT_EQ(testing::DecodeHeader(entity.Header("To")),
            "Mélanie Lefèvre <m.lefevre@example.test>");
  EXPECT_EQ(testing::DecodeHeader(entity.Header("From")),
            "Vigie — Sécurité <noreply@vigie.example>");
}

TEST(RenderMessage, AsciiNamesWithSpecialsAreQuoted) {
  MailMessage message = AsciiMessage();
  message.to_name = "Dupont, Jean \"JD\"";
  message.from_name = "J. Martin";
  const testing::Entity entity =
      testing::ParseEntity(RenderMessage(message, kSunday29Nov2026, "a@b.example"));
  EXPECT_EQ(entity.Header("To"), R"("Dupont, Jean \"JD\"" <jean.dupont@example.test>)");
  EXPECT_EQ(entity.Header("From"), R"("J. Martin" <noreply@vigie.example>)");
}

TEST(RenderMessage, TextThatLooksEncodedIsEncodedSoItReadsLiterally) {
  MailMessage message = AsciiMessage();
  message.subject = "=?UTF-8?B?SGFjaw==?=";
  message.to_name = "=?UTF-8?Q?Admin?=";
  const testing::Entity entity =
      testing::ParseEntity(RenderMessage(message, kSunday29Nov2026, "a@b.example"));
  EXPECT_EQ(testing::DecodeHeader(entity.Header("Subject")), "=?UTF-8?B?SGFjaw==?=");
  EXPECT_EQ(testing::DecodeHeader(entity.Header("To")),
            "=?UTF-8?Q?Admin?= <jean.dupont@example.test>");
}

TEST(RenderMessage, LongSubjectsFoldWithinLineLimit) {
  MailMessage message = AsciiMessage();
  std::string french, english;
  for (int i = 0; i < 12; ++i) {
    french += "Évaluation n° " + std::to_string(i) + " : écarts de sécurité détectés ; ";
    english += "Security assessment number " + std::to_string(i) + " is ready ";
  }
  for (const std::string& subject : {french, english}) {
    message.subject = subject;
    const std::string rendered = RenderMessage(message, kSunday29Nov2026, "a@b.example");
    ExpectCrlfOnlyAndShortLines(rendered);
    EXPECT_EQ(testing::DecodeHeader(testing::ParseEntity(rendered).Header("Subject")), subject);
  }
}

TEST(RenderMessage, EncodedWordsNeverSplitACharacter) {
  const std::string text = "ééééééééééééééééééééééééééééééééééééééééééé — ✓✓✓✓✓✓✓✓ 😀😀😀😀😀";
  const std::vector<std::string> words = EncodeWords(text);
  ASSERT_GT(words.size(), 2u);
  std::string joined;
  for (const std::string& word : words) {
    EXPECT_LE(word.size(), kMaxEncodedWordLength);
    const std::string decoded = testing::DecodeHeader(word);
    EXPECT_TRUE(IsValidUtf8(decoded)) << word;
    joined += decoded;
  }
  EXPECT_EQ(joined, text);
}

TEST(RenderMessage, RefusesHeaderInjection) {
  MailMessage message = AsciiMessage();
  message.to_address = "a@b.test\r\nBcc: x@y";
  EXPECT_THROW(RenderMessage(message, kSunday29Nov2026, "a@b.example"), std::invalid_argument);

  message = AsciiMessage();
  message.subject = "Hello\r\nBcc: x@y.test";
  EXPECT_THROW(RenderMessage(message, kSunday29Nov2026, "a@b.example"), std::invalid_argument);

  message = AsciiMessage();
  message.to_name = "Jean\nBcc: x@y.test";
  EXPECT_THROW(RenderMessage(message, kSunday29Nov2026, "a@b.example"), std::invalid_argument);

  message = AsciiMessage();
  message.from_name = "Vigie\r";
  EXPECT_THROW(RenderMessage(message, kSunday29Nov2026, "a@b.example"), std::invalid_argument);

  EXPECT_THROW(RenderMessage(AsciiMessage(), kSunday29Nov2026, "a@b.example>\r\nBcc: x@y"),
               std::invalid_argument);
}

TEST(RenderMessage, ExtraHeadersFollowTheSubjectAndRefuseInjection) {
  MailMessage message = AsciiMessage();
  message.extra_headers = {{"X-Vigie-Simulation", "trimestre 1"}};
  const std::string out = RenderMessage(message, 1700000000, "id@vigie.example");
  EXPECT_NE(out.find("\r\nX-Vigie-Simulation: trimestre 1\r\nMIME-Version: 1.0\r\n"), std::string::npos) << out;
  message.extra_headers = {{"X-Vigie", "a\r\nBcc: victime@example.test"}};
  EXPECT_THROW(RenderMessage(message, 1700000000, "id@vigie.example"), std::invalid_argument);
  message.extra_headers = {{"Bcc", "victime@example.test"}};
  EXPECT_THROW(RenderMessage(message, 1700000000, "id@vigie.example"), std::invalid_argument);
}

TEST(RenderMessage, ErrorNamesTheFieldButNotTheValue) {
  MailMessage message = AsciiMessage();
  message.to_address = "secret.person@example.test\r\nBcc: x@y";
  try {
    RenderMessage(message, kSunday29Nov2026, "a@b.example");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_THAT(error.what(), HasSubstr("recipient address"));
    EXPECT_THAT(error.what(), Not(HasSubstr("secret.person")));
  }
}

TEST(RenderMessage, RefusesInvalidUtf8) {
  MailMessage message = AsciiMessage();
  message.subject = "R\xE9sum\xE9";  // Latin-1, not UTF-8
  EXPECT_THROW(RenderMessage(message, kSunday29Nov2026, "a@b.example"), std::invalid_argument);
  message = AsciiMessage();
  message.text_body = "caf\xC3";
  EXPECT_THROW(RenderMessage(message, kSunday29Nov2026, "a@b.example"), std::invalid_argument);
}

TEST(RenderMessage, MultipartAlternativeTextThenHtml) {
  const MailMessage message = FrenchMessage();
  const std::string rendered = RenderMessage(message, kSunday29Nov2026, "id@vigie.example");
  ExpectCrlfOnlyAndShortLines(rendered);
  const testing::Entity entity = testing::ParseEntity(rendered);
  EXPECT_EQ(entity.Header("MIME-Version"), "1.0");
  EXPECT_EQ(entity.Header("Date"), "Sun, 29 Nov 2026 13:05:00 +0000");
  EXPECT_EQ(entity.Header("Message-ID"), "<id@vigie.example>");
  const std::string content_type = entity.Header("Content-Type");
  ASSERT_THAT(content_type, HasSubstr("multipart/alternative; boundary=\""));
  const std::string boundary = testing::BoundaryOf(content_type);

  const std::vector<testing::Entity> parts = testing::SplitMultipart(entity.body, boundary);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].Header("Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(parts[1].Header("Content-Type"), "text/html; charset=UTF-8");
  for (const testing::Entity& part : parts) {
    EXPECT_EQ(part.Header("Content-Transfer-Encoding"), "quoted-printable");
  }
  EXPECT_EQ(testing::DecodeQuotedPrintable(parts[0].body), message.text_body);
  EXPECT_EQ(testing::DecodeQuotedPrintable(parts[1].body), message.html_body);
  EXPECT_THAT(rendered, ::testing::EndsWith("\r\n--" + boundary + "--\r\n"));
}

TEST(RenderMessage, BoundaryIsAFunctionOfTheMessageId) {
  MailMessage message = FrenchMessage();
  auto boundary_for = [&](std::string_view id) {
    return testing::BoundaryOf(
        testing::ParseEntity(RenderMessage(message, kSunday29Nov2026, id)).Header("Content-Type"));
  };
  EXPECT_EQ(boundary_for("one@vigie.example"), boundary_for("one@vigie.example"));
  EXPECT_NE(boundary_for("one@vigie.example"), boundary_for("two@vigie.example"));
  EXPECT_THAT(boundary_for("one@vigie.example"), ::testing::StartsWith("=_vigie_"));
}

TEST(QuotedPrintable, FrenchTextRoundTripsWithShortLines) {
  const std::string text =
      "Madame, Monsieur,\r\n"
      "Nous avons le plaisir de vous informer que l'évaluation de votre établissement — "
      "EHPAD « Les Tilleuls » — est terminée ; voici les 3 priorités : sauvegardes, "
      "mots de passe, mises à jour.\n"
      "a=b \n"
      ".\n"
      "Ligne finale avec tabulation\t\n"
      "Cordialement,\nL'équipe Vigie";
  const std::string encoded = EncodeQuotedPrintable(text);
  ExpectCrlfOnlyAndShortLines(encoded);
  EXPECT_THAT(encoded, HasSubstr("a=3Db=20\r\n"));
  EXPECT_THAT(encoded, HasSubstr("\r\n=2E\r\n"));
  EXPECT_THAT(encoded, HasSubstr("tabulation=09\r\n"));
  EXPECT_THAT(encoded, HasSubstr("l'=C3=A9valuation"));
  std::string expected = text;
  expected.erase(expected.find('\r'), 1);  // CRLF and LF both become line breaks
  EXPECT_EQ(testing::DecodeQuotedPrintable(encoded), expected);
}

TEST(QuotedPrintable, NeverSplitsAnEscape) {
  const std::string text(200, '=');
  const std::string encoded = EncodeQuotedPrintable(text);
  ExpectCrlfOnlyAndShortLines(encoded);
  for (const std::string& line : Lines(encoded)) {
    EXPECT_TRUE(std::regex_match(line, std::regex("(=3D)*=?"))) << line;
  }
  EXPECT_EQ(testing::DecodeQuotedPrintable(encoded), text);
}

TEST(MailDate, Rfc5322Format) {
  EXPECT_EQ(FormatMailDate(0), "Thu, 01 Jan 1970 00:00:00 +0000");
  EXPECT_EQ(FormatMailDate(kSunday29Nov2026), "Sun, 29 Nov 2026 13:05:00 +0000");
  EXPECT_EQ(FormatMailDate(1709251199), "Thu, 29 Feb 2024 23:59:59 +0000");
}

TEST(MailAddress, BasicValidation) {
  for (const char* valid : {"a@b", "jean.dupont@example.test", "x+tag@sub.example-site.fr",
                            "o'neil@example.test"}) {
    EXPECT_TRUE(IsValidMailAddress(valid)) << valid;
  }
  for (const char* invalid :
       {"", "@b.test", "a@", "a@@b.test", "a@b@c.test", "a b@c.test", "<a@b.test>", "a@b.test\r\n",
        "a@b.test\nBcc: x@y", ".a@b.test", "a..b@c.test", "a@b..test", "a@-b.test ", "é@b.test",
        "a@[127.0.0.1]", "\"a b\"@c.test", "a,b@c.test"}) {
    EXPECT_FALSE(IsValidMailAddress(invalid)) << invalid;
  }
  EXPECT_FALSE(IsValidMailAddress(std::string(65, 'a') + "@b.test"));
}

TEST(MessageId, RandomLeftPartAndGivenDomain) {
  std::set<std::string> ids;
  for (int i = 0; i < 100; ++i) {
    const std::string id = NewMessageId("vigie.example");
    EXPECT_TRUE(std::regex_match(id, std::regex("[0-9a-f]{32}@vigie\\.example"))) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 100u);
  EXPECT_THROW(NewMessageId("bad domain"), std::invalid_argument);
  EXPECT_THROW(NewMessageId("x>\r\nBcc: y"), std::invalid_argument);
}

}  // namespace
}  // namespace vigie::mail
