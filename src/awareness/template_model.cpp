#include "awareness/template_model.hpp"

namespace vigie::awareness {

std::string_view KindName(TemplateKind kind) {
  return kind == TemplateKind::kAdvanced ? "advanced" : "simple";
}

std::string_view TargetName(ClueTarget target) {
  switch (target) {
    case ClueTarget::kSender: return "sender";
    case ClueTarget::kSubject: return "subject";
    case ClueTarget::kLink: return "link";
    case ClueTarget::kBody: return "body";
    case ClueTarget::kAttachment: return "attachment";
    case ClueTarget::kGreeting: return "greeting";
    case ClueTarget::kUrgency: return "urgency";
    case ClueTarget::kSignature: return "signature";
  }
  return "body";
}

}  // namespace vigie::awareness
