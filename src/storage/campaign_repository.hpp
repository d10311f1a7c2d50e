#pragma once
// Phishing-simulation campaigns (awareness, issue 5): the campaign rows and the people
// they target. The send queue lives in campaign_send_repository.hpp, tracking and
// results in campaign_tracking_repository.hpp.
//
// Status changes go through UpdateCampaignStatus with the revision the caller read, so
// two people pausing and cancelling at once never both win.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage/list_query.hpp"

namespace vigie::storage {

struct CampaignRecord {
  std::string id;
  std::string region_id;
  std::string structure_id;
  std::string wave_id;  // shared by the campaigns of one operated launch; "" alone
  std::string mode;     // awareness::ModeCode
  std::string name;
  std::string template_id;
  std::string sending_profile_id;
  std::string group_ids;  // comma-separated, in the order chosen
  std::string status;     // awareness::StatusCode
  long long scheduled_at = 0;  // 0: launch by hand
  long long started_at = 0;
  long long completed_at = 0;
  std::string created_by;
  std::string approved_by;
  long long approved_at = 0;
  long long target_count = 0;
  long long revision = 1;
  long long created_at = 0;
  long long updated_at = 0;
};

// The fields a status change writes besides the status.
struct CampaignStatusChange {
  std::string status;
  long long expected_revision = 0;
  long long now = 0;
  std::optional<long long> scheduled_at;
  std::optional<long long> started_at;
  std::optional<long long> completed_at;
  std::optional<std::string> approved_by;  // with approved_at = now
};

// One person a campaign is sent to, as copied at launch.
struct NewTarget {
  std::string id;
  std::string recipient_id;
  std::string pseudonym;
  std::string token_hash;  // crypto::Sha256Hex of the e-mail's token
  std::string group_id;
  std::string site;
  std::string department;
  std::string job_family;
  long long planned_at = 0;
};

void InsertCampaign(Session& s, const CampaignRecord& c);
std::optional<CampaignRecord> FindCampaign(Session& s, const std::string& id);
Page<CampaignRecord> ListCampaigns(Session& s, const TenantFilter& filter, const PageRequest& page);
std::vector<CampaignRecord> ListStructureCampaigns(Session& s, const std::string& structure_id);
// Campaigns in `status` whose scheduled_at is set and <= now (the scheduler's due list).
std::vector<CampaignRecord> ListDueScheduledCampaigns(Session& s, long long now);
std::vector<CampaignRecord> ListCampaignsInStatus(Session& s, const std::string& status);

// The campaigns of one operated launch (a wave) in the region, by structure name.
std::vector<CampaignRecord> ListWaveCampaigns(Session& s, const std::string& region_id, const std::string& wave_id);
struct WaveSummary {
  std::string wave_id;
  std::string name;
  long long campaigns = 0;
  long long created_at = 0;
};
// The region's waves, newest first.
std::vector<WaveSummary> ListRegionWaves(Session& s, const std::string& region_id);

// False (nothing written) when the stored revision is not expected_revision.
bool UpdateCampaignStatus(Session& s, const std::string& id, const CampaignStatusChange& change);
// Name, template, profile, groups and schedule of a draft; false on a stale revision.
bool UpdateCampaignDraft(Session& s, const CampaignRecord& c, long long expected_revision);

// Inserts every target in one prepared statement and sets the campaign's target_count.
void InsertTargets(Session& s, const std::string& campaign_id, const std::vector<NewTarget>& targets);

}  // namespace vigie::storage
