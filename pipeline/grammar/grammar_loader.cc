#include "grammar/grammar_loader.h"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/sha256.h"

namespace findings {

namespace fs = std::filesystem;

namespace {

constexpr int64_t kPatternMemoryBudget = 8 << 20;

std::string Trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

// Example texts write a tab as \t and a backslash as \\.
std::string Unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == 't' || s[i + 1] == '\\')) {
      out += s[i + 1] == 't' ? '\t' : '\\';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The grammar format's own line shapes, compiled once per process: passing the
// pattern text to RE2::FullMatch directly compiles a temporary RE2 on every
// call, i.e. once per pattern line of every grammar file.
const RE2& HeaderLine() {
  static const RE2 re(R"(findings-grammar\s+(\d+))");
  return re;
}
const RE2& PatternLine() {
  static const RE2 re(R"(pattern\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s?(.*))");
  return re;
}
const RE2& ExpectLine() {
  static const RE2 re(R"(expect:\s*([A-Za-z_][A-Za-z0-9_]*)=(.*))");
  return re;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

Result<std::string> ReadWhole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(Code::kIoError, path.string() + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

// Fills a CompiledGrammar file by file; the first error stops the load.
class GrammarBuilder {
 public:
  explicit GrammarBuilder(CompiledGrammar* grammar) : g_(grammar) {}

  Status AddPatternFile(const std::string& name, const std::string& text) {
    std::istringstream in(text);
    std::string raw;
    int line_no = 0;
    bool header_seen = false;
    std::string current;  // the pattern the next example lines belong to
    while (std::getline(in, raw)) {
      ++line_no;
      const std::string where = name + ":" + std::to_string(line_no);
      const std::string line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      if (!header_seen) {
        Status s = CheckHeader(where, line);
        if (!s.ok()) return s;
        header_seen = true;
        continue;
      }
      Status s = StartsWith(line, "pattern ") ? AddPattern(where, line, &current)
                                              : AddExample(where, line, current);
      if (!s.ok()) return s;
    }
    if (!header_seen)
      return Status::Error(Code::kInvalidArgument, name + ":1: empty grammar file");
    return Status::Ok();
  }

  Status AddWordsFile(const std::string& name, const std::string& text) {
    WordList list;
    std::istringstream in(text);
    std::string raw;
    while (std::getline(in, raw)) {
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      if (Trim(raw).empty() || Trim(raw)[0] == '#') continue;
      const auto tab = raw.find('\t');
      if (tab == std::string::npos)
        list.entries.emplace_back(Trim(raw), "");
      else
        list.entries.emplace_back(Trim(raw.substr(0, tab)), Trim(raw.substr(tab + 1)));
    }
    const std::string stem = fs::path(name).stem().string();
    g_->words_[stem] = std::move(list);
    return Status::Ok();
  }

  Status AddDataFile(const std::string& name, const std::string& text) {
    auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
      return Status::Error(Code::kInvalidArgument, name + ": not valid JSON");
    g_->data_[fs::path(name).filename().string()] = text;
    return Status::Ok();
  }

 private:
  static Status CheckHeader(const std::string& where, const std::string& line) {
    int version = 0;
    if (!RE2::FullMatch(line, HeaderLine(), &version))
      return Status::Error(Code::kInvalidArgument,
                           where + ": expected the header 'findings-grammar " +
                               std::to_string(kGrammarFormatVersion) + "', got '" + line + "'");
    if (version != kGrammarFormatVersion)
      return Status::Error(Code::kUnsupported,
                           where + ": grammar format version " + std::to_string(version) +
                               " is not supported (this findings reads version " +
                               std::to_string(kGrammarFormatVersion) + ")");
    return Status::Ok();
  }

  Status AddPattern(const std::string& where, const std::string& line, std::string* current) {
    std::string name, regex;
    if (!RE2::FullMatch(line, PatternLine(), &name, &regex))
      return Status::Error(Code::kInvalidArgument,
                           where + ": expected 'pattern NAME = REGEX', got '" + line + "'");
    if (g_->patterns_.count(name))
      return Status::Error(Code::kInvalidArgument,
                           where + ": pattern '" + name + "' is defined twice");
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(kPatternMemoryBudget);
    auto re = std::make_unique<RE2>(regex, options);
    if (!re->ok())
      return Status::Error(Code::kInvalidArgument,
                           where + ": " + re->error());  // RE2's text names the fragment
    const auto added = g_->patterns_.emplace(name, std::move(re)).first;
    g_->pattern_index_.emplace(added->first, added->second.get());
    *current = name;
    return Status::Ok();
  }

  Status AddExample(const std::string& where, const std::string& line, const std::string& current) {
    if (current.empty())
      return Status::Error(Code::kInvalidArgument,
                           where + ": an example before any pattern: '" + line + "'");
    if (StartsWith(line, "expect:")) return AddExpectation(where, line, current);
    const bool match = StartsWith(line, "match:");
    if (!match && !StartsWith(line, "reject:"))
      return Status::Error(Code::kInvalidArgument,
                           where + ": expected 'match:', 'expect:', 'reject:' or 'pattern', got '" +
                               line + "'");
    GrammarExample example;
    example.where = where;
    example.pattern = current;
    example.must_match = match;
    example.text = Unescape(Trim(line.substr(match ? 6 : 7)));
    g_->examples_.push_back(std::move(example));
    return Status::Ok();
  }

  Status AddExpectation(const std::string& where, const std::string& line,
                        const std::string& current) {
    std::string group, value;
    if (!RE2::FullMatch(line, ExpectLine(), &group, &value))
      return Status::Error(Code::kInvalidArgument,
                           where + ": expected 'expect: group=value', got '" + line + "'");
    if (g_->examples_.empty() || !g_->examples_.back().must_match ||
        g_->examples_.back().pattern != current)
      return Status::Error(Code::kInvalidArgument,
                           where + ": 'expect:' must follow a 'match:' example");
    const RE2& re = *g_->patterns_.at(current);
    if (!re.NamedCapturingGroups().count(group))
      return Status::Error(Code::kInvalidArgument, where + ": pattern '" + current +
                                                       "' has no group named '" + group + "'");
    g_->examples_.back().expected_captures[group] = Unescape(value);
    return Status::Ok();
  }

 public:
  void SetSha256(std::string hex) { g_->sha256_ = std::move(hex); }

 private:
  CompiledGrammar* g_;
};

CompiledGrammar::CompiledGrammar() = default;
CompiledGrammar::~CompiledGrammar() = default;

const re2::RE2* CompiledGrammar::pattern(std::string_view name) const {
  auto it = pattern_index_.find(name);
  return it == pattern_index_.end() ? nullptr : it->second;
}

const WordList* CompiledGrammar::words(std::string_view name) const {
  auto it = words_.find(name);
  return it == words_.end() ? nullptr : &it->second;
}

const std::string* CompiledGrammar::data(std::string_view file_name) const {
  auto it = data_.find(file_name);
  return it == data_.end() ? nullptr : &it->second;
}

namespace {

// The captures of `re` on `text`, by group name; false when it does not match.
bool Captures(const RE2& re, const std::string& text, std::map<std::string, std::string>* out) {
  const int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(n + 1);
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), n + 1)) return false;
  for (const auto& [name, index] : re.NamedCapturingGroups())
    (*out)[name] = groups[index].data() ? std::string(groups[index]) : "";
  return true;
}

}  // namespace

std::vector<std::string> CompiledGrammar::FailingExamples() const {
  std::vector<std::string> failures;
  for (const GrammarExample& example : examples_) {
    std::map<std::string, std::string> got;
    const bool matched = Captures(*patterns_.at(example.pattern), example.text, &got);
    const std::string head = example.where + ": " + example.pattern;
    if (matched != example.must_match) {
      failures.push_back(head + (matched ? " matches" : " does not match") + " '" +
                         example.text + "'");
      continue;
    }
    for (const auto& [group, want] : example.expected_captures)
      if (got[group] != want)
        failures.push_back(head + ": group " + group + " is '" + got[group] + "', expected '" +
                           want + "'");
  }
  return failures;
}

Result<std::unique_ptr<CompiledGrammar>> LoadGrammar(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::Error(Code::kNotFound, dir + ": no such grammar folder");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  auto grammar = std::make_unique<CompiledGrammar>();
  GrammarBuilder builder(grammar.get());
  Sha256 hash;
  const std::string folder = fs::path(dir).lexically_normal().filename().string();
  for (const fs::path& path : files) {
    const std::string ext = path.extension().string();
    if (ext != ".re2" && ext != ".words" && ext != ".json") continue;
    auto text = ReadWhole(path);
    if (!text.ok()) return text.status();
    const std::string name = (folder.empty() ? "" : folder + "/") + path.filename().string();
    hash.Update(path.filename().string());
    hash.Update(std::string(1, '\0'));
    hash.Update(*text);
    Status s = ext == ".re2"     ? builder.AddPatternFile(name, *text)
               : ext == ".words" ? builder.AddWordsFile(name, *text)
                                 : builder.AddDataFile(name, *text);
    if (!s.ok()) return s;
  }
  builder.SetSha256(hash.HexDigest());
  return grammar;
}

}  // namespace findings
