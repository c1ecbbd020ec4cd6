#include "rasd/events/event_filter.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "rasd/actors/ner/clusters.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr int kSide = 2;        // words on each side taken by position
constexpr int kBag = 6;         // words on each side taken as a bag
constexpr uint32_t kReach = 3;  // tokens to an actor or place that the trigger governs or follows
constexpr uint32_t kQuantity = 6;  // tokens to a number near the trigger

struct Out {
  std::vector<std::string>& f;
  std::string type;
  void add(std::string s) {
    f.push_back("T:" + type + "|" + s);
    f.push_back(std::move(s));
  }
};

std::string word_class(const Token& t) {
  switch (t.kind) {
    case TokenKind::kNumber: return "#num";
    case TokenKind::kPunct: return "#p" + t.key;
    case TokenKind::kLatin: return "#latin";
    case TokenKind::kSymbol: return "#sym";
    default: return t.stem;
  }
}

}  // namespace

std::string_view sense_domain(std::string_view stem) {
  using Words = StringMap<std::string>;  // looked up by view: asked for every word of every document
  static const Words words = [] {
    Words m;
    const data::Table& t = data::table("events/sense_domains");
    for (size_t r = 0; r < t.rows(); ++r) m.emplace(text::normalize_key(t.get(r, "word")), std::string(t.get(r, "domain")));
    return m;
  }();
  auto it = words.find(stem);
  return it == words.end() ? std::string_view() : std::string_view(it->second);
}

TriggerFeatures::TriggerFeatures(const Document& doc) : doc_(doc) {
  size_t n = doc.tokens.size();
  sentence_.assign(n, -1);
  actor_start_.assign(n, {});
  actor_end_.assign(n, {});
  place_start_.assign(n, 0);
  quantity_at_.assign(n, -1);
  auto add_unique = [](std::vector<std::string>& v, std::string x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(std::move(x));
  };
  sentences_.resize(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    for (uint32_t k = s.first_token; k < s.end_token && k < n; ++k) {
      sentence_[k] = static_cast<int32_t>(i);
      if (doc.tokens[k].kind != TokenKind::kWord) continue;
      if (auto d = sense_domain(doc.tokens[k].stem); !d.empty()) {
        add_unique(sentences_[i].domains, std::string(d));
        add_unique(doc_domains_, std::string(d));
      }
    }
  }
  auto sector = [](const std::string& s) { return s.empty() ? std::string("?") : s; };
  for (const ActorMention& a : doc.actors) {
    if (a.first_token < n && actor_start_[a.first_token].empty()) actor_start_[a.first_token] = sector(a.sector);
    if (a.end_token >= 1 && a.end_token <= n) actor_end_[a.end_token - 1] = sector(a.sector);
  }
  for (const PlaceMention& p : doc.places)
    if (p.first_token < n) place_start_[p.first_token] = 1;
  for (size_t q = 0; q < doc.quantities.size(); ++q)
    if (doc.quantities[q].first_token < n) quantity_at_[doc.quantities[q].first_token] = static_cast<int32_t>(q);
  for (const DateMention& d : doc.dates)
    if (d.first_token < n && sentence_[d.first_token] >= 0) add_unique(sentences_[sentence_[d.first_token]].dates, d.kind);
  for (const TriggerMention& m : doc.triggers)
    if (m.first_token < n && sentence_[m.first_token] >= 0) add_unique(sentences_[sentence_[m.first_token]].types, m.type);
  std::sort(doc_domains_.begin(), doc_domains_.end());
}

std::vector<std::string> TriggerFeatures::of(size_t t) const {
  const Document& doc = doc_;
  std::vector<std::string> f;
  const TriggerMention& m = doc.triggers[t];
  Out o{f, m.type};
  f.push_back("bias");
  f.push_back("T:" + m.type);
  f.push_back("L:" + m.lemma + "|" + m.type);
  const Token& tok = doc.tokens[m.first_token];
  o.add("form=" + tok.stem);
  // What the tokenizer stripped off the stem: a conjunction, a preposition, the article.
  std::string prefix = tok.key.ends_with(tok.stem) ? tok.key.substr(0, tok.key.size() - tok.stem.size()) : "?";
  std::string pos = std::string("pos=") + (m.participle ? "participle" : m.nominal ? "noun" : "verb") + (m.passive ? "-passive" : "");
  o.add("pre=" + prefix);
  o.add(pos);
  // The row's own readings differ by form: «الاتفاق» (the deal) against «اتفق» (they agreed).
  f.push_back("L:" + m.lemma + "|pre=" + prefix);
  f.push_back("L:" + m.lemma + "|" + pos);
  o.add("mode=" + m.mode);
  o.add(m.end_token - m.first_token > 1 ? "phrase" : "word");
  int32_t si = sentence_[m.first_token];
  uint32_t sb = si >= 0 ? doc.sentences[si].first_token : m.first_token;
  uint32_t se = si >= 0 ? doc.sentences[si].end_token : m.end_token;
  se = std::min<uint32_t>(se, static_cast<uint32_t>(doc.tokens.size()));
  const auto& clusters = actors::ner::WordClusters::get();
  // Positional words on each side (punctuation counts as a word here: «،» after a noun matters).
  for (int side : {-1, 1}) {
    int64_t k = side < 0 ? int64_t(m.first_token) - 1 : int64_t(m.end_token);
    for (int d = 1; d <= kSide; ++d, k += side) {
      std::string pos = (side < 0 ? "-" : "+") + std::to_string(d);
      if (k < int64_t(sb) || k >= int64_t(se)) {
        o.add("w" + pos + "=#edge");
        break;
      }
      const Token& w = doc.tokens[static_cast<size_t>(k)];
      o.add("w" + pos + "=" + word_class(w));
      if (d == 1) f.push_back("L:" + m.lemma + "|w" + pos + "=" + word_class(w));
      if (w.kind == TokenKind::kWord) {
        auto c = clusters.of(w.stem);
        o.add("c" + pos + "=" + std::to_string(c.coarse));
        if (d == 1) o.add("f" + pos + "=" + std::to_string(c.fine));
      }
    }
  }
  // A bag of the words nearby.
  std::set<std::string> bag;
  uint32_t a = m.first_token > sb + kBag ? m.first_token - kBag : sb;
  uint32_t b = std::min<uint32_t>(se, m.end_token + kBag);
  for (uint32_t k = a; k < b; ++k)
    if ((k < m.first_token || k >= m.end_token) && doc.tokens[k].kind == TokenKind::kWord) bag.insert(doc.tokens[k].stem);
  for (const auto& w : bag) o.add("near=" + w);
  // Actors and places it governs (just after it) or that stand just before it.
  for (uint32_t k = m.end_token; k < se && k < m.end_token + kReach; ++k) {
    if (!actor_start_[k].empty()) o.add("actor+=" + actor_start_[k]);
    if (place_start_[k]) o.add("place+");
  }
  for (uint32_t k = m.first_token; k > sb && k + kReach > m.first_token; --k)
    if (!actor_end_[k - 1].empty()) o.add("actor-=" + actor_end_[k - 1]);
  // Numbers near it.
  bool count = false;
  uint32_t qa = m.first_token > sb + kQuantity ? m.first_token - kQuantity : sb;
  for (uint32_t k = qa; k < se && k < m.end_token + kQuantity; ++k)
    if (quantity_at_[k] >= 0) {
      o.add("qty=" + doc.quantities[quantity_at_[k]].unit);
      count = true;
    }
  if (!count) o.add("no-qty");
  if (si >= 0) {
    const SentenceInfo& info = sentences_[si];
    for (const auto& d : info.dates) o.add("date=" + d);
    if (info.dates.empty()) o.add("no-date");
    for (const auto& x : info.types)
      if (x != m.type) o.add("with=" + x);
    for (const auto& d : info.domains) o.add("dom=" + d);
  }
  if (m.first_token == sb) o.add("first");
  for (const auto& d : doc_domains_) o.add("doc-dom=" + d);
  return f;
}

void filter_triggers(Document& doc, const FilterModel& model) {
  std::vector<bool> keep(doc.triggers.size());
  {
    TriggerFeatures features(doc);
    for (size_t t = 0; t < doc.triggers.size(); ++t)
      keep[t] = !doc.triggers[t].many_senses || model.keep(features.of(t));
  }
  size_t out = 0;
  for (size_t t = 0; t < doc.triggers.size(); ++t)
    if (keep[t]) {
      if (out != t) doc.triggers[out] = std::move(doc.triggers[t]);
      ++out;
    }
  doc.triggers.resize(out);
}

const FilterModel* event_filter_model(const std::string& which, std::string* error) {
  if (which.empty() || which == "none") {
    if (error) error->clear();
    return nullptr;
  }
  return shared_model(which, "", error);
}

}  // namespace rasd::events
