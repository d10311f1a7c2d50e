#pragma once
// FINESS numbers: 9 characters, a department code (two digits, 2A/2B for Corsica,
// or 97x/98x overseas), then digits, the last one a Luhn check digit over the first
// eight. The check digit is verified for all-digit numbers; Corsican numbers (with a
// letter) are checked for shape only, as the letter's weight in the key is not
// established in our sources.

#include <optional>
#include <string>
#include <string_view>

namespace vigie::tenancy {

// nullopt when valid; otherwise a French message saying what is wrong.
std::optional<std::string> FinessProblem(std::string_view finess);

// Appends the Luhn check digit to eight digits (demo data, tests).
std::string WithFinessCheckDigit(std::string_view eight_digits);

}  // namespace vigie::tenancy
