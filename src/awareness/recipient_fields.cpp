#include "awareness/recipient_fields.hpp"

#include <utility>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vigie::awareness {
namespace {

bool IsLocalChar(char c) {
  static constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~.-";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         kSpecials.find(c) != std::string_view::npos;
}

bool IsDomainLabel(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

bool IsSendableEmail(std::string_view address) {
  if (address.size() > 254) return false;
  const auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != std::string_view::npos) return false;
  const auto local = address.substr(0, at);
  const auto domain = address.substr(at + 1);
  if (local.size() > 64 || local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
    return false;
  }
  for (char c : local) {
    if (!IsLocalChar(c)) return false;
  }
  if (domain.find('.') == std::string_view::npos) return false;
  std::size_t start = 0;
  while (start <= domain.size()) {
    const auto dot = domain.find('.', start);
    const auto label = domain.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!IsDomainLabel(label)) return false;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return true;
}

std::string MatchKey(std::string_view text) {
  static const std::pair<std::string_view, char> kFolds[] = {
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"î", 'i'},
      {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ÿ", 'y'}, {"À", 'a'}, {"Â", 'a'},
      {"Ç", 'c'}, {"É", 'e'}, {"È", 'e'}, {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'}, {"Û", 'u'}, {"œ", 'o'}, {"Œ", 'o'}};
  std::string out;
  const std::string trimmed = core::Trim(text);
  for (std::size_t i = 0; i < trimmed.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFolds) {
      if (trimmed.compare(i, from.size(), from) == 0) {
        out.push_back(to);
        i += from.size();
        folded = true;
        break;
      }
    }
    if (folded) continue;
    const char c = trimmed[i++];
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == ' ' || c == '\t' || c == '-' || c == '_') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<core::FieldError> NormalizeRecipientInput(RecipientInput& in, const std::vector<std::string>& known_sites) {
  std::vector<core::FieldError> errors;
  in.email = core::Trim(in.email);
  for (char& c : in.email) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::string* const texts[] = {&in.first_name, &in.last_name, &in.site, &in.department, &in.job_family};
  for (std::string* t : texts) *t = core::Trim(*t);
  if (in.email.empty()) {
    errors.push_back({"email", "L'adresse électronique est obligatoire."});
  } else if (!IsSendableEmail(in.email)) {
    errors.push_back({"email", "« " + in.email + " » n'est pas une adresse électronique valide."});
  }
  const std::pair<const char*, const std::string*> limited[] = {{"first_name", &in.first_name},
                                                                {"last_name", &in.last_name},
                                                                {"site", &in.site},
                                                                {"department", &in.department},
                                                                {"job_family", &in.job_family}};
  for (const auto& [field, value] : limited) {
    if (value->size() > 120 || !core::IsValidUtf8(*value)) errors.push_back({field, "120 caractères au plus."});
  }
  if (!in.site.empty() && !known_sites.empty()) {
    const std::string key = MatchKey(in.site);
    bool found = false;
    for (const auto& site : known_sites) {
      if (MatchKey(site) == key) {
        in.site = site;
        found = true;
        break;
      }
    }
    if (!found) {
      std::string list;
      for (const auto& site : known_sites) list += (list.empty() ? "" : ", ") + site;
      errors.push_back({"site", "Site inconnu « " + in.site + " » ; sites de la structure : " + list + "."});
    }
  }
  return errors;
}

}  // namespace vigie::awareness
