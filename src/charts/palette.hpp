#pragma once
// Colours shared by the charts and the documents. Every text colour reaches a contrast
// of at least 4.5:1 on white (WCAG AA), and every fill used behind white text too;
// series colours also differ in lightness so they stay apart in grey print.

namespace vigie::charts::palette {

inline constexpr unsigned kInk = 0x1B2733;          // body text, 15:1
inline constexpr unsigned kMuted = 0x56606B;        // secondary text, 6.4:1
inline constexpr unsigned kGrid = 0xC9D1D9;         // guides and rings (not text)
inline constexpr unsigned kAccent = 0x0B5D6B;       // Vigie teal, 7.5:1
inline constexpr unsigned kAccentLight = 0xD7ECEF;  // teal tint behind dark text
inline constexpr unsigned kPriority1 = 0xA4262C;    // dark red, 7.3:1
inline constexpr unsigned kPriority2 = 0xA84A00;    // dark orange, 5.8:1
inline constexpr unsigned kPriority3 = 0x0B5D6B;
inline constexpr unsigned kPriority4 = 0x4B5563;  // slate, 7.6:1
inline constexpr unsigned kSuccess = 0x1E6B34;    // dark green, 6.6:1

// Maturity levels 1..5, from exposed to exemplary (dark enough for white text).
inline constexpr unsigned kLevel[6] = {0x56606B, 0xA4262C, 0xA84A00, 0x8A6A00, 0x2F6B3A, 0x0B5D6B};

inline constexpr unsigned PriorityColor(int priority) {
  return priority == 1   ? kPriority1
         : priority == 2 ? kPriority2
         : priority == 3 ? kPriority3
                         : kPriority4;
}

}  // namespace vigie::charts::palette
