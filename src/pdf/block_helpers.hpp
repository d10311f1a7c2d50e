#pragma once
// Short constructors for the blocks of the deliverables, in the house style: body
// text 9.5 pt, tables 8.5 pt, the palette of charts/palette.hpp.

#include <string>
#include <vector>

#include "pdf/document.hpp"

namespace vigie::pdf {

inline constexpr double kBodySize = 9.5;

Paragraph Body(const std::string& text);
Paragraph Body(std::vector<Span> spans);
Paragraph Muted(const std::string& text);
Paragraph BulletItem(std::vector<Span> spans, double indent = 14, const std::string& bullet = "•");
Paragraph Callout(std::vector<Span> spans, unsigned background = charts::palette::kAccentLight);
// A small bold paragraph that introduces what follows ("Points forts").
Paragraph Lead(const std::string& text);
Heading Chapter(const std::string& number, const std::string& text);
Heading Section(const std::string& number, const std::string& text);
Heading Subsection(const std::string& text);

Cell TextCell(const std::string& text);
Cell BoldCell(const std::string& text);
Cell CenterCell(const std::string& text);
// A cell filled with a colour dark enough for white text (priority, level).
Cell BadgeCell(const std::string& text, unsigned fill);

}  // namespace vigie::pdf
