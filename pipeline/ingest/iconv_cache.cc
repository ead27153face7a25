// Keeps iconv converters open for reuse instead of opening one per call.
//
// Why: poppler-cpp's page::text_list() turns every word into a poppler::ustring
// through ustring::from_utf8(), which opens and closes an iconv converter for that
// one word. Opening a glibc converter (module lookup, gconv_init) costs far more than
// converting a word: measured with callgrind on derbyshire.pdf it was ~10% of the
// whole PDF load. This file defines iconv_open/iconv_close in the findings binary,
// which take precedence over glibc's for every library loaded with it (ELF symbol
// interposition), and hands out a closed converter again after resetting it.
//
// Only stateless conversions between UTF-8 and UTF-16 with an explicit byte order are
// pooled: "UTF-16" without one writes a byte-order mark once per converter, so a
// reused one would behave differently. Everything else goes straight to glibc.
#include "ingest/iconv_cache.h"

#include <dlfcn.h>
#include <iconv.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <utility>
#include <vector>

namespace {

using OpenFn = iconv_t (*)(const char*, const char*);
using CloseFn = int (*)(iconv_t);

constexpr std::size_t kMaxIdlePerPair = 8;

struct Real {
  OpenFn open = reinterpret_cast<OpenFn>(dlsym(RTLD_NEXT, "iconv_open"));
  CloseFn close = reinterpret_cast<CloseFn>(dlsym(RTLD_NEXT, "iconv_close"));
};

const Real& RealIconv() {
  static const Real real;
  return real;
}

// The encodings pooled; a converter's pair is its index in kPairs.
constexpr const char* kPlainUnicode[] = {"UTF-8", "UTF-16LE", "UTF-16BE"};
constexpr int kEncodings = 3;

int EncodingIndex(const char* name) {
  for (int i = 0; i < kEncodings; ++i) {
    if (std::strcmp(name, kPlainUnicode[i]) == 0) return i;
  }
  return -1;
}

int PairIndex(const char* to, const char* from) {
  const int t = EncodingIndex(to), f = EncodingIndex(from);
  return t < 0 || f < 0 ? -1 : t * kEncodings + f;
}

struct Pool {
  std::mutex mutex;
  std::array<std::vector<iconv_t>, kEncodings * kEncodings> idle;
  std::vector<std::pair<iconv_t, int>> handed_out;  // poolable converters in use (few)
};

Pool& ThePool() {
  static Pool* pool = new Pool;  // never destroyed: converters may close during exit
  return *pool;
}

}  // namespace

extern "C" iconv_t iconv_open(const char* to, const char* from) {
  const Real& real = RealIconv();
  if (real.open == nullptr) return reinterpret_cast<iconv_t>(-1);
  const int pair = PairIndex(to, from);
  if (pair < 0) return real.open(to, from);
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  std::vector<iconv_t>& idle = pool.idle[static_cast<std::size_t>(pair)];
  iconv_t cd = reinterpret_cast<iconv_t>(-1);
  if (idle.empty()) {
    cd = real.open(to, from);
  } else {
    cd = idle.back();
    idle.pop_back();
  }
  if (cd != reinterpret_cast<iconv_t>(-1)) pool.handed_out.emplace_back(cd, pair);
  return cd;
}

extern "C" int iconv_close(iconv_t cd) {
  Pool& pool = ThePool();
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    auto it = std::find_if(pool.handed_out.begin(), pool.handed_out.end(),
                           [cd](const auto& entry) { return entry.first == cd; });
    if (it != pool.handed_out.end()) {
      std::vector<iconv_t>& idle = pool.idle[static_cast<std::size_t>(it->second)];
      pool.handed_out.erase(it);
      if (idle.size() < kMaxIdlePerPair) {
        iconv(cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
        idle.push_back(cd);
        return 0;
      }
    }
  }
  const Real& real = RealIconv();
  return real.close == nullptr ? -1 : real.close(cd);
}

namespace findings {

bool IconvCacheLinked() { return RealIconv().open != nullptr; }

}  // namespace findings
