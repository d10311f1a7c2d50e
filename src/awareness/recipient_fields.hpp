#pragma once
// One person of a recipient list, as typed in a form or read from an imported file:
// the checks both entry points share.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace vigie::awareness {

struct RecipientInput {
  std::string email;
  std::string first_name;
  std::string last_name;
  std::string site;
  std::string department;
  std::string job_family;
};

// A plausible address for sending: one '@', a local part of allowed characters
// without leading, trailing or doubled dots, a domain of dot-separated labels
// (letters, digits, hyphens, not at a label's ends) with at least one dot, at most
// 254 characters. Not a full RFC 5321 parser: quoted local parts and address
// literals are refused on purpose (no real staff address uses them).
bool IsSendableEmail(std::string_view address);

// Case- and accent-insensitive key for matching names ("Bâtiment A" ~ "batiment a").
std::string MatchKey(std::string_view text);

// Trims every field, lower-cases the address, maps the site to the structure's own
// spelling when it matches one of `known_sites` (case and accents ignored), and
// returns one error per wrong field ("email", "first_name", "last_name", "site",
// "department", "job_family"). An unknown site is an error only when the structure
// has sites.
std::vector<core::FieldError> NormalizeRecipientInput(RecipientInput& input, const std::vector<std::string>& known_sites);

}  // namespace vigie::awareness
