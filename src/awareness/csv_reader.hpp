#pragma once
// CSV as French spreadsheets export it (RFC 4180 with the habits of Excel and
// LibreOffice): UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
// "Texte Unicode"), or Windows-1252 ("CSV (séparateur : point-virgule)" of a French
// Excel); the separator found on the header line among ';', ',' and tab; fields in
// double quotes with doubled quotes and line breaks inside; CRLF, LF or CR line ends.
//
// Pure; never throws on bad input: a file that cannot be read yields an error (French,
// naming the line) and no rows. Every text it returns is valid UTF-8.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::awareness {

struct CsvLimits {
  std::size_t max_bytes = 8u << 20;
  std::size_t max_rows = 20001;       // records, the header included
  std::size_t max_fields = 50;        // per record
  std::size_t max_field_bytes = 1000;  // per field, once decoded to UTF-8
};

enum class CsvEncoding { kUtf8, kUtf8Bom, kUtf16, kWindows1252 };

enum class CsvError {
  kNone,
  kTooLarge,        // more than max_bytes
  kBinary,          // NUL bytes, broken UTF-16: not a text file
  kTooManyRows,     // more than max_rows records
  kTooManyFields,   // a record with more than max_fields fields
  kFieldTooLong,    // a field longer than max_field_bytes
  kUnclosedQuote,   // a quoted field still open at the end of the file
  kTextAfterQuote,  // "abc"x: text between a closing quote and the separator
};

struct CsvRow {
  int line = 0;  // 1-based line of the file where the record starts
  std::vector<std::string> fields;
};

struct CsvDocument {
  char separator = ';';
  CsvEncoding encoding = CsvEncoding::kUtf8;
  std::vector<CsvRow> rows;  // in order; empty lines left out; empty on error
  CsvError error = CsvError::kNone;
  int error_line = 0;        // 0 for the whole file
  std::string message;       // French, "Ligne 12 : …", when error != kNone

  bool ok() const { return error == CsvError::kNone; }
};

CsvDocument ReadCsv(std::string_view bytes, const CsvLimits& limits = {});

// `bytes` as UTF-8 text, and the encoding it was found in: a UTF-8 byte-order mark is
// removed, UTF-16 with a byte-order mark is converted, and bytes that are not valid
// UTF-8 are taken as Windows-1252 (a superset of Latin-1 for printable characters)
// and converted. False for broken UTF-16.
bool DecodeText(std::string_view bytes, std::string& text, CsvEncoding& encoding);

}  // namespace vigie::awareness
