#include "core/clock.hpp"

#include <chrono>

namespace vigie::core {

UnixSeconds SystemClock::Now() const {
  using std::chrono::duration_cast;
  using std::chrono::seconds;
  return duration_cast<seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace vigie::core
