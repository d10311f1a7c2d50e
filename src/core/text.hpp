#pragma once
// Small text helpers shared by every module that reads what people type.

#include <string>
#include <string_view>

namespace vigie::core {

// `s` without leading and trailing spaces, tabs and line ends.
std::string Trim(std::string_view s);

}  // namespace vigie::core
