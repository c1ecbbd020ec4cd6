#include "rasd/io/byte_source.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rasd::io {

size_t StreamSource::read(char* buf, size_t n) {
  if (n == 0 || !in_) return 0;
  in_.read(buf, static_cast<std::streamsize>(n));
  return static_cast<size_t>(in_.gcount());
}

size_t FdSource::read(char* buf, size_t n) {
  if (n == 0 || errno_) return 0;
  while (true) {
    ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) return static_cast<size_t>(got);
    if (errno == EINTR) continue;
    errno_ = errno;
    return 0;
  }
}

size_t PrefixSource::read(char* buf, size_t n) {
  if (pos_ < head_.size()) {
    size_t k = std::min(n, head_.size() - pos_);
    std::memcpy(buf, head_.data() + pos_, k);
    pos_ += k;
    if (pos_ == head_.size()) std::string().swap(head_), pos_ = 0;  // free it; inner_ from now on
    return k;
  }
  return inner_.read(buf, n);
}

bool read_at_most(ByteSource& in, size_t max, std::string& out) {
  constexpr size_t kChunk = 64 << 10;
  while (out.size() < max) {
    size_t want = std::min(kChunk, max - out.size());
    size_t at = out.size();
    out.resize(at + want);
    size_t got = in.read(out.data() + at, want);
    out.resize(at + got);
    if (got == 0) return false;
  }
  char probe;
  return in.read(&probe, 1) == 1;
}

}  // namespace rasd::io
