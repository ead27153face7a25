#include "plugin.h"

namespace findings::rated2018 {

double Detect(const Document&, const Grammar&) { return 0.0; }

Status Extract(const Document&, const Grammar&, Findings*) {
  return Status::Error(Code::kUnsupported, "rated-2018 extraction is not written yet");
}

}  // namespace findings::rated2018
