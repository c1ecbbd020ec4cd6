// Quotation marks and quoted words (see finder.h): marks paired within a paragraph, what opens
// the words after a speaker, and where they end; every check indexed so a cue costs its reach.
#include <algorithm>
#include <string>
#include <string_view>

#include "rasd/quotes/finder.h"

namespace rasd::quotes::detail {

// Quotation marks paired within a paragraph: «/» by direction, the symmetric ones in turn.
void Finder::pair_marks() {
  partner_.assign(n_, -1);
  int32_t open = -1;
  uint32_t para = UINT32_MAX;
  for (uint32_t k = 0; k < n_; ++k) {
    uint32_t si = sentence_of_[k];
    uint32_t p = si == UINT32_MAX ? para : doc_.sentences[si].paragraph;
    if (p != para) { open = -1; para = p; }
    if (!is_mark(k)) continue;
    std::string_view w = doc_.tokens[k].span.of(doc_.text);
    bool opener = w == "\xC2\xAB", closer = w == "\xC2\xBB";
    if (open < 0) {
      if (!closer) open = static_cast<int32_t>(k);
    } else if (opener) {
      open = static_cast<int32_t>(k);
    } else if (k - static_cast<uint32_t>(open) <= kMaxQuoteTokens) {
      partner_[open] = static_cast<int32_t>(k);
      partner_[k] = open;
      open = -1;
    } else {
      open = closer ? -1 : static_cast<int32_t>(k);
    }
  }
  inside_.assign(n_, false);
  for (uint32_t k = 0; k < n_; ++k)
    if (partner_[k] > static_cast<int32_t>(k))
      for (uint32_t m = k + 1; m < static_cast<uint32_t>(partner_[k]); ++m) inside_[m] = true;
}

// Tokens already quoted: a Fenwick tree over used_, so a cue tests its whole span in log time.
void Finder::mark_used(uint32_t at, uint32_t end) {
  for (uint32_t k = at; k < end; ++k) {
    used_[k] = true;
    for (uint32_t i = k + 1; i <= n_; i += i & (0 - i)) ++used_tree_[i];
  }
}

uint32_t Finder::used_before(uint32_t k) const {
  uint32_t sum = 0;
  for (uint32_t i = k; i > 0; i -= i & (0 - i)) sum += used_tree_[i];
  return sum;
}

// Whether the tokens [at, end) overlap a boilerplate span (sorted by start, with running ends).
bool Finder::overlaps_boilerplate(uint32_t at, uint32_t end) const {
  Span span{doc_.tokens[at].span.begin, doc_.tokens[end - 1].span.end};
  auto it = std::lower_bound(boiler_.begin(), boiler_.end(), span.end,
                             [](const Span& b, uint32_t e) { return b.begin < e; });
  return it != boiler_.begin() && boiler_end_[it - boiler_.begin() - 1] > span.begin;
}

uint32_t Finder::words_between(uint32_t a, uint32_t b) const {
  a = std::min(a, n_);
  b = std::min(b, n_);
  return b > a ? words_before_[b] - words_before_[a] : 0;
}

// What opens the quoted words after the speaker, within reach and before `limit`.
bool Finder::opener(const Row& row, uint32_t from, uint32_t limit, Open& out) const {
  for (uint32_t k = from; k < limit && k < from + kOpenerReach; ++k) {
    if (is_stop(k)) return false;
    if (row.comp && comp_at(k)) {
      out.at = comp_with_pronoun(k) ? k : k + 1;
      return mark_open(out);
    }
    if (row.colon && is_punct(k, ":")) {
      out.at = k + 1;
      return mark_open(out);
    }
    if (opening(k)) {
      // A short quotation further on is a name in marks («لـ "سكاي نيوز"»), not the words said.
      uint32_t c = static_cast<uint32_t>(partner_[k]);
      bool close_by = k == from || (k == from + 1 && doc_.tokens[from].key == kBaa);  // «بـ"..."»
      if (row.mark && (close_by || words_between(k + 1, c) > 3)) {
        out.at = k;
        return mark_open(out);
      }
      k = c;
      continue;
    }
    if (is_mark(k)) return false;
    if (inside_[k]) continue;
    const Token& t = doc_.tokens[k];
    for (const auto& p : row.preps) {
      if (t.key == p) {
        out.at = k + 1;
        if (comp_at(out.at)) out.at += comp_with_pronoun(out.at) ? 0 : 1;
        return mark_open(out);
      }
      // «بـ» joined to its noun («طالب بوقف», «أفاد بسقوط»), not a word that begins with ب.
      if (p == kBaa && t.key.starts_with(kBaa) && t.stem.size() < t.key.size() && !t.key.starts_with("\xD8\xA8\xD8\xA7\xD9\x84")) {
        out.at = k;
        return mark_open(out);
      }
    }
  }
  return false;
}

// A quotation mark right at the opening makes the words direct, up to its partner.
bool Finder::mark_open(Open& o) const {
  if (o.at < n_ && opening(o.at)) {
    o.close = partner_[o.at];
    o.at += 1;
    o.direct = true;
  }
  return o.at < n_;
}

bool Finder::emit(uint32_t si, const Hit& h, const Speaker& sp, uint32_t at, uint32_t end, bool direct) {
  // Trim punctuation at both ends (a trailing «،», a closing mark, the full stop).
  if (at < end) at = std::min(end, next_word_[std::min(at, n_)]);
  // A joiner or a comma before the next statement's verb is not part of the words («...، كما»).
  if (end > at) end = std::max<int64_t>(at, int64_t{last_kept_[std::min(end, n_)]} + 1);
  if (at >= end || end > n_) return false;
  if (used_in(at, end) || overlaps_boilerplate(at, end)) return false;
  Span span{doc_.tokens[at].span.begin, doc_.tokens[end - 1].span.end};
  if (doc_.source_line && doc_.source_line->span.overlaps(span)) return false;
  if (foreign_before_[end] != foreign_before_[at]) return false;
  Quote q;
  q.span = span;
  q.cue = h.row ? Span{doc_.tokens[h.first].span.begin, doc_.tokens[h.end - 1].span.end} : Span{};
  q.direct = direct;
  q.speaker = sp.actor;
  q.speaker_name = sp.name;
  q.speaker_span = sp.mention;
  q.speaker_entity = sp.entity;
  q.first_token = at;
  q.end_token = end;
  doc_.quotes.push_back(std::move(q));
  mark_used(at, end);
  remember(sp, si);
  return true;
}

}  // namespace rasd::quotes::detail
