#include "isolate/worker_protocol.h"

#include <nlohmann/json.hpp>

#include "emit/model_json.h"

namespace findings {
namespace {

constexpr const char* kTaskNames[] = {"extract", "detect", "text"};
constexpr const char* kKindNames[] = {"findings", "rendered", "detected", "text"};

Status Malformed(const std::string& what) {
  return Status::Error(Code::kInternal, "malformed worker message: " + what);
}

Result<OutputFormat> FormatNamed(const std::string& name) {
  Result<std::vector<OutputFormat>> formats = ParseFormats(name);
  if (!formats.ok() || formats->size() != 1) return Malformed("format " + name);
  return formats->front();
}

// The index of `name` in `names`, or -1.
template <std::size_t N>
int IndexOf(const char* const (&names)[N], const std::string& name) {
  for (std::size_t i = 0; i < N; ++i)
    if (name == names[i]) return static_cast<int>(i);
  return -1;
}

// Splits the blobs after the header line by their sizes.
Result<std::vector<std::string>> Blobs(const std::string& payload, std::size_t offset,
                                       const nlohmann::json& sizes) {
  std::vector<std::string> blobs;
  for (const nlohmann::json& size : sizes) {
    const std::size_t n = size.get<std::size_t>();
    if (n > payload.size() - offset) return Malformed("a document runs past the frame");
    blobs.push_back(payload.substr(offset, n));
    offset += n;
  }
  if (offset != payload.size()) return Malformed("bytes after the documents");
  return blobs;
}

}  // namespace

ReplyKind KindOf(const WorkerRequest& request) {
  switch (request.task) {
    case Task::kDetect: return ReplyKind::kDetected;
    case Task::kText: return ReplyKind::kText;
    case Task::kExtract: break;
  }
  return request.formats.empty() ? ReplyKind::kFindings : ReplyKind::kRendered;
}

std::string EncodeRequest(const WorkerRequest& request) {
  nlohmann::json formats = nlohmann::json::array();
  for (OutputFormat format : request.formats) formats.push_back(FormatName(format));
  nlohmann::json j = {{"task", kTaskNames[static_cast<int>(request.task)]},
                      {"path", request.path},
                      {"password", request.options.load.password},
                      {"plugin", request.options.forced_plugin},
                      {"formats", formats},
                      {"stage_dir", request.staging.dir},
                      {"stage_name", request.staging.name}};
  return j.dump();
}

Result<WorkerRequest> DecodeRequest(const std::string& payload) {
  try {
    const nlohmann::json j = nlohmann::json::parse(payload);
    WorkerRequest request;
    const int task = IndexOf(kTaskNames, j.at("task").get<std::string>());
    if (task < 0) return Malformed("task " + j.at("task").get<std::string>());
    request.task = static_cast<Task>(task);
    request.path = j.at("path").get<std::string>();
    request.options.load.password = j.at("password").get<std::string>();
    request.options.forced_plugin = j.at("plugin").get<std::string>();
    request.staging.dir = j.at("stage_dir").get<std::string>();
    request.staging.name = j.at("stage_name").get<std::string>();
    for (const nlohmann::json& name : j.at("formats")) {
      Result<OutputFormat> format = FormatNamed(name.get<std::string>());
      if (!format.ok()) return format.status();
      request.formats.push_back(*format);
    }
    return request;
  } catch (const nlohmann::json::exception& e) {
    return Malformed(e.what());
  }
}

std::string EncodeReply(const WorkerReply& reply, ReplyKind kind) {
  nlohmann::ordered_json j;
  j["ok"] = reply.status.ok();
  std::vector<const std::string*> blobs;
  if (!reply.status.ok()) {
    j["code"] = static_cast<int>(reply.status.code());
    j["message"] = reply.status.message();
  } else {
    j["kind"] = kKindNames[static_cast<int>(kind)];
    j["warnings"] = reply.warnings;
    if (kind == ReplyKind::kFindings) {
      j["findings"] = ToJson(reply.findings);
    } else if (kind == ReplyKind::kDetected) {
      j["plugin"] = reply.detected.plugin;
      j["confidence"] = reply.detected.confidence;
    } else if (kind == ReplyKind::kText) {
      blobs.push_back(&reply.text);
    } else {
      j["id"] = reply.rendered.id;
      j["from_pdf"] = reply.rendered.from_pdf;
      j["diagnostics"] = reply.rendered.diagnostics;
      j["written_to"] = reply.rendered.written_to;
      for (const std::string& document : reply.rendered.documents) blobs.push_back(&document);
    }
    j["sizes"] = nlohmann::ordered_json::array();
    for (const std::string* blob : blobs) j["sizes"].push_back(blob->size());
  }
  j["restart"] = reply.restart;
  // Replace, not throw, on invalid UTF-8 a plugin may have let through. The
  // dump escapes control characters, so the header is one line.
  std::string frame =
      j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  for (const std::string* blob : blobs) frame += *blob;
  return frame;
}

Result<WorkerReply> DecodeReply(const std::string& payload) {
  const std::size_t header_end = payload.find('\n');
  if (header_end == std::string::npos) return Malformed("no header line");
  try {
    const nlohmann::json j = nlohmann::json::parse(payload.begin(), payload.begin() + header_end);
    WorkerReply reply;
    reply.restart = j.at("restart").get<bool>();
    if (!j.at("ok").get<bool>()) {
      reply.status = Status::Error(static_cast<Code>(j.at("code").get<int>()),
                                   j.at("message").get<std::string>());
      return reply;
    }
    const int kind = IndexOf(kKindNames, j.at("kind").get<std::string>());
    if (kind < 0) return Malformed("kind " + j.at("kind").get<std::string>());
    reply.warnings = j.at("warnings").get<std::vector<std::string>>();
    Result<std::vector<std::string>> blobs = Blobs(payload, header_end + 1, j.at("sizes"));
    if (!blobs.ok()) return blobs.status();
    switch (static_cast<ReplyKind>(kind)) {
      case ReplyKind::kFindings: {
        Result<Findings> findings = FromJson(j.at("findings"));
        if (!findings.ok()) return Malformed(findings.status().message());
        reply.findings = std::move(*findings);
        break;
      }
      case ReplyKind::kDetected:
        reply.detected.plugin = j.at("plugin").get<std::string>();
        reply.detected.confidence = j.at("confidence").get<double>();
        break;
      case ReplyKind::kText:
        if (blobs->size() != 1) return Malformed("a text reply holds one text");
        reply.text = std::move(blobs->front());
        break;
      case ReplyKind::kRendered:
        reply.rendered.id = j.at("id").get<std::string>();
        reply.rendered.from_pdf = j.at("from_pdf").get<bool>();
        reply.rendered.diagnostics = j.at("diagnostics").get<std::size_t>();
        reply.rendered.written_to = j.at("written_to").get<std::string>();
        reply.rendered.documents = std::move(*blobs);
        break;
    }
    return reply;
  } catch (const nlohmann::json::exception& e) {
    return Malformed(e.what());
  }
}

}  // namespace findings
