// What the parent and a worker say to each other, one frame each way per file.
//
// Request: {"path", "password", "plugin", "max_bytes", "formats", "stage_dir",
// "stage_name"}. The reply starts with one line of JSON: {"ok": false, "code",
// "message", "restart"}; or, when the request named no formats, {"ok": true,
// "findings": <ToJson>, "restart"}; or, when it named formats, {"ok": true, "id",
// "from_pdf", "diagnostics", "sizes": [n, …], "written_to", "restart"} followed
// by the rendered documents, n bytes each, as they are. With a stage_dir, the
// worker writes the documents to files itself (see Staging), "written_to" says
// where, and "sizes" is empty, so the parent has neither rendering nor writing
// to do. "restart" asks the parent to replace the worker (its memory ran out,
// its state is suspect).
#ifndef FINDINGS_ISOLATE_WORKER_PROTOCOL_H_
#define FINDINGS_ISOLATE_WORKER_PROTOCOL_H_

#include <string>
#include <vector>

#include "emit/output_formats.h"
#include "findings/model.h"
#include "findings/status.h"
#include "plugins/report_extractor.h"

namespace findings {

// Where a worker writes a report's documents instead of sending them back:
// DIR/w<its pid>/NAME.<format> (WriteDocuments). One directory per worker,
// because processes creating files in one ext4 directory contend: 2,000 files
// cost ~0.45 s of CPU from one process, ~1.0 s from two in one directory and
// ~0.65 s from two in two.
struct Staging {
  std::string dir;  // none: send the documents back
  std::string name;
};

struct WorkerRequest {
  std::string path;
  ExtractOptions options;
  std::vector<OutputFormat> formats;  // none: reply with the findings themselves
  Staging staging;
};

struct WorkerReply {
  Status status;             // ok: the result is `findings` or `rendered`
  Findings findings;         // the request named no formats
  RenderedReport rendered;   // the request named formats
  bool restart = false;      // the worker is about to exit
};

std::string EncodeRequest(const WorkerRequest& request);
Result<WorkerRequest> DecodeRequest(const std::string& payload);

// `rendered` says which of the two results an ok reply carries.
std::string EncodeReply(const WorkerReply& reply, bool rendered);
Result<WorkerReply> DecodeReply(const std::string& payload);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_PROTOCOL_H_
