#include "awareness/csv_reader.hpp"

#include <array>
#include <cstdint>

#include "core/french_format.hpp"
#include "core/utf8.hpp"

namespace vigie::awareness {
namespace {

void AppendUtf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Windows-1252 bytes 0x80..0x9F (Latin-1 has C1 controls there); the five bytes it
// leaves undefined become U+FFFD. 0xA0..0xFF are the same code points as Latin-1.
constexpr std::array<std::uint16_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string FromWindows1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    AppendUtf8(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b, out);
  }
  return out;
}

bool FromUtf16(std::string_view bytes, bool little_endian, std::string& out) {
  if (bytes.size() % 2 != 0) return false;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t at) {
    const auto a = static_cast<unsigned char>(bytes[at]);
    const auto b = static_cast<unsigned char>(bytes[at + 1]);
    return static_cast<std::uint32_t>(little_endian ? (b << 8) | a : (a << 8) | b);
  };
  for (std::size_t at = 0; at < bytes.size(); at += 2) {
    std::uint32_t cp = unit(at);
    if (cp >= 0xD800 && cp <= 0xDBFF && at + 3 < bytes.size()) {
      const std::uint32_t low = unit(at + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        at += 2;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // an unpaired surrogate
    AppendUtf8(cp, out);
  }
  return true;
}

std::string Grouped(std::size_t n) { return core::FormatInteger(static_cast<std::int64_t>(n)); }

// The separator of the first non-empty line: the most frequent of ';', tab and ','
// outside quotes (';' first on a tie, as French exports use it); ';' when none.
char DetectSeparator(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && (text[start] == '\r' || text[start] == '\n')) ++start;
  std::size_t semicolons = 0;
  std::size_t tabs = 0;
  std::size_t commas = 0;
  bool quoted = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\r' || c == '\n')) {
      break;
    } else if (!quoted) {
      semicolons += c == ';' ? 1 : 0;
      tabs += c == '\t' ? 1 : 0;
      commas += c == ',' ? 1 : 0;
    }
  }
  if (semicolons >= tabs && semicolons >= commas) return ';';
  return tabs >= commas ? '\t' : ',';
}

class Parser {
 public:
  Parser(std::string_view text, char separator, const CsvLimits& limits, CsvDocument& doc)
      : text_(text), separator_(separator), limits_(limits), doc_(doc) {}

  void Run() {
    enum class State { kFieldStart, kUnquoted, kQuoted, kAfterQuote };
    State state = State::kFieldStart;
    int quote_line = 0;
    std::size_t i = 0;
    while (i < text_.size() && doc_.ok()) {
      const char c = text_[i];
      const bool line_end = c == '\n' || c == '\r';
      const std::size_t step = c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n' ? 2 : 1;
      if (state == State::kQuoted) {
        if (c == '"' && i + 1 < text_.size() && text_[i + 1] == '"') {
          Append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          state = State::kAfterQuote;
        } else if (line_end) {
          Append('\n');  // a line break inside a field, whatever its form
          ++line_;
        } else {
          Append(c);
        }
        i += line_end ? step : 1;
        continue;
      }
      if (c == separator_) {
        EndField();
        state = State::kFieldStart;
      } else if (line_end) {
        EndRecord();
        ++line_;
        record_line_ = line_;
        state = State::kFieldStart;
        i += step;
        continue;
      } else if (state == State::kFieldStart && c == '"') {
        state = State::kQuoted;
        quoted_ = true;
        quote_line = line_;
      } else if (state == State::kAfterQuote) {
        if (c != ' ' && c != '\t') {
          Fail(CsvError::kTextAfterQuote, line_,
               "du texte suit un guillemet fermant : une valeur qui contient des guillemets doit les doubler "
               "(\"\"), et être entière entre guillemets.");
        }
      } else {
        Append(c);
        state = State::kUnquoted;
      }
      ++i;
    }
    if (!doc_.ok()) return;
    if (state == State::kQuoted) {
      Fail(CsvError::kUnclosedQuote, quote_line,
           "un guillemet ouvre une valeur qui n'est jamais refermée : vérifiez les guillemets de cette ligne.");
      return;
    }
    EndRecord();
  }

 private:
  void Fail(CsvError error, int line, const std::string& what) {
    doc_.error = error;
    doc_.error_line = line;
    doc_.message = "Ligne " + std::to_string(line) + " : " + what;
  }

  void Append(char c) {
    if (field_.size() >= limits_.max_field_bytes) {
      Fail(CsvError::kFieldTooLong, line_,
           "une valeur dépasse " + Grouped(limits_.max_field_bytes) + " caractères : est-ce bien une liste de personnes ?");
      return;
    }
    field_ += c;
  }

  void EndField() {
    if (!doc_.ok()) return;
    if (fields_.size() >= limits_.max_fields) {
      Fail(CsvError::kTooManyFields, record_line_, "plus de " + Grouped(limits_.max_fields) + " colonnes.");
      return;
    }
    fields_.push_back(std::move(field_));
    field_.clear();
  }

  void EndRecord() {
    const bool blank = fields_.empty() && field_.empty() && !quoted_;
    if (!blank) {
      EndField();
      if (!doc_.ok()) return;
      if (doc_.rows.size() >= limits_.max_rows) {
        Fail(CsvError::kTooManyRows, record_line_, "ce fichier compte plus de " + Grouped(limits_.max_rows) + " lignes.");
        return;
      }
      doc_.rows.push_back({record_line_, std::move(fields_)});
    }
    fields_.clear();
    field_.clear();
    quoted_ = false;
  }

  std::string_view text_;
  char separator_;
  const CsvLimits& limits_;
  CsvDocument& doc_;
  int line_ = 1;
  int record_line_ = 1;
  bool quoted_ = false;  // the current record has a quoted field (so it is not blank)
  std::vector<std::string> fields_;
  std::string field_;
};

}  // namespace

bool DecodeText(std::string_view bytes, std::string& text, CsvEncoding& encoding) {
  text.clear();
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    encoding = CsvEncoding::kUtf16;
    return FromUtf16(bytes.substr(2), bytes[0] == '\xFF', text);
  }
  encoding = CsvEncoding::kUtf8;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    encoding = CsvEncoding::kUtf8Bom;
    bytes.remove_prefix(3);
  }
  if (core::IsValidUtf8(bytes)) {
    text.assign(bytes);
  } else {
    // Not UTF-8, so a legacy 8-bit export: French Windows writes Windows-1252, whose
    // printable characters include all of Latin-1's.
    encoding = CsvEncoding::kWindows1252;
    text = FromWindows1252(bytes);
  }
  return true;
}

CsvDocument ReadCsv(std::string_view bytes, const CsvLimits& limits) {
  CsvDocument doc;
  if (bytes.size() > limits.max_bytes) {
    doc.error = CsvError::kTooLarge;
    doc.message = "Ce fichier est trop volumineux : la taille maximale est de " + Grouped(limits.max_bytes / 1024) + " Ko.";
    return doc;
  }
  std::string text;
  if (!DecodeText(bytes, text, doc.encoding) || text.find('\0') != std::string::npos) {
    doc.error = CsvError::kBinary;
    doc.message = "Ce fichier n'est pas un fichier texte (CSV) : enregistrez la liste au format « CSV UTF-8 » ou "
                  "« Classeur Excel (.xlsx) ».";
    return doc;
  }
  doc.separator = DetectSeparator(text);
  Parser(text, doc.separator, limits, doc).Run();
  if (!doc.ok()) doc.rows.clear();
  return doc;
}

}  // namespace vigie::awareness
