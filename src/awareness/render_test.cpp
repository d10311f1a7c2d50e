// Rendering: values escaped in the HTML part and verbatim elsewhere, the sender name
// reused by {{sender_name}}, and missing or unsafe values refused.

#include "awareness/render.hpp"

#include <gtest/gtest.h>

#include "awareness/template_loader.hpp"
#include "core/error.hpp"

namespace vigie::awareness {
namespace {

PhishingTemplate Sample() {
  PhishingTemplate t;
  t.id = "exemple";
  t.sender_name = "Support – {{structure_name}}";
  t.sender_address = "support@exemple-support.example";
  t.subject = "Bonjour {{first_name}} {{last_name}}";
  t.html_body = "<p>Bonjour {{first_name}},</p><p><a href=\"{{link}}\">Ouvrir</a></p><p>{{sender_name}}</p>"
                "{{tracking_pixel}}";
  t.text_body = "Bonjour {{first_name}},\nOuvrir : {{link}}\n{{sender_name}}\n";
  return t;
}

Placeholders Values() {
  Placeholders v;
  v.first_name = "<b>Zoé & \"Léo\"</b>";
  v.last_name = "O'Neil";
  v.structure_name = "EHPAD <Les Pins>";
  v.link = "https://vigie.test/c/abc?x=1&y=2";
  v.tracking_pixel_url = "https://vigie.test/o/abc.png";
  return v;
}

TEST(Render, EscapesValuesInHtmlOnly) {
  const RenderedEmail email = Render(Sample(), Values());
  EXPECT_EQ(email.sender_name, "Support – EHPAD <Les Pins>");
  EXPECT_EQ(email.sender_address, "support@exemple-support.example");
  EXPECT_EQ(email.subject, "Bonjour <b>Zoé & \"Léo\"</b> O'Neil");
  EXPECT_EQ(email.html_body,
            "<p>Bonjour &lt;b&gt;Zoé &amp; &quot;Léo&quot;&lt;/b&gt;,</p>"
            "<p><a href=\"https://vigie.test/c/abc?x=1&amp;y=2\">Ouvrir</a></p>"
            "<p>Support – EHPAD &lt;Les Pins&gt;</p>"
            "<img src=\"https://vigie.test/o/abc.png\" width=\"1\" height=\"1\" alt=\"\" "
            "style=\"display:block;border:0;width:1px;height:1px\">");
  EXPECT_EQ(email.text_body,
            "Bonjour <b>Zoé & \"Léo\"</b>,\nOuvrir : https://vigie.test/c/abc?x=1&y=2\nSupport – EHPAD <Les Pins>\n");
}

TEST(Render, AnEmptyValueIsAValueAndAnEmptyPixelIsLeftOut) {
  Placeholders values = Values();
  values.first_name = "";
  values.tracking_pixel_url = "";
  const RenderedEmail email = Render(Sample(), values);
  EXPECT_EQ(email.text_body.rfind("Bonjour ,\n", 0), 0u) << email.text_body;
  EXPECT_EQ(email.html_body.find("<img"), std::string::npos);
}

TEST(Render, MissingValuesAreAnErrorNamingEachPlaceholder) {
  Placeholders values = Values();
  values.first_name.reset();
  values.link.reset();
  values.report_link.reset();  // not used by the template: not needed
  try {
    (void)Render(Sample(), values);
    FAIL() << "rendering with missing values must fail";
  } catch (const core::AppError& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::kInvalid);
    ASSERT_EQ(e.fields().size(), 2u);
    EXPECT_EQ(e.fields()[0].field, "first_name");
    EXPECT_EQ(e.fields()[0].message, "valeur manquante pour {{first_name}}");
    EXPECT_EQ(e.fields()[1].field, "link");
  }
}

TEST(Render, UnsafeValuesAreRefused) {
  Placeholders values = Values();
  values.last_name = "Martin\r\nBcc: autre@exemple.example";  // header injection through the subject
  EXPECT_THROW((void)Render(Sample(), values), core::AppError);
  values = Values();
  values.link = "javascript:alert(1)";
  EXPECT_THROW((void)Render(Sample(), values), core::AppError);
  values = Values();
  values.first_name = std::string("L\xC3\x28");
  EXPECT_THROW((void)Render(Sample(), values), core::AppError);
}

TEST(Render, ParsedTemplateRendersIntoBothParts) {
  const PhishingTemplate* t = FindTemplate("mot-de-passe-expire");
  ASSERT_NE(t, nullptr);
  Placeholders values = Values();
  values.date = "12 mars 2026";
  const RenderedEmail email = Render(*t, values);
  EXPECT_EQ(email.sender_name, "Support informatique – EHPAD <Les Pins>");
  EXPECT_NE(email.html_body.find("le 12 mars 2026"), std::string::npos);
  EXPECT_NE(email.html_body.find("EHPAD &lt;Les Pins&gt;"), std::string::npos);
  EXPECT_NE(email.text_body.find("EHPAD <Les Pins>"), std::string::npos);
}

}  // namespace
}  // namespace vigie::awareness
