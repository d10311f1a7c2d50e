#pragma once
// Loads and validates a referential. Every problem is collected (not only the first)
// as "FILE:LINE: message" in French; the referential is returned only when there is
// none. Checks: TOML syntax, required fields and their types, enumerations and
// ranges, unique ids, references (triggers, conditions, rules, tags), cycles between
// display conditions, and each domain having questions and measures.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "referential/model.hpp"

namespace vigie::referential {

struct LoadResult {
  std::optional<Referential> referential;
  std::vector<std::string> errors;
};

// `read` returns the text of a file relative to the referential's folder (nullopt
// when absent); `display_dir` prefixes file names in messages.
using FileReader = std::function<std::optional<std::string>(const std::string& relative_path)>;

LoadResult LoadReferential(const FileReader& read, const std::string& display_dir);

// Reads from a folder on disk.
LoadResult LoadReferentialFromDirectory(const std::string& directory);

// The referential compiled into the binary (data/referentials/vigie); throws
// std::runtime_error listing the errors if it does not validate (a build mistake).
const Referential& EmbeddedReferential();

}  // namespace vigie::referential
