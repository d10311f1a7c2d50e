#include "report/report_model.hpp"

namespace vigie::report {

std::vector<const MeasureEntry*> TopMeasures(const ReportModel& m, std::size_t count) {
  std::vector<const MeasureEntry*> out;
  for (const auto& measure : m.measures) {
    if (out.size() == count) break;
    out.push_back(&measure);
  }
  return out;
}

}  // namespace vigie::report
