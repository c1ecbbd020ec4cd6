// What the first bytes of an input say about it, before any of it is read as UTF-8: a byte-order
// mark or the NUL pattern of UTF-16, the charset an HTML page declares, or that it is not text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rasd::io {

// How many bytes of an input's head the sniffers look at.
constexpr size_t kSniffBytes = 4096;

struct Sniffed {
  std::string charset;  // "" = UTF-8 (the default); else an ICU converter name ("UTF-16LE", ...)
  size_t bom = 0;       // bytes of byte-order mark to skip before decoding `charset`
};

// UTF-32 and UTF-16 by their byte-order marks; UTF-16 without one by its pattern: one byte of
// each pair is nearly always NUL or one of a few script blocks' high bytes (0x06 for Arabic),
// the other never NUL. A UTF-8 mark is not reported: UTF-8 is the default and its mark is kept.
Sniffed sniff_encoding(std::string_view head);

// The charset an HTML page declares in its head (<meta charset=...> or http-equiv Content-Type),
// lower-cased, or "". Looks at the first kSniffBytes bytes, more than the 1,024 of the HTML
// standard's prescan: pages old enough to be in a legacy code page often have long heads.
std::string declared_html_charset(std::string_view head);

// True when `bytes` hold more well-formed multi-byte UTF-8 sequences than ill-formed bytes: a
// UTF-8 page with a few stray bytes, not a page in a legacy code page (whose Arabic letters,
// 0xC1-0xFE in windows-1256, are lead bytes followed by lead bytes and almost never form UTF-8).
bool mostly_utf8(std::string_view bytes);

// True when the head is mostly not text: at least 1/16 of its bytes (and at least 16 bytes) are
// C0 controls other than white space. Text in any ASCII-compatible encoding has almost none;
// executables are full of NULs, and compressed or random bytes hold about 1/8 of them.
bool looks_binary(std::string_view head);

}  // namespace rasd::io
