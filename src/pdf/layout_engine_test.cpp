#include "pdf/layout_engine.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "pdf/pdf_writer.hpp"

namespace vigie::pdf {
namespace {

Paragraph Text(const std::string& text) { return Paragraph{.spans = {Span{text}}}; }

std::string Words(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += "mot" + std::to_string(i % 17) + " ";
  return out;
}

Table LongTable(int rows) {
  Table table{.widths = {1, 3},
              .header = {Cell{.spans = {Span{"N°"}}}, Cell{.spans = {Span{"Texte"}}}}};
  for (int r = 0; r < rows; ++r) {
    table.rows.push_back(
        {Cell{.spans = {Span{std::to_string(r)}}}, Cell{.spans = {Span{Words(5 + r % 40)}}}});
  }
  return table;
}

TEST(Typesetter, NeverSplitsATableRowAndRepeatsTheHeader) {
  Typesetter typesetter;
  const auto& layout = typesetter.Typeset({Text("Avant"), LongTable(120)});
  ASSERT_GT(layout.pages.size(), 2u);
  std::map<std::size_t, int> seen;
  for (const auto& page : layout.pages) {
    bool header_first = false;
    for (std::size_t k = 0; k < page.size(); ++k) {
      const Fragment& f = page[k];
      if (f.kind == Fragment::Kind::kTableHeader && k <= 1) header_first = true;
      if (f.kind != Fragment::Kind::kTableRow) continue;
      ++seen[f.first];
      EXPECT_LE(f.y + f.height, typesetter.page().BodyBottom() + 1e-6);  // entirely on the page
    }
    EXPECT_TRUE(header_first);
  }
  EXPECT_EQ(seen.size(), 120u);
  for (const auto& [row, count] : seen) EXPECT_EQ(count, 1) << "row " << row;
}

TEST(Typesetter, KeepsAHeadingWithWhatFollows) {
  // Fill a page almost completely, then a heading: it must move to the next page
  // with the first lines of its paragraph.
  for (int filler = 30; filler < 46; ++filler) {
    Typesetter typesetter;
    std::vector<Block> blocks;
    for (int i = 0; i < filler; ++i) blocks.push_back(Text("Ligne " + std::to_string(i)));
    blocks.push_back(Heading{.level = 2, .text = "Titre"});
    blocks.push_back(Text(Words(200)));
    const auto& layout = typesetter.Typeset(std::move(blocks));
    const std::size_t heading_block = static_cast<std::size_t>(filler);
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      const auto& page = layout.pages[p];
      for (std::size_t k = 0; k < page.size(); ++k) {
        if (page[k].block != heading_block) continue;
        ASSERT_LT(k + 1, page.size())
            << "heading last on page " << p << " with " << filler << " lines";
        EXPECT_EQ(page[k + 1].block, heading_block + 1);
        EXPECT_GE(page[k + 1].last - page[k + 1].first, 2u);
      }
    }
  }
}

TEST(Typesetter, LeavesNeitherOrphanNorWidowLines) {
  Typesetter typesetter;
  std::vector<Block> blocks;
  for (int i = 0; i < 40; ++i) blocks.push_back(Text(Words(i % 3 == 0 ? 22 + i : 150 + 37 * i)));
  const auto& layout = typesetter.Typeset(std::move(blocks));
  for (const auto& page : layout.pages) {
    for (const auto& f : page) {
      if (f.kind == Fragment::Kind::kText) {
        EXPECT_GE(f.last - f.first, 2u);
      }
    }
  }
}

TEST(Typesetter, TableOfContentsNumbersAreThePagesWhereHeadingsLand) {
  Typesetter typesetter;
  std::vector<Block> blocks{Heading{.text = "Sommaire", .in_toc = false}, TableOfContents{}};
  for (int i = 1; i <= 8; ++i) {
    blocks.push_back(Heading{
        .level = 1, .number = std::to_string(i), .text = "Chapitre", .new_page = i % 3 == 0});
    blocks.push_back(Text(Words(300 * i)));
    blocks.push_back(Heading{.level = 2, .number = std::to_string(i) + ".1", .text = "Section"});
    blocks.push_back(LongTable(i * 3));
  }
  const auto& layout = typesetter.Typeset(std::move(blocks));
  ASSERT_EQ(layout.headings.size(), 17u);
  for (const auto& heading : layout.headings) {
    const auto& page = layout.pages.at(static_cast<std::size_t>(heading.page - 1));
    const bool there = std::any_of(page.begin(), page.end(), [&](const Fragment& f) {
      return f.block == heading.block && f.y == heading.y;
    });
    EXPECT_TRUE(there) << heading.title << " expected on page " << heading.page;
  }
}

TEST(Typesetter, CopesWithEmptyBlocksAndOverlongWords) {
  Typesetter typesetter;
  const std::string url = "https://exemple.fr/" + std::string(2000, 'a');
  const auto& layout = typesetter.Typeset(
      {Text(""), Text(url), Table{}, Figure{.height = 5000}, TableOfContents{},
       Paragraph{.spans = {Span{"Encadré & <données>"}}, .background = 0xEEEEEEu}});
  EXPECT_GE(layout.pages.size(), 2u);
  const std::string pdf = WritePdf({.title = "Essai"}, std::vector<PageSize>(layout.pages.size()),
                                   [&](cairo_t* cr, std::size_t i) { typesetter.DrawPage(cr, i); });
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
}

}  // namespace
}  // namespace vigie::pdf
