#pragma once
// The e-mail of a phishing simulation as the awareness pages show it: sender, subject
// and text body with each clue's excerpt highlighted and numbered, the numbered
// clues, the reflexes, and the labels of the fake sign-in page. Shared by the
// template preview (awareness_routes.cpp) and the pages a recipient reaches through
// the links of a campaign e-mail (recipient_path_routes.cpp). The matching markup is
// in the partials recipient_email and recipient_clues.

#include <cstddef>
#include <string>
#include <vector>

#include "awareness/render.hpp"
#include "awareness/template_model.hpp"
#include "web/templates.hpp"

namespace vigie::web {

// A piece of a text: plain (number 0) or the excerpt of clue `number` (1-based).
struct TextPart {
  std::string text;
  std::size_t number = 0;

  bool operator==(const TextPart&) const = default;
};

// `text` cut into plain and highlighted parts. Only clues whose target is in
// `targets` and whose excerpt is not empty are marked, at the excerpt's first
// occurrence; a clue overlapping one already marked (earlier in the clue order) is
// left out. Concatenating the parts gives `text` back.
std::vector<TextPart> HighlightParts(const std::string& text, const std::vector<awareness::Clue>& clues,
                                     const std::vector<awareness::ClueTarget>& targets);

// The parts as a view: [{text, mark: true, number: "1"} | {text}].
View HighlightedView(const std::vector<TextPart>& parts);

// The view the partials read:
//   sender, subject, body   highlighted parts (the sender line is "Name <address>",
//                           with " (réponse à …)" when the template has a reply-to)
//   clues                   [{number, title, explanation}] in the template's order
//   reflexes                [text]
//   login                   LoginPageView, for advanced templates only
//   advanced                true for advanced templates
// `email` is `phishing_template` rendered for the person (awareness::Render).
View PhishingView(const awareness::PhishingTemplate& phishing_template, const awareness::RenderedEmail& email);

// {page_title, product_name, heading, identifier_label, password_label, submit_label,
// help_text}: the labels of the fake sign-in page; help_text only when not empty.
View LoginPageView(const awareness::LoginPage& page);

}  // namespace vigie::web
