#include "tracker/reconcile.hpp"

#include <algorithm>
#include <map>

#include "tracker/cell_values.hpp"

namespace vigie::tracker {
namespace {

constexpr std::string_view kStatusHelp = "choisissez À faire, En cours, Fait ou Abandonné.";

std::string Trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

// Text as compared: "\r\n" and "\r" read as "\n", surrounding spaces dropped.
std::string Comparable(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return Trimmed(out);
}

// The value quoted in a message, cut to 40 bytes at a character boundary.
std::string Quoted(const CellValue& cell) {
  std::string text = Utf8Safe(CellText(cell));
  if (text.size() > 40) {
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) --cut;
    text = text.substr(0, cut) + "…";
  }
  return "« " + text + " »";
}

std::string StatusDisplay(std::string_view code) {
  const auto status = actionplan::ParseStatus(code);
  return status ? std::string(actionplan::StatusLabel(*status)) : std::string(code);
}

std::string ProgressDisplay(long long progress) { return std::to_string(progress) + "\u00A0%"; }

Column ColumnOfField(std::string_view field) {
  if (field == "owner") return Column::kOwner;
  if (field == "due_date") return Column::kDueDate;
  if (field == "status") return Column::kStatus;
  if (field == "progress") return Column::kProgress;
  if (field == "abandon_reason") return Column::kAbandonReason;
  return Column::kComment;
}

std::string PriorityText(int priority) { return "P" + std::to_string(priority); }

class RowChecker {
 public:
  RowChecker(const TrackerUpload& upload, const UploadedRow& row, TrackerReconciliation& out)
      : upload_(upload), row_(row), out_(out), errors_before_(out.errors.size()) {}

  const CellValue& Cell(Column column) const { return upload_.Cell(row_, column); }
  TrackerError At(Column column, std::string message) const {
    const auto k = static_cast<std::size_t>(column);
    return {upload_.sheet, row_.row, upload_.letters[k], std::string(Header(column)), std::move(message)};
  }
  void Reject(Column column, std::string message) { out_.errors.push_back(At(column, std::move(message))); }
  void Notice(Column column, std::string message) { out_.notices.push_back(At(column, std::move(message))); }
  bool Rejected() const { return out_.errors.size() > errors_before_; }

  // Free text of an editable column; a formula error is rejected.
  std::string Text(Column column) {
    const CellValue& cell = Cell(column);
    if (cell.kind == CellKind::kError) Reject(column, "La cellule contient une erreur de formule (" + cell.text + ").");
    return TextOf(cell);
  }

  actionplan::FollowUp ReadFollowUp() {
    actionplan::FollowUp f;
    f.owner = Text(Column::kOwner);
    f.comment = Text(Column::kComment);
    f.abandon_reason = Text(Column::kAbandonReason);
    if (const auto due = DueDateOf(Cell(Column::kDueDate), upload_.date1904); due && (due->empty() || actionplan::IsIsoDate(*due))) {
      f.due_date = *due;
    } else {
      Reject(Column::kDueDate, "Date " + Quoted(Cell(Column::kDueDate)) +
                                   " invalide : indiquez une date réelle entre 2000 et 2100 au format JJ/MM/AAAA "
                                   "(par exemple 31/03/2027), ou laissez la cellule vide.");
    }
    const CellValue& status_cell = Cell(Column::kStatus);
    if (status_cell.kind == CellKind::kEmpty) {
      Reject(Column::kStatus, "Le statut est obligatoire : " + std::string(kStatusHelp));
    } else if (const auto status = StatusOf(status_cell)) {
      f.status = std::string(actionplan::StatusCode(*status));
    } else {
      Reject(Column::kStatus, "Statut " + Quoted(status_cell) + " inconnu : " + std::string(kStatusHelp));
    }
    if (const auto progress = ProgressOf(Cell(Column::kProgress))) {
      f.progress = *progress;
    } else {
      Reject(Column::kProgress, "Avancement " + Quoted(Cell(Column::kProgress)) +
                                    " invalide : indiquez un nombre entier de 0 à 100 (sans décimale).");
    }
    if (Rejected()) return f;
    for (const auto& error : actionplan::ValidateFollowUp(f)) Reject(ColumnOfField(error.field), error.message);
    return f;
  }

  // Read-only columns edited in the file: a notice each, nothing else.
  void NoticeReadOnlyEdits(const report::PlanRow& plan) {
    const auto check = [&](Column column, const std::string& expected) {
      const auto k = static_cast<std::size_t>(column);
      // A column the file lacks, or a field the caller left empty in `current`, is not compared.
      if (upload_.letters[k].empty() || expected.empty()) return;
      if (Comparable(CellText(Cell(column))) == Comparable(expected)) return;
      Notice(column, "Cette colonne n'est pas modifiable dans le fichier : la modification est ignorée.");
    };
    check(Column::kDomain, plan.domain_title);
    check(Column::kMeasure, plan.title);
    check(Column::kWhy, plan.why);
    check(Column::kHow, plan.how);
    check(Column::kPriority, PriorityText(plan.priority));
    check(Column::kHorizon, plan.horizon);
  }

  ItemChange Diff(const report::PlanRow& plan, const actionplan::FollowUp& f) const {
    ItemChange item;
    item.item_id = plan.item_id;
    item.title = plan.title;
    item.row = row_.row;
    item.revision = plan.revision;
    item.follow_up = f;
    const CellValue& revision = Cell(Column::kRevision);
    item.changed_since_export = revision.kind == CellKind::kNumber && revision.number < static_cast<double>(plan.revision);
    const auto add = [&](const char* field, Column column, std::string old_value, std::string new_value,
                         std::string old_display, std::string new_display) {
      item.changes.push_back({field, upload_.letters[static_cast<std::size_t>(column)], std::string(Header(column)),
                              std::move(old_value), std::move(new_value), std::move(old_display),
                              std::move(new_display)});
    };
    const auto text = [&](const char* field, Column column, const std::string& old_value, const std::string& new_value) {
      if (Comparable(old_value) != Comparable(new_value)) add(field, column, old_value, new_value, old_value, new_value);
    };
    text("owner", Column::kOwner, plan.owner, f.owner);
    if (plan.due_date != f.due_date) {
      add("due_date", Column::kDueDate, plan.due_date, f.due_date, DisplayDate(plan.due_date), DisplayDate(f.due_date));
    }
    if (plan.status != f.status) {
      add("status", Column::kStatus, plan.status, f.status, StatusDisplay(plan.status), StatusDisplay(f.status));
    }
    text("abandon_reason", Column::kAbandonReason, plan.abandon_reason, f.abandon_reason);
    if (plan.progress != f.progress) {
      add("progress", Column::kProgress, std::to_string(plan.progress), std::to_string(f.progress),
          ProgressDisplay(plan.progress), ProgressDisplay(f.progress));
    }
    text("comment", Column::kComment, plan.comment, f.comment);
    return item;
  }

 private:
  const TrackerUpload& upload_;
  const UploadedRow& row_;
  TrackerReconciliation& out_;
  std::size_t errors_before_;
};

}  // namespace

std::size_t TrackerReconciliation::ChangeCount() const {
  std::size_t n = 0;
  for (const auto& item : items) n += item.changes.size();
  return n;
}

TrackerReconciliation Reconcile(const std::vector<report::PlanRow>& current, const TrackerUpload& upload,
                                const std::string& expected_plan_key) {
  TrackerReconciliation out;
  if (!upload.ok()) {
    out.errors = upload.errors;
    return out;
  }
  if (upload.plan_key != expected_plan_key) {
    out.wrong_plan = true;
    out.errors.push_back({"", 0, "", "",
                          "Ce fichier de suivi appartient au plan d'action d'une autre structure : il n'a pas été "
                          "importé. Téléchargez le fichier de suivi de cette structure depuis Vigie."});
    return out;
  }
  std::map<std::string, const report::PlanRow*> plan;
  for (const auto& row : current) plan[row.item_id] = &row;
  std::map<std::string, std::vector<int>> rows_of_id;
  for (const auto& row : upload.rows) {
    const std::string id = Trimmed(CellText(upload.Cell(row, Column::kItemId)));
    if (!id.empty()) rows_of_id[id].push_back(row.row);
  }

  for (const auto& row : upload.rows) {
    RowChecker check(upload, row, out);
    const std::string id = Trimmed(CellText(upload.Cell(row, Column::kItemId)));
    const auto found = plan.find(id);
    if (id.empty()) {
      check.Reject(Column::kItemId,
                   "Ligne sans identifiant Vigie : les lignes ajoutées au fichier ne sont pas importées ; ajoutez la "
                   "mesure au plan dans Vigie.");
    } else if (rows_of_id[id].size() > 1) {
      std::string others;
      for (int r : rows_of_id[id]) {
        if (r != row.row) others += (others.empty() ? "" : ", ") + std::to_string(r);
      }
      check.Reject(Column::kItemId, "Cette mesure figure aussi ligne " + others + " : gardez une seule ligne par mesure.");
    } else if (found == plan.end()) {
      check.Reject(Column::kItemId,
                   "Identifiant « " + Utf8Safe(id.substr(0, 40)) + " » inconnu : cette ligne n'appartient pas au plan d'action "
                   "de cette structure.");
    }
    if (check.Rejected()) {
      out.rejected_rows.push_back(row.row);
      continue;
    }
    const actionplan::FollowUp f = check.ReadFollowUp();
    if (check.Rejected()) {
      out.rejected_rows.push_back(row.row);
      continue;
    }
    check.NoticeReadOnlyEdits(*found->second);
    ItemChange item = check.Diff(*found->second, f);
    if (item.changes.empty()) {
      ++out.unchanged;
    } else {
      out.items.push_back(std::move(item));
    }
  }
  for (const auto& row : current) {
    if (!rows_of_id.contains(row.item_id)) out.missing_item_ids.push_back(row.item_id);
  }
  std::sort(out.rejected_rows.begin(), out.rejected_rows.end());
  return out;
}

}  // namespace vigie::tracker
