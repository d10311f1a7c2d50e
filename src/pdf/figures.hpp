#pragma once
// Figures of the full report: the cover, the global score box and the charts, as
// draw functions for Figure blocks.

#include <optional>
#include <string>
#include <vector>

#include "charts/charts.hpp"
#include "pdf/document.hpp"
#include "report/report_model.hpp"

namespace vigie::pdf {

// The whole first page (it also paints a band above the body, to the page edges).
DrawFunction CoverFigure(const report::ReportModel& model, const PageSpec& page);

// The global score in large type, a 0–100 gauge and a caption.
DrawFunction ScoreBoxFigure(const std::optional<double>& global, const std::string& caption);

// Domain titles and scores as radar axes and as bars (shared with the synthesis).
std::vector<charts::RadarAxis> RadarAxes(const report::ReportModel& model);
std::vector<charts::Bar> DomainBars(const report::ReportModel& model);

// Actions of the plan per priority, split by status.
charts::StackedBars PlanByPriority(const report::ReportModel& model);

}  // namespace vigie::pdf
