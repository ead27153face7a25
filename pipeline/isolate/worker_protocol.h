// What the parent and a worker say to each other, one frame each way per file.
//
// Request: {"path", "password", "plugin", "max_bytes"}. Reply: {"ok": true,
// "findings": <ToJson>} or {"ok": false, "code", "message", "restart"}; "restart"
// asks the parent to replace the worker (its memory ran out, its state is suspect).
#ifndef FINDINGS_ISOLATE_WORKER_PROTOCOL_H_
#define FINDINGS_ISOLATE_WORKER_PROTOCOL_H_

#include <string>

#include "findings/model.h"
#include "findings/status.h"
#include "plugins/report_extractor.h"

namespace findings {

struct WorkerRequest {
  std::string path;
  ExtractOptions options;
};

struct WorkerReply {
  Status status;      // ok: `findings` is the result
  Findings findings;
  bool restart = false;  // the worker is about to exit
};

std::string EncodeRequest(const WorkerRequest& request);
Result<WorkerRequest> DecodeRequest(const std::string& payload);

std::string EncodeReply(const WorkerReply& reply);
Result<WorkerReply> DecodeReply(const std::string& payload);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_PROTOCOL_H_
