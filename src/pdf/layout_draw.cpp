// Drawing placed fragments: text lines, table rows, figures and contents rows.

#include <algorithm>
#include <string>

#include "pdf/layout_internal.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;

constexpr unsigned kZebra = 0xF2F5F7;

void DrawTableRow(cairo_t* cr, const PageSpec& page, const Table& table, const MeasuredTable& t,
                  const std::vector<detail::MeasuredText>& cells, const std::vector<Cell>* source,
                  bool header, std::size_t row_index, double y, double height) {
  cairo_save(cr);
  // Clip to the page body: only a row taller than a page can reach past it.
  cairo_rectangle(cr, page.margin_left, page.BodyTop(), page.BodyWidth(),
                  page.BodyBottom() - page.BodyTop());
  cairo_clip(cr);
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const double x = page.margin_left + t.column_x[c];
    std::optional<unsigned> fill;
    if (header) {
      fill = pal::kAccent;
    } else if (source != nullptr && c < source->size() && (*source)[c].fill) {
      fill = (*source)[c].fill;
    } else if (table.zebra && row_index % 2 == 1) {
      fill = kZebra;
    }
    if (fill) {
      detail::SetColor(cr, *fill);
      cairo_rectangle(cr, x, y, t.column_width[c], height);
      cairo_fill(cr);
    }
    cairo_new_path(cr);
    detail::DrawLines(cr, cells[c], 0, cells[c].lines.size(), x + kCellPadX, y + kCellPadY);
  }
  detail::SetColor(cr, pal::kGrid);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, page.margin_left, y + height);
  cairo_line_to(cr, page.margin_left + page.BodyWidth(), y + height);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

void Typesetter::Impl::DrawFragment(cairo_t* cr, const Fragment& fragment) const {
  const Block& block = blocks[fragment.block];
  const MeasuredBlock& m = measured[fragment.block];
  const double left = page.margin_left;
  switch (fragment.kind) {
    case Fragment::Kind::kText: {
      const auto* paragraph = std::get_if<Paragraph>(&block);
      const auto* heading = std::get_if<Heading>(&block);
      double x = left + m.indent;
      double y = fragment.y;
      if (paragraph != nullptr && paragraph->background) {
        detail::SetColor(cr, *paragraph->background);
        cairo_rectangle(cr, x, y, page.BodyWidth() - m.indent, fragment.height);
        cairo_fill(cr);
        x += kBoxPad;
        y += kBoxPad;
      }
      // Pango draws spans without a colour attribute in the current source colour.
      detail::SetColor(
          cr, paragraph != nullptr ? paragraph->style.color : HeadingStyle(heading->level).color);
      if (m.bullet && fragment.first == 0) {
        const double top = y + m.text->lines.front().baseline - m.bullet->lines.front().baseline;
        detail::DrawLines(cr, *m.bullet, 0, m.bullet->lines.size(),
                          left + m.indent - m.bullet->width - 4, top);
      }
      detail::DrawLines(cr, *m.text, fragment.first, fragment.last, x, y);
      if (heading != nullptr && heading->level == 1) {  // a rule under chapter titles
        detail::SetColor(cr, pal::kAccent);
        cairo_set_line_width(cr, 1.2);
        cairo_move_to(cr, left, fragment.y + fragment.height + 3);
        cairo_line_to(cr, left + page.BodyWidth(), fragment.y + fragment.height + 3);
        cairo_stroke(cr);
      }
      break;
    }
    case Fragment::Kind::kTableHeader:
    case Fragment::Kind::kTableRow: {
      const Table& table = std::get<Table>(block);
      const bool header = fragment.kind == Fragment::Kind::kTableHeader;
      const auto& cells = header ? m.table.header : m.table.rows[fragment.first];
      DrawTableRow(cr, page, table, m.table, cells, header ? nullptr : &table.rows[fragment.first],
                   header, fragment.first, fragment.y, fragment.height);
      break;
    }
    case Fragment::Kind::kFigure: {
      const Figure& figure = std::get<Figure>(block);
      if (!figure.draw) break;
      cairo_save(cr);
      figure.draw(cr, left, fragment.y, page.BodyWidth(), fragment.height);
      cairo_restore(cr);
      break;
    }
    case Fragment::Kind::kTocRow: {
      const TocRow& row = m.toc[fragment.first];
      const double top = fragment.y + (row.level == 1 ? 7 : 3);
      // No link annotation on the row: cairo 1.16 writes a dangling object reference
      // for link tags (qpdf reports the file damaged). The outline gives navigation.
      const auto target =
          std::find_if(pagination.headings.begin(), pagination.headings.end(),
                       [&](const PlacedHeading& h) { return h.block == row.heading_block; });
      const int target_page = target == pagination.headings.end() ? 1 : target->page;
      detail::SetColor(cr, pal::kInk);
      detail::DrawLines(cr, row.title, 0, row.title.lines.size(), left + row.indent, top);
      const TextStyle number_style{.size = 10, .bold = row.level == 1, .align = Align::kRight};
      auto number = detail::Measure(detail::MakeLayout(context.get(), std::to_string(target_page),
                                                       number_style, kTocNumberWidth));
      const auto& last = row.title.lines.back();
      const double baseline = top - row.title.lines.front().top + last.baseline;
      const double number_top = baseline - number.lines.front().baseline;
      detail::DrawLines(cr, number, 0, 1, left + page.BodyWidth() - kTocNumberWidth, number_top);
      // Dot leaders drawn as shapes, so text extraction keeps "title  page".
      PangoRectangle logical;
      pango_layout_line_get_extents(
          pango_layout_get_line_readonly(row.title.layout.get(),
                                         static_cast<int>(row.title.lines.size() - 1)),
          nullptr, &logical);
      const double from =
          left + row.indent + last.x + static_cast<double>(logical.width) / PANGO_SCALE + 6;
      const double to = left + page.BodyWidth() - kTocNumberWidth + 4;
      detail::SetColor(cr, pal::kMuted);
      for (double dot = from; dot < to; dot += 4.5) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, dot, baseline - 1, 0.55, 0, 6.2832);
      }
      cairo_fill(cr);
      break;
    }
  }
}

}  // namespace vigie::pdf
