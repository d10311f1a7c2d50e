#include "awareness/campaign_state.hpp"

#include <array>
#include <utility>

namespace vigie::awareness {
namespace {

// One table per enum, in enum order: codes and labels stay side by side and parsing
// is the same lookup backwards.
constexpr std::array<std::pair<CampaignStatus, std::string_view>, 7> kStatusCodes = {{
    {CampaignStatus::kDraft, "draft"},
    {CampaignStatus::kAwaitingApproval, "awaiting_approval"},
    {CampaignStatus::kScheduled, "scheduled"},
    {CampaignStatus::kSending, "sending"},
    {CampaignStatus::kPaused, "paused"},
    {CampaignStatus::kCompleted, "completed"},
    {CampaignStatus::kCancelled, "cancelled"},
}};

constexpr std::array<std::string_view, 7> kStatusLabels = {
    "Brouillon",  "En attente d'approbation",
    "Programmée", "En cours d'envoi",
    "En pause",   "Terminée",
    "Annulée",
};

constexpr std::array<std::pair<CampaignMode, std::string_view>, 2> kModeCodes = {{
    {CampaignMode::kOperated, "operated"},
    {CampaignMode::kAutonomous, "autonomous"},
}};

constexpr std::array<std::pair<CampaignAction, std::string_view>, 10> kActionCodes = {{
    {CampaignAction::kSubmitForApproval, "submit"},
    {CampaignAction::kApprove, "approve"},
    {CampaignAction::kRejectApproval, "reject"},
    {CampaignAction::kSchedule, "schedule"},
    {CampaignAction::kLaunch, "launch"},
    {CampaignAction::kPause, "pause"},
    {CampaignAction::kResume, "resume"},
    {CampaignAction::kCancel, "cancel"},
    {CampaignAction::kComplete, "complete"},
    {CampaignAction::kStartSending, "start_sending"},
}};

template <typename Enum, std::size_t N>
constexpr bool InEnumOrder(const std::array<std::pair<Enum, std::string_view>, N>& table) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(table[i].first) != i) return false;
  }
  return true;
}
static_assert(InEnumOrder(kStatusCodes) && InEnumOrder(kModeCodes) && InEnumOrder(kActionCodes));

template <typename Enum, std::size_t N>
std::string_view CodeOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  return table[static_cast<std::size_t>(value)].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> Lookup(const std::array<std::pair<Enum, std::string_view>, N>& table,
                           std::string_view code) {
  for (const auto& [value, text] : table) {
    if (text == code) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view StatusCode(CampaignStatus status) { return CodeOf(kStatusCodes, status); }
std::optional<CampaignStatus> ParseStatus(std::string_view code) {
  return Lookup(kStatusCodes, code);
}
std::string_view StatusLabel(CampaignStatus status) {
  return kStatusLabels[static_cast<std::size_t>(status)];
}
std::string_view ModeCode(CampaignMode mode) { return CodeOf(kModeCodes, mode); }
std::optional<CampaignMode> ParseMode(std::string_view code) { return Lookup(kModeCodes, code); }
std::string_view ActionCode(CampaignAction action) { return CodeOf(kActionCodes, action); }
std::optional<CampaignAction> ParseAction(std::string_view code) {
  return Lookup(kActionCodes, code);
}

std::optional<CampaignStatus> NextStatus(CampaignMode mode, CampaignStatus from,
                                         CampaignAction action) {
  using A = CampaignAction;
  using S = CampaignStatus;
  const bool operated = mode == CampaignMode::kOperated;
  if (action == A::kCancel) {
    if (IsFinal(from)) return std::nullopt;
    return S::kCancelled;
  }
  switch (from) {
    case S::kDraft:
      if (action == A::kSubmitForApproval && !operated) return S::kAwaitingApproval;
      if (action == A::kSchedule && operated) return S::kScheduled;
      if (action == A::kLaunch && operated) return S::kSending;
      return std::nullopt;
    case S::kAwaitingApproval:
      if (action == A::kApprove) return S::kScheduled;
      if (action == A::kRejectApproval) return S::kDraft;
      return std::nullopt;
    case S::kScheduled:
      if (action == A::kLaunch || action == A::kStartSending) return S::kSending;
      return std::nullopt;
    case S::kSending:
      if (action == A::kPause) return S::kPaused;
      if (action == A::kComplete) return S::kCompleted;
      return std::nullopt;
    case S::kPaused:
      if (action == A::kResume) return S::kSending;
      if (action == A::kComplete) return S::kCompleted;
      return std::nullopt;
    case S::kCompleted:
    case S::kCancelled:
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<CampaignAction> AvailableActions(CampaignMode mode, CampaignStatus from) {
  std::vector<CampaignAction> actions;
  for (const auto& [action, code] : kActionCodes) {
    if (action != CampaignAction::kStartSending && NextStatus(mode, from, action)) {
      actions.push_back(action);
    }
  }
  return actions;
}

bool IsFinal(CampaignStatus status) {
  return status == CampaignStatus::kCompleted || status == CampaignStatus::kCancelled;
}

}  // namespace vigie::awareness
