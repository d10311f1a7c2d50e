// "Synthèse" (formulas over "Plan d'action" with their values stored, and a chart),
// "Mode d'emploi" and the hidden "Vigie" sheet that carries the plan key.

#include <xlsxwriter.h>

#include <array>

#include "actionplan/follow_up.hpp"
#include "tracker/cell_values.hpp"
#include "tracker/tracker_layout.hpp"
#include "tracker/writer_detail.hpp"

namespace vigie::tracker::detail {
namespace {

// Layout of "Synthèse" (0-based rows): status table, priority table, indicators.
constexpr lxw_row_t kStatusHeader = 3;     // statuses on rows 4..7, total on 8
constexpr lxw_row_t kPriorityHeader = 10;  // P1..P4 on rows 11..14
constexpr lxw_row_t kOverdueRow = 16;
constexpr lxw_row_t kShareRow = 17;

// Absolute range of a "Plan d'action" column over the data rows.
std::string PlanRange(Column column, const TrackerInput& input) {
  const std::string letters = ColumnLetters(static_cast<std::size_t>(column));
  return QuotedSheet(kPlanSheet) + "!$" + letters + "$2:$" + letters + "$" + std::to_string(LastPlanRow(input));
}

std::string Cell(lxw_row_t row, lxw_col_t col) {
  return "$" + ColumnLetters(col) + "$" + std::to_string(row + 1);
}

void Formula(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& formula, double value,
             lxw_format* format) {
  Check(worksheet_write_formula_num(sheet, row, col, formula.c_str(), format, value), "formule");
}

void Text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::string_view text, lxw_format* format) {
  const std::string value = CellString(text);
  Check(worksheet_write_string(sheet, row, col, value.c_str(), format), "texte");
}

struct Counts {
  std::array<double, 4> by_status{};    // AllStatuses() order
  std::array<double, 4> by_priority{};  // P1..P4
  std::array<double, 4> done_by_priority{};
  double overdue = 0;
};

Counts Count(const TrackerInput& input) {
  Counts c;
  const auto& statuses = actionplan::AllStatuses();
  for (const auto& row : input.rows) {
    const auto status = actionplan::ParseStatus(row.status);
    for (std::size_t i = 0; i < statuses.size(); ++i) {
      if (status == statuses[i]) c.by_status[i] += 1;
    }
    const bool closed = status == actionplan::Status::kDone || status == actionplan::Status::kAbandoned;
    if (row.priority >= 1 && row.priority <= 4) {
      const auto p = static_cast<std::size_t>(row.priority - 1);
      c.by_priority[p] += 1;
      if (status == actionplan::Status::kDone) c.done_by_priority[p] += 1;
    }
    if (!closed && actionplan::IsIsoDate(row.due_date) && row.due_date < input.today) c.overdue += 1;
  }
  return c;
}

void AddChart(lxw_workbook* workbook, lxw_worksheet* sheet) {
  lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
  if (chart == nullptr) Check(LXW_ERROR_MEMORY_MALLOC_FAILED, "graphique");
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  const std::string sheet_name(kSummarySheet);
  chart_series_set_categories(series, sheet_name.c_str(), kStatusHeader + 1, 0, kStatusHeader + 4, 0);
  chart_series_set_values(series, sheet_name.c_str(), kStatusHeader + 1, 1, kStatusHeader + 4, 1);
  std::array<lxw_chart_fill, 4> fills{};
  std::array<lxw_chart_point, 4> points{};
  const std::array<lxw_color_t, 4> colors = {0xA6A6A6, 0x2E75B6, 0x70AD47, 0x595959};
  std::array<lxw_chart_point*, 5> point_list{};
  for (std::size_t i = 0; i < 4; ++i) {
    fills[i].color = colors[i];
    points[i].fill = &fills[i];
    point_list[i] = &points[i];
  }
  Check(chart_series_set_points(series, point_list.data()), "graphique");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  chart_title_set_name(chart, "Mesures par statut");
  chart_axis_set_min(chart->y_axis, 0);
  lxw_chart_options options{};
  options.x_scale = 1.3;
  options.y_scale = 1.1;
  Check(worksheet_insert_chart_opt(sheet, kStatusHeader, 4, chart, &options), "graphique");
}

}  // namespace

void WriteSummarySheet(lxw_workbook* workbook, lxw_worksheet* sheet, const Formats& f, const TrackerInput& input) {
  const Counts counts = Count(input);
  Check(worksheet_set_column(sheet, 0, 0, 34, nullptr), "largeur");
  Check(worksheet_set_column(sheet, 1, 2, 12, nullptr), "largeur");
  Text(sheet, 0, 0, "Suivi du plan d'action — " + input.structure_name, f.title);
  Text(sheet, 1, 0,
       "Généré par Vigie le " + DisplayDate(input.generated_on) +
           ". Les chiffres se recalculent quand vous modifiez la feuille « Plan d'action ».",
       f.subtitle);

  const std::string status_range = PlanRange(Column::kStatus, input);
  const std::string priority_range = PlanRange(Column::kPriority, input);
  const std::string due_range = PlanRange(Column::kDueDate, input);
  const auto& statuses = actionplan::AllStatuses();
  Text(sheet, kStatusHeader, 0, "Statut", f.header);
  Text(sheet, kStatusHeader, 1, "Mesures", f.header);
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    const auto row = static_cast<lxw_row_t>(kStatusHeader + 1 + i);
    Text(sheet, row, 0, actionplan::StatusLabel(statuses[i]), f.label);
    Formula(sheet, row, 1, "=COUNTIF(" + status_range + "," + Cell(row, 0) + ")", counts.by_status[i], f.count);
  }
  const lxw_row_t total_row = kStatusHeader + 5;
  Text(sheet, total_row, 0, "Total", f.label);
  Formula(sheet, total_row, 1, "=COUNTA(" + PlanRange(Column::kItemId, input) + ")",
          static_cast<double>(input.rows.size()), f.count);
  const std::string done_cell = Cell(kStatusHeader + 3, 0);
  const std::string abandoned_cell = Cell(kStatusHeader + 4, 0);

  Text(sheet, kPriorityHeader, 0, "Priorité", f.header);
  Text(sheet, kPriorityHeader, 1, "Mesures", f.header);
  Text(sheet, kPriorityHeader, 2, "Faites", f.header);
  for (std::size_t p = 0; p < 4; ++p) {
    const auto row = static_cast<lxw_row_t>(kPriorityHeader + 1 + p);
    Text(sheet, row, 0, "P" + std::to_string(p + 1), f.label);
    Formula(sheet, row, 1, "=COUNTIF(" + priority_range + "," + Cell(row, 0) + ")", counts.by_priority[p], f.count);
    std::string done_formula = "=COUNTIFS(";
    done_formula.append(priority_range).append(",").append(Cell(row, 0)).append(",");
    done_formula.append(status_range).append(",").append(done_cell).append(")");
    Formula(sheet, row, 2, done_formula, counts.done_by_priority[p], f.count);
  }

  Text(sheet, kOverdueRow, 0, "Mesures en retard (échéance dépassée)", f.label);
  Formula(sheet, kOverdueRow, 1,
          "=COUNTIFS(" + due_range + ",\"<\"&TODAY()," + status_range + ",\"<>\"&" + done_cell + "," + status_range +
              ",\"<>\"&" + abandoned_cell + ")",
          counts.overdue, f.count);
  Text(sheet, kShareRow, 0, "Part réalisée (hors mesures abandonnées)", f.label);
  const std::string total = Cell(total_row, 1);
  const std::string done = Cell(kStatusHeader + 3, 1);
  const std::string abandoned = Cell(kStatusHeader + 4, 1);
  const double open_total = static_cast<double>(input.rows.size()) - counts.by_status[3];
  Formula(sheet, kShareRow, 1,
          "=IF(" + total + "-" + abandoned + "=0,0," + done + "/(" + total + "-" + abandoned + "))",
          open_total > 0 ? counts.by_status[2] / open_total : 0.0, f.percent);
  AddChart(workbook, sheet);
}

void WriteGuideSheet(lxw_worksheet* sheet, const Formats& f, const TrackerInput& input) {
  Check(worksheet_set_column(sheet, 0, 0, 100, nullptr), "largeur");
  Text(sheet, 0, 0, kGuideSheet, f.title);
  lxw_row_t row = 2;
  for (const auto& paragraph : input.guide) Text(sheet, row++, 0, paragraph, f.paragraph);
}

void WriteKeySheet(lxw_worksheet* sheet, const Formats& f, const TrackerInput& input) {
  Check(worksheet_set_column(sheet, 0, 0, 22, nullptr), "largeur");
  Check(worksheet_set_column(sheet, 1, 1, 40, nullptr), "largeur");
  Text(sheet, 0, 0,
       "Cette feuille relie le fichier au plan d'action de la structure dans Vigie. Ne la modifiez pas.",
       f.subtitle);
  Text(sheet, 2, 0, "Clé du plan", f.label);
  Text(sheet, 2, 1, input.plan_key, f.label);
  Text(sheet, 3, 0, "Structure", f.label);
  Text(sheet, 3, 1, input.structure_name, f.label);
  Text(sheet, 4, 0, "Format", f.label);
  Text(sheet, 4, 1, kFormatVersion, f.label);
  Text(sheet, 5, 0, "Généré le", f.label);
  Text(sheet, 5, 1, DisplayDate(input.generated_on), f.label);
  lxw_protection protection{};
  worksheet_protect(sheet, nullptr, &protection);
  worksheet_hide(sheet);
}

}  // namespace vigie::tracker::detail
