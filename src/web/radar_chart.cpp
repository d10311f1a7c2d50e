#include "web/radar_chart.hpp"

#include "charts/charts.hpp"

namespace vigie::web {

std::string RadarSvg(const std::vector<RadarAxis>& axes, int size) {
  std::vector<charts::RadarAxis> chart_axes;
  chart_axes.reserve(axes.size());
  for (const auto& axis : axes) chart_axes.push_back({axis.label, axis.value});
  const double height = size > 0 ? size : 560;
  // 13 px labels: the image is shown at about its natural size on a desktop page.
  return charts::RadarSvg(chart_axes, height * 8 / 5, height, {.font_size = 13});
}

}  // namespace vigie::web
