#include "pdf/awareness_quarterly_tables.hpp"

#include <algorithm>

#include "pdf/awareness_quarterly_figures.hpp"
#include "pdf/block_helpers.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;
using awareness::FunnelCounts;
using awareness::SegmentMask;

static_assert(awareness::kMinimumSegmentSize == 5, "the report's texts say « moins de 5 »");
constexpr const char* kTooSmall = "moins de 5 personnes";
constexpr const char* kNotDetailed = "non détaillé";
constexpr const char* kNone = "—";

Cell RateCell(double rate, bool measured = true) {
  return CenterCell(measured ? PercentText(rate) : kNone);
}

Cell MutedCell(const std::string& text) {
  Cell cell = CenterCell(text);
  cell.color = pal::kMuted;
  return cell;
}

// Sent, opened, clicked, submitted, reported for a row whose figures may be shown.
void AppendFigures(const FunnelCounts& counts, bool submission_measured, std::vector<Cell>& row) {
  const auto rates = awareness::RatesOf(counts);
  const bool sent = counts.sent > 0;
  row.push_back(CenterCell(CountText(counts.sent)));
  row.push_back(RateCell(rates.opened, sent));
  row.push_back(RateCell(rates.clicked, sent));
  row.push_back(RateCell(rates.submitted, sent && submission_measured));
  row.push_back(RateCell(rates.reported, sent));
}

// The same columns for a row shown without its figures: the reason, then dashes.
void AppendMasked(const std::string& reason, std::vector<Cell>& row) {
  row.push_back(MutedCell(reason));
  for (int i = 0; i < 4; ++i) row.push_back(MutedCell(kNone));
}

// "site" -> "Site" for a column header; the kinds are ASCII words.
std::string Capitalized(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
  return word;
}

std::vector<Cell> FigureHeader() {
  return {CenterCell("Envoyés"), CenterCell("Ouverture"), CenterCell("Clic"), CenterCell("Saisie"),
          CenterCell("Signalement")};
}

double SegmentScale(const std::vector<charts::Bar>& bars) {
  double highest = 0;
  for (const auto& bar : bars) highest = std::max(highest, bar.value.value_or(0));
  return RateScaleTop(highest);
}

}  // namespace

Table TrendTable(const std::vector<awareness::QuarterPoint>& trend) {
  Table table{.widths = {1.4, 1.4, 1.2, 1.4},
              .header = {TextCell("Trimestre"), CenterCell("Messages envoyés"),
                         CenterCell("Taux de clic"), CenterCell("Taux de signalement")}};
  for (const auto& point : trend) {
    std::vector<Cell> row{BoldCell(point.label)};
    if (point.counts.sent <= 0) {
      row.push_back(MutedCell("aucune campagne"));
      row.push_back(MutedCell(kNone));
      row.push_back(MutedCell(kNone));
    } else if (!awareness::HasFiguresToShow(point.counts)) {
      row.push_back(MutedCell(kTooSmall));
      row.push_back(MutedCell(kNone));
      row.push_back(MutedCell(kNone));
    } else {
      const auto rates = awareness::RatesOf(point.counts);
      row.push_back(CenterCell(CountText(point.counts.sent)));
      row.push_back(RateCell(rates.clicked));
      row.push_back(RateCell(rates.reported));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table CampaignTable(const awareness::QuarterlyReportInput& input) {
  // Widths in points of the A4 body: the figures' headers on one line at 8 pt.
  Table table{.widths = {128, 54, 60, 46, 54, 30, 38, 64}, .font_size = 8};
  table.header = {TextCell("Campagne et message simulé"), TextCell("Type"), TextCell("Période")};
  for (auto& cell : FigureHeader()) table.header.push_back(std::move(cell));
  for (const auto& campaign : input.campaigns) {
    const bool advanced = campaign.kind == "advanced";
    std::vector<Cell> row{Cell{.spans = {Span{campaign.name, true},
                                         Span{"\n" + campaign.template_title, false, true}}},
                          TextCell(std::string(advanced ? "Avancée" : "Simple") + ", difficulté " +
                                   std::to_string(std::clamp(campaign.difficulty, 1, 3))),
                          TextCell(PeriodText(campaign.started_at, campaign.ended_at))};
    if (awareness::IsTooSmallToShow(campaign.counts)) {
      AppendMasked(kTooSmall, row);
    } else {
      AppendFigures(campaign.counts, advanced || campaign.counts.submitted > 0, row);
    }
    table.rows.push_back(std::move(row));
  }
  std::vector<Cell> total{BoldCell("Ensemble du trimestre"), TextCell(""), TextCell("")};
  if (awareness::HasFiguresToShow(input.total)) {
    AppendFigures(input.total, !SubmissionNotMeasured(input), total);
  } else {
    AppendMasked(kTooSmall, total);
  }
  for (auto& cell : total) {
    cell.bold = true;
    cell.fill = pal::kAccentLight;
  }
  table.rows.push_back(std::move(total));
  return table;
}

void AddSegmentSection(const std::string& number, const std::string& title, const std::string& kind,
                       const std::vector<awareness::SegmentFunnel>& segments,
                       std::vector<Block>& out) {
  out.push_back(Section(number, title));
  if (segments.empty()) {
    out.push_back(Muted("Aucun résultat par " + kind + " pour ce trimestre."));
    return;
  }
  const auto masks = awareness::MaskSegments(segments);
  Table table{.widths = {140, 62, 50, 56, 34, 42, 61}};  // points, as above at 8.5 pt
  table.header = {TextCell(Capitalized(kind)), CenterCell("Personnes visées")};
  for (auto& cell : FigureHeader()) table.header.push_back(std::move(cell));
  bool any_complementary = false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    std::vector<Cell> row{BoldCell(segments[i].label)};
    if (masks[i] == SegmentMask::kShown) {
      row.push_back(CenterCell(CountText(segments[i].counts.targeted)));
      AppendFigures(segments[i].counts, true, row);
    } else {
      any_complementary = any_complementary || masks[i] == SegmentMask::kComplementary;
      row.push_back(MutedCell(masks[i] == SegmentMask::kTooSmall ? kTooSmall : kNotDetailed));
      for (int column = 0; column < 5; ++column) row.push_back(MutedCell(kNone));
    }
    table.rows.push_back(std::move(row));
  }
  out.push_back(std::move(table));
  if (any_complementary) {
    out.push_back(
        Muted("« non détaillé » : groupe masqué pour protéger un groupe de moins de 5 "
              "personnes, dont les chiffres se déduiraient sinon du total."));
  }
  const auto bars = SegmentClickBars(segments, masks);
  if (bars.empty()) return;
  out.push_back(Lead("Taux de clic par " + kind));
  out.push_back(Figure{
      .height = charts::BarChartHeight(bars.size(), 8),
      .draw = [bars](cairo_t* cr, double x, double y, double w, double h) {
        charts::DrawBarChart(
            cr, {x, y, w, h}, bars,
            {.max_value = SegmentScale(bars), .font_size = 8, .label_share = 0.3, .ticks = {}});
      }});
}

}  // namespace vigie::pdf
