#include "awareness/render.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "awareness/placeholders.hpp"
#include "core/error.hpp"
#include "core/markup.hpp"
#include "core/utf8.hpp"

namespace vigie::awareness {
namespace {

enum class Escape { kNone, kHtml };

// The value of each placeholder for one rendering; sender_name is filled in once the
// sender name itself is rendered.
class Values {
 public:
  explicit Values(const Placeholders& p) : p_(p) {}

  const std::optional<std::string>* Find(std::string_view name) const {
    if (name == "first_name") return &p_.first_name;
    if (name == "last_name") return &p_.last_name;
    if (name == "structure_name") return &p_.structure_name;
    if (name == "date") return &p_.date;
    if (name == "link") return &p_.link;
    if (name == "report_link") return &p_.report_link;
    if (name == "tracking_pixel") return &p_.tracking_pixel_url;
    if (name == "sender_name") return &sender_name_;
    return nullptr;
  }
  void SetSenderName(std::string name) { sender_name_ = std::move(name); }

 private:
  const Placeholders& p_;
  std::optional<std::string> sender_name_ = std::string();  // always present
};

bool IsUrlPlaceholder(std::string_view name) {
  return name == "link" || name == "report_link" || name == "tracking_pixel";
}

bool IsHttpUrl(const std::string& value) { return value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0; }

bool HasControlCharacter(const std::string& value) {
  return std::any_of(value.begin(), value.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  });
}

// Every problem with the values the template uses, once per placeholder.
std::vector<core::FieldError> CheckValues(const PhishingTemplate& t, const Values& values) {
  std::vector<core::FieldError> errors;
  std::set<std::string_view> seen;
  for (const std::string* text : {&t.sender_name, &t.subject, &t.html_body, &t.text_body}) {
    for (const PlaceholderUse& use : FindPlaceholders(*text)) {
      if (!seen.insert(use.name).second) continue;
      const std::string field(use.name);
      const auto* value = values.Find(use.name);
      if (!value) {
        errors.push_back({field, "espace réservé inconnu {{" + field + "}}"});
      } else if (!value->has_value()) {
        errors.push_back({field, "valeur manquante pour {{" + field + "}}"});
      } else if (HasControlCharacter(**value) || !core::IsValidUtf8(**value)) {
        errors.push_back({field, "la valeur de {{" + field + "}} contient un saut de ligne ou n'est pas en UTF-8"});
      } else if (IsUrlPlaceholder(use.name) && !IsHttpUrl(**value) &&
                 !(use.name == "tracking_pixel" && (*value)->empty())) {
        errors.push_back({field, "la valeur de {{" + field + "}} doit être une adresse http(s)"});
      }
    }
  }
  return errors;
}

std::string TrackingPixel(const std::string& url) {
  if (url.empty()) return {};
  std::string out = "<img src=\"";
  out += core::EscapeMarkup(url);
  out += "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;width:1px;height:1px\">";
  return out;
}

std::string Substitute(const std::string& text, const Values& values, Escape escape) {
  std::string out;
  out.reserve(text.size());
  std::size_t from = 0;
  for (const PlaceholderUse& use : FindPlaceholders(text)) {
    out.append(text, from, use.offset - from);
    from = use.offset + use.length;
    const std::string& value = **values.Find(use.name);  // checked by CheckValues
    if (use.name == "tracking_pixel") {
      out += TrackingPixel(value);
    } else if (escape == Escape::kHtml) {
      out += core::EscapeMarkup(value);
    } else {
      out += value;
    }
  }
  out.append(text, from, std::string::npos);
  return out;
}

}  // namespace

RenderedEmail Render(const PhishingTemplate& phishing_template, const Placeholders& values) {
  const PhishingTemplate& t = phishing_template;
  Values lookup(values);
  std::vector<core::FieldError> errors = CheckValues(t, lookup);
  if (!errors.empty()) {
    throw core::AppError::Invalid("Le modèle « " + t.id + " » ne peut pas être rendu : valeurs manquantes ou invalides.",
                                  std::move(errors));
  }
  RenderedEmail email;
  email.sender_name = Substitute(t.sender_name, lookup, Escape::kNone);
  lookup.SetSenderName(email.sender_name);
  email.sender_address = t.sender_address;
  email.reply_to = t.reply_to;
  email.subject = Substitute(t.subject, lookup, Escape::kNone);
  email.html_body = Substitute(t.html_body, lookup, Escape::kHtml);
  email.text_body = Substitute(t.text_body, lookup, Escape::kNone);
  return email;
}

}  // namespace vigie::awareness
