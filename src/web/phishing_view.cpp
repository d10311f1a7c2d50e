#include "web/phishing_view.hpp"

#include <algorithm>

namespace vigie::web {
namespace {

struct Mark {
  std::size_t at = 0;
  std::size_t size = 0;
  std::size_t number = 0;
};

bool Overlaps(const Mark& a, const Mark& b) { return a.at < b.at + b.size && b.at < a.at + a.size; }

}  // namespace

std::vector<TextPart> HighlightParts(const std::string& text, const std::vector<awareness::Clue>& clues,
                                     const std::vector<awareness::ClueTarget>& targets) {
  std::vector<Mark> marks;
  for (std::size_t i = 0; i < clues.size(); ++i) {
    const auto& clue = clues[i];
    if (clue.excerpt.empty() || std::find(targets.begin(), targets.end(), clue.target) == targets.end()) continue;
    const auto at = text.find(clue.excerpt);
    if (at == std::string::npos) continue;
    const Mark mark{at, clue.excerpt.size(), i + 1};
    if (std::none_of(marks.begin(), marks.end(), [&](const Mark& m) { return Overlaps(m, mark); })) {
      marks.push_back(mark);
    }
  }
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.at < b.at; });
  std::vector<TextPart> parts;
  std::size_t pos = 0;
  for (const auto& m : marks) {
    if (m.at > pos) parts.push_back({text.substr(pos, m.at - pos), 0});
    parts.push_back({text.substr(m.at, m.size), m.number});
    pos = m.at + m.size;
  }
  if (pos < text.size()) parts.push_back({text.substr(pos), 0});
  return parts;
}

View HighlightedView(const std::vector<TextPart>& parts) {
  View list = List();
  for (const auto& part : parts) {
    View p = Object();
    p.set("text", part.text);
    if (part.number > 0) {
      p.set("mark", true);
      p.set("number", std::to_string(part.number));
    }
    list.push_back(p);
  }
  return list;
}

View LoginPageView(const awareness::LoginPage& page) {
  View login = Object();
  login.set("page_title", page.page_title);
  login.set("product_name", page.product_name);
  login.set("heading", page.heading);
  login.set("identifier_label", page.identifier_label);
  login.set("password_label", page.password_label);
  login.set("submit_label", page.submit_label);
  if (!page.help_text.empty()) login.set("help_text", page.help_text);  // optional: {{#help_text}}
  return login;
}

View PhishingView(const awareness::PhishingTemplate& phishing_template, const awareness::RenderedEmail& email) {
  using awareness::ClueTarget;
  const auto& clues = phishing_template.clues;
  const std::string sender = email.sender_name + " <" + email.sender_address + ">" +
                             (email.reply_to.empty() ? "" : " (réponse à " + email.reply_to + ")");
  View v = Object();
  v.set("sender", HighlightedView(HighlightParts(sender, clues, {ClueTarget::kSender})));
  v.set("subject", HighlightedView(HighlightParts(email.subject, clues, {ClueTarget::kSubject})));
  v.set("body", HighlightedView(HighlightParts(email.text_body, clues,
                                               {ClueTarget::kLink, ClueTarget::kBody, ClueTarget::kAttachment,
                                                ClueTarget::kGreeting, ClueTarget::kUrgency,
                                                ClueTarget::kSignature})));
  View clue_list = List();
  for (std::size_t i = 0; i < clues.size(); ++i) {
    View c = Object();
    c.set("number", std::to_string(i + 1));
    c.set("title", clues[i].title);
    c.set("explanation", clues[i].explanation);
    clue_list.push_back(c);
  }
  v.set("clues", clue_list);
  View reflexes = List();
  for (const auto& r : phishing_template.reflexes) reflexes.push_back(View(r));
  v.set("reflexes", reflexes);
  v.set("advanced", phishing_template.kind == awareness::TemplateKind::kAdvanced);
  if (phishing_template.login_page) v.set("login", LoginPageView(*phishing_template.login_page));
  return v;
}

}  // namespace vigie::web
