#pragma once
// Creating and editing a campaign before it is sent. Every field is checked and named;
// the template must exist, and the sending profile and groups must be the structure's.

#include <string>
#include <vector>

#include "awareness/campaign_state.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

struct DraftInput {
  std::string name;
  std::string template_id;
  std::string sending_profile_id;
  std::vector<std::string> group_ids;
  std::string scheduled_at;  // "2026-12-01T09:30" Paris time, or "" to launch by hand
};

// Throws core::AppError (Invalid with fields, NotFound for the structure).
storage::CampaignRecord CreateDraft(storage::Database& db, const core::Clock& clock, const std::string& structure_id,
                                    awareness::CampaignMode mode, const DraftInput& input,
                                    const std::string& actor_id, const std::string& wave_id = "");
// Only a draft can be edited; a stale revision is a Conflict.
storage::CampaignRecord UpdateDraft(storage::Database& db, const core::Clock& clock, const std::string& campaign_id,
                                    const DraftInput& input, long long expected_revision);

// The errors of the fields that do not depend on the structure (name, template, date):
// a wave checks them once before creating anything.
std::vector<core::FieldError> CheckSharedFields(storage::Database& db, const std::string& region_id,
                                               const DraftInput& input, long long now);

std::vector<std::string> SplitIds(const std::string& comma_separated);

}  // namespace vigie::campaigns
