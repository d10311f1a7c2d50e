#pragma once
// Escaping text for HTML and XML (mail bodies, SVG charts) built outside the
// template engine, which escapes by itself.

#include <string>
#include <string_view>

namespace vigie::core {

// & < > " ' become entities; everything else is copied.
std::string EscapeMarkup(std::string_view text);

}  // namespace vigie::core
