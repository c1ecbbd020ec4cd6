// JSON Lines split into lines with bounded memory. A line ends at LF, CR-LF or a lone CR (the
// three conventions Python's universal newlines read: files from old Mac tools and from Windows
// arrive that way; a raw CR cannot occur inside a JSON string, so it never splits a valid
// record). A UTF-8 byte-order mark at the start of any line is dropped: concatenated files each
// bring their own. A line longer than `max_line` is cut there; the rest of it is skipped without
// being kept, up to `max_skip` bytes, beyond which the input is given up (/dev/zero never ends).
#pragma once

#include <string>

#include "rasd/io/byte_source.h"

namespace rasd::io {

struct Line {
  std::string bytes;     // without its line end (and without a leading BOM)
  size_t number = 0;     // 1-based; CR-LF counts as one line end
  bool cut = false;      // longer than max_line: `bytes` holds its first max_line bytes
  bool abandoned = false;  // cut, and no line end within max_skip more bytes: the input stops here
};

class LineReader {
 public:
  LineReader(ByteSource& in, size_t max_line, size_t max_skip)
      : in_(in), max_line_(max_line), max_skip_(max_skip) {}

  // The next line; false at the end of the input (or after an abandoned line).
  bool next(Line& line);

 private:
  bool fill();  // refills buf_; false at the end

  ByteSource& in_;  // borrowed
  size_t max_line_, max_skip_;
  std::string buf_;
  size_t pos_ = 0;
  size_t number_ = 0;
  bool after_cr_ = false;  // the last line ended with CR: an LF right after belongs to it
  bool done_ = false;
};

}  // namespace rasd::io
