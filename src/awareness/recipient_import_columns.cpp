// Column headers of an imported recipient list, in French or English.

#include <array>
#include <string>
#include <string_view>

#include "awareness/recipient_import.hpp"

namespace vigie::awareness {
namespace {

// MatchKey (lower case, French accents removed), then a note in parentheses dropped and
// every other character than a letter or a digit made one space: "E-mail (pro) *" and
// "email" read "e mail" and "email".
std::string FoldHeader(std::string_view header) {
  const std::string key = MatchKey(header);
  std::string out;
  int depth = 0;
  bool space = false;
  for (char c : key) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = depth > 0 ? depth - 1 : 0;
      space = true;
    } else if (depth > 0) {
      continue;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    } else {
      space = true;
    }
  }
  return out;
}

struct Alias {
  std::string_view folded;
  ImportField field;
};

constexpr std::array<Alias, 40> kAliases = {{
    {"email", ImportField::kEmail},
    {"e mail", ImportField::kEmail},
    {"mail", ImportField::kEmail},
    {"courriel", ImportField::kEmail},
    {"adresse electronique", ImportField::kEmail},
    {"adresse email", ImportField::kEmail},
    {"adresse e mail", ImportField::kEmail},
    {"adresse mail", ImportField::kEmail},
    {"adresse courriel", ImportField::kEmail},
    {"adresse de messagerie", ImportField::kEmail},
    {"email address", ImportField::kEmail},
    {"e mail address", ImportField::kEmail},
    {"mail address", ImportField::kEmail},
    {"prenom", ImportField::kFirstName},
    {"prenoms", ImportField::kFirstName},
    {"first name", ImportField::kFirstName},
    {"firstname", ImportField::kFirstName},
    {"given name", ImportField::kFirstName},
    {"nom", ImportField::kLastName},
    {"nom de famille", ImportField::kLastName},
    {"nom d usage", ImportField::kLastName},
    {"last name", ImportField::kLastName},
    {"lastname", ImportField::kLastName},
    {"surname", ImportField::kLastName},
    {"family name", ImportField::kLastName},
    {"site", ImportField::kSite},
    {"etablissement", ImportField::kSite},
    {"site de travail", ImportField::kSite},
    {"service", ImportField::kDepartment},
    {"departement", ImportField::kDepartment},
    {"department", ImportField::kDepartment},
    {"unite", ImportField::kDepartment},
    {"famille de metier", ImportField::kJobFamily},
    {"famille de metiers", ImportField::kJobFamily},
    {"famille metier", ImportField::kJobFamily},
    {"metier", ImportField::kJobFamily},
    {"job family", ImportField::kJobFamily},
    {"fonction", ImportField::kJobFamily},
    {"job", ImportField::kJobFamily},
    {"profession", ImportField::kJobFamily},
}};

}  // namespace

std::optional<ImportField> FieldOfHeader(std::string_view header) {
  const std::string folded = FoldHeader(header);
  for (const Alias& alias : kAliases) {
    if (alias.folded == folded) return alias.field;
  }
  return std::nullopt;
}

std::string_view FieldLabel(ImportField field) {
  switch (field) {
    case ImportField::kEmail: return "adresse électronique";
    case ImportField::kFirstName: return "prénom";
    case ImportField::kLastName: return "nom";
    case ImportField::kSite: return "site";
    case ImportField::kDepartment: return "service";
    case ImportField::kJobFamily: return "famille de métier";
  }
  return "";
}

}  // namespace vigie::awareness
