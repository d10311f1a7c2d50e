#pragma once
// Test-only helpers (unit tests of src/xlsx and of the modules reading XLSX): zip files
// built and taken apart with minizip, and minimal hand-made XLSX workbooks whose cells
// say how they are typed. Header-only: a test including it links minizip (it does
// through vigie_xlsx).

#include "core/markup.hpp"
#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "xlsx/cell.hpp"

namespace vigie::xlsx::testing {

using Entries = std::vector<std::pair<std::string, std::string>>;

class ScratchFile {
 public:
  ScratchFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/vigie-xlsx-test-XXXXXX";
    const int fd = mkstemp(path_.data());
    if (fd >= 0) close(fd);
  }
  ~ScratchFile() { unlink(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }
  std::string Read() const {
    std::ifstream in(path_, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  void Write(const std::string& bytes) const { std::ofstream(path_, std::ios::binary) << bytes; }

 private:
  std::string path_;
};

// A zip of `entries`, deflated (or stored when `store`), in order.
inline std::string MakeZip(const Entries& entries, bool store = false) {
  ScratchFile file;
  zipFile zip = zipOpen64(file.path().c_str(), APPEND_STATUS_CREATE);
  for (const auto& [name, content] : entries) {
    zip_fileinfo info{};
    zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, store ? 0 : Z_DEFLATED,
                          store ? 0 : Z_DEFAULT_COMPRESSION, content.size() > 0xFFFFFFFFu ? 1 : 0);
    zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size()));
    zipCloseFileInZip(zip);
  }
  zipClose(zip, nullptr);
  return file.Read();
}

// Every entry of a zip, in order.
inline Entries Unzip(const std::string& bytes) {
  ScratchFile file;
  file.Write(bytes);
  Entries entries;
  unzFile zip = unzOpen64(file.path().c_str());
  if (zip == nullptr) return entries;
  for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
    char name[512];
    unz_file_info64 info{};
    unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    std::string content(info.uncompressed_size, '\0');
    unzOpenCurrentFile(zip);
    if (!content.empty()) unzReadCurrentFile(zip, content.data(), static_cast<unsigned>(content.size()));
    unzCloseCurrentFile(zip);
    entries.emplace_back(name, std::move(content));
  }
  unzClose(zip);
  return entries;
}

inline std::string XmlEscape(const std::string& text) { return core::EscapeMarkup(text); }

struct TestSheet {
  std::string name;
  std::vector<std::vector<std::string>> rows;  // from row 1; see MinimalXlsx for the cell syntax
  bool hidden = false;
};

// A workbook whose cells are written from strings:
//   ""         no cell               "n:12"     number (general)
//   "d:46477"  number, date format   "p:0.4"    number, percentage format
//   "c:46477"  number, custom "dd/mm/yyyy"    "b:1"      boolean
//   "e:#N/A"   error                 "s:texte"  shared string
//   "r:a|b"    rich text, runs a, b  otherwise  inline string
inline std::string MinimalXlsx(const std::vector<TestSheet>& sheets, const Entries& defined_names = {},
                               bool date1904 = false) {
  std::vector<std::string> shared;
  Entries parts;
  std::string content_types =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/></Types>)";
  std::string workbook = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)";
  workbook += date1904 ? R"(<workbookPr date1904="1"/>)" : "<workbookPr/>";
  workbook += "<sheets>";
  std::string rels = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t s = 0; s < sheets.size(); ++s) {
    const std::string n = std::to_string(s + 1);
    workbook += "<sheet name=\"" + XmlEscape(sheets[s].name) + "\" sheetId=\"" + n + "\"" +
                (sheets[s].hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + n + "\"/>";
    rels += R"(<Relationship Id="rId)" + n +
            R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet)" +
            n + ".xml\"/>";
    std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    for (std::size_t r = 0; r < sheets[s].rows.size(); ++r) {
      xml += "<row r=\"" + std::to_string(r + 1) + "\">";
      for (std::size_t c = 0; c < sheets[s].rows[r].size(); ++c) {
        const std::string& v = sheets[s].rows[r][c];
        if (v.empty()) continue;
        const std::string ref = ColumnLetters(c) + std::to_string(r + 1);
        const std::string body = v.size() > 2 ? v.substr(2) : "";
        const std::string tag = v.size() > 2 && v[1] == ':' ? v.substr(0, 1) : "";
        if (tag == "n") xml += "<c r=\"" + ref + "\"><v>" + body + "</v></c>";
        else if (tag == "d") xml += "<c r=\"" + ref + "\" s=\"1\"><v>" + body + "</v></c>";
        else if (tag == "p") xml += "<c r=\"" + ref + "\" s=\"2\"><v>" + body + "</v></c>";
        else if (tag == "c") xml += "<c r=\"" + ref + "\" s=\"3\"><v>" + body + "</v></c>";
        else if (tag == "b") xml += "<c r=\"" + ref + "\" t=\"b\"><v>" + body + "</v></c>";
        else if (tag == "e") xml += "<c r=\"" + ref + "\" t=\"e\"><v>" + XmlEscape(body) + "</v></c>";
        else if (tag == "s") {
          xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(shared.size()) + "</v></c>";
          shared.push_back(body);
        } else if (tag == "r") {
          xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is>";
          std::size_t start = 0;
          while (start <= body.size()) {
            auto end = body.find('|', start);
            if (end == std::string::npos) end = body.size();
            xml += "<r><rPr><b/></rPr><t xml:space=\"preserve\">" + XmlEscape(body.substr(start, end - start)) + "</t></r>";
            start = end + 1;
          }
          xml += "<rPh><t>phonetic</t></rPh></is></c>";
        } else {
          xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + XmlEscape(v) + "</t></is></c>";
        }
      }
      xml += "</row>";
    }
    xml += "</sheetData></worksheet>";
    parts.emplace_back("xl/worksheets/sheet" + n + ".xml", xml);
  }
  workbook += "</sheets>";
  if (!defined_names.empty()) {
    workbook += "<definedNames>";
    for (const auto& [name, value] : defined_names) {
      workbook += "<definedName name=\"" + XmlEscape(name) + "\">" + XmlEscape(value) + "</definedName>";
    }
    workbook += "</definedNames>";
  }
  workbook += "</workbook>";
  const std::string next = std::to_string(sheets.size() + 1);
  rels += R"(<Relationship Id="rId)" + next +
          R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
  rels += R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
  rels += "</Relationships>";
  std::string sst = R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
  for (const auto& s : shared) sst += "<si><t>" + XmlEscape(s) + "</t></si>";
  sst += "</sst>";
  const std::string styles =
      R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
      R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs></styleSheet>)";
  Entries entries = {
      {"[Content_Types].xml", content_types},
      {"_rels/.rels",
       R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
      {"xl/workbook.xml", workbook},
      {"xl/_rels/workbook.xml.rels", rels},
      {"xl/styles.xml", styles},
      {"xl/sharedStrings.xml", sst},
  };
  entries.insert(entries.end(), parts.begin(), parts.end());
  return MakeZip(entries);
}

}  // namespace vigie::xlsx::testing
