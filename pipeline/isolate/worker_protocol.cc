#include "isolate/worker_protocol.h"

#include <nlohmann/json.hpp>

#include "emit/model_json.h"

namespace findings {
namespace {

Status Malformed(const std::string& what) {
  return Status::Error(Code::kInternal, "malformed worker message: " + what);
}

}  // namespace

std::string EncodeRequest(const WorkerRequest& request) {
  nlohmann::json j = {{"path", request.path},
                      {"password", request.options.load.password},
                      {"plugin", request.options.forced_plugin},
                      {"max_bytes", request.options.load.max_bytes}};
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
    return request;
  } catch (const nlohmann::json::exception& e) {
    return Malformed(e.what());
  }
}

std::string EncodeReply(const WorkerReply& reply) {
  nlohmann::ordered_json j;
  j["ok"] = reply.status.ok();
  if (reply.status.ok()) {
    j["findings"] = ToJson(reply.findings);
  } else {
    j["code"] = static_cast<int>(reply.status.code());
    j["message"] = reply.status.message();
  }
  j["restart"] = reply.restart;
  // Replace, not throw, on invalid UTF-8 a plugin may have let through.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<WorkerReply> DecodeReply(const std::string& payload) {
  try {
    const nlohmann::json j = nlohmann::json::parse(payload);
    WorkerReply reply;
    reply.restart = j.at("restart").get<bool>();
    if (j.at("ok").get<bool>()) {
      Result<Findings> findings = FromJson(j.at("findings"));
      if (!findings.ok()) return Malformed(findings.status().message());
      reply.findings = std::move(*findings);
    } else {
      reply.status = Status::Error(static_cast<Code>(j.at("code").get<int>()),
                                   j.at("message").get<std::string>());
    }
    return reply;
  } catch (const nlohmann::json::exception& e) {
    return Malformed(e.what());
  }
}

}  // namespace findings
