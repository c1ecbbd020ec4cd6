#include "rasd/io/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <string>

namespace rasd::io {
namespace {

constexpr size_t kPivot = 4096;

// Replaces what the encoding cannot map with U+FFFD (ICU's own default writes U+001A for some
// code pages) and counts it; `context` is the counter.
void count_and_replace(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                       UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  ++*static_cast<size_t*>(const_cast<void*>(context));
  static const UChar kReplacement[] = {0xFFFD};
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, kReplacement, 1, 0, err);
}

UConverter* open(std::string_view charset, size_t* counter) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(std::string(charset).c_str(), &err);
  if (U_FAILURE(err)) return nullptr;
  if (counter) {
    err = U_ZERO_ERROR;
    ucnv_setToUCallBack(c, count_and_replace, counter, nullptr, nullptr, &err);
  }
  return c;
}

}  // namespace

bool known_charset(std::string_view charset) { return !canonical_charset(charset).empty(); }

std::string canonical_charset(std::string_view charset) {
  if (charset.empty() || charset.size() > 64) return {};  // ucnv_open("") is the platform default
  UConverter* c = open(charset, nullptr);
  if (!c) return {};
  UErrorCode err = U_ZERO_ERROR;
  std::string out = ucnv_getName(c, &err);
  ucnv_close(c);
  return U_SUCCESS(err) ? out : std::string();
}

Decoded decode(std::string_view bytes, std::string_view charset) {
  Decoded out;
  struct View final : ByteSource {
    std::string_view s;
    explicit View(std::string_view v) : s(v) {}
    size_t read(char* buf, size_t n) override {
      size_t k = std::min(n, s.size());
      std::copy(s.begin(), s.begin() + k, buf);
      s.remove_prefix(k);
      return k;
    }
    bool failed() const override { return false; }
  } view(bytes);
  if (!known_charset(charset)) return out;
  DecodingSource source(view, charset);
  char buf[64 << 10];
  for (size_t n; (n = source.read(buf, sizeof buf)) > 0;) out.text.append(buf, n);
  out.replaced = source.replaced();
  out.ok = !source.failed();
  return out;
}

DecodingSource::DecodingSource(ByteSource& inner, std::string_view charset)
    : inner_(inner), pivot_(new char16_t[kPivot]) {
  from_ = open(charset, &replaced_);
  to_ = open("UTF-8", nullptr);
  failed_ = !from_ || !to_;
  pivot_source_ = pivot_target_ = pivot_.get();
}

DecodingSource::~DecodingSource() {
  if (from_) ucnv_close(from_);
  if (to_) ucnv_close(to_);
}

size_t DecodingSource::read(char* buf, size_t n) {
  if (failed_ || done_ || n == 0) return 0;
  char* target = buf;
  while (target == buf && !done_) {
    if (in_pos_ == in_.size() && !eof_) {
      in_.resize(64 << 10);
      in_.resize(inner_.read(in_.data(), in_.size()));
      in_pos_ = 0;
      eof_ = in_.empty();
    }
    const char* source = in_.data() + in_pos_;
    UErrorCode err = U_ZERO_ERROR;
    ucnv_convertEx(to_, from_, &target, buf + n, &source, in_.data() + in_.size(),
                   reinterpret_cast<UChar*>(pivot_.get()), reinterpret_cast<UChar**>(&pivot_source_),
                   reinterpret_cast<UChar**>(&pivot_target_), reinterpret_cast<UChar*>(pivot_.get()) + kPivot,
                   reset_, eof_, &err);
    reset_ = false;
    in_pos_ = static_cast<size_t>(source - in_.data());
    if (err == U_BUFFER_OVERFLOW_ERROR) break;  // buf is full; the rest stays in ICU and in_
    if (U_FAILURE(err)) { failed_ = true; break; }
    if (eof_) done_ = true;  // flushed
  }
  return static_cast<size_t>(target - buf);
}

}  // namespace rasd::io
