// What the parent and a worker say to each other, one frame each way per file.
//
// Request: {"task": "extract"|"detect"|"text", "path", "password", "plugin",
// "formats", "stage_dir", "stage_name"}; the worker applies its own limits (the
// input size, the memory limit its messages name). The reply starts with one line
// of JSON: {"ok": false, "code", "message", "restart"}; or {"ok": true, "kind",
// "warnings": [...], "restart", …} where, by kind, "findings" is <ToJson> (an
// extraction that named no formats); "rendered" has "id", "from_pdf",
// "diagnostics", "written_to", "sizes": [n, …] (one that named formats); "detected"
// has "plugin", "confidence"; "text" has "sizes": [n]. The header is followed by
// the blobs "sizes" counts, n bytes each, as they are: the rendered documents, the
// text. With a stage_dir, the worker writes the documents to files itself (see
// Staging), "written_to" says where, and "sizes" is empty, so the parent has
// neither rendering nor writing to do. "restart" asks the parent to replace the
// worker (its memory ran out, its state is suspect).
#ifndef FINDINGS_ISOLATE_WORKER_PROTOCOL_H_
#define FINDINGS_ISOLATE_WORKER_PROTOCOL_H_

#include <string>
#include <vector>

#include "emit/output_formats.h"
#include "findings/model.h"
#include "findings/status.h"
#include "host/extract.h"

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

enum class Task {
  kExtract,  // the findings, or with formats the rendered documents
  kDetect,   // the plugin that recognises the file
  kText,     // the normalised text
};

struct WorkerRequest {
  Task task = Task::kExtract;
  std::string path;
  ExtractOptions options;  // load.max_bytes and load.memory_limit_mib: the worker's own
  std::vector<OutputFormat> formats;  // kExtract: none: reply with the findings themselves
  Staging staging;
};

struct DetectedFormat {
  std::string plugin;
  double confidence = 0;
};

// Which result an ok reply carries.
enum class ReplyKind { kFindings, kRendered, kDetected, kText };
ReplyKind KindOf(const WorkerRequest& request);

struct WorkerReply {
  Status status;             // ok: the result is the one of its kind
  Findings findings;         // kFindings
  RenderedReport rendered;   // kRendered
  DetectedFormat detected;   // kDetected
  std::string text;          // kText
  // One line each about the file that is not an error: a page not read
  // ("page 3: …"), what a library printed.
  std::vector<std::string> warnings;
  bool restart = false;      // the worker is about to exit
};

std::string EncodeRequest(const WorkerRequest& request);
Result<WorkerRequest> DecodeRequest(const std::string& payload);

std::string EncodeReply(const WorkerReply& reply, ReplyKind kind);
Result<WorkerReply> DecodeReply(const std::string& payload);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_PROTOCOL_H_
