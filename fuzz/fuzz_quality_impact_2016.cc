// Fuzz target: the quality-impact-2016 plugin's detect and extract on arbitrary text.
#include "plugin_fuzzer.h"
#include "quality-impact-2016/plugin.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return findings::fuzz::FuzzPlugin("quality-impact-2016", &findings::qi2016::Detect,
                                    &findings::qi2016::Extract, data, size);
}
