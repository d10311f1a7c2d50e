#include "tracker/tracker_layout.hpp"

#include "xlsx/cell.hpp"

namespace vigie::tracker {

const std::array<Column, kColumnCount>& AllColumns() {
  static const std::array<Column, kColumnCount> kAll = {
      Column::kItemId, Column::kRevision, Column::kDomain,   Column::kMeasure,  Column::kWhy,
      Column::kHow,    Column::kPriority, Column::kHorizon,  Column::kOwner,    Column::kDueDate,
      Column::kStatus, Column::kProgress, Column::kComment,  Column::kAbandonReason};
  return kAll;
}

std::string_view Header(Column column) {
  switch (column) {
    case Column::kItemId: return "Identifiant Vigie";
    case Column::kRevision: return "Révision";
    case Column::kDomain: return "Domaine";
    case Column::kMeasure: return "Mesure";
    case Column::kWhy: return "Pourquoi";
    case Column::kHow: return "Comment";
    case Column::kPriority: return "Priorité";
    case Column::kHorizon: return "Horizon";
    case Column::kOwner: return "Responsable";
    case Column::kDueDate: return "Échéance";
    case Column::kStatus: return "Statut";
    case Column::kProgress: return "Avancement (%)";
    case Column::kComment: return "Commentaire";
    case Column::kAbandonReason: return "Motif d'abandon";
  }
  return "";
}

bool IsEditable(Column column) {
  switch (column) {
    case Column::kOwner:
    case Column::kDueDate:
    case Column::kStatus:
    case Column::kProgress:
    case Column::kComment:
    case Column::kAbandonReason:
      return true;
    default:
      return false;
  }
}

bool IsRequired(Column column) { return column == Column::kItemId || IsEditable(column); }

std::optional<Column> ColumnOfHeader(std::string_view text) {
  const std::string folded = FoldForMatch(text);
  if (folded.empty()) return std::nullopt;
  for (Column column : AllColumns()) {
    if (FoldForMatch(Header(column)) == folded) return column;
  }
  return std::nullopt;
}


std::string ColumnLetters(std::size_t index) { return xlsx::ColumnLetters(index); }

}  // namespace vigie::tracker
