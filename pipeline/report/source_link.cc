#include "report/source_link.h"

#include <cstdio>
#include <filesystem>

namespace findings::report {
namespace fs = std::filesystem;

namespace {

bool Unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

std::string PercentEncode(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (Unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

}  // namespace

std::string SourceHref(const std::string& source_path, const std::string& page_dir) {
  std::error_code error;
  fs::path source = fs::absolute(source_path, error).lexically_normal();
  fs::path dir = fs::absolute(page_dir.empty() ? "." : page_dir, error).lexically_normal();
  fs::path relative = source.lexically_relative(dir);
  if (relative.empty()) relative = source;
  return PercentEncode(relative.generic_string());
}

}  // namespace findings::report
