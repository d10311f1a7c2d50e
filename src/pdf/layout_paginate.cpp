// Pagination: places measured blocks on pages (rules in layout_engine.hpp).

#include <algorithm>

#include "pdf/layout_internal.hpp"

namespace vigie::pdf {
namespace {

// The pagination cursor: the page being filled and the top of the free space.
class Cursor {
 public:
  Cursor(Pagination* out, const PageSpec& page) : out_(out), page_(page), y_(page.BodyTop()) {
    out_->pages.emplace_back();
  }
  double Room() const { return page_.BodyBottom() - y_; }
  bool Fresh() const { return out_->pages.back().empty(); }
  double y() const { return y_; }
  int PageNumber() const { return static_cast<int>(out_->pages.size()); }
  void NewPage() {
    out_->pages.emplace_back();
    y_ = page_.BodyTop();
  }
  void Skip(double height) {
    if (!Fresh()) y_ += height;
  }
  void Place(Fragment fragment) {
    fragment.y = y_;
    y_ += fragment.height;
    out_->pages.back().push_back(fragment);
  }

 private:
  Pagination* out_;
  const PageSpec& page_;
  double y_;
};

double LinesHeight(const detail::MeasuredText& text, std::size_t first, std::size_t last) {
  if (first >= last) return 0;
  return text.lines[last - 1].top + text.lines[last - 1].height - text.lines[first].top;
}

}  // namespace

void Typesetter::Impl::Paginate() {
  pagination = {};
  Cursor cursor(&pagination, page);
  const double body = BodyHeight();
  // The least height block i needs at the bottom of a page to start there; headings
  // and keep-with-next blocks add the start of what follows (bounded chain).
  auto lead = [&](auto&& self, std::size_t i, int depth) -> double {
    if (i >= blocks.size() || depth > 4) return 0;
    const MeasuredBlock& m = measured[i];
    double own = 0;
    if (m.text) {
      const bool boxed =
          std::get_if<Paragraph>(&blocks[i]) && std::get<Paragraph>(blocks[i]).background;
      own = m.space_before +
            (m.unsplittable
                 ? m.text->height + (boxed ? 2 * kBoxPad : 0)
                 : LinesHeight(*m.text, 0, std::min<std::size_t>(2, m.text->lines.size())));
    } else if (std::holds_alternative<Table>(blocks[i])) {
      own = m.table.header_height + (m.table.row_height.empty() ? 0 : m.table.row_height.front());
    } else if (std::holds_alternative<Figure>(blocks[i])) {
      own = m.figure_height;
    } else if (!m.toc.empty()) {
      own = m.toc.front().height;
    }
    return own + (m.keep_with_next ? self(self, i + 1, depth + 1) : 0);
  };

  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const MeasuredBlock& m = measured[i];
    const Block& block = blocks[i];
    if (std::holds_alternative<PageBreak>(block)) {
      if (!cursor.Fresh()) cursor.NewPage();
      continue;
    }
    if (const auto* spacer = std::get_if<Spacer>(&block)) {
      cursor.Skip(spacer->height);
      continue;
    }
    if (m.text) {
      const auto* heading = std::get_if<Heading>(&block);
      if (heading != nullptr && heading->new_page && !cursor.Fresh()) cursor.NewPage();
      const bool boxed = heading == nullptr && std::get<Paragraph>(block).background.has_value();
      const double whole = m.text->height + (boxed ? 2 * kBoxPad : 0);
      // Unsplittable blocks and keep-with-next chains move down together when they
      // fit on an empty page.
      if (m.unsplittable || m.keep_with_next) {
        const double need = m.space_before + whole + (m.keep_with_next ? lead(lead, i + 1, 0) : 0);
        if (need > cursor.Room() && !cursor.Fresh() && whole + lead(lead, i + 1, 0) <= body) {
          cursor.NewPage();
        }
      }
      cursor.Skip(m.space_before);
      if (heading != nullptr) {
        pagination.headings.push_back({i, heading->level, HeadingTitle(*heading), heading->in_toc,
                                       cursor.PageNumber(), cursor.y()});
      }
      const std::size_t n = m.text->lines.size();
      if (m.unsplittable || whole <= cursor.Room()) {
        cursor.Place({Fragment::Kind::kText, i, 0, n, 0, whole});
      } else {
        std::size_t first = 0;
        while (first < n) {
          std::size_t fit = 0;
          while (first + fit < n && LinesHeight(*m.text, first, first + fit + 1) <= cursor.Room()) {
            ++fit;
          }
          const std::size_t remaining = n - first;
          if (fit == remaining) {
            cursor.Place({Fragment::Kind::kText, i, first, n, 0, LinesHeight(*m.text, first, n)});
            break;
          }
          if (fit < 2 && remaining >= 2 && !cursor.Fresh()) {  // no orphan line at the bottom
            cursor.NewPage();
            continue;
          }
          if (remaining - fit < 2) {  // no widow line at the top of the next page
            if (remaining >= 4) {
              fit = remaining - 2;
            } else if (!cursor.Fresh()) {
              cursor.NewPage();  // three lines: all of them on the next page
              continue;
            }
          }
          fit = std::max<std::size_t>(fit, 1);
          cursor.Place({Fragment::Kind::kText, i, first, first + fit, 0,
                        LinesHeight(*m.text, first, first + fit)});
          cursor.NewPage();
          first += fit;
        }
      }
      cursor.Skip(m.space_after);
      continue;
    }
    if (const auto* table = std::get_if<Table>(&block)) {
      const MeasuredTable& t = m.table;
      const bool has_header = !table->header.empty();
      if (lead(lead, i, 0) > cursor.Room() && !cursor.Fresh()) cursor.NewPage();
      bool only_header = false;
      if (has_header) {
        cursor.Place({Fragment::Kind::kTableHeader, i, 0, 0, 0, t.header_height});
        only_header = true;
      }
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        // A row that fits on no page is placed under the header of a new page anyway.
        if (t.row_height[r] > cursor.Room() && !only_header && !cursor.Fresh()) {
          cursor.NewPage();
          if (has_header) cursor.Place({Fragment::Kind::kTableHeader, i, 0, 0, 0, t.header_height});
        }
        cursor.Place({Fragment::Kind::kTableRow, i, r, r + 1, 0, t.row_height[r]});
        only_header = false;
      }
      cursor.Skip(m.space_after);
      continue;
    }
    if (std::holds_alternative<Figure>(block)) {
      const double need = m.figure_height + (m.keep_with_next ? lead(lead, i + 1, 0) : 0);
      if (need > cursor.Room() && !cursor.Fresh()) cursor.NewPage();
      cursor.Place({Fragment::Kind::kFigure, i, 0, 0, 0, m.figure_height});
      cursor.Skip(m.space_after);
      continue;
    }
    for (std::size_t r = 0; r < m.toc.size(); ++r) {  // the table of contents
      if (m.toc[r].height > cursor.Room() && !cursor.Fresh()) cursor.NewPage();
      cursor.Place({Fragment::Kind::kTocRow, i, r, r + 1, 0, m.toc[r].height});
    }
    cursor.Skip(m.space_after);
  }
}

Typesetter::Typesetter(PageSpec page) : impl_(std::make_unique<Impl>()) {
  impl_->page = page;
  impl_->context = detail::MakeContext();
}

Typesetter::~Typesetter() = default;

const Pagination& Typesetter::Typeset(std::vector<Block> blocks) {
  impl_->blocks = std::move(blocks);
  impl_->MeasureAll();
  impl_->Paginate();
  return impl_->pagination;
}

const PageSpec& Typesetter::page() const { return impl_->page; }
const Pagination& Typesetter::pagination() const { return impl_->pagination; }

void Typesetter::DrawPage(cairo_t* cr, std::size_t index) const {
  if (index >= impl_->pagination.pages.size()) return;
  for (const Fragment& fragment : impl_->pagination.pages[index]) impl_->DrawFragment(cr, fragment);
}

}  // namespace vigie::pdf
