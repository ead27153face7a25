// `findings fetch` against `python3 -m http.server` on 127.0.0.1 (a free port),
// started and stopped by the test.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "pipeline/cli/cli_runner.h"

namespace findings::testing {
namespace {

namespace fs = std::filesystem;

int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t length = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool Accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

class FetchCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(served_);
    fs::create_directories(corpus_);
    port_ = FreePort();
    StartServer();
  }
  void TearDown() override { StopServer(); }

  void StartServer() {
    server_ = ::fork();
    if (server_ == 0) {
      const std::string port = std::to_string(port_);
      ::execlp("python3", "python3", "-m", "http.server", port.c_str(), "--bind", "127.0.0.1",
               "--directory", served_.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    for (int i = 0; i < 100 && !Accepts(port_); ++i)  // at most 10 s
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(Accepts(port_)) << "http.server did not start";
  }
  void StopServer() {
    if (server_ <= 0) return;
    ::kill(server_, SIGTERM);
    ::waitpid(server_, nullptr, 0);
    server_ = -1;
  }
  std::string Url(const std::string& name) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + name;
  }
  CliResult Fetch(const std::string& lines) {
    const std::string sources = temp_.Write("sources.tsv", lines);
    return RunCli("fetch --timeout 20 --sources '" + sources + "' --into '" + corpus_ + "'");
  }

  TempDir temp_;
  std::string served_ = temp_.path() + "/served";
  std::string corpus_ = temp_.path() + "/corpus";
  int port_ = 0;
  pid_t server_ = -1;
};

TEST_F(FetchCommand, DownloadsOnceThenAsksIfModified) {
  temp_.Write("served/a.pdf", "%PDF-1.4 report a");
  const std::string lines = "# reports\n" + Url("a.pdf") + "\ta.pdf\n";
  CliResult first = Fetch(lines);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "1 sources: 1 downloaded, 0 not modified, 0 failed\n");
  EXPECT_EQ(ReadAll(corpus_ + "/a.pdf"), "%PDF-1.4 report a");
  CliResult second = Fetch(lines);
  EXPECT_EQ(second.out, "1 sources: 0 downloaded, 1 not modified, 0 failed\n") << second.err;
}

TEST_F(FetchCommand, SomethingThatIsNotAPdfReplacesNothing) {
  temp_.Write("corpus/a.pdf", "%PDF-1.4 old");
  temp_.Write("served/a.pdf", "<html>Service unavailable</html>");
  CliResult result = Fetch(Url("a.pdf") + "\ta.pdf\n");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("not a PDF"), std::string::npos) << result.err;
  EXPECT_EQ(ReadAll(corpus_ + "/a.pdf"), "%PDF-1.4 old");
  EXPECT_EQ(fs::directory_iterator(corpus_)->path().filename(), "a.pdf");  // no leftovers
}

TEST_F(FetchCommand, NetworkErrorLeavesEverythingUntouched) {
  temp_.Write("served/a.pdf", "%PDF-1.4 report a");
  ASSERT_EQ(Fetch(Url("a.pdf") + "\ta.pdf\n").exit_code, 0);
  const std::string state = ReadAll(corpus_ + "/.fetch-state.json");
  StopServer();
  CliResult result = Fetch(Url("a.pdf") + "\ta.pdf\n" + Url("b.pdf") + "\tb.pdf\n");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "2 sources: 0 downloaded, 0 not modified, 2 failed\n");
  EXPECT_EQ(ReadAll(corpus_ + "/a.pdf"), "%PDF-1.4 report a");
  EXPECT_FALSE(fs::exists(corpus_ + "/b.pdf"));
  EXPECT_EQ(ReadAll(corpus_ + "/.fetch-state.json"), state);
}

TEST_F(FetchCommand, MissingFileIsAnHttpError) {
  CliResult result = Fetch(Url("gone.pdf") + "\tgone.pdf\n");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, Url("gone.pdf") + ": HTTP 404\n");
}

TEST_F(FetchCommand, MalformedSourcesLineNamesItsLine) {
  CliResult result = Fetch("# header\n" + Url("a.pdf") + " a.pdf\n");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("sources.tsv:2: expected URL<TAB>FILE"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace findings::testing
