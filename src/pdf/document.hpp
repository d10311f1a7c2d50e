#pragma once
// The block model the layout engine paginates: a document is a list of blocks that
// flow from page to page. Text is plain UTF-8 (never markup; "&", "<" and ">" are
// safe) and goes through report::FrenchTypography when it is laid out.

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "charts/palette.hpp"

// cairo's own struct tag, forward-declared so this header does not need cairo.h: the
// reserved spelling is the library's, not ours, and must match it.
// NOLINTNEXTLINE(bugprone-reserved-identifier)
typedef struct _cairo cairo_t;

namespace vigie::pdf {

enum class Align { kLeft, kCenter, kRight, kJustify };

struct Span {
  std::string text{};
  bool bold = false;
  bool italic = false;
  std::optional<unsigned> color{};  // 0xRRGGBB; default: the block's colour
};

struct TextStyle {
  double size = 10;
  bool bold = false;
  bool italic = false;
  unsigned color = charts::palette::kInk;
  Align align = Align::kLeft;
  double line_spacing = 1.15;  // factor of the font's line height
};

// A paragraph; may be split between pages at a line boundary, keeping at least two
// lines on each side. With a background it becomes a shaded box that is never split.
struct Paragraph {
  std::vector<Span> spans{};
  TextStyle style{};
  double indent = 0;        // left indent; the bullet sits inside it
  std::string bullet{};     // "•", "1."…
  double space_before = 0;  // dropped at the top of a page
  double space_after = 5;
  bool keep_with_next = false;  // on the same page as the next block's start
  std::optional<unsigned> background{};
};

// A numbered heading; always kept with the start of what follows. Level 1 and 2
// headings go to the table of contents and the PDF outline when `in_toc`.
struct Heading {
  int level = 1;
  std::string number{};  // "5.3", "Annexe A"; may be empty
  std::string text{};
  bool in_toc = true;
  bool new_page = false;
};

struct Cell {
  std::vector<Span> spans{};
  std::optional<unsigned> fill{};
  std::optional<unsigned> color{};
  Align align = Align::kLeft;
  bool bold = false;
};

// A table whose rows are never split: a row that does not fit goes to the next page,
// under a repeated header. A row taller than a whole page is clipped at the bottom
// margin (cells are meant for short text; long text belongs in paragraphs).
struct Table {
  std::vector<double> widths{};  // relative column widths
  std::vector<Cell> header{};    // empty: no header row
  std::vector<std::vector<Cell>> rows{};
  double font_size = 8.5;
  double space_after = 10;
  bool zebra = true;
};

// Anything drawn with cairo (charts, score boxes, the cover) in a box of the body's
// width and the given height; never split, moved to the next page when it does not
// fit, and shrunk to the page body when taller than it.
using DrawFunction =
    std::function<void(cairo_t* cr, double x, double y, double width, double height)>;
struct Figure {
  double height = 100;
  DrawFunction draw{};
  double space_after = 8;
  bool keep_with_next = false;
};

struct Spacer {
  double height = 10;
};

struct PageBreak {};

// Replaced by one row per heading of level <= max_level with `in_toc`, each with the
// page the heading lands on (the PDF outline also links every heading).
struct TableOfContents {
  int max_level = 2;
};

using Block = std::variant<Paragraph, Heading, Table, Figure, Spacer, PageBreak, TableOfContents>;

// Page size and margins in points (1/72 in). Default: A4 portrait.
struct PageSpec {
  double width = 595.276;
  double height = 841.89;
  double margin_top = 68;
  double margin_bottom = 62;
  double margin_left = 60;
  double margin_right = 60;

  double BodyWidth() const { return width - margin_left - margin_right; }
  double BodyTop() const { return margin_top; }
  double BodyBottom() const { return height - margin_bottom; }
};

}  // namespace vigie::pdf
