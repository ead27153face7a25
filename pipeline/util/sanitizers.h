// FINDINGS_ASAN is defined when AddressSanitizer instruments the build (GCC and
// Clang say so differently). ASan reserves terabytes of address space, so the
// workers' RLIMIT_AS cannot apply under it.
#ifndef FINDINGS_UTIL_SANITIZERS_H_
#define FINDINGS_UTIL_SANITIZERS_H_

#if defined(__SANITIZE_ADDRESS__)
#define FINDINGS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FINDINGS_ASAN 1
#endif
#endif

#endif  // FINDINGS_UTIL_SANITIZERS_H_
