#include "rasd/core/offsets.h"

namespace rasd {
namespace {
inline bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  cp_before_block_.reserve(text.size() / kBlock + 2);
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) cp_before_block_.push_back(n);
    n += is_lead(text[i]);
  }
  total_ = n;
}

uint32_t CodePointIndex::operator()(uint32_t b) const {
  if (b >= text_.size()) return total_;
  uint32_t block = b / kBlock;
  uint32_t n = cp_before_block_[block];
  for (uint32_t i = block * kBlock; i < b; ++i) n += is_lead(text_[i]);
  // A byte inside a sequence belongs to the code point that began before it.
  if (!is_lead(text_[b])) --n;
  return n;
}

}  // namespace rasd
