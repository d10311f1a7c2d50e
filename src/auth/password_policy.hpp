#pragma once
// Password rules: at least 12 characters, at most 256 bytes, not the account's email
// (or its part before '@'), not in the embedded list of common passwords
// (data/common_passwords.txt). Returns a French message for the first broken rule.

#include <optional>
#include <string>
#include <string_view>

namespace vigie::auth {

inline constexpr std::size_t kMinPasswordLength = 12;

std::optional<std::string> PasswordProblem(std::string_view password, std::string_view email);

// Number of Unicode code points in UTF-8 text (length as a person counts it).
std::size_t Utf8Length(std::string_view text);

std::string ToLowerAscii(std::string_view text);

}  // namespace vigie::auth
