#pragma once
// Internal: pango text for the PDF. One PangoContext per document, at 72 units per
// inch with hinting off, so that what is measured during layout is exactly what is
// drawn (PDF output is resolution-independent).

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <vector>

#include "pdf/document.hpp"

namespace vigie::pdf::detail {

struct GObjectDeleter {
  void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectDeleter>;

// A fresh context on this thread's default Noto-capable font map.
ContextPtr MakeContext();

// The spans as one layout wrapped at `width` (words, or inside a word too long for a
// line). Text goes through FrenchTypography; styles become pango attributes.
LayoutPtr MakeLayout(PangoContext* context, const std::vector<Span>& spans, const TextStyle& style,
                     double width);
LayoutPtr MakeLayout(PangoContext* context, const std::string& text, const TextStyle& style,
                     double width);

// One line of a measured layout, relative to the layout's top-left corner.
struct LineBox {
  double top = 0;
  double height = 0;
  double baseline = 0;
  double x = 0;  // alignment offset
};

struct MeasuredText {
  LayoutPtr layout{};
  std::vector<LineBox> lines{};
  double width = 0;
  double height = 0;
};

MeasuredText Measure(LayoutPtr layout);

// Draws lines [first, last) of `text` so that line `first`'s top lands at y.
void DrawLines(cairo_t* cr, const MeasuredText& text, std::size_t first, std::size_t last, double x,
               double y);

// Draws a whole layout with its top-left corner at (x, y).
void DrawLayout(cairo_t* cr, PangoLayout* layout, double x, double y);

void SetColor(cairo_t* cr, unsigned rgb, double alpha = 1.0);

// Fixed-position text for covers and slides: the largest size from `max_size` down to
// `min_size` at which `spans` fit in width x height; below that, the text is cut
// with an ellipsis. Draws at (x, y) and returns the height used.
double DrawFitted(cairo_t* cr, PangoContext* context, const std::vector<Span>& spans,
                  TextStyle style, double x, double y, double width, double height,
                  double min_size);

// Height of `text` laid out at `width` (for fixed layouts that stack blocks).
double TextHeight(PangoContext* context, const std::vector<Span>& spans, const TextStyle& style,
                  double width);

}  // namespace vigie::pdf::detail
