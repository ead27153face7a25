// A hand-built Findings with every kind and every optional both set and unset,
// for the emitter tests (and any test that needs a complete report document).
#ifndef FINDINGS_TESTS_PIPELINE_EMIT_SAMPLE_FINDINGS_H_
#define FINDINGS_TESTS_PIPELINE_EMIT_SAMPLE_FINDINGS_H_

#include "findings/model.h"

namespace findings::testing {

Findings SampleFindings();

}  // namespace findings::testing

#endif
