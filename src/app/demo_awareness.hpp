#pragma once
// Demo awareness data (demo_awareness.cpp).

#include <string>

#include "storage/database.hpp"

namespace vigie::app {

// Needs the structure's recipient groups to exist already.
void AddDemoAwareness(storage::Session& s, const std::string& region_id, const std::string& structure_id,
                      long long now);

}  // namespace vigie::app
