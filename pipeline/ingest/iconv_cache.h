// Reuse of iconv converters for poppler-cpp's per-word text conversion; see
// iconv_cache.cc for why it exists.
#ifndef FINDINGS_INGEST_ICONV_CACHE_H_
#define FINDINGS_INGEST_ICONV_CACHE_H_

namespace findings {

// The cache works by defining iconv_open/iconv_close; a static library member is only
// linked in when something refers to it, so the PDF reader calls this. True when
// glibc's own functions were found behind the cache.
bool IconvCacheLinked();

}  // namespace findings

#endif  // FINDINGS_INGEST_ICONV_CACHE_H_
