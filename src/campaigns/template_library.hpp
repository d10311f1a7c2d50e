#pragma once
// The phishing templates a region can use: the catalogue compiled into the binary, plus
// the templates its resource centre wrote (stored as TOML, parsed again when used: a
// template saved by one process is seen at once by the others). Saving checks the text
// with the same loader as the catalogue, so a stored template always renders.

#include <memory>
#include <string>
#include <vector>

#include "awareness/template_model.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

using TemplatePtr = std::shared_ptr<const awareness::PhishingTemplate>;

// nullptr when the id is neither embedded nor one of the region's own.
TemplatePtr FindTemplateFor(storage::Session& s, const std::string& region_id, const std::string& id);
// The catalogue, then the region's own, by title.
std::vector<TemplatePtr> TemplatesFor(storage::Session& s, const std::string& region_id);
// Checks `toml` (every problem as "modèle:LINE: message") and stores it for the region:
// a new template when `replacing` is empty (its id must be free: not embedded, not
// another centre's), otherwise the one of that id, whose id the text must keep. Throws
// core::AppError kInvalid with one "toml" field error per problem.
awareness::PhishingTemplate SaveCustomTemplate(storage::Database& db, const core::Clock& clock,
                                               const std::string& region_id, const std::string& toml,
                                               const std::string& replacing, const std::string& actor_id);

}  // namespace vigie::campaigns
