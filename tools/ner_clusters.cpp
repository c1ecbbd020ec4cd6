// Import-time tool: word clusters for the name tagger (data/ner/clusters.tsv) from unlabelled
// news, so the tagger can say something about names it never saw labelled (notes/ner.md).
//
// usage: zstdcat ../shared/corpus/news-ar.jsonl.zst | grep -v '^{"id": "sn-' |
//          build/rasd_ner_clusters [VOCAB [FINE [COARSE]]] > data/ner/clusters.tsv
// The grep keeps the ANT corpus's articles (Apache-2.0) and leaves out SaudiNewsNet's («sn-»
// ids, CC BY-NC-SA): what the table derives from must be free to ship with rasd.
//
// Words are the tokenizer's stems (proclitics and article off, as the tagger's features see
// them). Each of the kVocab most frequent word stems is described by the counts of its left and
// right neighbours among the kContext most frequent tokens (punctuation included), square-rooted
// and L2-normalised; spherical k-means (k-means++ seeded, our own draws) groups them into kFine
// clusters, and the same over the fine centroids gives kCoarse groups (a two-level hierarchy, as
// Brown clusters' bit prefixes give). Single-threaded and seeded: the same input gives the same
// bytes on the same build.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include "rasd/text/tokenize.h"

namespace {

// Defaults are what data/ner/clusters.tsv was made with; argv may override them for experiments:
// ner_clusters [VOCAB [FINE [COARSE]]].
size_t kVocab = 50'000, kFine = 256, kCoarse = 32;
constexpr size_t kContext = 500, kIterations = 12;
constexpr uint32_t kMinCount = 5;
constexpr uint32_t kBreak = UINT32_MAX;  // between articles

struct Rng {  // splitmix64: fully specified, unlike the standard distributions
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

// Sparse unit vectors (CSR) and dense centroids.
struct Sparse {
  std::vector<uint32_t> start, dim;
  std::vector<float> val;
  size_t rows() const { return start.size() - 1; }
  float dot(size_t r, const float* c) const {
    float s = 0;
    for (uint32_t k = start[r]; k < start[r + 1]; ++k) s += val[k] * c[dim[k]];
    return s;
  }
};

// Spherical k-means; returns each row's cluster. Rows weighted by `weight` (word frequency)
// when recomputing centroids, so frequent words anchor their clusters.
std::vector<uint32_t> kmeans(const Sparse& x, size_t dims, size_t k, const std::vector<double>& weight, uint64_t seed) {
  const size_t n = x.rows();
  std::vector<float> cent(k * dims, 0.f);
  auto set_centroid = [&](size_t c, size_t r) {
    std::fill(cent.begin() + c * dims, cent.begin() + (c + 1) * dims, 0.f);
    for (uint32_t q = x.start[r]; q < x.start[r + 1]; ++q) cent[c * dims + x.dim[q]] = x.val[q];
  };
  // k-means++ seeding: each next centre drawn with probability ~ (1 - best cosine) * weight.
  Rng rng{seed};
  std::vector<double> dist(n, 2.0);
  set_centroid(0, 0);
  for (size_t c = 1; c < k; ++c) {
    double total = 0;
    for (size_t r = 0; r < n; ++r) {
      dist[r] = std::min(dist[r], 1.0 - double(x.dot(r, &cent[(c - 1) * dims])));
      total += std::max(0.0, dist[r]) * std::sqrt(weight[r]);
    }
    double pick = rng.uniform() * total;
    size_t r = 0;
    for (; r + 1 < n; ++r) {
      pick -= std::max(0.0, dist[r]) * std::sqrt(weight[r]);
      if (pick <= 0) break;
    }
    set_centroid(c, r);
  }
  std::vector<uint32_t> assign(n, 0);
  std::vector<double> sum(k * dims);
  for (size_t it = 0; it < kIterations; ++it) {
    size_t moved = 0;
    for (size_t r = 0; r < n; ++r) {
      float best = -2;
      uint32_t arg = 0;
      for (size_t c = 0; c < k; ++c) {
        float d = x.dot(r, &cent[c * dims]);
        if (d > best) { best = d; arg = static_cast<uint32_t>(c); }
      }
      moved += assign[r] != arg;
      assign[r] = arg;
    }
    std::fill(sum.begin(), sum.end(), 0.0);
    for (size_t r = 0; r < n; ++r)
      for (uint32_t q = x.start[r]; q < x.start[r + 1]; ++q) sum[assign[r] * dims + x.dim[q]] += weight[r] * x.val[q];
    for (size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t d = 0; d < dims; ++d) norm += sum[c * dims + d] * sum[c * dims + d];
      if (norm == 0) continue;  // an empty cluster keeps its centre
      norm = std::sqrt(norm);
      for (size_t d = 0; d < dims; ++d) cent[c * dims + d] = static_cast<float>(sum[c * dims + d] / norm);
    }
    std::fprintf(stderr, "ner_clusters: k=%zu iteration %zu: %zu moved\n", k, it + 1, moved);
    if (moved == 0) break;
  }
  return assign;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1) kVocab = std::stoul(argv[1]);
  if (argc > 2) kFine = std::stoul(argv[2]);
  if (argc > 3) kCoarse = std::stoul(argv[3]);
  std::ios::sync_with_stdio(false);
  std::unordered_map<std::string, uint32_t> id_of;
  std::vector<std::string> word_of;
  std::vector<uint32_t> count;
  std::vector<bool> wordish;
  std::vector<uint32_t> seq;
  simdjson::ondemand::parser parser;
  std::string line;
  size_t articles = 0;
  while (std::getline(std::cin, line)) {
    simdjson::padded_string padded(line);
    std::string_view text;
    auto doc = parser.iterate(padded);
    if (doc.error() || doc["text"].get_string().get(text)) continue;
    ++articles;
    for (const rasd::Token& t : rasd::text::tokenize(text)) {
      const std::string& w = t.kind == rasd::TokenKind::kWord ? t.stem : t.key;
      if (w.empty()) continue;
      auto [it, fresh] = id_of.emplace(w, static_cast<uint32_t>(word_of.size()));
      if (fresh) {
        word_of.push_back(w);
        count.push_back(0);
        wordish.push_back(t.kind == rasd::TokenKind::kWord || t.kind == rasd::TokenKind::kLatin);
      }
      ++count[it->second];
      seq.push_back(it->second);
    }
    seq.push_back(kBreak);
  }
  // Frequency order, ties by bytes: deterministic.
  std::vector<uint32_t> order(word_of.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return count[a] != count[b] ? count[a] > count[b] : word_of[a] < word_of[b];
  });
  std::vector<int32_t> ctx(word_of.size(), -1), row(word_of.size(), -1);
  std::vector<uint32_t> vocab;
  for (size_t r = 0; r < order.size(); ++r) {
    uint32_t w = order[r];
    if (r < kContext) ctx[w] = static_cast<int32_t>(r);
    if (vocab.size() < kVocab && wordish[w] && count[w] >= kMinCount) {
      row[w] = static_cast<int32_t>(vocab.size());
      vocab.push_back(w);
    }
  }
  std::fprintf(stderr, "ner_clusters: %zu articles, %zu tokens, %zu types, %zu words clustered\n", articles, seq.size(),
               word_of.size(), vocab.size());
  // Neighbour counts: dims [0, kContext) left, [kContext, 2 kContext) right, then "other" left/right.
  const size_t dims = 2 * kContext + 2;
  std::vector<std::unordered_map<uint32_t, uint32_t>> counts(vocab.size());
  for (size_t i = 0; i < seq.size(); ++i) {
    if (seq[i] == kBreak || row[seq[i]] < 0) continue;
    auto& m = counts[static_cast<size_t>(row[seq[i]])];
    uint32_t l = i > 0 ? seq[i - 1] : kBreak, r = i + 1 < seq.size() ? seq[i + 1] : kBreak;
    ++m[l != kBreak && ctx[l] >= 0 ? static_cast<uint32_t>(ctx[l]) : uint32_t(2 * kContext)];
    ++m[r != kBreak && ctx[r] >= 0 ? static_cast<uint32_t>(kContext + ctx[r]) : uint32_t(2 * kContext + 1)];
  }
  Sparse x;
  x.start.push_back(0);
  std::vector<double> weight(vocab.size());
  for (size_t v = 0; v < vocab.size(); ++v) {
    std::vector<std::pair<uint32_t, uint32_t>> cells(counts[v].begin(), counts[v].end());
    std::sort(cells.begin(), cells.end());
    double norm = 0;
    for (auto [d, c] : cells) norm += c;  // sqrt then square: the sum of counts
    for (auto [d, c] : cells) {
      x.dim.push_back(d);
      x.val.push_back(static_cast<float>(std::sqrt(c / norm)));
    }
    x.start.push_back(static_cast<uint32_t>(x.dim.size()));
    weight[v] = count[vocab[v]];
    counts[v] = {};
  }
  std::vector<uint32_t> fine = kmeans(x, dims, kFine, weight, 1);
  // Coarse level: the fine clusters' member-weighted mean vectors, clustered again.
  std::vector<std::vector<double>> mean(kFine, std::vector<double>(dims, 0.0));
  std::vector<double> fine_weight(kFine, 0.0);
  for (size_t v = 0; v < vocab.size(); ++v) {
    fine_weight[fine[v]] += weight[v];
    for (uint32_t q = x.start[v]; q < x.start[v + 1]; ++q) mean[fine[v]][x.dim[q]] += weight[v] * x.val[q];
  }
  Sparse xc;
  xc.start.push_back(0);
  for (size_t c = 0; c < kFine; ++c) {
    double norm = 0;
    for (double d : mean[c]) norm += d * d;
    norm = norm > 0 ? std::sqrt(norm) : 1;
    for (size_t d = 0; d < dims; ++d)
      if (mean[c][d] != 0) { xc.dim.push_back(static_cast<uint32_t>(d)); xc.val.push_back(static_cast<float>(mean[c][d] / norm)); }
    xc.start.push_back(static_cast<uint32_t>(xc.dim.size()));
    if (fine_weight[c] == 0) fine_weight[c] = 1;
  }
  std::vector<uint32_t> coarse = kmeans(xc, dims, kCoarse, fine_weight, 2);

  std::vector<size_t> rows(vocab.size());
  for (size_t v = 0; v < rows.size(); ++v) rows[v] = v;
  std::sort(rows.begin(), rows.end(), [&](size_t a, size_t b) { return word_of[vocab[a]] < word_of[vocab[b]]; });
  std::cout << "# Word clusters for the name tagger's features (actors/ner/clusters.h), written by\n"
               "# tools/ner_clusters.cpp from ../shared/corpus/news-ar.jsonl.zst (" << articles << " articles):\n"
               "#   zstdcat ../shared/corpus/news-ar.jsonl.zst | grep -v '^{\"id\": \"sn-' | build/rasd_ner_clusters > data/ner/clusters.tsv\n"
               "# (the ANT corpus's articles only, Apache-2.0; SaudiNewsNet's are CC BY-NC-SA)\n"
               "# word: the tokenizer's stem (normalised key without proclitics). fine: one of " << kFine
            << " k-means\n# clusters of neighbour counts; coarse: one of " << kCoarse
            << " groups of the fine clusters; note: empty. Regenerate, never hand-edit.\n"
               "word\tfine\tcoarse\tnote\n";
  for (size_t v : rows) std::cout << word_of[vocab[v]] << '\t' << fine[v] << '\t' << coarse[fine[v]] << "\t\n";
  return 0;
}
