#pragma once
// Writes a PDF into memory from a page painter: fonts are embedded as subsets by
// cairo, the document information dictionary is filled, and outline entries become
// bookmarks. cairo 1.16 has no API for the catalog's /Lang entry: the language is
// not declared in the file (the text is French throughout).

#include <functional>
#include <string>
#include <vector>

#include "pdf/layout_engine.hpp"

// cairo's own struct tag, forward-declared so this header does not need cairo.h: the
// reserved spelling is the library's, not ours, and must match it.
// NOLINTNEXTLINE(bugprone-reserved-identifier)
typedef struct _cairo cairo_t;

namespace vigie::pdf {

struct PdfInfo {
  std::string title{};
  std::string author{};
  std::string subject{};
  std::string keywords{};
  std::string creator = "Vigie";
};

struct PageSize {
  double width = 595.276;
  double height = 841.89;
};

struct OutlineEntry {
  int level = 1;  // 1 or 2; a level-2 entry hangs under the previous level-1 entry
  std::string title{};
  int page = 1;  // 1-based
  double y = 0;
};

// The PDF bookmarks of a typeset document: its level 1 and 2 headings listed in the
// table of contents.
std::vector<OutlineEntry> OutlineOf(const Pagination& layout);

// Paints page i (0-based) for every entry of `pages` and returns the PDF bytes.
// Throws core::AppError (kInternal) only if cairo fails (out of memory).
std::string WritePdf(const PdfInfo& info, const std::vector<PageSize>& pages,
                     const std::function<void(cairo_t*, std::size_t)>& paint,
                     const std::vector<OutlineEntry>& outline = {});

}  // namespace vigie::pdf
