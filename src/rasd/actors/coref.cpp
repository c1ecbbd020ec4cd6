#include "rasd/actors/coref.h"
#include "rasd/core/hash.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

#include <algorithm>

#include "rasd/actors/actor_lexicon.h"
#include "rasd/text/lexicon.h"

namespace rasd::actors {
namespace {

std::string join(const std::vector<std::string>& w, size_t from = 0) {
  std::string k;
  for (size_t i = from; i < w.size(); ++i) { if (!k.empty()) k += ' '; k += w[i]; }
  return k;
}

// True when `small` equals the last words of `big`.
bool is_suffix(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return small.size() < big.size() && std::equal(small.rbegin(), small.rend(), big.rbegin());
}
// True when `small` equals the first words of `big`.
bool is_prefix(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return small.size() < big.size() && std::equal(small.begin(), small.end(), big.begin());
}

}  // namespace

EntityBook::EntityBook(Document& doc) : doc_(doc) {}

std::vector<std::string> EntityBook::words_of(std::string_view written) {
  std::vector<std::string> out;
  size_t i = 0;
  // Split on ASCII and no-break spaces; drop quotes and brackets around words.
  while (i < written.size()) {
    size_t j = i;
    while (j < written.size() && written[j] != ' ' && written.substr(j, 2) != "\xC2\xA0") ++j;
    std::string w = word_key(written.substr(i, j - i));
    std::erase_if(w, [](char c) { return c == '"' || c == '(' || c == ')'; });
    if (!w.empty()) out.push_back(std::move(w));
    i = j + (j < written.size() && written[j] == ' ' ? 1 : 2);
  }
  return out;
}

int32_t EntityBook::add(EntityType type, Span name, std::vector<std::string> words, const std::string& written) {
  Entity e;
  e.type = type;
  e.name = e.canonical = written.empty() ? std::string(name.of(doc_.text)) : written;
  e.mentions.push_back(name);
  doc_.entities.push_back(std::move(e));
  int32_t idx = static_cast<int32_t>(doc_.entities.size() - 1);
  info_[idx].words = std::move(words);
  by_key_[(type == EntityType::kPer ? "P|" : "O|") + join(info_[idx].words)] = idx;
  (type == EntityType::kPer ? persons_ : orgs_).push_back(idx);
  return idx;
}

void EntityBook::mention(int32_t e, Span s) {
  auto& m = doc_.entities[static_cast<size_t>(e)].mentions;
  if (std::find(m.begin(), m.end(), s) != m.end()) return;
  m.insert(std::upper_bound(m.begin(), m.end(), s, [](const Span& a, const Span& b) { return a.begin < b.begin; }), s);
}

int32_t EntityBook::person(Span name, const std::string& role, const std::string& country) {
  auto words = words_of(name.of(doc_.text));
  if (words.empty()) return -1;
  int32_t hit = -1;
  if (auto it = by_key_.find("P|" + join(words)); it != by_key_.end()) hit = it->second;
  // The latest person whose name ends with this one, or whose name this one ends with.
  for (auto p = persons_.rbegin(); hit < 0 && p != persons_.rend(); ++p) {
    Info& in = info_[*p];
    if (is_suffix(words, in.words)) hit = *p;
    else if (is_suffix(in.words, words)) {
      hit = *p;
      in.words = words;  // the fuller form is the canonical one
      doc_.entities[static_cast<size_t>(*p)].canonical = std::string(name.of(doc_.text));
      by_key_["P|" + join(words)] = *p;
    }
  }
  if (hit < 0) hit = add(EntityType::kPer, name, words);
  else mention(hit, name);
  Info& in = info_[hit];
  if (in.role.empty() && !role.empty()) in.role = role;
  if (in.country.empty() && !country.empty()) {
    in.country = country;
    doc_.entities[static_cast<size_t>(hit)].country = country;
  }
  return hit;
}

int32_t EntityBook::org(Span name, const std::string& head, const std::string& country, const std::string& written) {
  std::string text = written.empty() ? std::string(name.of(doc_.text)) : written;
  auto words = words_of(text);
  if (words.empty()) return -1;
  int32_t hit = -1;
  if (auto it = by_key_.find("O|" + join(words)); it != by_key_.end()) hit = it->second;
  // «وزارة الداخلية» after «وزارة الداخلية الكازاخية» (or before it): one ministry. Only for
  // organisations with a head, and only when the shorter one has at least head + one word.
  for (auto o = orgs_.rbegin(); hit < 0 && !head.empty() && words.size() >= 2 && o != orgs_.rend(); ++o) {
    Info& in = info_[*o];
    if (in.head != head) continue;
    if (is_prefix(words, in.words)) hit = *o;
    else if (is_prefix(in.words, words) && in.words.size() >= 2) {
      hit = *o;
      in.words = words;
      doc_.entities[static_cast<size_t>(*o)].canonical = text;
      by_key_["O|" + join(words)] = *o;
    }
  }
  if (hit < 0) hit = add(EntityType::kOrg, name, words, text);
  else mention(hit, name);
  Info& in = info_[hit];
  if (in.head.empty()) in.head = head;
  if (in.country.empty() && !country.empty()) {
    in.country = country;
    doc_.entities[static_cast<size_t>(hit)].country = country;
  }
  return hit;
}

void EntityBook::alias(int32_t e, Span name) {
  auto words = words_of(name.of(doc_.text));
  if (words.empty() || e < 0) return;
  by_key_.emplace("O|" + join(words), e);
  mention(e, name);
}

int32_t EntityBook::person_by_role(const std::string& role, const std::string& country) const {
  if (role.empty()) return -1;
  for (auto p = persons_.rbegin(); p != persons_.rend(); ++p) {
    const Info& in = info_.at(*p);
    if (in.role == role && (country.empty() || in.country == country)) return *p;
  }
  return -1;
}

int32_t EntityBook::org_by_head(const std::string& head) const {
  for (auto o = orgs_.rbegin(); o != orgs_.rend(); ++o)
    if (info_.at(*o).head == head) return *o;
  return -1;
}

void EntityBook::short_names(std::vector<bool>& covered) {
  // Family-name keys of persons with two words or more: the last word, and the last two.
  const Lexicon& lex = lexicon();
  StringMap<int32_t> tails;
  StringSet pair_starts;  // the first word of each two-word key: no other word is looked up as one
  for (int32_t p : persons_) {
    const auto& w = info_[p].words;
    if (w.size() < 2) continue;
    const std::string& last = w.back();
    // A given name or a function word is no family name; short words are too often others.
    if (text::code_points(last) >= 4 && !lex.given.count(last) && !lex.function_words.count(last) &&
        !lex.demonyms.count(std::string(drop_article(last))))
      tails.emplace(last, p);
    if (w.size() >= 3) {
      std::string pair = join(w, w.size() - 2);
      pair_starts.insert(pair.substr(0, pair.find(' ')));
      tails.emplace(std::move(pair), p);
    }
  }
  if (tails.empty()) return;
  std::vector<bool> skip(doc_.tokens.size(), true);
  for (const Sentence& s : doc_.sentences)
    if (s.kind == SentenceKind::kBody || s.kind == SentenceKind::kSubheading)
      for (uint32_t t = s.first_token; t < s.end_token; ++t) skip[t] = false;
  for (const PlaceMention& pm : doc_.places)
    for (uint32_t t = pm.first_token; t < pm.end_token && t < skip.size(); ++t) skip[t] = true;
  std::string pair;  // a two-word key asked of the table
  for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
    if (covered[i] || skip[i] || doc_.tokens[i].kind != TokenKind::kWord) continue;
    for (const Reading& r : readings(doc_.tokens[i])) {
      if (!r.conj_only && r.prefix_letters > 1) continue;
      int32_t hit = -1;
      uint32_t end = i + 1;
      if (i + 1 < doc_.tokens.size() && !covered[i + 1] && !skip[i + 1] && pair_starts.count(r.key)) {
        pair.assign(r.key).append(" ").append(word_form(doc_.tokens[i + 1]).key);
        if (auto it = tails.find(pair); it != tails.end()) { hit = it->second; end = i + 2; }
      }
      if (hit < 0)
        if (auto it = tails.find(r.key); it != tails.end()) hit = it->second;
      if (hit < 0) continue;
      Span s{text::skip_key_letters(doc_.text, doc_.tokens[i], r.prefix_letters), doc_.tokens[end - 1].span.end};
      mention(hit, s);
      ActorMention a;
      a.span = s;
      a.first_token = i;
      a.end_token = end;
      a.entity = hit;
      a.name = std::string(s.of(doc_.text));
      const Info& in = info_[hit];
      if (in.actor != SIZE_MAX) {
        a.sector = doc_.actors[in.actor].sector;
        a.country = doc_.actors[in.actor].country;
        a.role = doc_.actors[in.actor].role;
      } else {
        a.country = in.country;
      }
      doc_.actors.push_back(std::move(a));
      for (uint32_t t = i; t < end; ++t) covered[t] = true;
      break;
    }
  }
  std::sort(doc_.actors.begin(), doc_.actors.end(),
            [](const ActorMention& a, const ActorMention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace rasd::actors
