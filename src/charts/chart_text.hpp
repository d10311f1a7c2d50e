#pragma once
// Internal to vigie_charts: pango text on a cairo context with Noto Sans at an
// absolute size in user units, plus colour helpers.

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string_view>

namespace vigie::charts::detail {

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

enum class Weight { kRegular, kBold };
enum class Slant { kRoman, kItalic };

struct TextSpec {
  double size = 9;
  Weight weight = Weight::kRegular;
  Slant slant = Slant::kRoman;
  double width = -1;  // wrap width; < 0: no wrapping
  PangoAlignment align = PANGO_ALIGN_LEFT;
};

// A layout for `text` (plain UTF-8, set with pango_layout_set_text: no markup) that
// wraps between words, or inside a word too long for the width.
LayoutPtr MakeLayout(cairo_t* cr, std::string_view text, const TextSpec& spec);

// The layout's logical size in user units.
void LayoutSize(PangoLayout* layout, double* width, double* height);

// Draws the layout with its top-left corner at (x, y).
void ShowLayout(cairo_t* cr, PangoLayout* layout, double x, double y);

void SetColor(cairo_t* cr, unsigned rgb, double alpha = 1.0);

// "2,4": one decimal with a decimal comma.
std::string OneDecimal(double value);

}  // namespace vigie::charts::detail
