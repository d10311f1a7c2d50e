#pragma once
// French typography for plain text shown in the deliverables (PDF, XLSX, web).

#include <string>
#include <string_view>

namespace vigie::report {

inline constexpr std::string_view kNoBreakSpace = "\u00A0";        // before ":" and inside « »
inline constexpr std::string_view kNarrowNoBreakSpace = "\u202F";  // before ";", "!" and "?"

// Puts the no-break spaces French typography asks for: a narrow one (U+202F) before
// ";", "!" and "?", a normal one (U+00A0) before ":" and inside « ». An ordinary space
// already there is replaced; a mark glued to a word gets one inserted only when it
// ends the word (followed by a space, the end of the text or closing punctuation), so
// "https://x", "14:30" and "a?b=1" are left alone. Idempotent. Takes and
// returns plain UTF-8 text: apply it before escaping, never to markup (entities end
// with ";").
std::string FrenchTypography(std::string_view text);

// A decimal number the French way: 2.456 with 1 decimal -> "2,5"; negative zero is
// shown as "0".
std::string FormatDecimal(double value, int decimals);

}  // namespace vigie::report
