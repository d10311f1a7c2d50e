#include "pdf/block_helpers.hpp"

namespace vigie::pdf {

namespace pal = charts::palette;

Paragraph Body(const std::string& text) { return Body(std::vector<Span>{Span{text}}); }

Paragraph Body(std::vector<Span> spans) {
  return Paragraph{.spans = std::move(spans),
                   .style = {.size = kBodySize, .align = Align::kJustify},
                   .space_after = 5};
}

Paragraph Muted(const std::string& text) {
  return Paragraph{.spans = {Span{text}},
                   .style = {.size = 8.5, .italic = true, .color = pal::kMuted},
                   .space_after = 5};
}

Paragraph BulletItem(std::vector<Span> spans, double indent, const std::string& bullet) {
  return Paragraph{.spans = std::move(spans),
                   .style = {.size = kBodySize},
                   .indent = indent,
                   .bullet = bullet,
                   .space_after = 3};
}

Paragraph Callout(std::vector<Span> spans, unsigned background) {
  return Paragraph{.spans = std::move(spans),
                   .style = {.size = kBodySize},
                   .space_before = 2,
                   .space_after = 8,
                   .background = background};
}

Paragraph Lead(const std::string& text) {
  return Paragraph{.spans = {Span{text}},
                   .style = {.size = kBodySize, .bold = true, .color = pal::kAccent},
                   .space_before = 6,
                   .space_after = 3,
                   .keep_with_next = true};
}

Heading Chapter(const std::string& number, const std::string& text) {
  return Heading{.level = 1, .number = number, .text = text, .new_page = true};
}

Heading Section(const std::string& number, const std::string& text) {
  return Heading{.level = 2, .number = number, .text = text};
}

Heading Subsection(const std::string& text) {
  return Heading{.level = 3, .text = text, .in_toc = false};
}

Cell TextCell(const std::string& text) { return Cell{.spans = {Span{text}}}; }
Cell BoldCell(const std::string& text) { return Cell{.spans = {Span{text}}, .bold = true}; }
Cell CenterCell(const std::string& text) {
  return Cell{.spans = {Span{text}}, .align = Align::kCenter};
}

Cell BadgeCell(const std::string& text, unsigned fill) {
  return Cell{.spans = {Span{text}},
              .fill = fill,
              .color = 0xFFFFFFu,
              .align = Align::kCenter,
              .bold = true};
}

}  // namespace vigie::pdf
