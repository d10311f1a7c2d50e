#pragma once
// Internal to the layout engine: measured blocks shared by pagination and drawing.

#include <optional>
#include <vector>

#include "pdf/layout_engine.hpp"
#include "pdf/text_layout.hpp"

namespace vigie::pdf {

inline constexpr double kCellPadX = 4;
inline constexpr double kCellPadY = 3;
inline constexpr double kBoxPad = 7;  // around a paragraph with a background
inline constexpr double kTocNumberWidth = 34;

struct MeasuredTable {
  std::vector<double> column_x;  // relative to the left margin
  std::vector<double> column_width;
  std::vector<detail::MeasuredText> header;
  double header_height = 0;
  std::vector<std::vector<detail::MeasuredText>> rows;
  std::vector<double> row_height;
};

struct TocRow {
  std::size_t heading_block = 0;
  int level = 1;
  double indent = 0;
  detail::MeasuredText title{};
  double height = 0;
};

// What pagination needs to know about one block; which members are set depends on
// the block's kind.
struct MeasuredBlock {
  std::optional<detail::MeasuredText> text;    // Paragraph, Heading
  std::optional<detail::MeasuredText> bullet;  // Paragraph with a bullet
  double indent = 0;
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
  bool unsplittable = false;
  MeasuredTable table;
  std::vector<TocRow> toc;
  double figure_height = 0;
};

struct Typesetter::Impl {
  PageSpec page;
  detail::ContextPtr context;
  std::vector<Block> blocks;
  std::vector<MeasuredBlock> measured;
  Pagination pagination;

  double BodyHeight() const { return page.BodyBottom() - page.BodyTop(); }
  void MeasureAll();
  void Paginate();
  void DrawFragment(cairo_t* cr, const Fragment& fragment) const;
};

// Heading styles by level (1..3): size, colour, space before and after.
TextStyle HeadingStyle(int level);
double HeadingSpaceBefore(int level);
double HeadingSpaceAfter(int level);
std::string HeadingTitle(const Heading& heading);

}  // namespace vigie::pdf
