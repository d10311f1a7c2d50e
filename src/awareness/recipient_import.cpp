#include "awareness/recipient_import.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "awareness/recipient_import_table.hpp"
#include "core/french_format.hpp"

namespace vigie::awareness {
namespace {

using detail::Table;
using detail::TableRow;

constexpr std::size_t kHeaderSearchRows = 10;
constexpr std::size_t kShownChars = 80;
constexpr std::array<ImportField, kImportFieldCount> kFields = {ImportField::kEmail,    ImportField::kFirstName,
                                                                ImportField::kLastName, ImportField::kSite,
                                                                ImportField::kDepartment, ImportField::kJobFamily};

std::size_t Index(ImportField field) { return static_cast<std::size_t>(field); }

// The field NormalizeRecipientInput names in its errors.
std::optional<ImportField> FieldOfErrorName(std::string_view name) {
  if (name == "email") return ImportField::kEmail;
  if (name == "first_name") return ImportField::kFirstName;
  if (name == "last_name") return ImportField::kLastName;
  if (name == "site") return ImportField::kSite;
  if (name == "department") return ImportField::kDepartment;
  if (name == "job_family") return ImportField::kJobFamily;
  return std::nullopt;
}

// Control characters, no-break and zero-width spaces made white space, every run of
// white space one space, trimmed.
std::string Clean(std::string_view text) {
  std::string out;
  bool space = false;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::string_view rest = text.substr(at);
    const auto c = static_cast<unsigned char>(text[at]);
    std::size_t blank = 0;
    if (c <= 0x20 || c == 0x7F) {
      blank = 1;
    } else if (rest.starts_with("\xC2\xA0")) {
      blank = 2;
    } else if (rest.starts_with("\xE2\x80\xAF") || rest.starts_with("\xE2\x80\x8B") || rest.starts_with("\xEF\xBB\xBF")) {
      blank = 3;
    }
    if (blank > 0) {
      space = true;
      at += blank;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[at++];
  }
  return out;
}

// At most kShownChars characters of `text` (valid UTF-8), with "…" when cut.
std::string Shortened(std::string_view text) {
  std::size_t chars = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0u) == 0x80u) continue;
    if (++chars > kShownChars) return std::string(text.substr(0, at)) + "…";
  }
  return std::string(text);
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Why an address the sending rules refuse is wrong, when it can be said simply.
std::string EmailReason(std::string_view email) {
  const auto ats = std::count(email.begin(), email.end(), '@');
  if (email.find(' ') != std::string_view::npos) return "elle contient une espace";
  if (ats == 0) return "il manque le @";
  if (ats > 1) return "elle contient plusieurs @ (une seule adresse par ligne)";
  if (std::any_of(email.begin(), email.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    return "elle contient une lettre accentuée ou un caractère spécial";
  }
  if (email.find_first_of(",;<>()[]\":\\") != std::string_view::npos) {
    return "elle contient un caractère interdit dans une adresse";
  }
  const auto at = email.find('@');
  if (at == 0) return "il manque la partie avant le @";
  const std::string_view domain = email.substr(at + 1);
  if (domain.empty()) return "il manque le domaine après le @";
  if (domain.find('.') == std::string_view::npos) {
    return "le domaine après le @ doit contenir un point (par exemple @ehpad-exemple.fr)";
  }
  if (email.size() > 254) return "elle dépasse 254 caractères";
  return "";
}

class Importer {
 public:
  Importer(const ImportContext& ctx, RecipientImport& out) : ctx_(ctx), out_(out) {
    for (const auto& email : ctx.existing_emails) existing_.insert(LowerAscii(Clean(email)));
  }

  void Run(const Table& table) {
    const std::optional<std::size_t> header = FindHeader(table);
    if (!header) return;
    MapColumns(table.rows[*header]);
    if (!column_of_[Index(ImportField::kEmail)]) return;  // two address columns: nothing else is meaningful
    for (std::size_t i = *header + 1; i < table.rows.size(); ++i) {
      if (!ReadRow(table.rows[i])) return;
    }
    ReportDuplicates();
  }

  void FileError(std::string message) { Add(ProblemSeverity::kError, 0, "", "", std::move(message)); }

 private:
  void Add(ProblemSeverity severity, int line, std::string column, std::string_view value, std::string message) {
    out_.problems.push_back({severity, line, std::move(column), Shortened(value), std::move(message)});
  }

  // The row naming the address column, among the first ones.
  std::optional<std::size_t> FindHeader(const Table& table) {
    for (std::size_t i = 0; i < table.rows.size() && i < kHeaderSearchRows; ++i) {
      for (const auto& [column, cell] : table.rows[i].cells) {
        if (FieldOfHeader(Clean(cell.text)) == ImportField::kEmail) return i;
      }
    }
    std::string found;
    bool has_address = false;
    if (!table.rows.empty()) {
      for (const auto& [column, cell] : table.rows.front().cells) {
        const std::string text = Clean(cell.text);
        if (text.empty()) continue;
        has_address = has_address || text.find('@') != std::string::npos;
        if (found.size() < 200) found += (found.empty() ? "« " : ", « ") + Shortened(text) + " »";
      }
    }
    const std::string expected =
        "la première ligne doit donner le titre de chaque colonne, par exemple « email ; prénom ; nom ; site ; "
        "service ; famille de métier »";
    if (table.rows.empty()) {
      FileError("Ce fichier ne contient aucune ligne : " + expected + ", puis une personne par ligne.");
    } else if (has_address) {
      FileError("La colonne de l'adresse électronique n'a pas de titre : " + expected + ".");
    } else {
      FileError("La colonne de l'adresse électronique est introuvable (« email », « courriel » ou « adresse "
                "électronique ») : " + expected + ". Titres trouvés : " + found + ".");
    }
    return std::nullopt;
  }

  void MapColumns(const TableRow& header) {
    for (const auto& [column, cell] : header.cells) {
      const std::string text = Clean(cell.text);
      if (text.empty()) continue;
      const auto field = FieldOfHeader(text);
      if (!field) {
        Add(ProblemSeverity::kWarning, header.line, text, "",
            "Colonne ignorée : seules sont lues l'adresse électronique, le prénom, le nom, le site, le service et la "
            "famille de métier.");
        continue;
      }
      auto& slot = out_.columns[Index(*field)];
      if (!slot.empty()) {
        std::string message = "Deux colonnes correspondent à « ";
        message.append(FieldLabel(*field)).append(" » (« ").append(slot).append(" » et « ").append(text);
        message.append(" ») : gardez-en une seule.");
        Add(ProblemSeverity::kError, header.line, text, "", std::move(message));
        if (*field == ImportField::kEmail) column_of_[Index(*field)].reset();
        continue;
      }
      slot = text;
      column_of_[Index(*field)] = column;
    }
    if (!column_of_[Index(ImportField::kEmail)]) return;
    const bool first = column_of_[Index(ImportField::kFirstName)].has_value();
    const bool last = column_of_[Index(ImportField::kLastName)].has_value();
    if (!first || !last) {
      Add(ProblemSeverity::kWarning, 0, "", "",
          std::string(!first && !last ? "Pas de colonnes « prénom » et « nom »"
                      : !first        ? "Pas de colonne « prénom »"
                                      : "Pas de colonne « nom »") +
              " : les messages ne pourront pas s'adresser aux personnes par leur nom.");
    }
  }

  // Checks one row; false when the file has too many rows to go on.
  bool ReadRow(const TableRow& row) {
    std::array<std::string, kImportFieldCount> values;
    std::array<bool, kImportFieldCount> formula_error{};
    bool blank = true;
    for (ImportField field : kFields) {
      const auto column = column_of_[Index(field)];
      if (!column) continue;
      const auto cell = row.cells.find(*column);
      if (cell == row.cells.end()) continue;
      values[Index(field)] = Clean(cell->second.text);
      formula_error[Index(field)] = cell->second.formula_error;
      blank = blank && values[Index(field)].empty();
    }
    if (blank) return true;
    if (++out_.rows_read > ctx_.max_rows) {
      out_.problems.clear();
      FileError("Ce fichier compte plus de " + core::FormatInteger(static_cast<std::int64_t>(ctx_.max_rows)) +
                " personnes : découpez la liste en plusieurs fichiers (un par groupe, par exemple).");
      return false;
    }
    auto column_name = [&](ImportField field) { return out_.columns[Index(field)]; };
    bool failed = false;
    for (ImportField field : kFields) {
      if (!formula_error[Index(field)]) continue;
      Add(ProblemSeverity::kError, row.line, column_name(field), values[Index(field)],
          "La cellule contient une erreur de formule : remplacez-la par sa valeur.");
      values[Index(field)].clear();
      failed = true;
    }
    RecipientInput input{values[0], values[1], values[2], values[3], values[4], values[5]};
    bool email_ok = !formula_error[Index(ImportField::kEmail)];
    for (const auto& error : NormalizeRecipientInput(input, ctx_.known_sites)) {
      const auto field = FieldOfErrorName(error.field);
      if (!field || formula_error[Index(*field)]) continue;
      failed = true;
      std::string message = error.message;
      if (*field == ImportField::kEmail) {
        email_ok = false;
        if (!values[Index(*field)].empty()) {
          const std::string reason = EmailReason(values[Index(*field)]);
          message = "Adresse électronique invalide" + (reason.empty() ? std::string(".") : " : " + reason + ".");
        }
      }
      Add(ProblemSeverity::kError, row.line, column_name(*field), values[Index(*field)], std::move(message));
    }
    if (email_ok) lines_of_[input.email].push_back(row.line);
    WarnMissingNames(row.line, input);
    if (!failed) {
      const bool update = existing_.contains(input.email);
      out_.rows.push_back({row.line, std::move(input), update});
    }
    return true;
  }

  void WarnMissingNames(int line, const RecipientInput& input) {
    const bool first = column_of_[Index(ImportField::kFirstName)] && input.first_name.empty();
    const bool last = column_of_[Index(ImportField::kLastName)] && input.last_name.empty();
    if (!first && !last) return;
    const std::string column = first && last ? "" : first ? out_.columns[Index(ImportField::kFirstName)]
                                                          : out_.columns[Index(ImportField::kLastName)];
    Add(ProblemSeverity::kWarning, line, column, "",
        std::string(first && last ? "Prénom et nom vides" : first ? "Prénom vide" : "Nom vide") +
            " : le message ne pourra pas nommer cette personne.");
  }

  void ReportDuplicates() {
    std::set<int> duplicated;
    for (const auto& [email, lines] : lines_of_) {
      if (lines.size() < 2) continue;
      std::string list;
      for (int line : lines) list += (list.empty() ? "" : ", ") + std::to_string(line);
      for (int line : lines) {
        duplicated.insert(line);
        Add(ProblemSeverity::kError, line, out_.columns[Index(ImportField::kEmail)], email,
            "Adresse présente plusieurs fois dans le fichier (lignes " + list + ") : gardez une seule ligne par "
            "personne.");
      }
    }
    std::erase_if(out_.rows, [&](const ImportedRecipient& row) { return duplicated.contains(row.line); });
  }

  const ImportContext& ctx_;
  RecipientImport& out_;
  std::set<std::string> existing_;
  std::array<std::optional<std::size_t>, kImportFieldCount> column_of_;
  std::map<std::string, std::vector<int>> lines_of_;  // valid address -> lines where it appears
};

std::string SizeText(std::size_t bytes) {
  const std::size_t mib = 1u << 20;
  if (bytes >= mib) return core::FormatInteger(static_cast<std::int64_t>((bytes + mib / 2) / mib)) + " Mo";
  return core::FormatInteger(static_cast<std::int64_t>((bytes + 512) / 1024)) + " Ko";
}

void Finish(RecipientImport& out) {
  std::stable_sort(out.problems.begin(), out.problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) {
                     if (a.line != b.line) return a.line < b.line;
                     return a.severity == ProblemSeverity::kError && b.severity == ProblemSeverity::kWarning;
                   });
  for (const auto& problem : out.problems) {
    (problem.severity == ProblemSeverity::kError ? out.error_count : out.warning_count) += 1;
  }
  for (const auto& row : out.rows) (row.update ? out.update_count : out.new_count) += 1;
  if (out.error_count > 0) out.rows.clear();
}

}  // namespace

RecipientImport ParseRecipients(std::string_view bytes, std::string_view file_name, const ImportContext& ctx) {
  RecipientImport out;
  Importer importer(ctx, out);
  if (bytes.size() > ctx.max_bytes) {
    importer.FileError("Ce fichier est trop volumineux (" + SizeText(bytes.size()) + ") : la taille maximale est de " +
                       SizeText(ctx.max_bytes) + ".");
  } else {
    // Room for the header and a few title lines above it.
    const Table table = detail::ReadTable(bytes, file_name, ctx.max_rows + kHeaderSearchRows);
    out.format = table.format;
    out.source = table.source;
    if (!table.error.empty()) {
      importer.FileError(table.error);
    } else {
      importer.Run(table);
    }
  }
  Finish(out);
  return out;
}

}  // namespace vigie::awareness
