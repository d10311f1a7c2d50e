#include "xlsx/workbook.hpp"

#include "xlsx/sheet_cells.hpp"
#include "xlsx/workbook_parts.hpp"
#include "xlsx/zip_archive.hpp"

namespace vigie::xlsx {

struct Workbook::Impl {
  std::unique_ptr<detail::ZipArchive> zip;
  detail::Parts parts;
  std::vector<SheetInfo> sheets;
  Limits limits;
};

Workbook::Workbook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Workbook::Workbook(Workbook&& other) noexcept = default;
Workbook& Workbook::operator=(Workbook&& other) noexcept = default;
Workbook::~Workbook() = default;

const std::vector<SheetInfo>& Workbook::Sheets() const { return impl_->sheets; }

std::optional<std::size_t> Workbook::FindSheet(std::string_view name) const {
  for (std::size_t i = 0; i < impl_->sheets.size(); ++i) {
    if (impl_->sheets[i].name == name) return i;
  }
  return std::nullopt;
}

bool Workbook::date1904() const { return impl_->parts.date1904; }
const std::map<std::string, std::string>& Workbook::DefinedNames() const { return impl_->parts.defined_names; }
const std::map<std::string, std::string>& Workbook::CustomProperties() const { return impl_->parts.custom_properties; }

std::optional<Grid> Workbook::ReadSheet(std::size_t index, Error& error) {
  if (index >= impl_->parts.sheets.size()) {
    error = {ErrorKind::kNoSuchSheet, "Ce classeur n'a pas de feuille numéro " + std::to_string(index + 1) + "."};
    return std::nullopt;
  }
  Grid grid;
  if (auto failed = detail::LoadSheet(*impl_->zip, impl_->parts, impl_->parts.sheets[index].part,
                                      impl_->limits.max_cells, grid)) {
    error = std::move(*failed);
    return std::nullopt;
  }
  return grid;
}

std::optional<Grid> Workbook::ReadSheet(std::string_view name, Error& error) {
  if (const auto index = FindSheet(name)) return ReadSheet(*index, error);
  error = {ErrorKind::kNoSuchSheet, "Ce classeur n'a pas de feuille « " + Utf8Safe(name) + " »."};
  return std::nullopt;
}

std::optional<Workbook> OpenWorkbook(std::string_view bytes, const Limits& limits, Error& error) {
  bool too_many = false;
  auto zip = detail::ZipArchive::Open(bytes, {limits.max_entries, limits.max_part_bytes, limits.max_total_bytes}, too_many);
  if (too_many) {
    error = {ErrorKind::kTooManyEntries, "Ce fichier contient trop d'éléments pour être un classeur : il n'a pas été lu."};
    return std::nullopt;
  }
  if (!zip) {
    if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
      error = {ErrorKind::kLegacyXls, "Ce fichier est au format Excel 97-2003 (.xls) : enregistrez-le au format "
                                      "« Classeur Excel (.xlsx) », puis déposez-le à nouveau."};
    } else if (bytes.starts_with("PK")) {
      error = {ErrorKind::kBrokenZip, "Ce fichier .xlsx est incomplet ou endommagé : enregistrez-le à nouveau depuis "
                                      "votre tableur."};
    } else {
      error = {ErrorKind::kNotZip, "Ce fichier n'est pas un classeur Excel (.xlsx)."};
    }
    return std::nullopt;
  }
  if (!zip->Has("[Content_Types].xml")) {
    std::string mimetype;
    if (zip->Read("mimetype", mimetype) == detail::ZipRead::kOk && mimetype.find("opendocument") != std::string::npos) {
      error = {ErrorKind::kOpenDocument, "Ce fichier est au format OpenDocument (.ods) : enregistrez-le au format "
                                         "« Classeur Excel (.xlsx) », puis déposez-le à nouveau."};
    } else {
      error = {ErrorKind::kNotXlsx, "Ce fichier n'est pas un classeur Excel (.xlsx)."};
    }
    return std::nullopt;
  }
  auto impl = std::make_unique<Workbook::Impl>();
  impl->limits = limits;
  if (auto failed = detail::LoadParts(*zip, impl->parts)) {
    error = std::move(*failed);
    return std::nullopt;
  }
  impl->zip = std::move(zip);
  for (const auto& sheet : impl->parts.sheets) impl->sheets.push_back(sheet.info);
  return Workbook(std::move(impl));
}

}  // namespace vigie::xlsx
