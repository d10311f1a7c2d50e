#include "diagnostic/answers.hpp"

namespace vigie::diagnostic {

std::optional<Answer> Answer::Parse(const std::string& text) {
  if (text.size() == 1 && text[0] >= '0' && text[0] <= '3') return Level(text[0] - '0');
  if (text == "?") return DontKnow();
  if (text == "na") return NotApplicable();
  return std::nullopt;
}

std::string Answer::ToString() const {
  switch (kind) {
    case Kind::kLevel: return std::to_string(level);
    case Kind::kDontKnow: return "?";
    case Kind::kNotApplicable: return "na";
  }
  return "na";
}

}  // namespace vigie::diagnostic
