#pragma once
// A phishing-simulation campaign's life cycle: which status follows which action, in
// which mode (the full table is on NextStatus). Pure: who may act (roles, structures)
// is checked by the caller; this only says whether the move exists. In short: a draft
// is scheduled or launched directly when operated, or goes through its director's
// approval when autonomous; a sending campaign can be paused and resumed; every
// status but the two final ones (completed, cancelled) can be cancelled.

#include <optional>
#include <string_view>
#include <vector>

namespace vigie::awareness {

// Operated: run by a resource-centre consultant for one or several structures.
// Autonomous: run by a structure itself; its director must approve it before it can
// be scheduled or sent.
enum class CampaignMode { kOperated, kAutonomous };

enum class CampaignStatus {
  kDraft,
  kAwaitingApproval,
  kScheduled,
  kSending,
  kPaused,
  kCompleted,
  kCancelled
};

// kLaunch: a person sends a scheduled (or, operated, a draft) campaign now.
// kStartSending: the same move from scheduled, made by the system when the scheduled
// time comes; never offered to a person.
// kComplete: the system when every recipient is done, or a person closing it early.
enum class CampaignAction {
  kSubmitForApproval,
  kApprove,
  kRejectApproval,
  kSchedule,
  kLaunch,
  kPause,
  kResume,
  kCancel,
  kComplete,
  kStartSending,
};

// Stable codes (storage, API, forms): "draft", "awaiting_approval", "scheduled",
// "sending", "paused", "completed", "cancelled"; "operated", "autonomous"; "submit",
// "approve", "reject", "schedule", "launch", "pause", "resume", "cancel", "complete",
// "start_sending". Parse* accept the exact codes only, std::nullopt for anything else.
// Labels are French: "Brouillon", "En attente d'approbation", "Programmée"...
std::string_view StatusCode(CampaignStatus status);
std::optional<CampaignStatus> ParseStatus(std::string_view code);
std::string_view StatusLabel(CampaignStatus status);
std::string_view ModeCode(CampaignMode mode);
std::optional<CampaignMode> ParseMode(std::string_view code);
std::string_view ActionCode(CampaignAction action);
std::optional<CampaignAction> ParseAction(std::string_view code);

// The status after `action`, or std::nullopt when the action is not allowed from
// `from` in `mode`. Transitions (any mode unless said):
//   draft             submit -> awaiting_approval (autonomous only)
//                     schedule -> scheduled (operated only: autonomous needs approval)
//                     launch -> sending (operated only)
//                     cancel -> cancelled
//   awaiting_approval approve -> scheduled; reject -> draft; cancel -> cancelled
//   scheduled         launch -> sending; start_sending -> sending; cancel -> cancelled
//   sending           pause -> paused; complete -> completed; cancel -> cancelled
//   paused            resume -> sending; complete -> completed; cancel -> cancelled
//   completed, cancelled: none (final)
std::optional<CampaignStatus> NextStatus(CampaignMode mode, CampaignStatus from,
                                         CampaignAction action);

// The actions a person can take from `from` in `mode` (for buttons), in the order of
// CampaignAction; never kStartSending. Empty for a final status.
std::vector<CampaignAction> AvailableActions(CampaignMode mode, CampaignStatus from);

// Completed or cancelled: nothing follows.
bool IsFinal(CampaignStatus status);

}  // namespace vigie::awareness
