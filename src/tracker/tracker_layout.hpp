#pragma once
// The layout of the action-plan tracker, shared by the writer and the reader: sheet
// names, the columns of "Plan d'action" with their French headers, and which of them
// the structure may edit. The reader finds columns by header text (case, accents,
// spaces and punctuation ignored), so a user may reorder them.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.hpp"

namespace vigie::tracker {

inline constexpr std::string_view kPlanSheet = "Plan d'action";
inline constexpr std::string_view kSummarySheet = "Synthèse";
inline constexpr std::string_view kGuideSheet = "Mode d'emploi";
inline constexpr std::string_view kKeySheet = "Vigie";         // hidden: the plan key
inline constexpr std::string_view kKeyName = "VigiePlanKey";   // defined name and custom property
inline constexpr std::string_view kFormatVersion = "vigie-tracker/1";

enum class Column {
  kItemId,        // hidden
  kRevision,      // hidden
  kDomain,
  kMeasure,
  kWhy,
  kHow,
  kPriority,
  kHorizon,
  kOwner,          // editable from here on
  kDueDate,
  kStatus,
  kProgress,
  kComment,
  kAbandonReason,
};
inline constexpr std::size_t kColumnCount = 14;

// All columns in the order the writer lays them out (column A first).
const std::array<Column, kColumnCount>& AllColumns();
std::string_view Header(Column column);
bool IsEditable(Column column);
// Required in an upload: the id and every editable column.
bool IsRequired(Column column);
// The column whose header is `text` (see FoldForMatch), if any.
std::optional<Column> ColumnOfHeader(std::string_view text);

using core::FoldForMatch;  // the tracker matches headers, sheets and statuses with it

// 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string ColumnLetters(std::size_t index);

}  // namespace vigie::tracker
