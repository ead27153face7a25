#include "isolate/worker_protocol.h"

#include <nlohmann/json.hpp>

#include "emit/model_json.h"

namespace findings {
namespace {

Status Malformed(const std::string& what) {
  return Status::Error(Code::kInternal, "malformed worker message: " + what);
}

Result<OutputFormat> FormatNamed(const std::string& name) {
  Result<std::vector<OutputFormat>> formats = ParseFormats(name);
  if (!formats.ok() || formats->size() != 1) return Malformed("format " + name);
  return formats->front();
}

}  // namespace

std::string EncodeRequest(const WorkerRequest& request) {
  nlohmann::json formats = nlohmann::json::array();
  for (OutputFormat format : request.formats) formats.push_back(FormatName(format));
  nlohmann::json j = {{"path", request.path},
                      {"password", request.options.load.password},
                      {"plugin", request.options.forced_plugin},
                      {"max_bytes", request.options.load.max_bytes},
                      {"formats", formats},
                      {"stage_dir", request.staging.dir},
                      {"stage_name", request.staging.name}};
  return j.dump();
}

Result<WorkerRequest> DecodeRequest(const std::string& payload) {
  try {
    const nlohmann::json j = nlohmann::json::parse(payload);
    WorkerRequest request;
    request.path = j.at("path").get<std::string>();
    request.options.load.password = j.at("password").get<std::string>();
    request.options.forced_plugin = j.at("plugin").get<std::string>();
    request.options.load.max_bytes = j.at("max_bytes").get<std::size_t>();
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

std::string EncodeReply(const WorkerReply& reply, bool rendered) {
  nlohmann::ordered_json j;
  j["ok"] = reply.status.ok();
  std::string documents;
  if (!reply.status.ok()) {
    j["code"] = static_cast<int>(reply.status.code());
    j["message"] = reply.status.message();
  } else if (!rendered) {
    j["findings"] = ToJson(reply.findings);
  } else {
    j["id"] = reply.rendered.id;
    j["from_pdf"] = reply.rendered.from_pdf;
    j["diagnostics"] = reply.rendered.diagnostics;
    j["written_to"] = reply.rendered.written_to;
    j["sizes"] = nlohmann::ordered_json::array();
    for (const std::string& document : reply.rendered.documents) {
      j["sizes"].push_back(document.size());
      documents += document;
    }
  }
  j["restart"] = reply.restart;
  // Replace, not throw, on invalid UTF-8 a plugin may have let through. The
  // dump escapes control characters, so the header is one line.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n" +
         documents;
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
    } else if (j.contains("findings")) {
      Result<Findings> findings = FromJson(j.at("findings"));
      if (!findings.ok()) return Malformed(findings.status().message());
      reply.findings = std::move(*findings);
    } else {
      reply.rendered.id = j.at("id").get<std::string>();
      reply.rendered.from_pdf = j.at("from_pdf").get<bool>();
      reply.rendered.diagnostics = j.at("diagnostics").get<std::size_t>();
      reply.rendered.written_to = j.at("written_to").get<std::string>();
      std::size_t offset = header_end + 1;
      for (const nlohmann::json& size : j.at("sizes")) {
        const std::size_t n = size.get<std::size_t>();
        if (n > payload.size() - offset) return Malformed("a document runs past the frame");
        reply.rendered.documents.push_back(payload.substr(offset, n));
        offset += n;
      }
      if (offset != payload.size()) return Malformed("bytes after the documents");
    }
    return reply;
  } catch (const nlohmann::json::exception& e) {
    return Malformed(e.what());
  }
}

}  // namespace findings
