#pragma once
// Generated deliverables stored with their diagnostic: one per (diagnostic, kind),
// replaced when regenerated.

#include <optional>
#include <string>

#include "storage/database.hpp"

namespace vigie::storage {

struct DocumentRecord {
  std::string diagnostic_id;
  std::string kind;         // full | synthesis | tracker
  std::string fingerprint;  // of the inputs and the renderer version
  std::string sha256;       // hex, of `bytes`
  std::string bytes;
  long long created_at = 0;
};

std::optional<DocumentRecord> FindDocument(Session& s, const std::string& diagnostic_id, const std::string& kind);
// Inserts or replaces the document of (diagnostic, kind).
void SaveDocument(Session& s, const DocumentRecord& document);

}  // namespace vigie::storage
