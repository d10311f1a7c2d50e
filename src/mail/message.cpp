#include "mail/message.hpp"

#include <cstdint>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <vector>

#include "mail/mime.hpp"

namespace vigie::mail {
namespace {

// Longest ASCII word left unencoded in a subject or name, and longest quoted name: keeps
// header lines well under the 998-character limit of RFC 5322.
constexpr std::size_t kMaxPlainWord = 70;
constexpr std::size_t kMaxQuotedName = 200;

bool IsAtext(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool IsPrintableAscii(std::string_view text) {
  for (char c : text) {
    if (c < 0x20 || c > 0x7E) return false;
  }
  return true;
}

bool LooksEncoded(std::string_view text) { return text.find("=?") != std::string_view::npos; }

std::vector<std::string> SplitOnSpaces(std::string_view text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (true) {
    const std::size_t space = text.find(' ', start);
    words.emplace_back(text.substr(start, space == std::string_view::npos ? space : space - start));
    if (space == std::string_view::npos) return words;
    start = space + 1;
  }
}

bool AllWordsShort(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    if (word.size() > kMaxPlainWord) return false;
  }
  return true;
}

// A display name writable as-is: atoms separated by single spaces.
bool IsAtomPhrase(std::string_view name) {
  if (name.front() == ' ' || name.back() == ' ' || name.find("  ") != std::string_view::npos) {
    return false;
  }
  for (char c : name) {
    if (c != ' ' && !IsAtext(c)) return false;
  }
  return true;
}

void RequireHeaderText(std::string_view value, const char* field) {
  if (value.find_first_of("\r\n") != std::string_view::npos) {
    throw std::invalid_argument(std::string(field) + " must not contain a line break");
  }
  if (!IsValidUtf8(value)) throw std::invalid_argument(std::string(field) + " is not valid UTF-8");
}

void RequireAddress(std::string_view address, const char* field) {
  if (!IsValidMailAddress(address)) {
    throw std::invalid_argument(std::string(field) + " is not a valid e-mail address");
  }
}

void RequireMessageId(std::string_view id) {
  if (!IsValidMailAddress(id)) {
    throw std::invalid_argument("message id is not of the form left@domain");
  }
}

std::vector<std::string> MailboxTokens(std::string_view name, std::string_view address) {
  std::vector<std::string> tokens;
  if (!name.empty()) {
    if (LooksEncoded(name)) {
      tokens = EncodeWords(name);
    } else if (IsAtomPhrase(name) && AllWordsShort(SplitOnSpaces(name))) {
      tokens = SplitOnSpaces(name);
    } else if (IsPrintableAscii(name) && name.size() <= kMaxQuotedName) {
      std::string quoted = "\"";
      for (char c : name) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
      }
      tokens.push_back(quoted + '"');
    } else {
      tokens = EncodeWords(name);
    }
    tokens.push_back("<" + std::string(address) + ">");
  } else {
    tokens.emplace_back(address);
  }
  return tokens;
}

std::vector<std::string> SubjectTokens(std::string_view subject) {
  if (subject.empty()) return {};
  if (IsPrintableAscii(subject) && !LooksEncoded(subject)) {
    std::vector<std::string> words = SplitOnSpaces(subject);
    if (AllWordsShort(words)) return words;
  }
  return EncodeWords(subject);
}

// "=_" cannot occur in quoted-printable text, so the boundary never collides with a body.
std::string BoundaryFor(std::string_view message_id) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (char c : message_id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("=_vigie_") + hex;
}

std::string TextPart(std::string_view media_type, std::string_view body) {
  std::string part = "Content-Type: ";
  part += media_type;
  part += "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
  part += EncodeQuotedPrintable(body);
  return part;
}

}  // namespace

std::string RenderMessage(const MailMessage& message, core::UnixSeconds date,
                          std::string_view message_id) {
  RequireAddress(message.from_address, "sender address");
  RequireAddress(message.to_address, "recipient address");
  RequireHeaderText(message.from_name, "sender name");
  RequireHeaderText(message.to_name, "recipient name");
  RequireHeaderText(message.subject, "subject");
  if (!IsValidUtf8(message.text_body)) throw std::invalid_argument("text body is not valid UTF-8");
  if (!IsValidUtf8(message.html_body)) throw std::invalid_argument("HTML body is not valid UTF-8");
  RequireMessageId(message_id);
  if (!message.reply_to.empty()) RequireAddress(message.reply_to, "reply-to address");
  for (const auto& [name, value] : message.extra_headers) {
    const bool named = name.size() > 2 && (name[0] == 'X' || name[0] == 'x') && name[1] == '-' &&
                       name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") ==
                           std::string::npos;
    if (!named || name.size() > 76) throw std::invalid_argument("extra header name is not an X- field name");
    RequireHeaderText(value, "extra header value");
  }

  std::string out = "Date: " + FormatMailDate(date) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += FoldHeader("From", MailboxTokens(message.from_name, message.from_address));
  out += FoldHeader("To", MailboxTokens(message.to_name, message.to_address));
  if (!message.reply_to.empty()) out += "Reply-To: <" + message.reply_to + ">\r\n";
  out += FoldHeader("Subject", SubjectTokens(message.subject));
  for (const auto& [name, value] : message.extra_headers) out += FoldHeader(name, SubjectTokens(value));
  out += "MIME-Version: 1.0\r\n";
  if (message.html_body.empty()) {
    out += TextPart("text/plain", message.text_body);
    if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
    return out;
  }
  const std::string boundary = BoundaryFor(message_id);
  out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "--" + boundary + "\r\n" + TextPart("text/plain", message.text_body) + "\r\n";
  out += "--" + boundary + "\r\n" + TextPart("text/html", message.html_body) + "\r\n";
  out += "--" + boundary + "--\r\n";
  return out;
}

std::string NewMessageId(std::string_view domain) {
  if (!IsValidMailAddress("x@" + std::string(domain))) {
    throw std::invalid_argument("message id domain is not a valid domain name");
  }
  std::random_device device;
  std::string id;
  for (int i = 0; i < 4; ++i) {
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(device()));
    id += hex;
  }
  return id + "@" + std::string(domain);
}

}  // namespace vigie::mail
