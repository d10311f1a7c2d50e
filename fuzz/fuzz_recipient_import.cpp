// awareness::ParseRecipients and awareness::ReadCsv: a recipient list uploaded by a
// structure (CSV in any encoding, XLSX, or any file at all). Input: the file's bytes.
// Properties:
// - nothing throws, whatever the bytes;
// - every text returned (rows, problems, source, column headers) is valid UTF-8;
// - a file with an error imports nothing; every problem has a message, a line >= 0
//   and a value of at most 80 characters (and "…"); problems come in line order;
// - an accepted file's rows are in line order, each address is sendable, lower-case
//   and appears once, a site is one of the structure's when it has sites, and the
//   rows split exactly into new ones and updates of the group's members;
// - the CSV reader's rows are in line order within its limits, or it names an error.

#include <set>
#include <string>

#include "awareness/csv_reader.hpp"
#include "awareness/recipient_import.hpp"
#include "fuzz_check.hpp"

namespace {

using vigie::awareness::ImportContext;
using vigie::awareness::RecipientImport;
using vigie::fuzz::IsValidUtf8;

ImportContext WithSites() {
  ImportContext ctx;
  ctx.existing_emails = {"anne@ehpad.fr", "Paul.Durand@ehpad-tilleuls.fr"};
  ctx.known_sites = {"Bâtiment principal", "Résidence Les Érables"};
  return ctx;
}

ImportContext Small() {
  ImportContext ctx;
  ctx.max_rows = 5;
  return ctx;
}

std::size_t Chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u ? 1 : 0;
  return n;
}

void Check(const RecipientImport& result, const ImportContext& ctx) {
  FUZZ_CHECK(IsValidUtf8(result.source));
  for (const auto& column : result.columns) FUZZ_CHECK(IsValidUtf8(column));
  std::size_t errors = 0;
  int previous = 0;
  for (const auto& problem : result.problems) {
    FUZZ_CHECK(!problem.message.empty() && IsValidUtf8(problem.message));
    FUZZ_CHECK(IsValidUtf8(problem.column) && IsValidUtf8(problem.value));
    FUZZ_CHECK(Chars(problem.value) <= 81);
    FUZZ_CHECK(problem.line >= previous);
    previous = problem.line;
    errors += problem.severity == vigie::awareness::ProblemSeverity::kError ? 1 : 0;
  }
  FUZZ_CHECK(errors == result.error_count);
  FUZZ_CHECK(result.error_count + result.warning_count == result.problems.size());
  FUZZ_CHECK(result.ok() == (result.error_count == 0));
  if (!result.ok()) {
    FUZZ_CHECK(result.rows.empty());
    return;
  }
  FUZZ_CHECK(result.new_count + result.update_count == result.rows.size());
  FUZZ_CHECK(result.rows.size() <= result.rows_read && result.rows_read <= ctx.max_rows);
  std::set<std::string> seen;
  std::set<std::string> sites(ctx.known_sites.begin(), ctx.known_sites.end());
  previous = 0;
  for (const auto& row : result.rows) {
    FUZZ_CHECK(row.line > previous);
    previous = row.line;
    const auto& f = row.fields;
    FUZZ_CHECK(vigie::awareness::IsSendableEmail(f.email));
    for (char c : f.email) FUZZ_CHECK(!(c >= 'A' && c <= 'Z'));
    FUZZ_CHECK(seen.insert(f.email).second);
    for (const std::string* text : {&f.first_name, &f.last_name, &f.site, &f.department, &f.job_family}) {
      FUZZ_CHECK(IsValidUtf8(*text) && text->size() <= 120);
    }
    FUZZ_CHECK(f.site.empty() || sites.empty() || sites.contains(f.site));
  }
}

void CheckCsv(std::string_view bytes) {
  vigie::awareness::CsvLimits limits;
  limits.max_rows = 50;
  limits.max_fields = 8;
  limits.max_field_bytes = 64;
  const auto doc = vigie::awareness::ReadCsv(bytes, limits);
  if (!doc.ok()) {
    FUZZ_CHECK(doc.rows.empty() && !doc.message.empty() && IsValidUtf8(doc.message));
    return;
  }
  FUZZ_CHECK(doc.rows.size() <= limits.max_rows);
  int previous = 0;
  for (const auto& row : doc.rows) {
    FUZZ_CHECK(row.line > previous);
    previous = row.line;
    FUZZ_CHECK(!row.fields.empty() && row.fields.size() <= limits.max_fields);
    for (const auto& field : row.fields) FUZZ_CHECK(field.size() <= limits.max_field_bytes && IsValidUtf8(field));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = vigie::fuzz::AsText(data, size);
  static const ImportContext with_sites = WithSites();
  static const ImportContext small = Small();
  Check(vigie::awareness::ParseRecipients(bytes, "liste.csv", with_sites), with_sites);
  Check(vigie::awareness::ParseRecipients(bytes, "", small), small);
  CheckCsv(bytes);
  return 0;
}
