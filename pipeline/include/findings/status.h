// Status: the one error type at every boundary of findings.
//
// Library code and plugins never print and never throw across a boundary; they
// return a Status (or a Result<T>). Only the command turns a Status into a message
// and an exit code. A message names what went wrong without the file name: the
// caller that knows the file prefixes it ("FILE: reason").
#ifndef FINDINGS_STATUS_H_
#define FINDINGS_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace findings {

enum class Code {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed
  kNotFound,         // a file, plugin, pattern … that does not exist
  kIoError,          // the file system said no
  kCorrupt,          // the input is damaged beyond reading
  kEncrypted,        // a password is needed
  kNoText,           // the input has no text layer
  kUnrecognised,     // not a document any plugin knows
  kUnsupported,      // a version or feature we do not handle
  kInternal,         // a bug, or a third-party library failing unexpectedly
  kOutOfMemory,      // the memory limit was reached
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(Code code, std::string message) {
    Status s;
    s.code_ = code;
    s.message_ = std::move(message);
    return s;
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}     // NOLINT: must not be ok()

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const { return std::get<Status>(v_); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace findings

#endif  // FINDINGS_STATUS_H_
