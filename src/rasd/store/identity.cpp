#include "rasd/store/identity.h"

#include <algorithm>
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

}  // namespace

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
