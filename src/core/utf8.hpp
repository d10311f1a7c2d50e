#pragma once
// UTF-8 well-formedness. Every text that enters Vigie from outside (forms, query
// strings, JSON, files) must be valid UTF-8: the JSON writer, the PDF layout and
// PostgreSQL all refuse anything else, so it is checked once at the door.

#include <string_view>

namespace vigie::core {

// Well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view text);

}  // namespace vigie::core
