// What the plugin derives from its grammar (a compiled pattern set, the parsed
// standards framework) is kept for the next document: a worker extracts many
// reports with one grammar. Entries are keyed by the grammar's sha256, which
// covers every file of it; a grammar without one gets a fresh value each time.
#ifndef FINDINGS_PLUGINS_RATED2018_GRAMMAR_CACHE_H_
#define FINDINGS_PLUGINS_RATED2018_GRAMMAR_CACHE_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "findings/grammar.h"

namespace findings::rated2018 {

// The value `make()` gives for `grammar`, made once per grammar and `what`.
template <typename T, typename Make>
std::shared_ptr<const T> DerivedFrom(const Grammar& grammar, const std::string& what, Make make) {
  if (grammar.sha256().empty()) return std::make_shared<const T>(make());
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const T>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  std::shared_ptr<const T>& slot = cache[grammar.sha256() + "/" + what];
  if (!slot) slot = std::make_shared<const T>(make());
  return slot;
}

}  // namespace findings::rated2018

#endif
