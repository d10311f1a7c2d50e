#pragma once
// A phishing-simulation e-mail template, as loaded from data/awareness/templates/*.toml
// (format: docs/awareness-templates.md). Plain data; immutable once loaded. Every text
// is UTF-8 French; the bodies still hold their {{placeholders}} (see render.hpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::awareness {

// simple: one link, straight to the awareness page; advanced: the link opens a fake
// sign-in page first.
enum class TemplateKind { kSimple, kAdvanced };

// The part of the e-mail a clue points at, so the awareness page can highlight it.
enum class ClueTarget { kSender, kSubject, kLink, kBody, kAttachment, kGreeting, kUrgency, kSignature };

std::string_view KindName(TemplateKind kind);        // "simple" | "advanced"
std::string_view TargetName(ClueTarget target);      // "sender", "subject"...

// Why the e-mail should have alerted its reader, shown on the awareness page.
struct Clue {
  std::string id;           // unique within its template
  std::string title;        // a few words
  std::string explanation;  // plain French, one short paragraph
  ClueTarget target = ClueTarget::kBody;
  // An exact substring to highlight (empty = none). The loader has checked that it
  // occurs, outside any placeholder, in the sender (name, address or reply-to), the
  // subject, or — for every other target — in both the HTML and the text body.
  std::string excerpt;
};

// The fake sign-in page of an advanced template, drawn by Vigie's web layer. Labels
// only: what a recipient types is never sent to the server nor stored anywhere.
struct LoginPage {
  std::string page_title;        // the browser tab
  std::string product_name;      // invented and brand-free
  std::string heading;
  std::string identifier_label;
  std::string password_label;
  std::string submit_label;
  std::string help_text;         // optional small print under the form
};

struct PhishingTemplate {
  std::string id;       // [a-z0-9] words joined by '-', unique across the catalogue
  int version = 1;      // raised whenever the content changes
  std::string title;    // French, for the catalogue
  TemplateKind kind = TemplateKind::kSimple;
  int difficulty = 1;   // 1 (clues easy to see) .. 3 (subtle)

  std::string sender_name;     // may hold {{structure_name}}
  std::string sender_address;  // the address shown in From
  std::string reply_to;        // optional
  std::string subject;
  std::string html_body;
  std::string text_body;

  std::optional<LoginPage> login_page;  // set exactly for advanced templates
  std::vector<Clue> clues;              // 3 to 6
  std::vector<std::string> reflexes;    // 2 to 4 short lines of advice

  // Where the template was defined, for messages ("…/colis.toml:1").
  std::string file;
  long line = 0;
};

}  // namespace vigie::awareness
