#include "plugin.h"

namespace findings::qi2016 {

double Detect(const Document&, const Grammar&) { return 0.0; }

Status Extract(const Document&, const Grammar&, Findings*) {
  return Status::Error(Code::kUnsupported, "quality-impact-2016 extraction is not written yet");
}

}  // namespace findings::qi2016
