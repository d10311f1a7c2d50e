#include "xlsx/workbook_parts.hpp"

#include <pugixml.hpp>

#include <cctype>
#include <cstdlib>
#include <cstring>

#include "xlsx/xml_helpers.hpp"

namespace vigie::xlsx::detail {
namespace {

constexpr std::string_view kBroken = "Ce classeur est endommagé";

// Target of a relationship, resolved against the folder of the part that holds it.
std::string ResolveTarget(std::string_view base_folder, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(base_folder) + std::string(target);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!segment.empty() && segment != ".") {
      parts.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

std::string FolderOf(std::string_view part) {
  const auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

Error Damaged(const std::string& detail) { return {ErrorKind::kDamaged, std::string(kBroken) + detail}; }

// Relationships of `part` (its _rels/<name>.rels): id -> (type, resolved target).
struct Relationship {
  std::string type;
  std::string target;
};
std::optional<Error> LoadRelationships(ZipArchive& zip, const std::string& part,
                                       std::map<std::string, Relationship>& out) {
  const std::string folder = FolderOf(part);
  const std::string rels = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  std::string xml;
  if (auto error = ReadPart(zip, rels, xml)) return error;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return Damaged(" (partie « " + Utf8Safe(rels) + " » illisible).");
  for (pugi::xml_node rel : Children(Child(doc, "Relationships"), "Relationship")) {
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    out[rel.attribute("Id").value()] = {rel.attribute("Type").value(), ResolveTarget(folder, rel.attribute("Target").value())};
  }
  return std::nullopt;
}

std::optional<Error> LoadStyles(ZipArchive& zip, const std::string& part, std::vector<NumberStyle>& styles) {
  std::string xml;
  if (auto error = ReadPart(zip, part, xml)) return error;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return Damaged(" (styles illisibles).");
  const pugi::xml_node root = Child(doc, "styleSheet");
  std::map<long, NumberStyle> custom;
  for (pugi::xml_node fmt : Children(Child(root, "numFmts"), "numFmt")) {
    custom[std::strtol(fmt.attribute("numFmtId").value(), nullptr, 10)] = StyleOfFormatCode(fmt.attribute("formatCode").value());
  }
  for (pugi::xml_node xf : Children(Child(root, "cellXfs"), "xf")) {
    const long id = std::strtol(xf.attribute("numFmtId").value(), nullptr, 10);
    const auto found = custom.find(id);
    styles.push_back(found != custom.end() ? found->second : StyleOfBuiltinFormat(static_cast<int>(id)));
  }
  return std::nullopt;
}

std::optional<Error> LoadSharedStrings(ZipArchive& zip, const std::string& part, std::vector<std::string>& strings) {
  std::string xml;
  if (auto error = ReadPart(zip, part, xml)) return error;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return Damaged(" (textes partagés illisibles).");
  for (pugi::xml_node si : Children(Child(doc, "sst"), "si")) strings.push_back(InlineText(si));
  return std::nullopt;
}

void LoadCustomProperties(ZipArchive& zip, std::map<std::string, std::string>& out) {
  std::string xml;
  if (!zip.Has("docProps/custom.xml") || ReadPart(zip, "docProps/custom.xml", xml)) return;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return;
  for (pugi::xml_node property : Children(Child(doc, "Properties"), "property")) {
    if (pugi::xml_node value = Child(property, "lpwstr")) out[property.attribute("name").value()] = value.text().get();
  }
}

}  // namespace

std::optional<Error> ReadPart(ZipArchive& zip, const std::string& part, std::string& xml) {
  switch (zip.Read(part, xml)) {
    case ZipRead::kOk: return std::nullopt;
    case ZipRead::kMissing: return Damaged(" (partie « " + Utf8Safe(part) + " » absente).");
    case ZipRead::kTooLarge:
      return Error{ErrorKind::kTooLarge, "Ce classeur est trop volumineux une fois décompressé : il ne peut pas être lu."};
    case ZipRead::kBroken: return Damaged(" (partie « " + Utf8Safe(part) + " » illisible ou chiffrée).");
  }
  return Damaged(".");
}

std::optional<Error> LoadParts(ZipArchive& zip, Parts& parts) {
  std::map<std::string, Relationship> package;
  if (auto error = LoadRelationships(zip, "", package)) return error;
  std::string workbook_part;
  for (const auto& [id, rel] : package) {
    if (rel.type.ends_with("/officeDocument")) workbook_part = rel.target;
  }
  if (workbook_part.empty()) return Error{ErrorKind::kNoWorkbook, "Ce fichier n'est pas un classeur Excel (.xlsx)."};
  std::string xml;
  if (auto error = ReadPart(zip, workbook_part, xml)) return error;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return Damaged(" (classeur illisible).");
  std::map<std::string, Relationship> rels;
  if (auto error = LoadRelationships(zip, workbook_part, rels)) return error;

  const pugi::xml_node root = Child(doc, "workbook");
  const std::string_view date1904 = Child(root, "workbookPr").attribute("date1904").value();
  parts.date1904 = date1904 == "1" || date1904 == "true";
  for (pugi::xml_node sheet : Children(Child(root, "sheets"), "sheet")) {
    const auto rel = rels.find(PrefixedAttribute(sheet, "id"));
    if (rel == rels.end()) continue;  // a sheet without its part cannot be read
    const std::string_view state = sheet.attribute("state").value();
    parts.sheets.push_back(
        {{Utf8Safe(sheet.attribute("name").value()), state == "hidden" || state == "veryHidden"}, rel->second.target});
  }
  for (pugi::xml_node name : Children(Child(root, "definedNames"), "definedName")) {
    if (name.attribute("localSheetId")) continue;
    parts.defined_names[name.attribute("name").value()] = name.text().get();
  }
  // Styles and shared strings named but absent are read as empty (a cell that needs
  // a missing shared string is reported where it is).
  for (const auto& [id, rel] : rels) {
    if (rel.type.ends_with("/styles") && zip.Has(rel.target)) {
      if (auto error = LoadStyles(zip, rel.target, parts.styles)) return error;
    }
    if (rel.type.ends_with("/sharedStrings") && zip.Has(rel.target)) {
      if (auto error = LoadSharedStrings(zip, rel.target, parts.shared_strings)) return error;
    }
  }
  LoadCustomProperties(zip, parts.custom_properties);
  return std::nullopt;
}

std::string DecodeEscapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] == '_' && at + 7 <= text.size() && text[at + 1] == 'x' && text[at + 6] == '_' &&
        std::isxdigit(static_cast<unsigned char>(text[at + 2])) && std::isxdigit(static_cast<unsigned char>(text[at + 3])) &&
        std::isxdigit(static_cast<unsigned char>(text[at + 4])) && std::isxdigit(static_cast<unsigned char>(text[at + 5]))) {
      const auto cp = static_cast<unsigned>(std::strtoul(std::string(text.substr(at + 2, 4)).c_str(), nullptr, 16));
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        out += "\xEF\xBF\xBD";
      } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
      at += 7;
    } else {
      out += text[at++];
    }
  }
  return out;
}

NumberStyle StyleOfFormatCode(std::string_view code) {
  // Only the first section (positive numbers) decides.
  bool quoted = false;
  bool bracket = false;
  bool date = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is literal (or padding)
    } else if (c == ';') {
      break;
    } else if (c == '%') {
      return NumberStyle::kPercent;
    } else {
      const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == 'd' || lower == 'm' || lower == 'y') date = true;
    }
  }
  // LibreOffice's name for the general format has a 'd' but is no date.
  if (code == "General" || code == "Standard") return NumberStyle::kPlain;
  return date ? NumberStyle::kDate : NumberStyle::kPlain;
}

NumberStyle StyleOfBuiltinFormat(int id) {
  if (id == 9 || id == 10) return NumberStyle::kPercent;
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
    return NumberStyle::kDate;
  }
  return NumberStyle::kPlain;
}

}  // namespace vigie::xlsx::detail
