#pragma once
// The structure's action plan as the pages and the API use it: items added when a
// diagnostic is locked, read with their measure, and followed up with revisions (a
// stale edit is a conflict, never applied) and a history row per changed field.

#include <string>
#include <vector>

#include "actionplan/follow_up.hpp"
#include "actionplan/plan_summary.hpp"
#include "diagnostic/answers.hpp"
#include "referential/model.hpp"
#include "storage/action_plan_repository.hpp"
#include "storage/diagnostic_repository.hpp"
#include "web/templates.hpp"
#include "web/web_context.hpp"

namespace vigie::web {

// Adds a locked diagnostic's triggered measures to its structure's plan inside the
// caller's transaction (see actionplan/plan_builder.hpp). Returns the number added.
std::size_t AddDiagnosticToPlan(storage::Session& s, const referential::Referential& r,
                                const storage::DiagnosticRecord& d, const diagnostic::AnswerSet& answers,
                                long long now, const std::string& by);

// The action item named by the route's {id} (404 when absent) and its policy scope.
storage::ActionItemRecord ActionItemOfPath(Context& ctx);
tenancy::Scope ActionItemScopeOfPath(Context& ctx);

// Today in Paris, YYYY-MM-DD: the day against which due dates are late.
std::string TodayParis(const Context& ctx);
actionplan::ItemState StateOf(const storage::ActionItemRecord& item);
// "2027-03-31" -> "31/03/2027".
std::string FrenchDay(const std::string& iso);

// Which items a plan view shows and in which order: "priority" (P1 first), "owner"
// (grouped by owner, the unassigned last) or "overdue" (late items, oldest first).
std::vector<storage::ActionItemRecord> PlanView(std::vector<storage::ActionItemRecord> items, const std::string& view,
                                                const std::string& today);

// The plan in a few figures for the dashboard and the structure page: total, share
// done, overdue count, and the next open actions by due date (late ones first).
// Null when the viewer may not see the plan.
View ActionPlanDigest(Context& ctx, const tenancy::Scope& structure, std::size_t next_count = 3);

struct ItemUpdate {
  bool conflict = false;
  storage::ActionItemRecord item;  // as stored after the call
};
// Validates `follow_up` (AppError kInvalid naming the fields), then writes it if
// `expected_revision` is current, with history and an audit entry.
ItemUpdate UpdateActionItemFollowUp(Context& ctx, const std::string& id, actionplan::FollowUp follow_up,
                                    long long expected_revision);

}  // namespace vigie::web
