#include "storage/document_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "crypto/encoding.hpp"
#include "storage/row_access.hpp"

namespace vigie::storage {

using detail::GetInt64;
using detail::GetString;

std::optional<DocumentRecord> FindDocument(Session& s, const std::string& diagnostic_id, const std::string& kind) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT diagnostic_id, kind, fingerprint, sha256, content, created_at FROM diagnostic_documents "
                    "WHERE diagnostic_id = :d AND kind = :k",
       soci::use(diagnostic_id), soci::use(kind));
  for (const auto& r : rows) {
    auto bytes = crypto::Base64UrlDecode(GetString(r, "content"));
    if (!bytes) throw std::runtime_error("a stored document is not valid base64url");
    return DocumentRecord{GetString(r, "diagnostic_id"), GetString(r, "kind"), GetString(r, "fingerprint"),
                          GetString(r, "sha256"), std::move(*bytes), GetInt64(r, "created_at")};
  }
  return std::nullopt;
}

void SaveDocument(Session& s, const DocumentRecord& d) {
  const std::string content = crypto::Base64UrlEncode(d.bytes);
  const long long size = static_cast<long long>(d.bytes.size());
  s << "DELETE FROM diagnostic_documents WHERE diagnostic_id = :d AND kind = :k", soci::use(d.diagnostic_id),
      soci::use(d.kind);
  s << "INSERT INTO diagnostic_documents (diagnostic_id, kind, fingerprint, sha256, byte_size, content, created_at) "
       "VALUES (:d, :k, :f, :h, :n, :c, :t)",
      soci::use(d.diagnostic_id), soci::use(d.kind), soci::use(d.fingerprint), soci::use(d.sha256), soci::use(size),
      soci::use(content), soci::use(d.created_at);
}

}  // namespace vigie::storage
