#include "core/embedded.hpp"

#include <fstream>
#include <sstream>

namespace vigie::core {

std::optional<std::string_view> FindEmbedded(const std::vector<EmbeddedFile>& files,
                                             std::string_view path) {
  for (const EmbeddedFile& file : files) {
    if (file.path == path) return file.data;
  }
  return std::nullopt;
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

}  // namespace vigie::core
