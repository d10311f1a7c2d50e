#include "auth/password_policy.hpp"

#include <set>

#include "core/embedded.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& AuthData();
}

namespace vigie::auth {
namespace {

const std::set<std::string>& CommonPasswords() {
  static const std::set<std::string> kList = [] {
    std::set<std::string> out;
    const auto text = core::FindEmbedded(AuthData(), "common_passwords.txt").value_or("");
    std::size_t start = 0;
    while (start < text.size()) {
      auto end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (!line.empty() && line.front() != '#') out.insert(ToLowerAscii(line));
      start = end + 1;
    }
    return out;
  }();
  return kList;
}

}  // namespace

std::size_t Utf8Length(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string ToLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<std::string> PasswordProblem(std::string_view password, std::string_view email) {
  if (Utf8Length(password) < kMinPasswordLength) {
    return "Le mot de passe doit comporter au moins 12 caractères. Une phrase de passe de "
           "plusieurs mots est plus facile à retenir.";
  }
  if (password.size() > 256) return "Le mot de passe ne doit pas dépasser 256 caractères.";
  const std::string lower = ToLowerAscii(password);
  const std::string email_lower = ToLowerAscii(email);
  const std::string local_part = email_lower.substr(0, email_lower.find('@'));
  if (!email_lower.empty() && (lower == email_lower || lower == local_part)) {
    return "Le mot de passe ne doit pas être votre adresse électronique.";
  }
  if (CommonPasswords().count(lower) > 0) {
    return "Ce mot de passe est trop courant et figure dans les listes essayées par les "
           "attaquants : choisissez-en un autre.";
  }
  return std::nullopt;
}

}  // namespace vigie::auth
