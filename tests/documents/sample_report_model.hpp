#pragma once
// A realistic full report model for document tests and benchmarks: an EHPAD's
// diagnostic in French with 15 domains (one not evaluated), about 150 findings whose
// comments carry & < > « » ; : ! ? and a long URL, 60 measures with their referential
// mappings, a 60-row action plan, method, next steps and glossary.

#include "report/report_model.hpp"

namespace vigie::testing {

report::ReportModel SampleReportModel();

}  // namespace vigie::testing
