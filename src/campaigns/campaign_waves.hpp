#pragma once
// Operated mode for several structures at once (issue 5, "Campaigns"): a centre
// consultant launches the same simulation for the structures it accompanies. A wave is
// one campaign per structure sharing a wave_id, each with the structure's own sending
// profile (the first by name) and all its active recipient groups, so that every
// structure keeps its relay, its people and its privacy rules. A structure that cannot
// take part (no profile, nobody to send to, information page not published) is
// reported with the reason; the others go ahead.

#include <string>
#include <vector>

#include "awareness/campaign_state.hpp"
#include "campaigns/campaign_environment.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

struct WaveInput {
  std::string name;
  std::string template_id;
  std::string scheduled_at;  // "2026-12-01T09:30" Paris time, or "" to launch by hand
  std::vector<std::string> structure_ids;
};

// One structure's part in a wave: its campaign, or why it has none (or why the
// requested move did not apply to it).
struct WaveOutcome {
  std::string structure_id;
  std::string structure_name;
  std::string campaign_id;  // "" when no campaign was created
  std::string status;       // the campaign's status after the operation
  std::string problem;      // "" when everything went through
};

struct WaveResult {
  std::string wave_id;
  std::vector<WaveOutcome> outcomes;
};

// Throws core::AppError (kInvalid naming "structure_ids") when no structure is chosen
// or one is not in the region; every other refusal is an outcome's problem.
WaveResult CreateWave(storage::Database& db, const core::Clock& clock, const CampaignEnvironment& env,
                      const std::string& region_id, const WaveInput& input, const std::string& actor_id);

// Applies `action` to every campaign of the wave (each with the revision it has now).
// NotFound when the region has no such wave.
WaveResult ActOnWave(storage::Database& db, const core::Clock& clock, const CampaignEnvironment& env,
                     const std::string& region_id, const std::string& wave_id, awareness::CampaignAction action,
                     const std::string& actor_id);

// The wave's campaigns as outcomes (status, no problem). NotFound as above.
WaveResult LoadWave(storage::Database& db, const std::string& region_id, const std::string& wave_id);

}  // namespace vigie::campaigns
