#pragma once
// An XLSX workbook read from memory: its sheets (names, visibility), defined names,
// custom properties and date system, and each sheet's cells, typed, with the kind of
// their number format.
//
// Limits hold against zip bombs and huge sheets: the number of zip entries, each part
// once inflated, all parts inflated from one archive together (measured on the bytes
// actually inflated, not on the sizes the archive declares), and the filled cells of
// one sheet. Element names are matched by local name, so a prefixed SpreadsheetML
// ("x:sheet") reads the same.
//
// Never throws on bad input: every failure is an Error with a kind (callers that know
// what the file should be word their own message) and a French message for the user.
// Not thread-safe: one Workbook is read by one thread at a time.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/cell.hpp"

namespace vigie::xlsx {

struct Limits {
  std::size_t max_entries = 1000;
  std::size_t max_part_bytes = 16u << 20;   // one inflated part
  std::size_t max_total_bytes = 48u << 20;  // all parts inflated from one archive
  std::size_t max_cells = 200000;           // filled cells of one sheet
};

enum class ErrorKind {
  kNotZip,          // neither a zip nor anything recognised
  kLegacyXls,       // Excel 97-2003 (.xls)
  kBrokenZip,       // starts as a zip but cannot be read: truncated, damaged
  kTooManyEntries,  // more zip entries than Limits::max_entries
  kOpenDocument,    // an OpenDocument spreadsheet (.ods)
  kNotXlsx,         // a zip that is no Office package
  kNoWorkbook,      // an Office package without a workbook (a Word file…)
  kDamaged,         // a part missing, unreadable, encrypted or contradicting itself
  kTooLarge,        // inflated parts beyond the limits
  kTooManyCells,    // a sheet with more filled cells than Limits::max_cells
  kNoSuchSheet,     // ReadSheet with an unknown name or index
};

struct Error {
  ErrorKind kind = ErrorKind::kDamaged;
  std::string message;  // French, for the user; valid UTF-8
};

struct SheetInfo {
  std::string name;  // valid UTF-8
  bool hidden = false;  // "hidden" or "veryHidden"
};

// Column index (0 for A) -> cell; only non-empty cells are present.
using Row = std::map<std::size_t, CellValue>;
// Row number (1-based, as Excel shows it) -> row.
using Grid = std::map<int, Row>;

class Workbook {
 public:
  Workbook(Workbook&& other) noexcept;
  Workbook& operator=(Workbook&& other) noexcept;
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  ~Workbook();

  // In workbook order.
  const std::vector<SheetInfo>& Sheets() const;
  // The index of the sheet named exactly `name`.
  std::optional<std::size_t> FindSheet(std::string_view name) const;
  // True when dates count days from 1904 (see serial_date.hpp).
  bool date1904() const;
  // Workbook-wide defined names: name -> formula text (as written, e.g. "\"abc\"").
  const std::map<std::string, std::string>& DefinedNames() const;
  // docProps/custom.xml: name -> string value (other types left out).
  const std::map<std::string, std::string>& CustomProperties() const;

  // The non-empty cells of a sheet (empty text cells left out), or std::nullopt with
  // `error`. Inflated bytes count towards the archive's total limit on every call.
  std::optional<Grid> ReadSheet(std::size_t index, Error& error);
  std::optional<Grid> ReadSheet(std::string_view name, Error& error);

 private:
  friend std::optional<Workbook> OpenWorkbook(std::string_view bytes, const Limits& limits, Error& error);
  struct Impl;
  explicit Workbook(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Opens the workbook held by `bytes`, which must outlive the result. The file's size
// is the caller's to check before.
std::optional<Workbook> OpenWorkbook(std::string_view bytes, const Limits& limits, Error& error);

}  // namespace vigie::xlsx
