#pragma once
// Internal: the chapters of the full report, each appending its blocks. Split from
// full_report.cpp by size; the chapter numbers are passed in.

#include <string>
#include <vector>

#include "pdf/document.hpp"
#include "report/report_model.hpp"

namespace vigie::pdf {

void AddSummary(const report::ReportModel& model, const std::string& number,
                std::vector<Block>& out);
void AddMethod(const report::ReportModel& model, const std::string& number,
               std::vector<Block>& out);
void AddGlobalScore(const report::ReportModel& model, const std::string& number,
                    std::vector<Block>& out);
void AddMaturityByDomain(const report::ReportModel& model, const std::string& number,
                         std::vector<Block>& out);
void AddDomainSections(const report::ReportModel& model, const std::string& number,
                       std::vector<Block>& out);
void AddActionPlan(const report::ReportModel& model, const std::string& number,
                   std::vector<Block>& out);
void AddReferentialAnnex(const report::ReportModel& model, const std::string& number,
                         std::vector<Block>& out);
void AddGlossary(const report::ReportModel& model, const std::string& number,
                 std::vector<Block>& out);

}  // namespace vigie::pdf
