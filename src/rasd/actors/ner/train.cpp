#include "rasd/actors/ner/train.h"

#include "rasd/actors/ner/clusters.h"
#include "rasd/actors/ner/context_words.h"
#include "rasd/actors/ner/memory.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/normalize.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <ostream>
#include <random>
#include <span>
#include <sstream>
#include <unordered_map>

namespace rasd::actors::ner {
namespace {

std::string fnv_hex(uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016llx", static_cast<unsigned long long>(v));
  return b;
}

bool blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

// Every field of `rest` is a BIO tag («I-ORG B-PERS»): the line is `word TAG TAG...`.
bool looks_like_tag(std::string_view rest) {
  bool any = false;
  size_t at = 0;
  while (at < rest.size()) {
    size_t b = rest.find_first_not_of(" \t", at);
    if (b == std::string_view::npos) break;
    size_t e = std::min(rest.size(), rest.find_first_of(" \t", b));
    std::string_view f = rest.substr(b, e - b);
    if (!(f == "O" || (f.size() > 2 && (f[0] == 'B' || f[0] == 'I') && f[1] == '-'))) return false;
    any = true;
    at = e;
  }
  return any;
}

// A training sentence turned into the extractor's input once (keys and stems kept alive).
struct Prepared {
  std::vector<std::string> keys, stems;
  std::vector<TokenText> tokens;
  explicit Prepared(const std::vector<std::string>& words) : keys(words.size()), stems(words.size()) {
    tokens.reserve(words.size());
    for (size_t i = 0; i < words.size(); ++i) tokens.push_back(token_text(words[i], keys[i], stems[i]));
  }
};

// Entity chunks as conlleval reads them: a chunk starts at B-X, or at I-X not continuing X.
struct Chunk {
  size_t begin, end;
  int type;
  bool operator==(const Chunk&) const = default;
};
std::vector<Chunk> chunks(const std::vector<int>& tags) {
  std::vector<Chunk> out;
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == 0) { ++i; continue; }
    int type = static_cast<int>(type_of(tags[i]));
    size_t j = i + 1;
    while (j < tags.size() && is_inside(tags[j]) && static_cast<int>(type_of(tags[j])) == type) ++j;
    out.push_back({i, j, type});
    i = j;
  }
  return out;
}

// A span's words as one loose key (geo::place_key: hamzas, taa marbuta and final hamza folded),
// so a name spelt two ways in two corpora counts as seen.
std::string span_key(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string joined;
  for (size_t i = begin; i < end; ++i) (joined += i > begin ? " " : "") += words[i];
  return geo::place_key(joined);
}

// Hashes of the word trigrams of a sentence, on normalised keys so that two tokenisations of one
// article still meet. Sentences under kMinOverlapWords words give none: «2 م .» or a price line
// recurs in any news and says nothing about shared articles.
constexpr size_t kMinOverlapWords = 8;
std::vector<uint64_t> trigrams(const std::vector<std::string>& words) {
  std::vector<std::string> keys;
  for (const auto& w : words) {
    std::string k = text::normalize_key(w);
    if (!k.empty()) keys.push_back(std::move(k));
  }
  std::vector<uint64_t> out;
  if (keys.size() < kMinOverlapWords) return out;
  for (size_t i = 0; i + 3 <= keys.size(); ++i)
    out.push_back(feature_hash(keys[i] + '\x1f' + keys[i + 1] + '\x1f' + keys[i + 2]));
  return out;
}

}  // namespace

std::optional<BioFile> parse_bio(std::string_view text) {
  BioFile out;
  LabelledSentence cur;
  auto flush = [&] {
    if (!cur.words.empty()) out.sentences.push_back(std::move(cur));
    cur = {};
  };
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    at = nl == std::string_view::npos ? text.size() : nl + 1;
    if (blank(line)) { flush(); continue; }
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    size_t sep = line.find_last_of(" \t");
    if (sep == std::string_view::npos) return std::nullopt;  // a line without a tag: not a BIO file
    std::string_view word = line.substr(0, sep), tag = line.substr(sep + 1);
    while (!word.empty() && (word.back() == ' ' || word.back() == '\t')) word.remove_suffix(1);
    // Nested tags (Wojood: `word OUTER INNER`): keep the outermost, the flat files' reading
    // («مجلس الأمن ضد الأسد» is one ORG, not a PER inside it).
    if (size_t first = word.find_first_of(" \t"); first != std::string_view::npos && looks_like_tag(word.substr(first))) {
      tag = word.substr(first);
      word = word.substr(0, first);
      tag.remove_prefix(std::min(tag.size(), tag.find_first_not_of(" \t")));
      tag = tag.substr(0, tag.find_first_of(" \t"));
    }
    if (word == "$#$") continue;  // Wojood's end-of-paragraph marker, not text
    std::optional<int> t = parse_tag(tag);
    if (!t) { ++out.unknown_tags; t = 0; }
    cur.words.emplace_back(word);
    cur.tags.push_back(*t);
    ++out.tokens;
  }
  flush();
  return out;
}

std::optional<BioFile> read_bio(const std::string& path, std::string* error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    if (error) *error = "cannot open '" + path + "'";
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << f.rdbuf();
  auto out = parse_bio(buf.str());
  if (!out && error) *error = "'" + path + "' is not a `token TAG` file (a line has no tag)";
  return out;
}

size_t join_clitics(BioFile& file) {
  static const std::string_view pro[] = {"و", "ف", "ب", "ل", "ك"};
  static const std::string_view pron[] = {"ه", "ها", "هم", "هما", "هن", "كم", "نا"};
  auto one_of = [](std::string_view w, std::span<const std::string_view> set) {
    return std::find(set.begin(), set.end(), w) != set.end();
  };
  // An Arabic letter (U+0621..U+064A) at the start or the end of a word.
  auto arabic = [](std::string_view w, bool at_end) {
    if (w.size() < 2) return false;
    std::string_view c = at_end ? w.substr(w.size() - 2) : w.substr(0, 2);
    auto a = static_cast<unsigned char>(c[0]), b = static_cast<unsigned char>(c[1]);
    return (a == 0xD8 && b >= 0xA1) || (a == 0xD9 && b <= 0x8A);
  };
  size_t joined = 0;
  for (LabelledSentence& s : file.sentences) {
    LabelledSentence out;
    std::string pending;  // clitics waiting for their word
    int pending_tag = 0;
    size_t pending_n = 0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const std::string& w = s.words[i];
      int tag = s.tags[i];
      if (one_of(w, pro) && i + 1 < s.words.size()) {
        if (pending.empty()) pending_tag = tag;
        pending += w;
        ++pending_n;
        continue;
      }
      if (!pending.empty()) {
        if (arabic(w, false)) {
          // «و هران» B-LOC I-LOC is one name «وهران»: the clitic opened it.
          int t = tag == 0 ? pending_tag : (is_begin(pending_tag) && is_inside(tag) ? pending_tag : tag);
          out.words.push_back(pending + w);
          out.tags.push_back(t);
          joined += pending_n;
          pending.clear();
          pending_n = 0;
          continue;
        }
        out.words.push_back(pending);  // nothing to join: the clitic stands as it was
        out.tags.push_back(pending_tag);
        pending.clear();
        pending_n = 0;
      }
      if (one_of(w, pron) && !out.words.empty() && arabic(out.words.back(), true)) {
        std::string& prev = out.words.back();
        if (prev.size() >= 2 && prev.compare(prev.size() - 2, 2, "ة") == 0) prev.replace(prev.size() - 2, 2, "ت");
        prev += w;
        ++joined;
        continue;
      }
      out.words.push_back(w);
      out.tags.push_back(tag);
    }
    if (!pending.empty()) { out.words.push_back(pending); out.tags.push_back(pending_tag); }
    for (size_t i = 0; i < out.tags.size(); ++i)
      if (is_inside(out.tags[i]) && (i == 0 || !out.tags[i - 1] || type_of(out.tags[i - 1]) != type_of(out.tags[i])))
        out.tags[i] -= 1;  // I-X -> B-X
    s = std::move(out);
  }
  file.tokens = 0;
  for (const auto& s : file.sentences) file.tokens += s.words.size();
  return joined;
}

namespace {
std::string head_key(const std::string& word) {
  std::string key, stem;
  token_text(word, key, stem);
  return geo::fold_taa(stem);
}
}  // namespace

std::unordered_set<std::string> outside_heads(const std::vector<LabelledSentence>& reference, size_t min_outside) {
  std::unordered_map<std::string, std::pair<size_t, size_t>> seen;  // stem -> (outside, inside)
  for (const auto& s : reference)
    for (size_t i = 0; i + 1 < s.tags.size(); ++i) {
      if (s.tags[i] == 0 && is_begin(s.tags[i + 1])) ++seen[head_key(s.words[i])].first;
      else if (is_begin(s.tags[i]) && is_inside(s.tags[i + 1])) ++seen[head_key(s.words[i])].second;
    }
  std::unordered_set<std::string> out;
  for (const auto& [k, c] : seen)
    if (c.first >= min_outside && 4 * c.second <= c.first) out.insert(k);
  return out;
}

size_t cut_heads(std::vector<LabelledSentence>& other, const std::unordered_set<std::string>& heads, size_t from) {
  size_t cut = 0;
  for (size_t k = from; k < other.size(); ++k) {
    auto& s = other[k];
    for (size_t i = 0; i + 1 < s.tags.size(); ++i)
      if (is_begin(s.tags[i]) && is_inside(s.tags[i + 1]) && heads.count(head_key(s.words[i]))) {
        s.tags[i + 1] = s.tags[i];  // the next word opens the name
        s.tags[i] = 0;
        ++cut;
      }
  }
  return cut;
}

std::optional<NameLists> read_anergazet(const std::string& dir, std::string* error) {
  NameLists lists;
  const std::pair<const char*, uint8_t> files[] = {
      {"AlignedPersGazetteer.txt", 1}, {"AlignedOrgGazetteer.txt", 2}, {"AlignedLocGazetteer.txt", 4}};
  for (const auto& [name, bit] : files) {
    std::string path = dir + "/" + name;
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      if (error) *error = "cannot open '" + path + "'";
      return std::nullopt;
    }
    std::string line;
    while (std::getline(f, line)) {
      if (blank(line) || line[0] == '=' || line[0] == '*') continue;
      lists.add(line, bit);
    }
  }
  return lists;
}

Model train(const std::vector<LabelledSentence>& data, const NameLists& lists, const TrainOptions& options,
            std::ostream* log) {
  auto t0 = std::chrono::steady_clock::now();
  FeatureExtractor fx(lists);
  // 1. Features of every token, and how often each occurs.
  std::vector<std::vector<std::vector<uint64_t>>> hashed(data.size());
  std::unordered_map<uint64_t, uint32_t> count;
  for (size_t s = 0; s < data.size(); ++s) {
    Prepared p(data[s].words);
    fx.extract(p.tokens, hashed[s]);
    for (const auto& tok : hashed[s])
      for (uint64_t h : tok) ++count[h];
  }
  // 2. Dense indices for the features kept, in first-seen order (deterministic).
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> key_of;
  std::vector<std::vector<std::vector<uint32_t>>> feats(data.size());
  for (size_t s = 0; s < data.size(); ++s) {
    feats[s].resize(hashed[s].size());
    for (size_t i = 0; i < hashed[s].size(); ++i)
      for (uint64_t h : hashed[s][i]) {
        if (count[h] < static_cast<uint32_t>(options.min_count)) continue;
        auto [it, fresh] = index.emplace(h, static_cast<uint32_t>(key_of.size()));
        if (fresh) key_of.push_back(h);
        feats[s][i].push_back(it->second);
      }
    hashed[s] = {};
  }
  if (log)
    *log << "train-ner: " << data.size() << " sentences, " << count.size() << " features, " << key_of.size()
         << " seen at least " << options.min_count << " times\n";

  // 3. Averaged perceptron (Collins 2002) with the usual trick: alongside the weights w keep
  //    u = sum of c * update (c = instances seen); the average is w - u / c.
  //    With `orders` > 1 the whole run is repeated over other orders of the sentences (seeds
  //    seed, seed + 1, ...) and the averaged weights of the runs are averaged: an unseen name's
  //    evidence then depends less on which sentences happened to come last.
  const size_t F = key_of.size();
  std::vector<double> sum(F * kTags, 0.0), sum_trans((kTags + 1) * kTags, 0.0);
  const int orders = std::max(1, options.orders);
  std::vector<float> emit;
  for (int run = 0; run < orders; ++run) {
  std::vector<float> w(F * kTags, 0.f), trans((kTags + 1) * kTags, 0.f);
  std::vector<double> u(F * kTags, 0.0), utrans(trans.size(), 0.0);
  std::mt19937_64 rng(options.seed + static_cast<uint64_t>(run));
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  double c = 1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates with our own draws: std::shuffle's use of the engine is not specified.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t wrong = 0, tokens = 0;
    for (size_t s : order) {
      const auto& gold = data[s].tags;
      const size_t n = gold.size();
      emit.assign(n * kTags, 0.f);
      for (size_t i = 0; i < n; ++i)
        for (uint32_t f : feats[s][i])
          for (int t = 0; t < kTags; ++t) emit[i * kTags + t] += w[f * kTags + t];
      std::vector<int> pred = decode_emissions(emit, n, trans, false).tags;
      tokens += n;
      for (size_t i = 0; i < n; ++i) {
        int g = gold[i], p = pred[i];
        int gp = i ? gold[i - 1] : kStart, pp = i ? pred[i - 1] : kStart;
        if (g != p) {
          ++wrong;
          for (uint32_t f : feats[s][i]) {
            w[f * kTags + g] += 1; u[f * kTags + g] += c;
            w[f * kTags + p] -= 1; u[f * kTags + p] -= c;
          }
        }
        if (g != p || gp != pp) {
          trans[gp * kTags + g] += 1; utrans[gp * kTags + g] += c;
          trans[pp * kTags + p] -= 1; utrans[pp * kTags + p] -= c;
        }
      }
      c += 1;
    }
    if (log) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      char line[160];
      std::snprintf(line, sizeof line, "train-ner: order %d epoch %d: %.2f%% of training tokens wrong (%.1f s)\n", run + 1, epoch,
                    tokens ? 100.0 * double(wrong) / double(tokens) : 0.0, secs);
      *log << line;
    }
  }
  for (size_t i = 0; i < sum.size(); ++i) sum[i] += w[i] - u[i] / c;
  for (size_t i = 0; i < sum_trans.size(); ++i) sum_trans[i] += trans[i] - utrans[i] / c;
  }
  std::vector<std::pair<uint64_t, std::array<float, kTags>>> rows(F);
  for (size_t f = 0; f < F; ++f) {
    rows[f].first = key_of[f];
    for (int t = 0; t < kTags; ++t) rows[f].second[t] = static_cast<float>(sum[f * kTags + t] / orders);
  }
  const uint64_t bias_id = feature_id("bias");
  for (auto& [key, row] : rows)
    if (key == bias_id) {
      row[begin_tag(NameType::kOrg)] += options.org_bias;
      row[begin_tag(NameType::kOrg) + 1] += options.org_bias;
    }
  std::vector<float> trans(sum_trans.size());
  for (size_t i = 0; i < trans.size(); ++i) trans[i] = static_cast<float>(sum_trans[i] / orders);
  std::string opts = "feature-version=" + std::to_string(kFeatureVersion) + " epochs=" + std::to_string(options.epochs) +
                     (orders > 1 ? " orders=" + std::to_string(orders) : "") +
                     " clusters=" + std::to_string(WordClusters::get().size()) + "/" + fnv_hex(WordClusters::get().fingerprint()) +
                     " context=" + std::to_string(ContextWords::get().size()) + "/" + fnv_hex(ContextWords::get().fingerprint()) +
                     " seed=" + std::to_string(options.seed) + " min-count=" + std::to_string(options.min_count) +
                     (options.org_bias != 0 ? " org-bias=" + std::to_string(options.org_bias).substr(0, 4) : "") +
                     (options.description.empty() ? "" : " " + options.description);
  uint64_t h = feature_hash(opts);
  return Model::from_weights(std::move(rows), std::move(trans), lists, h, opts);
}

std::vector<int> tag_words(const Model& model, const std::vector<std::string>& words) {
  Prepared p(words);
  std::vector<std::vector<uint64_t>> f;
  FeatureExtractor(model.lists()).extract(p.tokens, f);
  return model.decode(f, false).tags;
}

void Scores::add(const std::vector<int>& gold, const std::vector<int>& pred, const std::vector<std::string>* words,
                 const TrainingNames* names) {
  for (size_t i = 0; i < gold.size(); ++i) {
    ++tokens;
    if (gold[i] == pred[i]) ++correct;
    int g = gold[i] ? static_cast<int>(type_of(gold[i])) : -1, p = pred[i] ? static_cast<int>(type_of(pred[i])) : -1;
    if (g >= 0 && g == p) ++token[g].tp;
    else {
      if (g >= 0) ++token[g].fn;
      if (p >= 0) ++token[p].fp;
    }
  }
  const bool by_seen = words && names;
  split = split || by_seen;
  auto bucket = [&](const Chunk& c) -> std::array<Counts, kTypes>& {
    return names->seen(*words, c.begin, c.end) ? seen : unseen;
  };
  auto fn = [&](const Chunk& c) { ++entity[c.type].fn; if (by_seen) ++bucket(c)[c.type].fn; };
  auto fp = [&](const Chunk& c) { ++entity[c.type].fp; if (by_seen) ++bucket(c)[c.type].fp; };
  std::vector<Chunk> gc = chunks(gold), pc = chunks(pred);
  // Both lists are in text order: a merge finds the exact matches.
  size_t a = 0, b = 0;
  while (a < gc.size() || b < pc.size()) {
    if (b == pc.size() || (a < gc.size() && gc[a].begin < pc[b].begin)) { fn(gc[a++]); continue; }
    if (a == gc.size() || pc[b].begin < gc[a].begin) { fp(pc[b++]); continue; }
    if (gc[a] == pc[b]) {
      ++entity[gc[a].type].tp;
      if (by_seen) ++bucket(gc[a])[gc[a].type].tp;
    } else {
      fn(gc[a]);
      fp(pc[b]);
    }
    ++a, ++b;
  }
}

Counts Scores::entity_main() const {
  Counts c;
  for (int t = 0; t < 3; ++t) c.tp += entity[t].tp, c.fp += entity[t].fp, c.fn += entity[t].fn;
  return c;
}

Counts Scores::token_main() const {
  Counts c;
  for (int t = 0; t < 3; ++t) c.tp += token[t].tp, c.fp += token[t].fp, c.fn += token[t].fn;
  return c;
}

void TrainingNames::add(const std::vector<LabelledSentence>& sentences) {
  for (const auto& s : sentences)
    for (const Chunk& c : chunks(s.tags)) keys_.insert(span_key(s.words, c.begin, c.end));
}

bool TrainingNames::seen(const std::vector<std::string>& words, size_t begin, size_t end) const {
  return keys_.count(span_key(words, begin, end)) > 0;
}

size_t drop_overlaps(std::vector<LabelledSentence>& train, const std::vector<const std::vector<LabelledSentence>*>& held) {
  std::unordered_set<uint64_t> grams;
  for (const auto* set : held)
    for (const auto& s : *set)
      for (uint64_t g : trigrams(s.words)) grams.insert(g);
  size_t before = train.size();
  std::erase_if(train, [&](const LabelledSentence& s) {
    std::vector<uint64_t> own = trigrams(s.words);
    size_t shared = 0;
    for (uint64_t g : own) shared += grams.count(g);
    return !own.empty() && 2 * shared > own.size();
  });
  return before - train.size();
}

Scores evaluate(const Model& model, const std::vector<LabelledSentence>& sentences, const TrainingNames* names) {
  Scores s;
  for (const auto& sent : sentences) s.add(sent.tags, tag_words(model, sent.words), &sent.words, names);
  return s;
}

Scores evaluate_with_memory(const Model& model, const std::vector<LabelledSentence>& sentences, size_t block,
                            float confident, const TrainingNames* names) {
  Scores s;
  FeatureExtractor fx(model.lists());
  std::vector<std::vector<uint64_t>> f;
  for (size_t at = 0; at < sentences.size(); at += block) {
    size_t end = std::min(sentences.size(), at + std::max<size_t>(block, 1));
    std::vector<TaggedSentence> doc;
    std::vector<std::unique_ptr<Prepared>> keep;  // the stems' storage (views must not move)
    for (size_t k = at; k < end; ++k) {
      keep.push_back(std::make_unique<Prepared>(sentences[k].words));
      const Prepared& p = *keep.back();
      fx.extract(p.tokens, f);
      Decoded d = model.decode(f, true);
      TaggedSentence t;
      for (const TokenText& tok : p.tokens) {
        bool word = tok.kind == TokenKind::kWord || tok.kind == TokenKind::kLatin;
        t.stems.push_back(word ? tok.stem : std::string_view{});
      }
      t.tags = std::move(d.tags);
      t.margin = std::move(d.margin);
      mark_foreign_surnames(t, [&](size_t i) { return p.tokens[i].kind == TokenKind::kWord && !lexicon_known(p.tokens[i]); });
      doc.push_back(std::move(t));
    }
    remember_names(doc, confident);
    for (size_t k = at; k < end; ++k) s.add(sentences[k].tags, doc[k - at].tags, &sentences[k].words, names);
  }
  return s;
}

std::string format_scores(const Scores& s, const std::string& title) {
  std::string out = title + "\n";
  char line[200];
  std::snprintf(line, sizeof line, "  %-16s %6s %6s %6s | %6s %6s %6s | %6s\n", "type", "P", "R", "F1", "tokP", "tokR",
                "tokF1", "gold");
  out += line;
  auto row = [&](const char* name, const Counts& e, const Counts& t) {
    std::snprintf(line, sizeof line, "  %-16s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6zu\n", name, e.precision(),
                  e.recall(), e.f1(), t.precision(), t.recall(), t.f1(), e.tp + e.fn);
    out += line;
  };
  for (int t = 0; t < kTypes; ++t) row(std::string(type_name(static_cast<NameType>(t))).c_str(), s.entity[t], s.token[t]);
  row("PER+ORG+LOC", s.entity_main(), s.token_main());
  if (s.split) {
    // Entity scores only (tokens are not split): names seen in training, then the others.
    auto line_of = [&](const char* name, const std::array<Counts, kTypes>& c) {
      Counts m;
      for (int t = 0; t < 3; ++t) m.tp += c[t].tp, m.fp += c[t].fp, m.fn += c[t].fn;
      std::snprintf(line, sizeof line, "  %-16s %6.3f %6.3f %6.3f | PER %5.3f ORG %5.3f LOC %5.3f | %6zu\n", name,
                    m.precision(), m.recall(), m.f1(), c[0].f1(), c[1].f1(), c[2].f1(), m.tp + m.fn);
      out += line;
    };
    line_of("seen names", s.seen);
    line_of("unseen names", s.unseen);
  }
  std::snprintf(line, sizeof line, "  token accuracy %.4f over %zu tokens (entity P/R/F1: exact spans; tok: per token)\n",
                s.tokens ? double(s.correct) / double(s.tokens) : 0.0, s.tokens);
  out += line;
  return out;
}

}  // namespace rasd::actors::ner
