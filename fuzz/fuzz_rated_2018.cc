// Fuzz target: the rated-2018 plugin's detect and extract on arbitrary text.
#include "plugin_fuzzer.h"
#include "rated-2018/plugin.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return findings::fuzz::FuzzPlugin("rated-2018", &findings::rated2018::Detect,
                                    &findings::rated2018::Extract, data, size);
}
