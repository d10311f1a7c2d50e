#include "tracker/tracker_layout.hpp"

#include <cstdint>

#include "xlsx/cell.hpp"

namespace vigie::tracker {
namespace {

// Decodes one UTF-8 sequence at `at` (advancing it); U+FFFD for a broken one.
std::uint32_t NextCodePoint(std::string_view s, std::size_t& at) {
  const auto c = static_cast<unsigned char>(s[at++]);
  if (c < 0x80) return c;
  std::size_t extra = 0;
  std::uint32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    extra = 1;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    extra = 2;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    extra = 3;
    cp = c & 0x07u;
  } else {
    return 0xFFFD;
  }
  for (std::size_t k = 0; k < extra; ++k) {
    if (at >= s.size() || (static_cast<unsigned char>(s[at]) & 0xC0u) != 0x80u) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[at++]) & 0x3Fu);
  }
  return cp;
}

// The ASCII letters a French (Latin-1 or œ) letter folds to; empty when it is not one.
std::string_view FoldLatin(std::uint32_t cp) {
  if (cp == 0xC6 || cp == 0xE6) return "ae";
  if (cp == 0xDF) return "ss";
  if (cp == 0x152 || cp == 0x153) return "oe";
  if (cp < 0xC0 || cp > 0xFF) return {};
  // Upper and lower case share the table (lower = upper + 0x20); '*' is not a letter.
  static constexpr std::string_view kTable =
      "aaaaaaaceeeeiiii"   // C0..CF
      "dnooooo*ouuuuy*s"   // D0..DF
      "aaaaaaaceeeeiiii"   // E0..EF
      "dnooooo*ouuuuy*y";  // F0..FF
  const std::size_t at = cp - 0xC0;
  if (kTable[at] == '*') return {};
  return kTable.substr(at, 1);
}

}  // namespace

const std::array<Column, kColumnCount>& AllColumns() {
  static const std::array<Column, kColumnCount> kAll = {
      Column::kItemId, Column::kRevision, Column::kDomain,   Column::kMeasure,  Column::kWhy,
      Column::kHow,    Column::kPriority, Column::kHorizon,  Column::kOwner,    Column::kDueDate,
      Column::kStatus, Column::kProgress, Column::kComment,  Column::kAbandonReason};
  return kAll;
}

std::string_view Header(Column column) {
  switch (column) {
    case Column::kItemId: return "Identifiant Vigie";
    case Column::kRevision: return "Révision";
    case Column::kDomain: return "Domaine";
    case Column::kMeasure: return "Mesure";
    case Column::kWhy: return "Pourquoi";
    case Column::kHow: return "Comment";
    case Column::kPriority: return "Priorité";
    case Column::kHorizon: return "Horizon";
    case Column::kOwner: return "Responsable";
    case Column::kDueDate: return "Échéance";
    case Column::kStatus: return "Statut";
    case Column::kProgress: return "Avancement (%)";
    case Column::kComment: return "Commentaire";
    case Column::kAbandonReason: return "Motif d'abandon";
  }
  return "";
}

bool IsEditable(Column column) {
  switch (column) {
    case Column::kOwner:
    case Column::kDueDate:
    case Column::kStatus:
    case Column::kProgress:
    case Column::kComment:
    case Column::kAbandonReason:
      return true;
    default:
      return false;
  }
}

bool IsRequired(Column column) { return column == Column::kItemId || IsEditable(column); }

std::optional<Column> ColumnOfHeader(std::string_view text) {
  const std::string folded = FoldForMatch(text);
  if (folded.empty()) return std::nullopt;
  for (Column column : AllColumns()) {
    if (FoldForMatch(Header(column)) == folded) return column;
  }
  return std::nullopt;
}

std::string FoldForMatch(std::string_view text) {
  std::string out;
  bool pending_space = false;
  auto put = [&](std::string_view letters) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += letters;
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = at;
    const std::uint32_t cp = NextCodePoint(text, at);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      put(text.substr(start, 1));
    } else if (cp >= 'A' && cp <= 'Z') {
      const char lower = static_cast<char>(cp - 'A' + 'a');
      put(std::string_view(&lower, 1));
    } else if (const std::string_view folded = FoldLatin(cp); !folded.empty()) {
      put(folded);
    } else if (cp < 0x80 || cp == 0xA0 || cp == 0x202F || cp == 0x2019 || cp == 0x2018 || cp == 0x2013 ||
               cp == 0x2014 || cp == 0xAB || cp == 0xBB || cp == 0xFFFD) {
      pending_space = true;  // spaces, punctuation, typographic quotes and dashes, broken bytes
    } else {
      put(text.substr(start, at - start));  // any other character is kept as it is
    }
  }
  return out;
}

std::string ColumnLetters(std::size_t index) { return xlsx::ColumnLetters(index); }

}  // namespace vigie::tracker
