#pragma once
// Small text helpers shared by every module that reads what people type.

#include <string>
#include <string_view>

namespace vigie::core {

// `s` without leading and trailing spaces, tabs and line ends.
std::string Trim(std::string_view s);

// `text` for comparing what people type with a label: ASCII letters lower-cased,
// French letters without their accents (œ -> oe), every run of spaces, punctuation,
// typographic quotes and dashes one space, none at the ends; other characters kept.
// "  Échéance " -> "echeance"; "Motif d’abandon" -> "motif d abandon".
std::string FoldForMatch(std::string_view text);

}  // namespace vigie::core
