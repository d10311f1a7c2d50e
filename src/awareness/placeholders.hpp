#pragma once
// The {{placeholders}} of templates: their names, where each may appear, and the one
// scanner that both the loader (to validate) and the renderer (to substitute) use.

#include <cstddef>
#include <string_view>
#include <vector>

namespace vigie::awareness {

// Every placeholder name, without braces, in documentation order.
const std::vector<std::string_view>& PlaceholderNames();
bool IsPlaceholderName(std::string_view name);

// Which placeholders each templated field accepts. Any other field accepts none.
const std::vector<std::string_view>& SenderNamePlaceholders();  // structure_name
const std::vector<std::string_view>& SubjectPlaceholders();     // names, structure, sender, date
const std::vector<std::string_view>& HtmlBodyPlaceholders();    // all
const std::vector<std::string_view>& TextBodyPlaceholders();    // all but tracking_pixel

// One "{{…}}" in a text. `name` is what lies between the braces (any characters);
// `closed` is false for a "{{" without "}}" on the same line, within 64 bytes.
struct PlaceholderUse {
  std::string_view name;
  std::size_t offset = 0;  // of "{{"
  std::size_t length = 0;  // through "}}" (or to the end of the line when not closed)
  bool closed = true;
};

// Every use in `text`, in order; the views point into `text`.
std::vector<PlaceholderUse> FindPlaceholders(std::string_view text);

}  // namespace vigie::awareness
