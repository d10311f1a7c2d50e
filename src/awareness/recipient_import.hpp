#pragma once
// The import of a recipient list (issue 5, section 1): a CSV or XLSX file of staff
// (email, first name, last name, site, department, job family) read and checked in full
// before anything is saved, so the page can show the report first.
//
// - Format: XLSX when the bytes are a zip (the sheet named "Destinataires", else the
//   first visible sheet), else CSV (csv_reader.hpp: encodings and separators).
// - Header: the first row, among the first ten, naming the address column. Headers are
//   matched in French or English, case, accents and punctuation ignored ("Adresse
//   électronique", "courriel", "E-mail"; "Prénom"/"first name"; "Nom"/"last name";
//   "Site"/"établissement"; "Service"/"département"/"department"; "Famille de
//   métier"/"métier"/"job family"/"fonction"). Other columns are ignored (a warning).
// - Rows: values trimmed, white space collapsed, then checked by
//   NormalizeRecipientInput (recipient_fields.hpp), the rules of the recipient form:
//   the address is required and must be sendable (lower-cased), lengths are limited, a
//   site must be one of the structure's when it has sites (its own spelling is kept).
//   An address twice in the file is an error on each of its lines; an address already
//   in the group is an update, not an error. Missing names are warnings.
// - All or nothing: with any error, `rows` is empty, and `problems` lists every error
//   (and warning), located by line (the file's line for a CSV, the sheet's row number
//   for an XLSX) and column header.
//
// Pure; never throws on bad input; every text returned is valid UTF-8.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awareness/recipient_fields.hpp"

namespace vigie::awareness {

struct ImportContext {
  std::vector<std::string> existing_emails;  // the target group's members (any case)
  std::vector<std::string> known_sites;      // the structure's site names; empty: any site
  std::size_t max_bytes = 8u << 20;
  std::size_t max_rows = 20000;              // people in one file
};

enum class ImportField { kEmail, kFirstName, kLastName, kSite, kDepartment, kJobFamily };
inline constexpr std::size_t kImportFieldCount = 6;

enum class ImportFormat { kUnknown, kCsv, kXlsx };

struct ImportedRecipient {
  int line = 0;
  RecipientInput fields;  // normalized: trimmed, address lower-cased, site as the structure spells it
  bool update = false;    // already in the group: its details will be updated
};

enum class ProblemSeverity { kError, kWarning };

struct ImportProblem {
  ProblemSeverity severity = ProblemSeverity::kError;
  int line = 0;         // 0: the whole file
  std::string column;   // the column's header as the file writes it; "" when none applies
  std::string value;    // the value at fault, shortened to 80 characters; "" when none
  std::string message;  // French, for the user
};

struct RecipientImport {
  ImportFormat format = ImportFormat::kUnknown;
  std::string source;  // what was read, for the report: "CSV (UTF-8, séparateur « ; »)", "XLSX, feuille « Liste »"
  std::array<std::string, kImportFieldCount> columns;  // the header found for each field ("" if absent)
  std::vector<ImportedRecipient> rows;                 // in file order; empty when there is any error
  std::vector<ImportProblem> problems;                 // by line (the whole file's first), errors first
  std::size_t rows_read = 0;     // non-empty rows below the header
  std::size_t new_count = 0;     // valid rows that add a person
  std::size_t update_count = 0;  // valid rows that update a member of the group
  std::size_t error_count = 0;
  std::size_t warning_count = 0;

  bool ok() const { return error_count == 0; }
};

RecipientImport ParseRecipients(std::string_view bytes, std::string_view file_name, const ImportContext& ctx);

// The field a column header names, if any (see above).
std::optional<ImportField> FieldOfHeader(std::string_view header);
// "adresse électronique", "prénom"…: the field as the report names it.
std::string_view FieldLabel(ImportField field);

}  // namespace vigie::awareness
