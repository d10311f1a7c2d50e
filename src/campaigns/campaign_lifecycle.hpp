#pragma once
// A campaign's life after its draft: the actions people take (submit for approval,
// approve, schedule, launch, pause, resume, cancel, complete) and the system's own
// moves (start at the scheduled time, declare dead claims uncertain, complete).
//
// The allowed moves are awareness::NextStatus; this file adds what each move does to
// the data, in the same transaction as the status change:
//   - entering 'sending' the first time copies the groups' active members into
//     targets (one per address), in a random order, planned by the sending profile;
//   - resume plans the pending targets again from now, so a pause never ends in a burst;
//   - cancel and complete withdraw the pending targets (uncertain ones stay listed).
// Starting to send (by hand or at the scheduled time) needs the structure's staff
// information page to be published (privacy by design).

#include <string>

#include "awareness/campaign_state.hpp"
#include "campaigns/campaign_environment.hpp"
#include "core/clock.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

// Throws core::AppError: Conflict for a stale revision or a move not allowed from the
// current status, Invalid when a prerequisite is missing (information page, date,
// recipients, a valid sending profile), NotFound.
storage::CampaignRecord ApplyCampaignAction(storage::Database& db, const core::Clock& clock,
                                            const CampaignEnvironment& env, const std::string& campaign_id,
                                            awareness::CampaignAction action, long long expected_revision,
                                            const std::string& actor_id);

struct Housekeeping {
  long long started = 0;    // scheduled campaigns whose time came
  long long not_started = 0;  // due but refused (e.g. information page withdrawn); logged
  long long uncertain = 0;  // claims declared uncertain
  long long completed = 0;  // campaigns whose every target is settled
};

// The system's moves, run every few seconds by the dispatcher. Safe to run from
// several processes at once (every move is a guarded update).
Housekeeping RunHousekeeping(storage::Database& db, const core::Clock& clock, const CampaignEnvironment& env);

}  // namespace vigie::campaigns
