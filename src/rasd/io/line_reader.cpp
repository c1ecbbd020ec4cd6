#include "rasd/io/line_reader.h"

#include <algorithm>
#include <cstring>

namespace rasd::io {

bool LineReader::fill() {
  constexpr size_t kChunk = 64 << 10;
  buf_.resize(kChunk);
  size_t got = in_.read(buf_.data(), kChunk);
  buf_.resize(got);
  pos_ = 0;
  return got > 0;
}

bool LineReader::next(Line& line) {
  line.bytes.clear();
  line.cut = line.abandoned = false;
  if (done_) return false;
  size_t skipped = 0;
  bool any = false;  // a byte (or a line end) was seen: there is a line, even an empty one
  while (true) {
    if (pos_ == buf_.size() && !fill()) {
      done_ = true;
      if (!any) return false;
      break;
    }
    if (after_cr_) {
      after_cr_ = false;
      if (buf_[pos_] == '\n') { ++pos_; continue; }
    }
    any = true;
    const char* begin = buf_.data() + pos_;
    const char* end = buf_.data() + buf_.size();
    const char* stop = std::find_if(begin, end, [](char c) { return c == '\n' || c == '\r'; });
    size_t n = static_cast<size_t>(stop - begin);
    size_t keep = std::min(n, max_line_ - std::min(max_line_, line.bytes.size()));
    line.bytes.append(begin, keep);
    if (keep < n) {
      line.cut = true;
      skipped += n - keep;
      if (skipped > max_skip_) {
        line.abandoned = true;
        done_ = true;
        break;
      }
    }
    pos_ += n;
    if (stop != end) {
      after_cr_ = *stop == '\r';
      ++pos_;
      break;
    }
  }
  line.number = ++number_;
  if (line.bytes.starts_with("\xEF\xBB\xBF")) line.bytes.erase(0, 3);
  return true;
}

}  // namespace rasd::io
