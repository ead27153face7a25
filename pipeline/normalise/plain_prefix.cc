#include "normalise/plain_prefix.h"

#include <cassert>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace findings {
namespace {

constexpr std::size_t kMaxStops = 4;

bool IsPlain(char c, std::string_view stops) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x7F || (byte < 0x20 && c != '\t')) return false;
  return stops.find(c) == std::string_view::npos;
}

#ifdef __SSE2__
// 16 bytes at a time while a whole block remains: the first byte that stops the
// prefix, or npos when the blocks ran out before one did.
std::size_t FirstStopInBlocks(std::string_view text, std::string_view stops,
                              bool blank_pairs_stop, std::size_t* checked) {
  __m128i stop_bytes[kMaxStops];
  for (std::size_t k = 0; k < kMaxStops; ++k) {
    // Unused slots repeat a control character, which stops anyway.
    stop_bytes[k] = _mm_set1_epi8(k < stops.size() ? stops[k] : '\x01');
  }
  const __m128i space = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
  const __m128i first_printable = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
  unsigned previous_blanks = 0;  // bit 15: the byte before this block is blank
  std::size_t i = 0;
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i is_tab = _mm_cmpeq_epi8(bytes, tab);
    // A signed compare: bytes >= 0x80 are negative, so below 0x20 as well.
    __m128i odd = _mm_andnot_si128(is_tab, _mm_cmplt_epi8(bytes, first_printable));
    odd = _mm_or_si128(odd, _mm_cmpeq_epi8(bytes, del));
    for (const __m128i& stop : stop_bytes) odd = _mm_or_si128(odd, _mm_cmpeq_epi8(bytes, stop));
    const auto blanks = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(is_tab, _mm_cmpeq_epi8(bytes, space))));
    // Bit j: byte j is the second blank of a pair.
    const unsigned blank_pairs =
        blank_pairs_stop ? blanks & ((blanks << 1) | (previous_blanks >> 15)) : 0;
    const unsigned stopped = static_cast<unsigned>(_mm_movemask_epi8(odd)) | blank_pairs;
    if (stopped != 0) return i + static_cast<std::size_t>(__builtin_ctz(stopped));
    previous_blanks = blanks;
  }
  *checked = i;
  return std::string_view::npos;
}
#endif

// The prefix of both functions below.
std::size_t ScanPrefix(std::string_view text, std::string_view stops, bool blank_pairs_stop) {
  assert(stops.size() <= kMaxStops);
  std::size_t i = 0;
#ifdef __SSE2__
  if (std::size_t stop = FirstStopInBlocks(text, stops, blank_pairs_stop, &i);
      stop != std::string_view::npos)
    return stop;
#endif
  for (; i < text.size(); ++i) {
    if (!IsPlain(text[i], stops)) break;
    if (blank_pairs_stop && i > 0 && IsBlank(text[i]) && IsBlank(text[i - 1])) break;
  }
  return i;
}

}  // namespace

std::size_t PrintableAsciiLength(std::string_view text) { return ScanPrefix(text, "", false); }

std::size_t PlainPrefixLength(std::string_view text, std::string_view stops) {
  return ScanPrefix(text, stops, true);
}

}  // namespace findings
