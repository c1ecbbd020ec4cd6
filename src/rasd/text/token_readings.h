// The tokens' clitic readings, read once per document: every stage that looks a word up through
// its clitics (quantities, dates, places, triggers, arguments) reads Document::clitic_cuts here
// instead of analysing the same key again (text/clitics.h says what a reading is).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rasd/core/document.h"
#include "rasd/text/clitics.h"

namespace rasd::text {

// Fills doc.clitic_cuts and doc.clitic_first for doc.tokens (the tokens stage calls it).
void note_clitic_readings(Document& doc);

// One token's readings, in analyse_clitics order (the unsegmented word first), as CliticAnalysis
// values whose views point into the token's key: valid while the token is.
class TokenReadings {
 public:
  class iterator {
   public:
    using value_type = CliticAnalysis;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(std::string_view key, const CliticCut* at) : key_(key), at_(at) {}
    CliticAnalysis operator*() const { return reading_of(key_, *at_); }
    iterator& operator++() { ++at_; return *this; }
    iterator operator++(int) { iterator old = *this; ++at_; return old; }
    bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    std::string_view key_;
    const CliticCut* at_ = nullptr;
  };

  TokenReadings(std::string_view key, const CliticCut* begin, const CliticCut* end)
      : key_(key), begin_(begin), end_(end) {}
  iterator begin() const { return {key_, begin_}; }
  iterator end() const { return {key_, end_}; }
  size_t size() const { return static_cast<size_t>(end_ - begin_); }
  bool empty() const { return begin_ == end_; }
  CliticAnalysis operator[](size_t i) const { return reading_of(key_, begin_[i]); }
  std::string_view key() const { return key_; }
  const CliticCut* cuts() const { return begin_; }

 private:
  std::string_view key_;
  const CliticCut* begin_;
  const CliticCut* end_;
};

[[noreturn]] void missing_clitic_readings();

// Token k's readings. The layer must have been noted for the document's tokens (the pipeline's
// tokens stage does; code that tokenizes by hand calls text::tokenize(Document&)); a layer noted
// for other tokens would hand out wrong cuts, so a count that does not match throws.
inline TokenReadings clitic_readings(const Document& doc, uint32_t k) {
  if (doc.clitic_first.size() != doc.tokens.size() + 1) [[unlikely]] missing_clitic_readings();
  const CliticCut* cuts = doc.clitic_cuts.data();
  return {doc.tokens[k].key, cuts + doc.clitic_first[k], cuts + doc.clitic_first[k + 1]};
}

}  // namespace rasd::text
