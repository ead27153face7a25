// A file a plugin recognised but found nothing in: what a PDF holding only a
// report's cover page gives. ExtractLoaded refuses it rather than returning an
// empty report.
#ifndef FINDINGS_HOST_BODY_CHECK_H_
#define FINDINGS_HOST_BODY_CHECK_H_

#include "findings/model.h"
#include "findings/status.h"

namespace findings {

// kCorrupt "recognised as quality-impact-2016, but it holds no findings: the
// report's body is missing (1 page)" for a PDF whose every finding list is empty;
// else ok.
Status CheckHasBody(const Findings& findings);

}  // namespace findings

#endif  // FINDINGS_HOST_BODY_CHECK_H_
