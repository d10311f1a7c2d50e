#pragma once
// The block layout engine: measures a document's blocks with pango once, then
// paginates them on pages of one size. Rules:
// - a table row is never split; the header row repeats at the top of each page;
// - a heading is never the last thing on a page: it moves down with the start of what
//   follows (keep-with-next chains through consecutive headings);
// - a paragraph splits at a line boundary only, leaving at least two lines on each
//   side; space before a block is dropped at the top of a page;
// - the table of contents is measured before pagination (its rows do not depend on
//   page numbers), so one pagination gives every heading its final page, and drawing
//   then writes those numbers: the numbers always match where headings land.
// Not thread-safe; one instance per document being rendered.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "pdf/document.hpp"

namespace vigie::pdf {

// One piece of a block placed on a page.
struct Fragment {
  enum class Kind { kText, kTableHeader, kTableRow, kFigure, kTocRow };
  Kind kind = Kind::kText;
  std::size_t block = 0;
  std::size_t first = 0;  // kText: first line; kTableRow, kTocRow: row index
  std::size_t last = 0;   // kText: one past the last line
  double y = 0;           // top, in page coordinates
  double height = 0;
};

struct PlacedHeading {
  std::size_t block = 0;
  int level = 1;
  std::string title;  // number and text, as shown
  bool in_toc = true;
  int page = 1;  // 1-based
  double y = 0;
};

struct Pagination {
  std::vector<std::vector<Fragment>> pages;  // at least one page
  std::vector<PlacedHeading> headings;       // in document order
};

class Typesetter {
 public:
  explicit Typesetter(PageSpec page = {});
  ~Typesetter();
  Typesetter(const Typesetter&) = delete;
  Typesetter& operator=(const Typesetter&) = delete;

  // Measures and paginates `blocks` (kept by the typesetter for drawing).
  const Pagination& Typeset(std::vector<Block> blocks);

  const PageSpec& page() const;
  const Pagination& pagination() const;

  // Draws the body of page `index` (0-based): furniture is the caller's.
  void DrawPage(cairo_t* cr, std::size_t index) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigie::pdf
