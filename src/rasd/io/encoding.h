// Input in another encoding than UTF-8 (UTF-16/32, or a legacy code page an HTML page declares,
// such as windows-1256) decoded to UTF-8 through ICU's converters: Debian's libicu maintains a
// converter for every legacy Arabic code page (windows-1256, ISO-8859-6, IBM codepages, MacArabic)
// and for the Unicode forms, so no table of ours has to. Bytes the encoding cannot map become
// U+FFFD and are counted.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "rasd/io/byte_source.h"

struct UConverter;

namespace rasd::io {

// True when ICU has a converter for `charset` (an IANA name or alias: "windows-1256", "cp1256").
bool known_charset(std::string_view charset);

// The charset's canonical ICU name, for messages ("windows-1256" for "cp1256"); "" if unknown.
std::string canonical_charset(std::string_view charset);

struct Decoded {
  std::string text;        // valid UTF-8
  size_t replaced = 0;     // byte sequences the encoding cannot map, each now U+FFFD
  bool ok = false;         // false when the charset is unknown (text then empty)
};

// Decodes all of `bytes` from `charset` to UTF-8.
Decoded decode(std::string_view bytes, std::string_view charset);

// Decodes a stream on the fly (JSON Lines in UTF-16 may be any length). `charset` must be known.
class DecodingSource final : public ByteSource {
 public:
  DecodingSource(ByteSource& inner, std::string_view charset);  // inner is borrowed
  ~DecodingSource() override;
  size_t read(char* buf, size_t n) override;
  bool failed() const override { return failed_ || inner_.failed(); }
  size_t replaced() const { return replaced_; }

 private:
  ByteSource& inner_;
  UConverter* from_ = nullptr;
  UConverter* to_ = nullptr;
  std::string in_;
  size_t in_pos_ = 0;
  std::unique_ptr<char16_t[]> pivot_;
  char16_t* pivot_source_ = nullptr;
  char16_t* pivot_target_ = nullptr;
  bool reset_ = true, eof_ = false, done_ = false, failed_ = false;
  size_t replaced_ = 0;
};

}  // namespace rasd::io
