// Checked, unbuffered output of whole records to a file descriptor. Each record is handed to
// write(2) at once, so a run that is killed leaves only whole lines behind it, and every failure
// (a full disk, a closed descriptor, a reader that went away: EPIPE when SIGPIPE is ignored) is
// seen at the record it hit, named, and stops the run instead of being lost in a stdio buffer.
#pragma once

#include <string>
#include <string_view>

namespace rasd::io {

class FdWriter {
 public:
  explicit FdWriter(int fd) : fd_(fd) {}

  // True when `fd` is an open descriptor (a run with standard output closed stops at once).
  static bool is_open(int fd);

  // Writes all of `bytes` (retrying partial writes, EINTR and EAGAIN). False on an error, which
  // error() then describes; once failed, every later write fails without writing.
  bool write(std::string_view bytes);

  bool failed() const { return errno_ != 0; }
  // "No space left on device (errno 28)", or "" before any failure.
  std::string error() const;

 private:
  int fd_;
  int errno_ = 0;
};

}  // namespace rasd::io
