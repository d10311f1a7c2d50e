#include "campaigns/campaign_tracking.hpp"

#include "campaigns/campaign_tokens.hpp"
#include "crypto/random.hpp"
#include "storage/campaign_tracking_repository.hpp"

namespace vigie::campaigns {
namespace {

std::string KindCode(awareness::HitKind kind) {
  switch (kind) {
    case awareness::HitKind::kOpen: return "open";
    case awareness::HitKind::kClick: return "click";
    case awareness::HitKind::kSubmit: return "submit";
    case awareness::HitKind::kReport: return "report";
  }
  return "open";
}

// Hits count only for a message that left, in a campaign still counting.
bool Counts(const storage::TrackedTarget& t) {
  return t.send_state == "sent" && t.campaign_status != "cancelled" && !t.recipient_id.empty();
}

TrackedVisit VisitOf(const storage::TrackedTarget& t) {
  TrackedVisit v;
  v.campaign_id = t.campaign_id;
  v.target_id = t.id;
  v.structure_id = t.structure_id;
  v.region_id = t.region_id;
  v.template_id = t.template_id;
  v.recipient_id = t.recipient_id;
  return v;
}

}  // namespace

std::optional<TrackedVisit> LookUpToken(storage::Database& db, const std::string& token) {
  if (!LooksLikeToken(token)) return std::nullopt;
  std::optional<storage::TrackedTarget> target;
  db.Run([&](storage::Session& s) { target = storage::FindTargetByTokenHash(s, TokenHash(token)); });
  if (!target || !Counts(*target)) return std::nullopt;
  return VisitOf(*target);
}

std::optional<TrackedVisit> RecordTrackingHitIn(storage::Session& s, const core::Clock& clock,
                                                const std::string& token, awareness::HitFacts facts) {
  if (!LooksLikeToken(token)) return std::nullopt;
  const auto target = storage::FindTargetByTokenHash(s, TokenHash(token));
  if (!target || !Counts(*target)) return std::nullopt;
  const long long now = clock.Now();
  facts.seconds_since_delivery = target->sent_at > 0 ? now - target->sent_at : -1;
  TrackedVisit visit = VisitOf(*target);
  visit.sign = awareness::ClassifyHit(facts);
  storage::Hit hit;
  hit.event_id = crypto::NewId();
  hit.target_id = target->id;
  hit.campaign_id = target->campaign_id;
  hit.kind = KindCode(facts.kind);
  hit.at = now;
  hit.scanner_sign = std::string(awareness::ScannerSignCode(visit.sign));
  storage::RecordHit(s, hit);
  return visit;
}

std::optional<TrackedVisit> RecordTrackingHit(storage::Database& db, const core::Clock& clock,
                                              const std::string& token, awareness::HitFacts facts) {
  if (!LooksLikeToken(token)) return std::nullopt;
  std::optional<TrackedVisit> visit;
  db.Transact([&](storage::Session& s) { visit = RecordTrackingHitIn(s, clock, token, facts); });
  return visit;
}

}  // namespace vigie::campaigns
