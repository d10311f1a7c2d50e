#pragma once
// Internal to the template loader: rules on what a template says, beyond its shape.
// Shipped and edited templates must stay harmless and invented: no link leading
// anywhere but Vigie's tracked links, no real brand or public body named.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vigie::awareness::detail {

struct Finding {
  std::size_t offset = 0;  // in the text examined
  std::string what;        // the offending words, for the message
};

// A real brand, product or public body impersonated by phishing and named in `text`
// (whole words, ASCII case-insensitive). The list is short and deliberate: it catches
// the usual suspects, it does not certify a name as invented.
std::optional<Finding> FindRealBrand(std::string_view text);

// In an HTML body, an href, src or action whose value is not exactly {{link}} or
// {{report_link}}; in any body, an http(s) address whose host is not under the
// reserved .example, .test or .invalid names (RFC 2606), so a shown address never
// leads to a real site.
std::optional<Finding> FindForeignLink(std::string_view body, bool html);

// Whether `excerpt` occurs in `text` somewhere it does not overlap a placeholder (so
// it is still there, unchanged, once the e-mail is rendered).
bool ContainsOutsidePlaceholders(std::string_view text, std::string_view excerpt);

}  // namespace vigie::awareness::detail
