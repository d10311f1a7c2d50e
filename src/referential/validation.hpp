#pragma once
// Cross-file checks of a parsed referential (ids, references, cycles, levels). Appends
// "FILE:LINE: message" errors; sorts the domains by their order.

#include <string>
#include <vector>

#include "referential/model.hpp"

namespace vigie::referential {

void Validate(Referential& referential, const std::string& root_file, std::vector<std::string>& errors);

}  // namespace vigie::referential
