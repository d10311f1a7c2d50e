#pragma once
// Renders a template for one recipient: its {{placeholders}} replaced by values,
// HTML-escaped in the HTML body, verbatim in the subject, the sender name and the
// text body. Pure: no clock, no randomness.

#include <optional>
#include <string>

#include "awareness/template_model.hpp"

namespace vigie::awareness {

// The values of one recipient's e-mail. Unset = missing: rendering a template that
// uses a missing value fails (an empty string is a value). {{sender_name}} is the
// template's own sender name, rendered; it needs no value here.
struct Placeholders {
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> structure_name;
  std::optional<std::string> date;                // already formatted, e.g. "12 mars 2026"
  std::optional<std::string> link;                // the recipient's tracked link, http(s)
  std::optional<std::string> report_link;         // where to report the message, http(s)
  std::optional<std::string> tracking_pixel_url;  // the open-tracking image; "" leaves it out
};

struct RenderedEmail {
  std::string sender_name;
  std::string sender_address;
  std::string reply_to;  // empty when the template has none
  std::string subject;
  std::string html_body;
  std::string text_body;
};

// Throws core::AppError (kInvalid, one field error per problem, named after the
// placeholder) when a used value is missing, holds a line break or a control
// character or is not UTF-8, or when a link or image address is not http(s). The
// template is trusted to have been validated by the loader.
RenderedEmail Render(const PhishingTemplate& phishing_template, const Placeholders& values);

}  // namespace vigie::awareness
