// What a worker does with one request: extract, detect or read the text of one
// file under the worker's limits, into the reply the parent is sent.
#ifndef FINDINGS_ISOLATE_WORKER_TASKS_H_
#define FINDINGS_ISOLATE_WORKER_TASKS_H_

#include "isolate/limits.h"
#include "isolate/worker_protocol.h"
#include "host/plugin_registry.h"

namespace findings {

// Runs `request` (a copy: the worker's limits are applied to its options).
// Never throws: running out of memory, or any exception, is the reply's status,
// with restart set.
WorkerReply RunTask(const PluginRegistry& registry, WorkerRequest request, const Limits& limits);

}  // namespace findings

#endif  // FINDINGS_ISOLATE_WORKER_TASKS_H_
