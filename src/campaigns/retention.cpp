#include "campaigns/retention.hpp"

#include "storage/awareness_settings_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"

namespace vigie::campaigns {

PurgeReport PurgeExpiredResults(storage::Database& db, const core::Clock& clock) {
  PurgeReport report;
  const long long now = clock.Now();
  db.Transact([&](storage::Session& s) {
    for (const auto& settings : storage::ListSettingsOfStructuresWithCampaigns(s)) {
      const long long before = now - settings.retention_months * kRetentionMonthSeconds;
      const long long unlinked = storage::PurgeIndividualResults(s, settings.structure_id, before, now);
      if (unlinked > 0) ++report.structures;
      report.targets_unlinked += unlinked;
    }
  });
  return report;
}

}  // namespace vigie::campaigns
