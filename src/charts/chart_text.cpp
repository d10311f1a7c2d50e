#include "charts/chart_text.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace vigie::charts::detail {

LayoutPtr MakeLayout(cairo_t* cr, std::string_view text, const TextSpec& spec) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  // Glyph positions in fractions of a unit: the PDF and SVG are vector output.
  pango_context_set_round_glyph_positions(pango_layout_get_context(layout.get()), FALSE);
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, "Noto Sans");
  pango_font_description_set_absolute_size(font, spec.size * PANGO_SCALE);
  pango_font_description_set_weight(
      font, spec.weight == Weight::kBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(
      font, spec.slant == Slant::kItalic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  if (spec.width >= 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(spec.width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_alignment(layout.get(), spec.align);
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  return layout;
}

void LayoutSize(PangoLayout* layout, double* width, double* height) {
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout, &w, &h);
  *width = static_cast<double>(w) / PANGO_SCALE;
  *height = static_cast<double>(h) / PANGO_SCALE;
}

void ShowLayout(cairo_t* cr, PangoLayout* layout, double x, double y) {
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
}

void SetColor(cairo_t* cr, unsigned rgb, double alpha) {
  cairo_set_source_rgba(cr, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0,
                        (rgb & 0xFF) / 255.0, alpha);
}

std::string OneDecimal(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::abs(value) < 0.05 ? 0.0 : value);
  std::string out = buf;
  for (auto& c : out) {
    if (c == '.') c = ',';
  }
  return out;
}

}  // namespace vigie::charts::detail
