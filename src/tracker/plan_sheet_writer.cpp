// "Plan d'action": one row per item, the header frozen and filtered, validations on
// the editable columns and the overdue / done / abandoned highlighting.

#include <xlsxwriter.h>

#include <cstdio>
#include <vector>

#include "actionplan/follow_up.hpp"
#include "tracker/cell_values.hpp"
#include "tracker/tracker_layout.hpp"
#include "tracker/writer_detail.hpp"

namespace vigie::tracker::detail {
namespace {

constexpr lxw_col_t Col(Column column) { return static_cast<lxw_col_t>(column); }

double Width(Column column) {
  switch (column) {
    case Column::kItemId: return 28;
    case Column::kRevision: return 9;
    case Column::kDomain: return 18;
    case Column::kMeasure: return 38;
    case Column::kWhy: return 45;
    case Column::kHow: return 50;
    case Column::kPriority: return 9;
    case Column::kHorizon: return 11;
    case Column::kOwner: return 20;
    case Column::kDueDate:
    case Column::kStatus:
    case Column::kProgress:
      return 12;
    case Column::kComment: return 40;
    case Column::kAbandonReason: return 30;
  }
  return 12;
}

void WriteText(lxw_worksheet* sheet, lxw_row_t row, Column column, std::string_view text, lxw_format* format) {
  if (text.empty()) {
    Check(worksheet_write_blank(sheet, row, Col(column), format), "cellule");
    return;
  }
  const std::string value = CellString(text);
  Check(worksheet_write_string(sheet, row, Col(column), value.c_str(), format), "cellule");
}

void WriteRow(lxw_worksheet* sheet, lxw_row_t r, const report::PlanRow& row, const Formats& f) {
  WriteText(sheet, r, Column::kItemId, row.item_id, f.technical);
  Check(worksheet_write_number(sheet, r, Col(Column::kRevision), static_cast<double>(row.revision), f.technical),
        "révision");
  WriteText(sheet, r, Column::kDomain, row.domain_title, f.read_only);
  WriteText(sheet, r, Column::kMeasure, row.title, f.read_only);
  WriteText(sheet, r, Column::kWhy, row.why, f.read_only);
  WriteText(sheet, r, Column::kHow, row.how, f.read_only);
  WriteText(sheet, r, Column::kPriority, "P" + std::to_string(row.priority), f.read_only_center);
  WriteText(sheet, r, Column::kHorizon, row.horizon, f.read_only_center);
  WriteText(sheet, r, Column::kOwner, row.owner, f.editable);
  if (const auto serial = IsoDateToSerial(row.due_date)) {
    Check(worksheet_write_number(sheet, r, Col(Column::kDueDate), static_cast<double>(*serial), f.editable_date),
          "échéance");
  } else {
    WriteText(sheet, r, Column::kDueDate, row.due_date, f.editable_date);
  }
  const auto status = actionplan::ParseStatus(row.status);
  WriteText(sheet, r, Column::kStatus, status ? actionplan::StatusLabel(*status) : row.status, f.editable_center);
  Check(worksheet_write_number(sheet, r, Col(Column::kProgress), static_cast<double>(row.progress),
                               f.editable_integer),
        "avancement");
  WriteText(sheet, r, Column::kComment, row.comment, f.editable);
  WriteText(sheet, r, Column::kAbandonReason, row.abandon_reason, f.editable);
}

// Common settings of a validation: stop on error, French title and message.
void Validate(lxw_worksheet* sheet, Column column, lxw_row_t last, lxw_data_validation& v, std::string input_title,
              std::string input_message, std::string error_message) {
  std::string error_title = "Valeur refusée";
  v.ignore_blank = LXW_VALIDATION_ON;
  v.show_input = LXW_VALIDATION_ON;
  v.show_error = LXW_VALIDATION_ON;
  v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  v.input_title = Chars(input_title);
  v.input_message = Chars(input_message);
  v.error_title = Chars(error_title);
  v.error_message = Chars(error_message);
  Check(worksheet_data_validation_range(sheet, 1, Col(column), last, Col(column), &v), "validation");
}

void AddValidations(lxw_worksheet* sheet, lxw_row_t last) {
  std::vector<std::string> labels;
  labels.reserve(actionplan::AllStatuses().size());
  for (actionplan::Status status : actionplan::AllStatuses()) labels.emplace_back(actionplan::StatusLabel(status));
  std::vector<char*> list;
  list.reserve(labels.size() + 1);
  for (auto& label : labels) list.push_back(Chars(label));
  list.push_back(nullptr);
  lxw_data_validation status{};
  status.validate = LXW_VALIDATION_TYPE_LIST;
  status.value_list = list.data();
  status.dropdown = LXW_VALIDATION_ON;
  Validate(sheet, Column::kStatus, last, status, "Statut", "Choisissez dans la liste : À faire, En cours, Fait ou Abandonné.",
           "Choisissez un statut dans la liste : À faire, En cours, Fait ou Abandonné.");

  lxw_data_validation progress{};
  progress.validate = LXW_VALIDATION_TYPE_INTEGER;
  progress.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  progress.minimum_number = 0;
  progress.maximum_number = 100;
  Validate(sheet, Column::kProgress, last, progress, "Avancement", "Un nombre entier de 0 à 100 (sans le signe %).",
           "L'avancement est un nombre entier de 0 à 100 (sans le signe %).");

  lxw_data_validation due{};
  due.validate = LXW_VALIDATION_TYPE_DATE;
  due.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  due.minimum_datetime = lxw_datetime{2000, 1, 1, 0, 0, 0};
  due.maximum_datetime = lxw_datetime{2100, 12, 31, 0, 0, 0};
  Validate(sheet, Column::kDueDate, last, due, "Échéance", "Une date au format JJ/MM/AAAA, par exemple 31/03/2027.",
           "Indiquez une date réelle au format JJ/MM/AAAA (entre 2000 et 2100), par exemple 31/03/2027.");

  const auto length = [&](Column column, double max, std::string title, const std::string& message) {
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LENGTH;
    v.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
    v.value_number = max;
    Validate(sheet, column, last, v, std::move(title), message, message);
  };
  length(Column::kOwner, 200, "Responsable", "Une personne ou une fonction, 200 caractères au plus.");
  length(Column::kComment, 4000, "Commentaire", "4 000 caractères au plus.");
  length(Column::kAbandonReason, 1000, "Motif d'abandon",
         "Obligatoire si le statut est « Abandonné » ; 1 000 caractères au plus.");
}

void AddHighlights(lxw_worksheet* sheet, lxw_row_t last, const Formats& f) {
  const std::string due = "$" + ColumnLetters(Col(Column::kDueDate)) + "2";
  const std::string status = "$" + ColumnLetters(Col(Column::kStatus)) + "2";
  const std::string done(actionplan::StatusLabel(actionplan::Status::kDone));
  const std::string abandoned(actionplan::StatusLabel(actionplan::Status::kAbandoned));
  const auto rule = [&](std::string formula, lxw_format* format) {
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = Chars(formula);
    cf.format = format;
    cf.stop_if_true = LXW_TRUE;
    Check(worksheet_conditional_format_range(sheet, 1, 0, last, Col(Column::kAbandonReason), &cf), "mise en forme");
  };
  rule("=AND(ISNUMBER(" + due + ")," + due + "<TODAY()," + status + "<>\"" + done + "\"," + status + "<>\"" +
           abandoned + "\")",
       f.overdue);
  rule("=" + status + "=\"" + done + "\"", f.done);
  rule("=" + status + "=\"" + abandoned + "\"", f.abandoned);
}

}  // namespace

void WritePlanSheet(lxw_worksheet* sheet, const Formats& f, const TrackerInput& input) {
  for (Column column : AllColumns()) {
    const bool hidden = column == Column::kItemId || column == Column::kRevision;
    lxw_row_col_options options{};
    options.hidden = hidden ? 1 : 0;
    Check(worksheet_set_column_opt(sheet, Col(column), Col(column), Width(column), nullptr, &options), "largeur");
    const std::string header(Header(column));
    Check(worksheet_write_string(sheet, 0, Col(column), header.c_str(), f.header), "en-tête");
  }
  Check(worksheet_set_row(sheet, 0, 32, nullptr), "en-tête");
  lxw_row_t r = 1;
  for (const auto& row : input.rows) WriteRow(sheet, r++, row, f);

  const auto last = static_cast<lxw_row_t>(LastPlanRow(input) - 1);
  Check(worksheet_autofilter(sheet, 0, 0, last, Col(Column::kAbandonReason)), "filtre");
  worksheet_freeze_panes(sheet, 1, Col(Column::kMeasure) + 1);
  if (!input.rows.empty()) {
    AddValidations(sheet, last);
    AddHighlights(sheet, last, f);
  }
  worksheet_set_selection(sheet, 1, Col(Column::kOwner), 1, Col(Column::kOwner));
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  Check(worksheet_repeat_rows(sheet, 0, 0), "impression");
}

}  // namespace vigie::tracker::detail
