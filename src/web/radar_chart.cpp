#include "web/radar_chart.hpp"

#include <cmath>
#include <cstdio>

#include "core/markup.hpp"

namespace vigie::web {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Long domain names are cut at a word boundary; the page's text alternative and
// table carry them in full.
std::string ShortLabel(const std::string& label) {
  constexpr std::size_t kMax = 26;
  if (label.size() <= kMax) return label;
  auto cut = label.rfind(' ', kMax);
  if (cut == std::string::npos || cut < 8) return label;  // never cut inside a UTF-8 character
  std::string out = label.substr(0, cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out + "…";
}

}  // namespace

std::string RadarSvg(const std::vector<RadarAxis>& axes, int size) {
  // Labels need room on both sides: the canvas is wider than tall.
  const int width = size * 8 / 5;
  const double center_x = width / 2.0;
  const double center = size / 2.0;
  const double radius = size * 0.33;
  const std::size_t n = axes.size();
  auto point = [&](std::size_t i, double value) {
    const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
    return std::pair{center_x + radius * value / 5.0 * std::cos(angle), center + radius * value / 5.0 * std::sin(angle)};
  };
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(size) + "\" font-family=\"Noto Sans, sans-serif\" font-size=\"13\">";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>";
  for (int ring = 1; ring <= 5; ++ring) {  // one ring per score unit
    std::string pts;
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = point(i, ring);
      pts += Num(x) + "," + Num(y) + " ";
    }
    svg += "<polygon points=\"" + pts + "\" fill=\"none\" stroke=\"#d3dae1\" stroke-width=\"1\"/>";
  }
  std::string area;
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = point(i, 5);
    svg += "<line x1=\"" + Num(center_x) + "\" y1=\"" + Num(center) + "\" x2=\"" + Num(x) + "\" y2=\"" + Num(y) +
           "\" stroke=\"#d3dae1\"/>";
    auto [vx, vy] = point(i, axes[i].value.value_or(0));
    area += Num(vx) + "," + Num(vy) + " ";
    auto [lx, ly] = point(i, 5.6);
    const char* anchor = lx < center_x - 10 ? "end" : lx > center_x + 10 ? "start" : "middle";
    svg += "<text x=\"" + Num(lx) + "\" y=\"" + Num(ly) + "\" text-anchor=\"" + anchor + "\" fill=\"#1b2733\">" +
           core::EscapeMarkup(ShortLabel(axes[i].label)) + (axes[i].value ? "" : " (non évalué)") + "</text>";
  }
  svg += "<polygon points=\"" + area + "\" fill=\"#0b5d6b\" fill-opacity=\"0.25\" stroke=\"#0b5d6b\" stroke-width=\"2\"/>";
  svg += "</svg>";
  return svg;
}

}  // namespace vigie::web
