// Campaign life cycle: every mode x status x action against a written table, the
// buttons offered, codes and labels.

#include "awareness/campaign_state.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace vigie::awareness {
namespace {

using A = CampaignAction;
using M = CampaignMode;
using S = CampaignStatus;

const std::vector<M> kModes = {M::kOperated, M::kAutonomous};
const std::vector<S> kStatuses = {S::kDraft,  S::kAwaitingApproval, S::kScheduled, S::kSending,
                                  S::kPaused, S::kCompleted,        S::kCancelled};
const std::vector<A> kActions = {A::kSubmitForApproval,
                                 A::kApprove,
                                 A::kRejectApproval,
                                 A::kSchedule,
                                 A::kLaunch,
                                 A::kPause,
                                 A::kResume,
                                 A::kCancel,
                                 A::kComplete,
                                 A::kStartSending};

struct Move {
  std::optional<M> only_in;  // nullopt: both modes
  S from;
  A action;
  S to;
};

// Every allowed move; anything not listed must be refused.
const std::vector<Move> kAllowed = {
    {M::kAutonomous, S::kDraft, A::kSubmitForApproval, S::kAwaitingApproval},
    {M::kOperated, S::kDraft, A::kSchedule, S::kScheduled},
    {M::kOperated, S::kDraft, A::kLaunch, S::kSending},
    {std::nullopt, S::kDraft, A::kCancel, S::kCancelled},
    {std::nullopt, S::kAwaitingApproval, A::kApprove, S::kScheduled},
    {std::nullopt, S::kAwaitingApproval, A::kRejectApproval, S::kDraft},
    {std::nullopt, S::kAwaitingApproval, A::kCancel, S::kCancelled},
    {std::nullopt, S::kScheduled, A::kLaunch, S::kSending},
    {std::nullopt, S::kScheduled, A::kStartSending, S::kSending},
    {std::nullopt, S::kScheduled, A::kCancel, S::kCancelled},
    {std::nullopt, S::kSending, A::kPause, S::kPaused},
    {std::nullopt, S::kSending, A::kComplete, S::kCompleted},
    {std::nullopt, S::kSending, A::kCancel, S::kCancelled},
    {std::nullopt, S::kPaused, A::kResume, S::kSending},
    {std::nullopt, S::kPaused, A::kComplete, S::kCompleted},
    {std::nullopt, S::kPaused, A::kCancel, S::kCancelled},
};

std::optional<S> Expected(M mode, S from, A action) {
  for (const Move& m : kAllowed) {
    if ((!m.only_in || *m.only_in == mode) && m.from == from && m.action == action) return m.to;
  }
  return std::nullopt;
}

TEST(CampaignState, EveryModeStatusAndActionFollowsTheTable) {
  int allowed = 0;
  for (const M mode : kModes) {
    for (const S from : kStatuses) {
      for (const A action : kActions) {
        SCOPED_TRACE(std::string(ModeCode(mode)) + " " + std::string(StatusCode(from)) + " " +
                     std::string(ActionCode(action)));
        const auto expected = Expected(mode, from, action);
        EXPECT_EQ(NextStatus(mode, from, action), expected);
        if (expected) ++allowed;
      }
    }
  }
  EXPECT_EQ(allowed, 2 * 16 - 3);  // 13 moves in both modes, 2 operated, 1 autonomous
}

TEST(CampaignState, AutonomousCampaignsNeedApproval) {
  EXPECT_EQ(NextStatus(M::kAutonomous, S::kDraft, A::kSchedule), std::nullopt);
  EXPECT_EQ(NextStatus(M::kAutonomous, S::kDraft, A::kLaunch), std::nullopt);
  EXPECT_EQ(NextStatus(M::kOperated, S::kDraft, A::kSubmitForApproval), std::nullopt);
}

TEST(CampaignState, ButtonsOffered) {
  EXPECT_EQ(AvailableActions(M::kOperated, S::kDraft),
            (std::vector<A>{A::kSchedule, A::kLaunch, A::kCancel}));
  EXPECT_EQ(AvailableActions(M::kAutonomous, S::kDraft),
            (std::vector<A>{A::kSubmitForApproval, A::kCancel}));
  EXPECT_EQ(AvailableActions(M::kAutonomous, S::kAwaitingApproval),
            (std::vector<A>{A::kApprove, A::kRejectApproval, A::kCancel}));
  EXPECT_EQ(AvailableActions(M::kOperated, S::kScheduled),
            (std::vector<A>{A::kLaunch, A::kCancel}));
  EXPECT_EQ(AvailableActions(M::kOperated, S::kSending),
            (std::vector<A>{A::kPause, A::kCancel, A::kComplete}));
  EXPECT_EQ(AvailableActions(M::kAutonomous, S::kPaused),
            (std::vector<A>{A::kResume, A::kCancel, A::kComplete}));
  for (const M mode : kModes) {
    EXPECT_TRUE(AvailableActions(mode, S::kCompleted).empty());
    EXPECT_TRUE(AvailableActions(mode, S::kCancelled).empty());
    for (const S from : kStatuses) {
      for (const A action : AvailableActions(mode, from)) {
        EXPECT_NE(action, A::kStartSending);
        EXPECT_TRUE(NextStatus(mode, from, action).has_value());
      }
    }
  }
}

TEST(CampaignState, FinalStatuses) {
  for (const S s : kStatuses) EXPECT_EQ(IsFinal(s), s == S::kCompleted || s == S::kCancelled);
}

TEST(CampaignState, CodesRoundTrip) {
  for (const S s : kStatuses) EXPECT_EQ(ParseStatus(StatusCode(s)), s);
  for (const M m : kModes) EXPECT_EQ(ParseMode(ModeCode(m)), m);
  for (const A a : kActions) EXPECT_EQ(ParseAction(ActionCode(a)), a);
  EXPECT_EQ(StatusCode(S::kAwaitingApproval), "awaiting_approval");
  EXPECT_EQ(ModeCode(M::kAutonomous), "autonomous");
  EXPECT_EQ(ActionCode(A::kSubmitForApproval), "submit");
  EXPECT_EQ(ActionCode(A::kRejectApproval), "reject");
  EXPECT_EQ(ActionCode(A::kStartSending), "start_sending");
  EXPECT_EQ(ParseStatus("Draft"), std::nullopt);
  EXPECT_EQ(ParseStatus(""), std::nullopt);
  EXPECT_EQ(ParseMode("operé"), std::nullopt);
  EXPECT_EQ(ParseAction("submit_for_approval"), std::nullopt);
}

TEST(CampaignState, FrenchLabels) {
  const std::vector<std::string_view> expected = {"Brouillon",  "En attente d'approbation",
                                                  "Programmée", "En cours d'envoi",
                                                  "En pause",   "Terminée",
                                                  "Annulée"};
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    EXPECT_EQ(StatusLabel(kStatuses[i]), expected[i]);
  }
}

}  // namespace
}  // namespace vigie::awareness
