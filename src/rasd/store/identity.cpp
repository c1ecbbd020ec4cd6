#include "rasd/store/identity.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>

namespace rasd::store {
namespace {

uint64_t overlap(const std::vector<MentionRow>& a, const std::vector<MentionRow>& b) {
  uint64_t total = 0;
  for (const MentionRow& x : a)
    for (const MentionRow& y : b) {
      uint32_t lo = std::max(x.start, y.start), hi = std::min(x.end, y.end);
      if (lo < hi) total += hi - lo;
    }
  return total;
}

std::string derived_id(std::string_view article_id, const EventRow& e, const std::set<std::string>& taken) {
  std::string key(article_id);
  key += '\x1f';
  key += e.type();
  key += '\x1f';
  key += e.mentions.empty() ? std::string("-") : std::to_string(e.mentions.front().start);
  std::string base = "ev-" + sha256_hex(key).substr(0, 20);
  std::string id = base;
  for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

struct Line {
  std::string_view text;
  int64_t start = 0;  // code points before it
};

std::vector<Line> lines(std::string_view text) {
  std::vector<Line> out;
  int64_t cp = 0, line_start = 0;
  size_t begin = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      out.push_back({text.substr(begin, i - begin), line_start});
      line_start = ++cp;  // past the newline
      begin = i + 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++cp;  // a lead byte: one code point
    }
  }
  return out;
}

}  // namespace

void realign(std::vector<KnownEvent>& known, std::string_view old_text, std::string_view new_text) {
  if (old_text == new_text) return;
  std::vector<Line> a = lines(old_text), b = lines(new_text);
  size_t n = a.size(), m = b.size();
  // The LCS table is n*m: beyond a few million cells (texts of thousands of lines) keep offsets.
  if (n * m > 4'000'000) return;
  std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = a[i].text == b[j].text ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::vector<int64_t> delta(n, 0);
  std::vector<bool> matched(n, false);
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (a[i].text == b[j].text) {
      delta[i] = b[j].start - a[i].start;
      matched[i] = true;
      ++i, ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  for (size_t i = 1; i < n; ++i)
    if (!matched[i]) delta[i] = delta[i - 1];
  for (KnownEvent& k : known)
    for (MentionRow& mention : k.mentions) {
      // The line holding the mention's start: the last one starting at or before it.
      size_t line = 0;
      while (line + 1 < n && a[line + 1].start <= mention.start) ++line;
      int64_t d = delta[line];
      mention.start = static_cast<uint32_t>(std::max<int64_t>(0, mention.start + d));
      mention.end = static_cast<uint32_t>(std::max<int64_t>(0, mention.end + d));
    }
}

Reconciled reconcile(std::string_view article_id, const std::vector<KnownEvent>& known,
                     const std::vector<EventRow>& fresh, const std::vector<std::string>& contents) {
  // Candidate pairs, best first: live before tombstone, then larger overlap, then text order.
  std::vector<std::tuple<int, uint64_t, size_t, size_t>> pairs;  // (-live, -overlap, fresh, known)
  for (size_t i = 0; i < fresh.size(); ++i)
    for (size_t j = 0; j < known.size(); ++j) {
      if (known[j].type != fresh[i].type()) continue;
      uint64_t o = overlap(fresh[i].mentions, known[j].mentions);
      if (o > 0) pairs.emplace_back(known[j].deleted ? 1 : 0, UINT64_MAX - o, i, j);
    }
  std::sort(pairs.begin(), pairs.end());

  Reconciled out;
  out.events.resize(fresh.size());
  std::vector<bool> fresh_done(fresh.size()), known_used(known.size());
  for (const auto& [dead, inv, i, j] : pairs) {
    if (fresh_done[i] || known_used[j]) continue;
    fresh_done[i] = known_used[j] = true;
    Fate fate = known[j].deleted ? Fate::kRestored
                : known[j].content == contents[i] ? Fate::kUnchanged : Fate::kUpdated;
    out.events[i] = {known[j].id, fate};
  }
  std::set<std::string> taken;
  for (const KnownEvent& k : known) taken.insert(k.id);
  for (size_t i = 0; i < fresh.size(); ++i) {
    if (fresh_done[i]) continue;
    std::string id = derived_id(article_id, fresh[i], taken);
    taken.insert(id);
    out.events[i] = {id, Fate::kAdded};
  }
  for (size_t j = 0; j < known.size(); ++j)
    if (!known_used[j] && !known[j].deleted) out.deleted.push_back(known[j].id);
  return out;
}

}  // namespace rasd::store
