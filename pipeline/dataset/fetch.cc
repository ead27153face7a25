#include "dataset/fetch.h"

#include <curl/curl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/atomic_file.h"

namespace findings::dataset {

namespace {

using Json = nlohmann::json;

struct Validators {
  std::string etag;
  std::string last_modified;
};

// What the server said about one request.
struct Response {
  long code = 0;
  Validators validators;
};

std::string Trim(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

std::size_t OnHeader(char* data, std::size_t size, std::size_t count, void* user) {
  const std::string line(data, size * count);
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto* validators = static_cast<Validators*>(user);
    if (name == "etag") validators->etag = Trim(line.substr(colon + 1));
    if (name == "last-modified") validators->last_modified = Trim(line.substr(colon + 1));
  }
  return size * count;
}

std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* user) {
  return std::fwrite(data, size, count, static_cast<std::FILE*>(user)) * size;
}

// One GET into `temp`; conditional on `known` when the file is already there.
Result<Response> Download(const FetchSource& source, const Validators* known, const std::string& temp,
                          long timeout) {
  std::FILE* out = std::fopen(temp.c_str(), "wb");
  if (!out) return Status::Error(Code::kIoError, "cannot write " + temp);
  CURL* curl = curl_easy_init();
  curl_slist* headers = nullptr;
  if (known && !known->etag.empty()) headers = curl_slist_append(headers, ("If-None-Match: " + known->etag).c_str());
  if (known && !known->last_modified.empty())
    headers = curl_slist_append(headers, ("If-Modified-Since: " + known->last_modified).c_str());
  Response response;
  curl_easy_setopt(curl, CURLOPT_URL, source.url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "findings-fetch");
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.validators);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
  const CURLcode rc = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.code);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  const bool closed = std::fclose(out) == 0;
  if (rc != CURLE_OK) return Status::Error(Code::kIoError, curl_easy_strerror(rc));
  if (!closed) return Status::Error(Code::kIoError, "cannot write " + temp);
  return response;
}

bool LooksLikePdf(const std::string& path) {
  char magic[5] = {};
  std::ifstream in(path, std::ios::binary);
  return in.read(magic, sizeof magic) && std::string(magic, 5) == "%PDF-";
}

Result<Json> ReadState(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Json::object();
  std::stringstream text;
  text << in.rdbuf();
  Json state = Json::parse(text.str(), nullptr, false);
  if (state.is_discarded() || !state.is_object())
    return Status::Error(Code::kCorrupt, path + " is not a JSON object");
  return state;
}

// Fetches one source; on success updates `state`. Leaves the file as it was on failure.
Status FetchOne(const FetchSource& source, const FetchOptions& options, Json* state, bool* modified) {
  const std::string target = options.into_dir + "/" + source.file;
  const std::string temp = options.into_dir + "/." + source.file + ".part-" + std::to_string(::getpid());
  Validators known;
  const bool have = ::access(target.c_str(), F_OK) == 0 && state->contains(source.url);
  if (have) known = {(*state)[source.url].value("etag", ""), (*state)[source.url].value("last_modified", "")};
  Result<Response> response = Download(source, have ? &known : nullptr, temp, options.timeout_seconds);
  Status status;
  *modified = false;
  if (!response.ok()) status = response.status();
  else if (response->code == 304 && have) status = Status::Ok();
  else if (response->code != 200) status = Status::Error(Code::kIoError, "HTTP " + std::to_string(response->code));
  else if (!LooksLikePdf(temp)) status = Status::Error(Code::kCorrupt, "not a PDF (no %PDF- at the start)");
  else if (std::rename(temp.c_str(), target.c_str()) != 0) status = Status::Error(Code::kIoError, "cannot rename into " + target);
  else *modified = true;
  std::remove(temp.c_str());
  if (status.ok() && *modified)
    (*state)[source.url] = {{"file", source.file},
                            {"etag", response->validators.etag},
                            {"last_modified", response->validators.last_modified}};
  return status;
}

}  // namespace

Result<std::vector<FetchSource>> ParseSources(const std::string& text, const std::string& name) {
  std::vector<FetchSource> sources;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const std::string url = tab == std::string::npos ? "" : Trim(line.substr(0, tab));
    const std::string file = tab == std::string::npos ? "" : Trim(line.substr(tab + 1));
    const std::string where = name + ":" + std::to_string(number) + ": ";
    if (url.empty() || file.empty())
      return Status::Error(Code::kInvalidArgument, where + "expected URL<TAB>FILE");
    if (file.find('/') != std::string::npos || file[0] == '.')
      return Status::Error(Code::kInvalidArgument, where + "file name '" + file + "' must be a plain name");
    sources.push_back({url, file});
  }
  return sources;
}

std::string FormatFetchSummary(const FetchSummary& s) {
  return std::to_string(s.downloaded + s.not_modified + s.failed) + " sources: " +
         std::to_string(s.downloaded) + " downloaded, " + std::to_string(s.not_modified) +
         " not modified, " + std::to_string(s.failed) + " failed";
}

Result<FetchSummary> Fetch(const std::vector<FetchSource>& sources, const FetchOptions& options) {
  const std::string state_path = options.into_dir + "/" + kFetchStateFile;
  Result<Json> state = ReadState(state_path);
  if (!state.ok()) return state.status();
  curl_global_init(CURL_GLOBAL_DEFAULT);
  FetchSummary summary;
  for (const FetchSource& source : sources) {
    bool modified = false;
    Status status = FetchOne(source, options, &*state, &modified);
    if (!status.ok()) {
      ++summary.failed;
      summary.errors.push_back(source.url + ": " + status.message());
    } else {
      ++(modified ? summary.downloaded : summary.not_modified);
    }
  }
  curl_global_cleanup();
  if (summary.downloaded == 0) return summary;
  if (Status s = WriteFileAtomically(state_path, state->dump(2) + "\n"); !s.ok()) return s;
  return summary;
}

}  // namespace findings::dataset
