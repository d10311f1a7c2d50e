#pragma once
// Types shared by the repositories' list functions.

#include <string>
#include <vector>

namespace vigie::storage {

// Which tenant a list is limited to. Empty fields mean no limit at that level; the
// web layer builds it from the signed-in principal, never from user input.
struct TenantFilter {
  std::string region_id;
  std::string structure_id;
};

struct PageRequest {
  long long number = 1;  // 1-based
  long long size = 25;   // clamped to [1, 200]
  long long Limit() const { return size < 1 ? 1 : (size > 200 ? 200 : size); }
  long long Offset() const { return (number < 1 ? 0 : number - 1) * Limit(); }
};

template <typename T>
struct Page {
  std::vector<T> items;
  long long total = 0;
  long long number = 1;
  long long size = 25;
  long long PageCount() const { return total == 0 ? 1 : (total + size - 1) / size; }
};

}  // namespace vigie::storage
