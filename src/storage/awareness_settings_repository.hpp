#pragma once
// A structure's awareness privacy settings and the people it allowed to see individual
// results (awareness, issue 5). A structure without a row has the defaults: 12 months
// of retention, the centre sees no individual result, information page not published.

#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

inline constexpr long long kDefaultRetentionMonths = 12;

struct AwarenessSettingsRecord {
  std::string structure_id;
  long long retention_months = kDefaultRetentionMonths;
  bool centre_sees_individuals = false;
  long long info_published_at = 0;  // 0: the staff information page is not published
  std::string info_published_by;
  long long updated_at = 0;
};

struct ResultViewerRecord {
  std::string user_id;
  std::string email;
  std::string display_name;
  std::string granted_by;
  long long granted_at = 0;
};

// The stored row, or the defaults for `structure_id`.
AwarenessSettingsRecord LoadAwarenessSettings(Session& s, const std::string& structure_id);
void SaveAwarenessSettings(Session& s, const AwarenessSettingsRecord& settings);
// Structures that have at least one finished campaign, with their retention (the purge's work list).
std::vector<AwarenessSettingsRecord> ListSettingsOfStructuresWithCampaigns(Session& s);

std::vector<ResultViewerRecord> ListResultViewers(Session& s, const std::string& structure_id);
bool IsResultViewer(Session& s, const std::string& structure_id, const std::string& user_id);
// False when already granted.
bool GrantResultViewer(Session& s, const std::string& structure_id, const std::string& user_id,
                       const std::string& granted_by, long long now);
bool RevokeResultViewer(Session& s, const std::string& structure_id, const std::string& user_id);

}  // namespace vigie::storage
