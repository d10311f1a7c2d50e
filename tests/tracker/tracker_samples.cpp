// vigie_tracker_samples: the action-plan tracker on sample data, for tests with real
// spreadsheet readers (tracker_openpyxl_test.py) and for a look by hand.
//   vigie_tracker_samples plan                       the sample plan as JSON
//   vigie_tracker_samples write OUT.xlsx [--rows N] [--today YYYY-MM-DD]
//   vigie_tracker_samples read IN.xlsx [--key KEY] [--max-bytes N] [--json]
// `read` reconciles the file with the sample plan and prints the result (text, or
// JSON); exit 0 when it ran, 2 on a usage or file error.

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "tracker/reconcile.hpp"
#include "tracker/sample_plan.hpp"
#include "tracker/tracker_reader.hpp"
#include "tracker/tracker_writer.hpp"

namespace {

using nlohmann::json;
using vigie::tracker::FormatError;
using vigie::tracker::ReadTracker;
using vigie::tracker::Reconcile;
using vigie::tracker::TrackerError;
using vigie::tracker::TrackerInput;
using vigie::tracker::TrackerReconciliation;
using vigie::tracker::WriteTracker;

constexpr const char* kSampleKey = "plan-01JDQ8STRUCTURE00000000001";

int Usage() {
  std::fprintf(stderr,
               "usage: vigie_tracker_samples plan\n"
               "       vigie_tracker_samples write OUT.xlsx [--rows N] [--today YYYY-MM-DD]\n"
               "       vigie_tracker_samples read IN.xlsx [--key KEY] [--max-bytes N] [--json]\n");
  return 2;
}

json PlanJson(const std::vector<vigie::report::PlanRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) {
    out.push_back({{"item_id", r.item_id}, {"measure_id", r.measure_id}, {"domain", r.domain_title},
                   {"title", r.title}, {"why", r.why}, {"how", r.how}, {"priority", r.priority},
                   {"horizon", r.horizon}, {"owner", r.owner}, {"due_date", r.due_date}, {"status", r.status},
                   {"abandon_reason", r.abandon_reason}, {"progress", r.progress}, {"comment", r.comment},
                   {"revision", r.revision}});
  }
  return out;
}

json ErrorJson(const TrackerError& e) {
  return {{"sheet", e.sheet}, {"row", e.row}, {"column", e.column}, {"header", e.header}, {"message", e.message},
          {"text", FormatError(e)}};
}

json ResultJson(const TrackerReconciliation& r) {
  json out = {{"ok", r.ok()}, {"wrong_plan", r.wrong_plan}, {"unchanged", r.unchanged},
              {"rejected_rows", r.rejected_rows}, {"missing_item_ids", r.missing_item_ids},
              {"errors", json::array()}, {"notices", json::array()}, {"items", json::array()}};
  for (const auto& e : r.errors) out["errors"].push_back(ErrorJson(e));
  for (const auto& e : r.notices) out["notices"].push_back(ErrorJson(e));
  for (const auto& item : r.items) {
    json changes = json::array();
    for (const auto& c : item.changes) {
      changes.push_back({{"field", c.field}, {"column", c.column}, {"header", c.header}, {"old", c.old_value},
                         {"new", c.new_value}, {"old_display", c.old_display}, {"new_display", c.new_display}});
    }
    out["items"].push_back({{"item_id", item.item_id}, {"title", item.title}, {"row", item.row},
                            {"revision", item.revision}, {"changed_since_export", item.changed_since_export},
                            {"changes", changes}});
  }
  return out;
}

void PrintText(const TrackerReconciliation& r) {
  for (const auto& e : r.errors) std::cout << "ERREUR  " << FormatError(e) << "\n";
  for (const auto& e : r.notices) std::cout << "NOTE    " << FormatError(e) << "\n";
  for (const auto& item : r.items) {
    std::cout << "Ligne " << item.row << " — " << item.title << (item.changed_since_export ? " (modifiée dans Vigie depuis)" : "")
              << "\n";
    for (const auto& c : item.changes) {
      std::cout << "    " << c.header << " : " << (c.old_display.empty() ? "(vide)" : c.old_display) << " → "
                << (c.new_display.empty() ? "(vide)" : c.new_display) << "\n";
    }
  }
  std::cout << r.items.size() << " mesure(s) modifiée(s), " << r.ChangeCount() << " changement(s), " << r.unchanged
            << " inchangée(s), " << r.rejected_rows.size() << " ligne(s) refusée(s).\n";
}

std::string Option(const std::vector<std::string>& args, const std::string& name, const std::string& fallback) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == name) return args[i + 1];
  }
  return fallback;
}

bool Flag(const std::vector<std::string>& args, const std::string& name) {
  for (const auto& a : args) {
    if (a == name) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return Usage();
  try {
    if (args[0] == "plan") {
      const auto rows = vigie::tracker::testing::SamplePlanRows(std::stoul(Option(args, "--rows", "60")));
      std::cout << PlanJson(rows).dump(2) << "\n";
      return 0;
    }
    if (args.size() < 2) return Usage();
    if (args[0] == "write") {
      TrackerInput input;
      input.structure_id = "01JDQ8STRUCTURE00000000001";
      input.structure_name = "EHPAD « Les Tilleuls » & Résidence <Dole>";
      input.plan_key = kSampleKey;
      input.generated_on = "2026-11-29";
      input.today = Option(args, "--today", "2026-11-29");
      input.rows = vigie::tracker::testing::SamplePlanRows(std::stoul(Option(args, "--rows", "60")));
      input.guide = vigie::tracker::testing::SampleGuide();
      std::ofstream out(args[1], std::ios::binary);
      out << WriteTracker(input);
      return out.good() ? 0 : 2;
    }
    if (args[0] == "read") {
      std::ifstream in(args[1], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "cannot read %s\n", args[1].c_str());
        return 2;
      }
      const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      const auto upload = ReadTracker(bytes, std::stoul(Option(args, "--max-bytes", "5242880")));
      const auto result = Reconcile(vigie::tracker::testing::SamplePlanRows(std::stoul(Option(args, "--rows", "60"))),
                                    upload, Option(args, "--key", kSampleKey));
      if (Flag(args, "--json")) {
        std::cout << ResultJson(result).dump(2) << "\n";
      } else {
        PrintText(result);
      }
      return 0;
    }
  } catch (const std::exception& error) {
    std::fprintf(stderr, "%s\n", error.what());
    return 2;
  }
  return Usage();
}
