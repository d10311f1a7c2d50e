#include "pdf/text_layout.hpp"

#include <algorithm>

#include "report/typography.hpp"

namespace vigie::pdf::detail {
namespace {

double FromPango(int units) { return static_cast<double>(units) / PANGO_SCALE; }
int ToPango(double points) { return static_cast<int>(points * PANGO_SCALE); }

PangoFontDescription* Font(const TextStyle& style) {
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, "Noto Sans");
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return font;
}

void Insert(PangoAttrList* attrs, PangoAttribute* attr, std::size_t start, std::size_t end) {
  attr->start_index = static_cast<guint>(start);
  attr->end_index = static_cast<guint>(end);
  pango_attr_list_insert(attrs, attr);
}

guint16 Channel(unsigned rgb, int shift) {
  return static_cast<guint16>(((rgb >> shift) & 0xFF) * 257);
}

}  // namespace

ContextPtr MakeContext() {
  // The default font map is per thread (pango >= 1.32): rendering may run on any
  // worker thread without locking.
  ContextPtr context(pango_font_map_create_context(pango_cairo_font_map_get_default()));
  pango_cairo_context_set_resolution(context.get(), 72);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context.get(), options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context.get(), FALSE);
  pango_context_set_language(context.get(), pango_language_from_string("fr-FR"));
  return context;
}

LayoutPtr MakeLayout(PangoContext* context, const std::vector<Span>& spans, const TextStyle& style,
                     double width) {
  LayoutPtr layout(pango_layout_new(context));
  PangoFontDescription* font = Font(style);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_width(layout.get(), ToPango(std::max(width, 1.0)));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.line_spacing));
  switch (style.align) {
    case Align::kLeft:
      pango_layout_set_alignment(layout.get(), PANGO_ALIGN_LEFT);
      break;
    case Align::kCenter:
      pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
      break;
    case Align::kRight:
      pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
      break;
    case Align::kJustify:
      pango_layout_set_justify(layout.get(), TRUE);
      break;
  }
  std::string text;
  PangoAttrList* attrs = pango_attr_list_new();
  for (const Span& span : spans) {
    const std::size_t start = text.size();
    text += report::FrenchTypography(span.text);
    const std::size_t end = text.size();
    if (span.bold && !style.bold) {
      Insert(attrs, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
    }
    if (span.italic && !style.italic) {
      Insert(attrs, pango_attr_style_new(PANGO_STYLE_ITALIC), start, end);
    }
    if (span.color) {
      Insert(attrs,
             pango_attr_foreground_new(Channel(*span.color, 16), Channel(*span.color, 8),
                                       Channel(*span.color, 0)),
             start, end);
    }
  }
  // The block's colour as an attribute under the spans' own: text never depends on
  // the cairo source colour left by the previous drawing.
  PangoAttribute* base = pango_attr_foreground_new(
      Channel(style.color, 16), Channel(style.color, 8), Channel(style.color, 0));
  base->start_index = 0;
  base->end_index = static_cast<guint>(text.size());
  pango_attr_list_insert_before(attrs, base);
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout.get(), attrs);
  pango_attr_list_unref(attrs);
  return layout;
}

LayoutPtr MakeLayout(PangoContext* context, const std::string& text, const TextStyle& style,
                     double width) {
  return MakeLayout(context, std::vector<Span>{Span{text}}, style, width);
}

MeasuredText Measure(LayoutPtr layout) {
  MeasuredText out;
  PangoLayoutIter* it = pango_layout_get_iter(layout.get());
  do {
    int y0 = 0;
    int y1 = 0;
    pango_layout_iter_get_line_yrange(it, &y0, &y1);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    out.lines.push_back({FromPango(y0), FromPango(y1 - y0),
                         FromPango(pango_layout_iter_get_baseline(it)), FromPango(logical.x)});
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  out.width = FromPango(w);
  out.height = out.lines.empty() ? 0 : out.lines.back().top + out.lines.back().height;
  out.layout = std::move(layout);
  return out;
}

void DrawLines(cairo_t* cr, const MeasuredText& text, std::size_t first, std::size_t last, double x,
               double y) {
  if (first >= last || first >= text.lines.size()) return;
  const double origin = y - text.lines[first].top;
  std::size_t i = 0;
  for (GSList* node = pango_layout_get_lines_readonly(text.layout.get());
       node != nullptr && i < last; node = node->next, ++i) {
    if (i < first) continue;
    const LineBox& box = text.lines[i];
    cairo_move_to(cr, x + box.x, origin + box.baseline);
    pango_cairo_show_layout_line(cr, static_cast<PangoLayoutLine*>(node->data));
  }
}

void DrawLayout(cairo_t* cr, PangoLayout* layout, double x, double y) {
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
}

void SetColor(cairo_t* cr, unsigned rgb, double alpha) {
  cairo_set_source_rgba(cr, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0,
                        (rgb & 0xFF) / 255.0, alpha);
}

double TextHeight(PangoContext* context, const std::vector<Span>& spans, const TextStyle& style,
                  double width) {
  auto layout = MakeLayout(context, spans, style, width);
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return FromPango(h);
}

double DrawFitted(cairo_t* cr, PangoContext* context, const std::vector<Span>& spans,
                  TextStyle style, double x, double y, double width, double height,
                  double min_size) {
  LayoutPtr layout = MakeLayout(context, spans, style, width);
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  while (FromPango(h) > height && style.size > min_size) {
    style.size = std::max(min_size, style.size * 0.92);
    layout = MakeLayout(context, spans, style, width);
    pango_layout_get_size(layout.get(), &w, &h);
  }
  if (FromPango(h) > height) {  // still too long at the smallest size: cut it
    pango_layout_set_height(layout.get(), ToPango(height));
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    pango_layout_get_size(layout.get(), &w, &h);
  }
  SetColor(cr, style.color);
  DrawLayout(cr, layout.get(), x, y);
  return FromPango(h);
}

}  // namespace vigie::pdf::detail
