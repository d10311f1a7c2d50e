#pragma once
// Files compiled into the binary (templates, assets, migrations, data) by
// cmake/Embed.cmake. Each module exposes its own set through a generated function
// `const std::vector<core::EmbeddedFile>& Name();` in namespace vigie.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

struct EmbeddedFile {
  std::string_view path;  // relative to the module's embedded root, '/' separated
  std::string_view data;
};

// Finds a file by relative path; nullopt when absent.
std::optional<std::string_view> FindEmbedded(const std::vector<EmbeddedFile>& files,
                                             std::string_view path);

// Reads a file from disk into a string; nullopt when it cannot be read.
std::optional<std::string> ReadFile(const std::string& path);

}  // namespace vigie::core
