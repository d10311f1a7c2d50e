#include "campaigns/campaign_drafts.hpp"

#include "campaigns/template_library.hpp"
#include "core/error.hpp"
#include "core/french_format.hpp"
#include "core/text.hpp"
#include "crypto/random.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage/tenancy_repository.hpp"

namespace vigie::campaigns {
namespace {

constexpr std::size_t kMaxNameLength = 120;

struct Checked {
  std::string name;
  std::string group_ids;
  long long scheduled_at = 0;
};

// The name, template and date: what does not depend on the structure.
Checked CheckShared(storage::Session& s, const std::string& region_id, const DraftInput& input, long long now,
                    std::vector<core::FieldError>& errors) {
  Checked out;
  out.name = core::Trim(input.name);
  if (out.name.empty()) errors.push_back({"name", "Donnez un nom à la campagne."});
  if (out.name.size() > kMaxNameLength) errors.push_back({"name", "Le nom dépasse 120 caractères."});
  if (!FindTemplateFor(s, region_id, input.template_id)) {
    errors.push_back({"template_id", "Choisissez un modèle de message du catalogue."});
  }
  const std::string when = core::Trim(input.scheduled_at);
  if (!when.empty()) {
    const auto at = core::ParseParisLocalDateTime(when);
    if (!at) {
      errors.push_back({"scheduled_at", "Date et heure attendues au format AAAA-MM-JJTHH:MM."});
    } else if (*at < now) {
      errors.push_back({"scheduled_at", "La date de programmation est déjà passée."});
    } else {
      out.scheduled_at = *at;
    }
  }
  return out;
}

// Checks `input` against the structure's own profiles and groups.
Checked Check(storage::Session& s, const std::string& structure_id, const DraftInput& input, long long now) {
  std::vector<core::FieldError> errors;
  const auto structure = storage::FindStructure(s, structure_id);
  Checked out = CheckShared(s, structure ? structure->region_id : "", input, now, errors);
  const auto profile = storage::FindSendingProfile(s, input.sending_profile_id);
  if (!profile || profile->structure_id != structure_id) {
    errors.push_back({"sending_profile_id", "Choisissez un profil d'envoi de la structure."});
  }
  long long members = 0;
  std::vector<std::string> seen;
  for (const std::string& id : input.group_ids) {
    if (id.empty() || std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    const auto group = storage::FindGroup(s, id);
    if (!group || group->structure_id != structure_id || group->archived_at != 0) {
      errors.push_back({"group_ids", "Un des groupes choisis n'est pas un groupe actif de la structure."});
      break;
    }
    members += group->member_count;
    seen.push_back(id);
  }
  if (seen.empty()) {
    errors.push_back({"group_ids", "Choisissez au moins un groupe de destinataires."});
  } else if (members == 0) {
    errors.push_back({"group_ids", "Les groupes choisis n'ont aucun destinataire actif."});
  }
  for (std::size_t i = 0; i < seen.size(); ++i) out.group_ids += (i ? "," : "") + seen[i];
  if (!errors.empty()) throw core::AppError::Invalid("La campagne n'a pas été enregistrée.", std::move(errors));
  return out;
}

}  // namespace

std::vector<core::FieldError> CheckSharedFields(storage::Database& db, const std::string& region_id,
                                               const DraftInput& input, long long now) {
  std::vector<core::FieldError> errors;
  db.Run([&](storage::Session& s) { CheckShared(s, region_id, input, now, errors); });
  return errors;
}

std::vector<std::string> SplitIds(const std::string& comma_separated) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : comma_separated + ",") {
    if (c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return out;
}

storage::CampaignRecord CreateDraft(storage::Database& db, const core::Clock& clock, const std::string& structure_id,
                                    awareness::CampaignMode mode, const DraftInput& input,
                                    const std::string& actor_id, const std::string& wave_id) {
  storage::CampaignRecord c;
  db.Transact([&](storage::Session& s) {
    const auto structure = storage::FindStructure(s, structure_id);
    if (!structure) throw core::AppError::NotFound();
    const long long now = clock.Now();
    const Checked checked = Check(s, structure_id, input, now);
    c.id = crypto::NewId();
    c.region_id = structure->region_id;
    c.structure_id = structure_id;
    c.wave_id = wave_id;
    c.mode = std::string(awareness::ModeCode(mode));
    c.name = checked.name;
    c.template_id = input.template_id;
    c.sending_profile_id = input.sending_profile_id;
    c.group_ids = checked.group_ids;
    c.status = std::string(awareness::StatusCode(awareness::CampaignStatus::kDraft));
    c.scheduled_at = checked.scheduled_at;
    c.created_by = actor_id;
    c.created_at = c.updated_at = now;
    storage::InsertCampaign(s, c);
  });
  return c;
}

storage::CampaignRecord UpdateDraft(storage::Database& db, const core::Clock& clock, const std::string& campaign_id,
                                    const DraftInput& input, long long expected_revision) {
  storage::CampaignRecord c;
  db.Transact([&](storage::Session& s) {
    auto found = storage::FindCampaign(s, campaign_id);
    if (!found) throw core::AppError::NotFound();
    c = *found;
    if (c.status != awareness::StatusCode(awareness::CampaignStatus::kDraft)) {
      throw core::AppError::Conflict("Seul un brouillon peut être modifié.");
    }
    const long long now = clock.Now();
    const Checked checked = Check(s, c.structure_id, input, now);
    c.name = checked.name;
    c.template_id = input.template_id;
    c.sending_profile_id = input.sending_profile_id;
    c.group_ids = checked.group_ids;
    c.scheduled_at = checked.scheduled_at;
    c.updated_at = now;
    if (!storage::UpdateCampaignDraft(s, c, expected_revision)) {
      throw core::AppError::Conflict("La campagne a été modifiée entre-temps ; rechargez la page.");
    }
    c.revision = expected_revision + 1;
  });
  return c;
}

}  // namespace vigie::campaigns
