// Measuring blocks: every text becomes a pango layout once, at its final width.

#include <algorithm>
#include <numeric>

#include "pdf/layout_internal.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;
using detail::MakeLayout;
using detail::Measure;

MeasuredTable MeasureTable(PangoContext* context, const Table& table, double body_width) {
  MeasuredTable out;
  std::size_t columns = table.widths.size();
  columns = std::max({columns, table.header.size(), std::size_t{1}});
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  std::vector<double> widths = table.widths;
  widths.resize(columns, widths.empty() ? 1.0 : widths.back());
  for (double& w : widths) w = std::max(w, 0.01);
  const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
  double x = 0;
  for (double w : widths) {
    out.column_x.push_back(x);
    out.column_width.push_back(body_width * w / total);
    x += out.column_width.back();
  }
  auto measure_row = [&](const std::vector<Cell>& cells, bool header, double* height) {
    std::vector<detail::MeasuredText> row;
    double tallest = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      const Cell empty;
      const Cell& cell = c < cells.size() ? cells[c] : empty;
      TextStyle style{.size = table.font_size,
                      .bold = header || cell.bold,
                      .color = header ? 0xFFFFFFu : cell.color.value_or(pal::kInk),
                      .align = cell.align,
                      .line_spacing = 1.05};
      row.push_back(
          Measure(MakeLayout(context, cell.spans, style, out.column_width[c] - 2 * kCellPadX)));
      tallest = std::max(tallest, row.back().height);
    }
    *height = tallest + 2 * kCellPadY;
    return row;
  };
  if (!table.header.empty()) out.header = measure_row(table.header, true, &out.header_height);
  for (const auto& cells : table.rows) {
    double height = 0;
    out.rows.push_back(measure_row(cells, false, &height));
    out.row_height.push_back(height);
  }
  return out;
}

}  // namespace

TextStyle HeadingStyle(int level) {
  if (level <= 1) return {.size = 16, .bold = true, .color = pal::kAccent, .line_spacing = 1.05};
  if (level == 2) return {.size = 12.5, .bold = true, .color = pal::kInk, .line_spacing = 1.05};
  return {.size = 10.5, .bold = true, .color = pal::kAccent, .line_spacing = 1.05};
}
double HeadingSpaceBefore(int level) { return level <= 1 ? 18 : level == 2 ? 14 : 9; }
double HeadingSpaceAfter(int level) { return level <= 1 ? 10 : level == 2 ? 5 : 3; }

std::string HeadingTitle(const Heading& heading) {
  return heading.number.empty() ? heading.text : heading.number + " " + heading.text;
}

void Typesetter::Impl::MeasureAll() {
  const double width = page.BodyWidth();
  measured.clear();
  measured.resize(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    MeasuredBlock& m = measured[i];
    const Block& block = blocks[i];
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      const double pad = p->background ? kBoxPad : 0;
      m.indent = std::clamp(p->indent, 0.0, width / 2);
      m.text = Measure(MakeLayout(context.get(), p->spans, p->style, width - m.indent - 2 * pad));
      if (!p->bullet.empty()) {
        m.bullet = Measure(MakeLayout(context.get(), p->bullet, p->style, m.indent + 1));
      }
      m.space_before = p->space_before;
      m.space_after = p->space_after;
      m.keep_with_next = p->keep_with_next;
      m.unsplittable = p->background.has_value();
    } else if (const auto* h = std::get_if<Heading>(&block)) {
      m.text = Measure(MakeLayout(context.get(), HeadingTitle(*h), HeadingStyle(h->level), width));
      m.space_before = HeadingSpaceBefore(h->level);
      m.space_after = HeadingSpaceAfter(h->level);
      m.keep_with_next = true;
      m.unsplittable = true;
    } else if (const auto* t = std::get_if<Table>(&block)) {
      m.table = MeasureTable(context.get(), *t, width);
      m.space_after = t->space_after;
    } else if (const auto* f = std::get_if<Figure>(&block)) {
      m.figure_height = std::clamp(f->height, 0.0, BodyHeight());
      m.space_after = f->space_after;
      m.keep_with_next = f->keep_with_next;
    } else if (const auto* toc = std::get_if<TableOfContents>(&block)) {
      for (std::size_t j = 0; j < blocks.size(); ++j) {
        const auto* heading = std::get_if<Heading>(&blocks[j]);
        if (heading == nullptr || !heading->in_toc || heading->level > toc->max_level) continue;
        TocRow row{
            .heading_block = j, .level = heading->level, .indent = 16.0 * (heading->level - 1)};
        const TextStyle style{.size = heading->level == 1 ? 10.5 : 10,
                              .bold = heading->level == 1,
                              .line_spacing = 1.05};
        row.title = Measure(MakeLayout(context.get(), HeadingTitle(*heading), style,
                                       width - row.indent - kTocNumberWidth - 12));
        row.height = row.title.height + (heading->level == 1 ? 7 : 3);
        m.toc.push_back(std::move(row));
      }
      m.space_after = 8;
    }
  }
}

}  // namespace vigie::pdf
