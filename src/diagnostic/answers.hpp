#pragma once
// What was answered during a diagnostic: the context sheet and, per question, a
// level 0–3, "Je ne sais pas" or "Non applicable". Pure data.

#include <map>
#include <optional>
#include <string>

namespace vigie::diagnostic {

struct Answer {
  enum class Kind { kLevel, kDontKnow, kNotApplicable };
  Kind kind = Kind::kLevel;
  int level = 0;  // 0..3 when kind is kLevel

  static Answer Level(int level) { return {Kind::kLevel, level}; }
  static Answer DontKnow() { return {Kind::kDontKnow, 0}; }
  static Answer NotApplicable() { return {Kind::kNotApplicable, 0}; }
  // "0".."3", "?", "na"; nullopt otherwise.
  static std::optional<Answer> Parse(const std::string& text);
  std::string ToString() const;
};

struct AnswerSet {
  std::map<std::string, std::string> context;  // context id -> value
  std::map<std::string, Answer> answers;        // question id -> answer
};

}  // namespace vigie::diagnostic
