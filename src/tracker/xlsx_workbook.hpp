#pragma once
// Internal to the tracker reader: the parts of an XLSX package that say where things
// are (package and workbook relationships, sheets, defined names, number formats,
// shared strings), read with pugixml. Element names are matched by local name, so a
// prefixed SpreadsheetML ("x:sheet") reads the same. Never throws on bad input.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/tracker_upload.hpp"
#include "tracker/xlsx_zip.hpp"

namespace vigie::tracker::detail {

struct SheetEntry {
  std::string name;
  std::string part;  // "xl/worksheets/sheet1.xml"
  bool hidden = false;
};

struct Workbook {
  std::vector<SheetEntry> sheets;                     // workbook order
  std::map<std::string, std::string> defined_names;   // global names: name -> formula text
  std::map<std::string, std::string> custom_properties;  // docProps/custom.xml, string values
  bool date1904 = false;
  std::vector<NumberStyle> styles;                    // by cell style index (cellXfs)
  std::vector<std::string> shared_strings;
};

// Fills `workbook` from `zip`; returns "" or a French message for the user.
std::string LoadWorkbook(ZipArchive& zip, Workbook& workbook);

// Reads a part as XML text: "" or a French message naming the part.
std::string ReadPart(ZipArchive& zip, const std::string& part, std::string& xml);

// "_x000D_" escapes of OOXML strings decoded ("_x005F_" is a literal underscore).
std::string DecodeEscapes(std::string_view text);

// The kind of a number format code: dates ("dd/mm/yyyy", "[$-40C]d mmmm yyyy"),
// percentages ("0 %"), anything else plain. Quoted text and [..] sections are ignored.
NumberStyle StyleOfFormatCode(std::string_view code);
NumberStyle StyleOfBuiltinFormat(int id);

}  // namespace vigie::tracker::detail
