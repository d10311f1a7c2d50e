#pragma once
// Internal to the XLSX reader: a zip archive read from memory, with limits against
// zip bombs. Sizes are enforced on the bytes actually inflated, not on the sizes the
// archive declares. Never throws on bad input.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace vigie::xlsx::detail {

struct ZipLimits {
  std::size_t max_entries = 1000;
  std::size_t max_part_bytes = 16u << 20;   // one inflated part
  std::size_t max_total_bytes = 48u << 20;  // all parts read from one archive
};

enum class ZipRead {
  kOk,
  kMissing,   // no such entry
  kTooLarge,  // the part, or the archive's total, exceeds the limits
  kBroken,    // unreadable: corrupt data, bad checksum, encrypted
};

class ZipArchive {
 public:
  // The archive held by `bytes` (which must outlive it), or nullptr when `bytes` is
  // not a readable zip or holds more entries than allowed (`too_many` then true).
  static std::unique_ptr<ZipArchive> Open(std::string_view bytes, const ZipLimits& limits, bool& too_many);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Reads the entry named `name` (case-insensitive, as OPC part names are) into `out`.
  ZipRead Read(std::string_view name, std::string& out);
  bool Has(std::string_view name);

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigie::xlsx::detail
