// Where the readers take their bytes from: a stream, a stream with a sniffed head put back in
// front, or a decoder (encoding.h). Reading through this interface, never a whole stream at once,
// is what keeps every read bounded (--max-bytes): a reader asks for what it may still use.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace rasd::io {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into buf; returns 0 only at the end of the input or on a read error.
  virtual size_t read(char* buf, size_t n) = 0;
  // True when the input could not be read to its end (an I/O error, undecodable bytes aside).
  virtual bool failed() const = 0;
};

class StreamSource final : public ByteSource {
 public:
  explicit StreamSource(std::istream& in) : in_(in) {}  // borrowed
  size_t read(char* buf, size_t n) override;
  bool failed() const override { return in_.bad(); }

 private:
  std::istream& in_;
};

// A file descriptor, read with read(2): a read returns what is there, so a record that arrives
// on a pipe is processed without waiting for more input behind it.
class FdSource final : public ByteSource {
 public:
  explicit FdSource(int fd) : fd_(fd) {}  // not owned
  size_t read(char* buf, size_t n) override;
  bool failed() const override { return errno_ != 0; }
  int error() const { return errno_; }

 private:
  int fd_;
  int errno_ = 0;
};

// Serves `head` first, then the rest of `inner` (the head was taken from it to be sniffed).
class PrefixSource final : public ByteSource {
 public:
  PrefixSource(std::string head, ByteSource& inner) : head_(std::move(head)), inner_(inner) {}
  size_t read(char* buf, size_t n) override;
  bool failed() const override { return inner_.failed(); }

 private:
  std::string head_;
  size_t pos_ = 0;
  ByteSource& inner_;  // borrowed
};

// Reads until `out` holds `max` bytes or the input ends. True when the input goes on past `max`
// (one byte further was read to know, and dropped).
bool read_at_most(ByteSource& in, size_t max, std::string& out);

}  // namespace rasd::io
