#pragma once
// The follow-up of one action-plan item, as the structure edits it: owner, due date,
// status (À faire / En cours / Fait / Abandonné), the reason of an abandonment,
// progress and a comment. Validation is shared by the pages, the API and (later) the
// tracker upload, so every entry point refuses the same things with the same words.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace vigie::actionplan {

enum class Status { kTodo, kDoing, kDone, kAbandoned };

const std::vector<Status>& AllStatuses();
std::string_view StatusCode(Status status);   // "todo": stored, API
std::string_view StatusLabel(Status status);  // "À faire": UI, documents
std::optional<Status> ParseStatus(std::string_view code);
// An item still to act on: to do or under way.
bool IsOpen(std::string_view status_code);

struct FollowUp {
  std::string owner;           // a person or a role, free text
  std::string due_date;        // YYYY-MM-DD or empty
  std::string status = "todo";
  std::string abandon_reason;  // required when abandoned, cleared otherwise
  long long progress = 0;      // 0..100
  std::string comment;
};

// Normalizes `f` (trims text, 100 % when done, no reason unless abandoned) and
// returns one error per wrong field, named as the API names it.
std::vector<core::FieldError> ValidateFollowUp(FollowUp& f);

// True for a real calendar date written YYYY-MM-DD between 2000 and 2100.
bool IsIsoDate(std::string_view date);
// `date` (YYYY-MM-DD) plus `months`, the day clamped to the month's length.
std::string AddMonths(std::string_view date, int months);

}  // namespace vigie::actionplan
