// PopplerLog: what Poppler says, filed under its page, bounded, and read for
// the pages that lost text.
#include "ingest/poppler_log.h"

#include <gtest/gtest.h>

namespace findings {
namespace {

TEST(PopplerLog, FilesEachMessageUnderThePageBeingReadWithoutPopplersPrefix) {
  PopplerLog log;
  log.Add("error: Invalid XRef entry 3");
  log.BeginPage(2);
  log.Add("error (1234): Unknown operator 'foo'");
  EXPECT_EQ(log.messages().size(), 2u);
  EXPECT_EQ(log.messages()[0].page, 0);
  EXPECT_EQ(log.messages()[0].text, "Invalid XRef entry 3");
  EXPECT_EQ(log.messages()[1].page, 2);
  EXPECT_EQ(log.messages()[1].text, "Unknown operator 'foo'");
  EXPECT_EQ(log.last_document_message(), "Invalid XRef entry 3");
  EXPECT_TRUE(log.unread_pages().empty());  // an odd operator loses no text
}

TEST(PopplerLog, KeepsAShortPrintableLine) {
  PopplerLog log;
  log.Add("error: xref num 2 not found but needed, try to reconstruct<0a>");
  log.Add("error: bytes \x01\xff in a name " + std::string(300, 'x'));
  EXPECT_EQ(log.messages()[0].text, "xref num 2 not found but needed, try to reconstruct");
  EXPECT_EQ(log.messages()[1].text.substr(0, 22), "bytes ?? in a name xxx");
  EXPECT_EQ(log.messages()[1].text.size(), 203u);  // 200 bytes and "..."
}

TEST(PopplerLog, AFailedFilterIsAPageThatLostTextOnceAPage) {
  PopplerLog log;
  log.BeginPage(3);
  log.Add("error (677): Bad block header in flate stream");
  log.Add("error (700): Unexpected end of file in flate stream");
  log.BeginPage(5);
  log.Add("error: Unknown segment type in JBIG2 stream");
  ASSERT_EQ(log.unread_pages().size(), 2u);
  EXPECT_EQ(DescribeUnreadPage(log.unread_pages()[0]),
            "page 3: its content is damaged (Bad block header in flate stream)");
  EXPECT_EQ(DescribeUnreadPage(log.unread_pages()[1]),
            "page 5: its content is damaged (Unknown segment type in JBIG2 stream)");
}

TEST(PopplerLog, RunningOutOfMemoryIsWhyAStreamThenFailed) {
  PopplerLog log;
  log.BeginPage(4);
  log.Add("error: Unexpected EOF in JBIG2 stream");
  log.Add("Out of memory");  // Poppler's allocator, on stderr, taken after the page
  ASSERT_EQ(log.unread_pages().size(), 1u);
  EXPECT_EQ(log.unread_pages()[0].loss, PageLoss::kOutOfMemory);
  const Status status = UnreadPageStatus(log.unread_pages()[0]);
  EXPECT_EQ(status.code(), Code::kOutOfMemory);
  EXPECT_EQ(status.message(), "page 4: out of memory reading its content");
  EXPECT_FALSE(log.out_of_memory_opening());
}

TEST(PopplerLog, RunningOutOfMemoryBeforeAnyPageIsTheDocuments) {
  PopplerLog log;
  log.Add("Out of memory");
  EXPECT_TRUE(log.out_of_memory_opening());
  EXPECT_TRUE(log.unread_pages().empty());
}

TEST(PopplerLog, AMissingPageIsDamageToo) {
  PopplerLog log;
  log.BeginPage(7);
  log.PageMissing();
  ASSERT_EQ(log.unread_pages().size(), 1u);
  EXPECT_EQ(UnreadPageStatus(log.unread_pages()[0]).message(),
            "corrupt PDF: page 7: missing from the page tree");
}

TEST(PopplerLog, KeepsTheFirstMessagesAndPagesAndCountsTheRest) {
  PopplerLog log;
  for (int page = 1; page <= 1000; ++page) {
    log.BeginPage(page);
    log.Add("error: Bad block header in flate stream");
  }
  log.BeginPage(0);
  log.Add("error: the last word about the document");
  EXPECT_EQ(log.messages().size(), PopplerLog::kMaxMessages);
  EXPECT_EQ(log.more_messages(), 1001u - PopplerLog::kMaxMessages);
  EXPECT_EQ(log.unread_pages().size(), PopplerLog::kMaxUnreadPages);
  EXPECT_EQ(log.more_unread_pages(), 1000u - PopplerLog::kMaxUnreadPages);
  EXPECT_EQ(log.last_document_message(), "the last word about the document");
}

}  // namespace
}  // namespace findings
