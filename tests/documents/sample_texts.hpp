#pragma once
// Texts of the sample report model (see sample_texts.cpp).

#include <map>
#include <string>
#include <vector>

namespace vigie::testing {

struct SampleQuestion {
  const char* question;
  std::vector<const char*> levels;  // what levels 0..3 look like
};

struct SampleMeasure {
  const char* id;
  const char* title;
  const char* why;
  const char* effort;
  const char* cost;
  const char* horizon;
  std::map<std::string, std::vector<std::string>> mappings;
};

struct SampleDomain {
  const char* id;
  const char* title;
  std::vector<SampleQuestion> questions;
  std::vector<SampleMeasure> measures;
};

const std::vector<SampleDomain>& SampleDomains();

}  // namespace vigie::testing
