#include "rasd/io/fd_writer.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace rasd::io {

bool FdWriter::is_open(int fd) { return ::fcntl(fd, F_GETFD) != -1; }

bool FdWriter::write(std::string_view bytes) {
  if (errno_) return false;
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n > 0) { bytes.remove_prefix(static_cast<size_t>(n)); continue; }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      // A non-blocking descriptor inherited from the caller: wait until it drains.
      pollfd p{fd_, POLLOUT, 0};
      if (::poll(&p, 1, -1) >= 0 || errno == EINTR) continue;
    }
    errno_ = n < 0 ? errno : EIO;  // write() returning 0 for a non-empty buffer: treat as an I/O error
    return false;
  }
  return true;
}

std::string FdWriter::error() const {
  if (!errno_) return {};
  return std::string(std::strerror(errno_)) + " (errno " + std::to_string(errno_) + ")";
}

}  // namespace rasd::io
