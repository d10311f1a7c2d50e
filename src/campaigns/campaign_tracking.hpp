#pragma once
// Recording what a campaign e-mail's recipient did: opened (image), clicked (link),
// submitted (fake sign-in: only the fact, never what was typed) and reported.
//
// Unknown tokens, targets whose results were purged, cancelled campaigns and messages
// never sent record nothing: the caller shows a neutral page. A hit flagged as an
// automated scanner (awareness::ClassifyHit) is kept as an event but left out of the
// rates. Constant work per hit: one indexed lookup, one insert, one update.

#include <optional>
#include <string>

#include "awareness/scanner_detection.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

struct TrackedVisit {
  std::string campaign_id;
  std::string target_id;
  std::string structure_id;
  std::string region_id;
  std::string template_id;
  std::string recipient_id;
  awareness::ScannerSign sign = awareness::ScannerSign::kNone;
};

// The facts besides seconds_since_delivery, which this function fills from the
// target's sent_at. nullopt: nothing recorded, show the neutral page.
std::optional<TrackedVisit> RecordTrackingHit(storage::Database& db, const core::Clock& clock,
                                              const std::string& token, awareness::HitFacts facts);

// The same inside the caller's transaction (HitRecorder commits hits in batches).
std::optional<TrackedVisit> RecordTrackingHitIn(storage::Session& s, const core::Clock& clock,
                                                const std::string& token, awareness::HitFacts facts);

// Reads a token (shape check + lookup) without recording anything: for pages that
// must show the template again (the awareness page after a submit). nullopt as above.
std::optional<TrackedVisit> LookUpToken(storage::Database& db, const std::string& token);

}  // namespace vigie::campaigns
