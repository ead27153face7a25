// What each field of the report document means, in a sentence, for the
// documentation the dataset writes beside its tables (csv/README.md). Kept
// here, beside ToJson, because this folder is the one that knows the fields.
#ifndef FINDINGS_EMIT_FIELD_MEANINGS_H_
#define FINDINGS_EMIT_FIELD_MEANINGS_H_

#include <string>

namespace findings {

// The meaning of field `path` ("provenance.page") of an object of `kind`
// ("ratings", … as in kFindingKinds, "diagnostics", or "report"); empty when
// the field is not documented (a test keeps every field documented).
std::string FieldMeaning(const std::string& kind, const std::string& path);

}  // namespace findings

#endif  // FINDINGS_EMIT_FIELD_MEANINGS_H_
