// Byte offset -> code-point offset, for the writers: the output contract counts code points
// (Python str indexing) into the text as given. Built once per document in O(n).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace rasd {

class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);  // text must outlive nothing: the index copies counts
  // Code-point offset of byte offset b (b on a boundary; a b inside a sequence maps to its start).
  uint32_t operator()(uint32_t b) const;
  uint32_t size() const { return total_; }  // code points in the text

 private:
  // cp_before_block_[k] = code points before byte k*kBlock; within a block we count lead bytes.
  static constexpr uint32_t kBlock = 64;
  std::string_view text_;  // borrowed from the Document being written
  std::vector<uint32_t> cp_before_block_;
  uint32_t total_ = 0;
};

}  // namespace rasd
