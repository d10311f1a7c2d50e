#pragma once
// Internal to the XLSX reader: the parts of a package that say where things are
// (package and workbook relationships, sheets, defined names, number formats, shared
// strings, custom properties), read with pugixml in workbook_parts.cpp. Never throws
// on bad input.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/workbook.hpp"
#include "xlsx/zip_archive.hpp"

namespace vigie::xlsx::detail {

struct SheetEntry {
  SheetInfo info;
  std::string part;  // "xl/worksheets/sheet1.xml"
};

struct Parts {
  std::vector<SheetEntry> sheets;                        // workbook order
  std::map<std::string, std::string> defined_names;      // global names: name -> formula text
  std::map<std::string, std::string> custom_properties;  // docProps/custom.xml, string values
  bool date1904 = false;
  std::vector<NumberStyle> styles;                       // by cell style index (cellXfs)
  std::vector<std::string> shared_strings;
};

// Fills `parts` from `zip`.
std::optional<Error> LoadParts(ZipArchive& zip, Parts& parts);

// Reads a part as XML text; the error names the part.
std::optional<Error> ReadPart(ZipArchive& zip, const std::string& part, std::string& xml);

// "_x000D_" escapes of OOXML strings decoded ("_x005F_" is a literal underscore).
std::string DecodeEscapes(std::string_view text);

// The kind of a number format code: dates ("dd/mm/yyyy", "[$-40C]d mmmm yyyy"),
// percentages ("0 %"), anything else plain. Quoted text and [..] sections are ignored.
NumberStyle StyleOfFormatCode(std::string_view code);
NumberStyle StyleOfBuiltinFormat(int id);

}  // namespace vigie::xlsx::detail
