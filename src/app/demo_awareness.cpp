// Demo awareness history of EHPAD Les Tilleuls: a sending profile at a reserved
// .example relay, the staff information page published, and two finished phishing
// simulations a quarter apart, so that the results, the trend and the repeat clickers
// have something to show. Nothing here can reach a real mailbox: the relay and every
// address are reserved names, and the links' tokens are random (they open nothing).

#include "app/demo_awareness.hpp"

#include "crypto/hash.hpp"
#include "crypto/random.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/sending_profile_repository.hpp"

namespace vigie::app {
namespace {

constexpr long long kDay = 86400;

// What each person did, by position in the campaign's target list.
struct Behaviour {
  bool opened;
  bool clicked;
  bool submitted;
  bool reported;
};

void AddCampaign(storage::Session& s, const std::string& region_id, const std::string& structure_id,
                 const std::string& profile_id, const std::vector<storage::GroupRecord>& groups,
                 const std::string& name, const std::string& template_id, long long started_at,
                 const std::vector<Behaviour>& behaviours) {
  storage::CampaignRecord c;
  c.id = crypto::NewId();
  c.region_id = region_id;
  c.structure_id = structure_id;
  c.mode = "operated";
  c.name = name;
  c.template_id = template_id;
  c.sending_profile_id = profile_id;
  for (std::size_t i = 0; i < groups.size(); ++i) c.group_ids += (i ? "," : "") + groups[i].id;
  c.status = "completed";
  c.started_at = started_at;
  c.completed_at = started_at + 2 * kDay;
  c.created_by = "demo";
  c.created_at = c.updated_at = started_at - kDay;
  storage::InsertCampaign(s, c);
  std::vector<storage::NewTarget> targets;
  for (const auto& g : groups) {
    for (const auto& r : storage::ListActiveRecipients(s, g.id)) {
      targets.push_back({crypto::NewId(), r.id, r.pseudonym, crypto::Sha256Hex(crypto::NewId()), g.id, r.site,
                         r.department, r.job_family, started_at + static_cast<long long>(targets.size()) * 120});
    }
  }
  storage::InsertTargets(s, c.id, targets);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto& t = targets[i];
    storage::ClaimNextDueTarget(s, c.id, t.planned_at, "demo");
    storage::MarkTargetSent(s, t.id, "demo", t.planned_at);
    const Behaviour b = behaviours[i % behaviours.size()];
    long long at = t.planned_at + 3600 + static_cast<long long>(i) * 600;
    auto hit = [&](const char* kind, const char* sign = "none") {
      storage::RecordHit(s, {crypto::NewId(), t.id, c.id, kind, at, sign});
      at += 90;
    };
    if (i % 4 == 0) storage::RecordHit(s, {crypto::NewId(), t.id, c.id, "click", t.planned_at + 3, "too_soon"});
    if (b.opened) hit("open");
    if (b.clicked) hit("click");
    if (b.submitted) hit("submit");
    if (b.reported) hit("report");
  }
}

}  // namespace

void AddDemoAwareness(storage::Session& s, const std::string& region_id, const std::string& structure_id,
                      long long now) {
  storage::SendingProfileRecord p;
  p.id = crypto::NewId();
  p.structure_id = structure_id;
  p.region_id = region_id;
  p.name = "Messagerie de l'EHPAD";
  p.host = "smtp.tilleuls.example";
  p.port = 587;
  p.security = "starttls";
  p.envelope_from = "simulations@tilleuls.example";
  p.header_name = "X-Vigie-Simulation";
  p.header_value = "exercice-autorise";
  p.rate_per_minute = 30;
  p.window_start = 8 * 60 + 30;
  p.window_end = 17 * 60 + 30;
  p.days = "1,2,3,4,5";
  p.spread_days = 2;
  p.created_at = p.updated_at = now - 200 * kDay;
  storage::InsertSendingProfile(s, p);
  storage::AwarenessSettingsRecord settings;
  settings.structure_id = structure_id;
  settings.info_published_at = settings.updated_at = now - 190 * kDay;
  settings.info_published_by = "demo";
  storage::SaveAwarenessSettings(s, settings);
  const auto groups = storage::ListGroups(s, structure_id, false);
  // The first exercise: an easy parcel notice, many clicks, few reports.
  AddCampaign(s, region_id, structure_id, p.id, groups, "Avis de passage d'un colis", "colis-avis-de-passage",
              now - 150 * kDay,
              {{true, true, false, false}, {true, false, false, true}, {true, true, false, false},
               {false, false, false, false}, {true, true, false, false}});
  // A quarter later, a fake password expiry with a sign-in page: fewer clicks, more reports.
  AddCampaign(s, region_id, structure_id, p.id, groups, "Expiration du mot de passe", "mot-de-passe-expire",
              now - 45 * kDay,
              {{true, true, true, false}, {true, false, false, true}, {true, false, false, true},
               {false, false, false, false}, {true, false, false, true}});
}

}  // namespace vigie::app
