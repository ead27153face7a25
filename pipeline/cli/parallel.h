// Running one piece of work per input file on a few threads: the threads only
// wait for workers (pipeline/isolate), so as many run as keep the workers busy.
#ifndef FINDINGS_CLI_PARALLEL_H_
#define FINDINGS_CLI_PARALLEL_H_

#include <atomic>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace findings::cli {

// Runs `work(i)` for i in [0, n) on `thread_count` threads.
template <typename Work>
void ForEachParallel(std::size_t n, unsigned thread_count, Work work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < thread_count && t < n; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

// The same, and `done(i)` in order of i, one at a time, as soon as work(i) and
// every work before it have finished: results printed in input order as they come.
template <typename Work, typename Done>
void ForEachInOrder(std::size_t n, unsigned thread_count, Work work, Done done) {
  std::mutex mutex;
  std::vector<char> finished(n, 0);
  std::size_t next_done = 0;
  ForEachParallel(n, thread_count, [&](std::size_t i) {
    work(i);
    std::lock_guard<std::mutex> lock(mutex);
    finished[i] = 1;
    while (next_done < n && finished[next_done]) done(next_done++);
  });
}

}  // namespace findings::cli

#endif  // FINDINGS_CLI_PARALLEL_H_
