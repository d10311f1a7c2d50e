#include "pdf/page_furniture.hpp"

#include "pdf/text_layout.hpp"

namespace vigie::pdf {

namespace pal = charts::palette;

std::string PageOf(int number, int total) {
  return "page " + std::to_string(number) + " / " + std::to_string(total);
}

void DrawFurniture(cairo_t* cr, const PageSpec& page, const Furniture& furniture, int number,
                   int total) {
  auto context = detail::MakeContext();
  const TextStyle small{.size = 7.5, .color = pal::kMuted, .line_spacing = 1.0};
  const double left = page.margin_left;
  const double width = page.BodyWidth();
  const double header_y = page.margin_top - 30;
  const double right_w = 110;
  detail::DrawFitted(cr, context.get(), {Span{furniture.header_left}}, small, left, header_y,
                     width - right_w - 10, 11, 6);
  TextStyle right = small;
  right.align = Align::kRight;
  detail::DrawFitted(cr, context.get(), {Span{furniture.header_right}}, right,
                     left + width - right_w, header_y, right_w, 11, 6);
  detail::SetColor(cr, pal::kGrid);
  cairo_set_line_width(cr, 0.6);
  cairo_move_to(cr, left, header_y + 14);
  cairo_line_to(cr, left + width, header_y + 14);
  const double footer_y = page.height - page.margin_bottom + 22;
  cairo_move_to(cr, left, footer_y - 5);
  cairo_line_to(cr, left + width, footer_y - 5);
  cairo_stroke(cr);
  detail::DrawFitted(cr, context.get(), {Span{furniture.footer_left}}, small, left, footer_y,
                     width - right_w - 10, 11, 6);
  TextStyle number_style = right;
  number_style.bold = true;
  number_style.color = pal::kInk;
  detail::DrawFitted(cr, context.get(), {Span{PageOf(number, total)}}, number_style,
                     left + width - right_w, footer_y, right_w, 11, 6);
}

}  // namespace vigie::pdf
