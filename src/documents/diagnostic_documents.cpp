#include "documents/diagnostic_documents.hpp"

#include "core/error.hpp"
#include "core/french_format.hpp"
#include "core/text.hpp"
#include "crypto/hash.hpp"
#include "pdf/render.hpp"
#include "referential/loader.hpp"
#include "report/report_builder.hpp"
#include "storage/diagnostic_repository.hpp"
#include "storage/document_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/reference_data.hpp"
#include "tracker/tracker_writer.hpp"

namespace vigie::documents {
namespace {

// Raised whenever a renderer's output changes for the same model, so that stored
// documents made by the previous code are regenerated.
constexpr const char* kRendererVersion = "2026.11-1";

// "EHPAD Les Tilleuls" -> "ehpad-les-tilleuls": ASCII letters, digits and hyphens.
std::string Slug(const std::string& name) {
  std::string out;
  for (char c : core::FoldForMatch(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "structure" : out.substr(0, 60);
}

// The answers and the context sheet: needed to render, not to tell whether a stored
// document is current (a locked diagnostic's answers never change).
void LoadAnswerSheet(storage::Database& db, report::ReportInputs& in) {
  db.Run([&](storage::Session& s) {
    in.context = storage::LoadContext(s, in.diagnostic_id);
    for (const auto& [qid, a] : storage::LoadAnswers(s, in.diagnostic_id)) in.answers[qid] = {a.answer, a.comment, a.evidence};
  });
}

struct Loaded {
  report::ReportInputs inputs;
  std::string fingerprint_source;  // everything the documents depend on
};

Loaded Load(storage::Database& db, const std::string& diagnostic_id, long long now) {
  Loaded loaded;
  auto& in = loaded.inputs;
  std::string& fp = loaded.fingerprint_source;
  db.Run([&](storage::Session& s) {
    const auto d = storage::FindDiagnostic(s, diagnostic_id);
    if (!d) throw core::AppError::NotFound("Ce diagnostic n'existe pas.");
    if (d->status != "locked") {
      throw core::AppError::Conflict("Les documents sont produits une fois le diagnostic validé et verrouillé.");
    }
    const auto st = storage::FindStructure(s, d->structure_id);
    if (!st) throw core::AppError::NotFound("La structure de ce diagnostic n'existe plus.");
    in.diagnostic_id = d->id;
    in.structure_id = st->id;
    in.structure_name = st->name;
    in.finess = st->finess;
    const auto* category = tenancy::FindCategory(st->category_code);
    in.category = category ? category->label : st->category_code;
    if (auto region = storage::FindRegion(s, d->region_id)) in.centre_name = region->crrc_name;
    if (auto consultant = storage::FindUser(s, d->consultant_id)) in.consultant = consultant->display_name;
    in.interview_at = d->created_at;
    in.locked_at = d->locked_at;
    in.generated_at = now;
    in.referential = d->referential_id + " " + d->referential_version;
    fp = std::string(kRendererVersion) + "|" + d->id + "|" + std::to_string(d->locked_at) + "|" + st->name + "|" +
         st->finess + "|" + in.category + "|" + in.centre_name + "|" + in.consultant;
    for (const auto& item : storage::ListActionItems(s, st->id)) {
      in.plan.push_back(PlanRowOf(item));
      fp += "|" + item.id + ":" + std::to_string(item.revision);
    }
  });
  return loaded;
}

}  // namespace

std::optional<Kind> ParseKind(std::string_view code) {
  if (code == "full") return Kind::kFull;
  if (code == "synthesis") return Kind::kSynthesis;
  if (code == "tracker") return Kind::kTracker;
  return std::nullopt;
}

std::string_view KindCode(Kind kind) {
  switch (kind) {
    case Kind::kFull: return "full";
    case Kind::kSynthesis: return "synthesis";
    case Kind::kTracker: return "tracker";
  }
  return "";
}

report::PlanRow PlanRowOf(const storage::ActionItemRecord& item) {
  report::PlanRow row;
  row.item_id = item.id;
  row.measure_id = item.measure_id;
  row.priority = static_cast<int>(item.priority);
  row.horizon = item.horizon;
  row.owner = item.owner;
  row.due_date = item.due_date;
  row.status = item.status;
  row.abandon_reason = item.abandon_reason;
  row.progress = item.progress;
  row.comment = item.comment;
  row.revision = item.revision;
  return row;
}

std::string PlanKey(const std::string& structure_id) { return "vigie-plan:" + structure_id; }

report::ReportModel LoadReportModel(storage::Database& db, const std::string& diagnostic_id, long long now) {
  auto loaded = Load(db, diagnostic_id, now);
  LoadAnswerSheet(db, loaded.inputs);
  return report::BuildReportModel(referential::EmbeddedReferential(), report::EmbeddedReportTexts(), loaded.inputs);
}

Document DiagnosticDocument(storage::Database& db, const std::string& diagnostic_id, Kind kind, long long now) {
  auto loaded = Load(db, diagnostic_id, now);
  const auto& texts = report::EmbeddedReportTexts();
  // The tracker stores the day's overdue count next to its TODAY() formula: a new day
  // makes a new tracker.
  const std::string fingerprint =
      crypto::Sha256Hex(loaded.fingerprint_source + "|" + texts.version + "|" + std::string(KindCode(kind)) +
                        (kind == Kind::kTracker ? "|" + core::FormatIsoDateParis(now) : std::string()));
  const std::string day = core::FormatIsoDateParis(loaded.inputs.locked_at);
  const std::string slug = Slug(loaded.inputs.structure_name);
  Document doc;
  switch (kind) {
    case Kind::kFull:
      doc.file_name = "rapport-diagnostic-" + slug + "-" + day + ".pdf";
      doc.content_type = "application/pdf";
      break;
    case Kind::kSynthesis:
      doc.file_name = "synthese-diagnostic-" + slug + "-" + day + ".pdf";
      doc.content_type = "application/pdf";
      break;
    case Kind::kTracker:
      doc.file_name = "plan-action-" + slug + ".xlsx";
      doc.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      break;
  }
  std::optional<storage::DocumentRecord> stored;
  db.Run([&](storage::Session& s) { stored = storage::FindDocument(s, diagnostic_id, std::string(KindCode(kind))); });
  if (stored && stored->fingerprint == fingerprint) {
    doc.bytes = std::move(stored->bytes);
    doc.sha256 = stored->sha256;
    return doc;
  }
  LoadAnswerSheet(db, loaded.inputs);
  const auto model = report::BuildReportModel(referential::EmbeddedReferential(), texts, loaded.inputs);
  if (kind == Kind::kTracker) {
    tracker::TrackerInput input{loaded.inputs.structure_id, loaded.inputs.structure_name,
                                PlanKey(loaded.inputs.structure_id), core::FormatIsoDateParis(now),
                                core::FormatIsoDateParis(now), model.plan, texts.tracker_instructions};
    doc.bytes = tracker::WriteTracker(input);
  } else {
    doc.bytes = kind == Kind::kFull ? pdf::RenderFullReport(model) : pdf::RenderSynthesis(model);
  }
  doc.sha256 = crypto::Sha256Hex(doc.bytes);
  doc.regenerated = true;
  db.Transact([&](storage::Session& s) {
    storage::SaveDocument(s, {diagnostic_id, std::string(KindCode(kind)), fingerprint, doc.sha256, doc.bytes, now});
  });
  return doc;
}

}  // namespace vigie::documents
