#pragma once
// Internal: the four slides of the managerial synthesis (16:9, 960 x 540 pt), each
// drawn at fixed positions in large type. Text that would overflow its box shrinks
// down to a floor, then is cut with an ellipsis: a slide never spills over.

#include <cstddef>
#include <string>

#include "report/report_model.hpp"

// cairo's own struct tag, forward-declared so this header does not need cairo.h: the
// reserved spelling is the library's, not ours, and must match it.
// NOLINTNEXTLINE(bugprone-reserved-identifier)
typedef struct _cairo cairo_t;
// Likewise pango's own struct tag.
// NOLINTNEXTLINE(bugprone-reserved-identifier)
typedef struct _PangoContext PangoContext;

namespace vigie::pdf {

inline constexpr double kSlideWidth = 960;
inline constexpr double kSlideHeight = 540;
inline constexpr std::size_t kSlideCount = 4;

struct SlideFrame {
  int number = 1;
  int total = 4;
};

// Title bar and footer shared by every slide.
void DrawSlideFrame(cairo_t* cr, PangoContext* context, const report::ReportModel& model,
                    const std::string& title, const SlideFrame& frame);

void DrawScoreSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model);
void DrawPrioritiesSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model);
void DrawRoadmapSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model);
void DrawEffortSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model);

}  // namespace vigie::pdf
