#include "rasd/actors/ner/model.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>

namespace rasd::actors::ner {
namespace {

static_assert(std::endian::native == std::endian::little, "the model file is read by memcpy on little-endian hosts");

constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'N', 'E', 'R', '\0'};
constexpr uint32_t kFormatVersion = 1;
constexpr float kNegInf = -1e30f;
// A sanity bound on counts read from a file, so a corrupt header cannot ask for gigabytes.
constexpr uint32_t kMaxCount = 50'000'000;

uint64_t fnv1a(std::string_view s) {
  constexpr uint64_t kPrime = 1099511628211ull;
  uint64_t h = 1469598103934665603ull;
  // The checksum of a model file of several megabytes, read at start-up: the byte loop unrolled
  // eight times so each byte costs its load, xor and multiply (the multiply chain is serial:
  // this is as fast as FNV-1a goes) instead of a shift, a mask and a loop test besides.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    h = (h ^ p[i]) * kPrime;
    h = (h ^ p[i + 1]) * kPrime;
    h = (h ^ p[i + 2]) * kPrime;
    h = (h ^ p[i + 3]) * kPrime;
    h = (h ^ p[i + 4]) * kPrime;
    h = (h ^ p[i + 5]) * kPrime;
    h = (h ^ p[i + 6]) * kPrime;
    h = (h ^ p[i + 7]) * kPrime;
  }
  for (; i < s.size(); ++i) h = (h ^ p[i]) * kPrime;
  return h;
}

// q * scale, the same floats as converting and then scaling, in one vectorised pass: written in
// place in parse() the loop stayed scalar (two passes, ~37M instructions for the model's 2.4M
// weights at start-up); a function of its own with unaliased pointers the compiler vectorises.
[[gnu::noinline]] void dequantise(const int16_t* __restrict q, float* __restrict w, size_t n, float scale) {
  for (size_t i = 0; i < n; ++i) w[i] = static_cast<float>(q[i]) * scale;
}

uint64_t mix(uint64_t k) { return k ^ (k >> 29); }

template <class T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}
void put_str(std::string& out, std::string_view s) {
  put<uint32_t>(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

struct Reader {
  std::string_view in;
  size_t at = 0;
  bool ok = true;
  template <class T>
  T get() {
    T v{};
    if (!ok || in.size() - at < sizeof(T)) { ok = false; return v; }
    std::memcpy(&v, in.data() + at, sizeof(T));
    at += sizeof(T);
    return v;
  }
  std::string_view bytes(size_t n) {
    if (!ok || in.size() - at < n) { ok = false; return {}; }
    std::string_view v = in.substr(at, n);
    at += n;
    return v;
  }
  std::string_view str() { return bytes(get<uint32_t>()); }
};

}  // namespace

std::string_view tag_name(int tag) {
  static const char* names[] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  return tag >= 0 && tag < kTags ? names[tag] : "?";
}

std::string_view type_name(NameType t) {
  static const char* names[] = {"PER", "ORG", "LOC", "MISC"};
  return names[static_cast<int>(t)];
}

std::optional<int> parse_tag(std::string_view s) {
  if (s == "O") return 0;
  if (s.size() < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-') return std::nullopt;
  std::string_view t = s.substr(2);
  NameType type;
  if (t == "PER" || t == "PERS") type = NameType::kPer;
  else if (t == "ORG") type = NameType::kOrg;
  // Wojood's GPE (countries, cities) is what ANERcorp and AQMAR call LOC.
  else if (t == "LOC" || t == "GPE") type = NameType::kLoc;
  else if (t == "MISC" || t == "MIS") type = NameType::kMisc;
  else return std::nullopt;
  return begin_tag(type) + (s[0] == 'I' ? 1 : 0);
}

const float* Model::row(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.row == 0) return nullptr;
    if (s.key == key) return &weights_[(s.row - 1) * kTags];
  }
}

void Model::build_index() {
  static std::atomic<uint64_t> instances{0};
  instance_ = ++instances;
  size_t size = 16;
  // Load factor <= 0.6: linear probes stay short, and a model just past a power of two does not
  // double the table (a table twice the size is twice the cache misses per look-up).
  while (size * 3 < keys_.size() * 5) size <<= 1;
  slots_.assign(size, Slot{});
  size_t mask = size - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    size_t i = mix(keys_[r]) & mask;
    while (slots_[i].row) i = (i + 1) & mask;
    slots_[i] = Slot{keys_[r], static_cast<uint32_t>(r + 1)};
  }
}

Model Model::from_weights(std::vector<std::pair<uint64_t, std::array<float, kTags>>> weights,
                          std::vector<float> transitions, NameLists lists, uint64_t options_hash, std::string options) {
  Model m;
  std::sort(weights.begin(), weights.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  float max_abs = 0;
  for (const auto& [k, w] : weights)
    for (float x : w) max_abs = std::max(max_abs, std::fabs(x));
  m.scale_ = max_abs > 0 ? max_abs / 32767.f : 1.f;
  for (const auto& [k, w] : weights) {
    std::array<int16_t, kTags> q{};
    bool any = false;
    for (int t = 0; t < kTags; ++t) {
      q[t] = static_cast<int16_t>(std::lround(w[t] / m.scale_));
      any = any || q[t] != 0;
    }
    if (!any) continue;  // pruned: every weight rounds to zero
    m.keys_.push_back(k);
    m.quant_.insert(m.quant_.end(), q.begin(), q.end());
  }
  m.weights_.resize(m.quant_.size());
  for (size_t i = 0; i < m.quant_.size(); ++i) m.weights_[i] = m.quant_[i] * m.scale_;
  m.trans_ = std::move(transitions);
  m.trans_.resize((kTags + 1) * kTags, 0.f);
  for (const auto& [k, bits] : lists.entries) m.list_entries_.emplace_back(bits, k);
  std::sort(m.list_entries_.begin(), m.list_entries_.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  m.lists_ = std::move(lists);
  m.options_hash_ = options_hash;
  m.options_ = std::move(options);
  m.build_index();
  return m;
}

Decoded decode_emissions(const std::vector<float>& emit, size_t n, std::span<const float> trans, bool margins) {
  Decoded out;
  out.tags.assign(n, 0);
  if (n == 0) return out;
  std::vector<float> alpha(n * kTags, kNegInf);
  std::vector<int8_t> back(n * kTags, 0);
  auto tr = [&](int p, int t) { return trans[static_cast<size_t>(p * kTags + t)]; };
  for (int t = 0; t < kTags; ++t)
    if (allowed(kStart, t)) alpha[t] = tr(kStart, t) + emit[t];
  for (size_t i = 1; i < n; ++i)
    for (int t = 0; t < kTags; ++t) {
      float best = kNegInf;
      int arg = 0;
      for (int p = 0; p < kTags; ++p) {
        if (!allowed(p, t) || alpha[(i - 1) * kTags + p] <= kNegInf) continue;
        float v = alpha[(i - 1) * kTags + p] + tr(p, t);
        if (v > best) { best = v; arg = p; }  // ties: the lower tag, so decoding is deterministic
      }
      if (best > kNegInf) alpha[i * kTags + t] = best + emit[i * kTags + t];
      back[i * kTags + t] = static_cast<int8_t>(arg);
    }
  int last = 0;
  for (int t = 1; t < kTags; ++t)
    if (alpha[(n - 1) * kTags + t] > alpha[(n - 1) * kTags + last]) last = t;
  for (size_t i = n; i-- > 0;) {
    out.tags[i] = last;
    last = back[i * kTags + last];
  }
  if (!margins) return out;
  // Backward pass: beta[i][t] is the best score of the rest of the sentence after (i, t), so
  // alpha + beta is the best path through (i, t) (a max-marginal).
  std::vector<float> beta(n * kTags, 0.f);
  for (size_t i = n - 1; i-- > 0;)
    for (int t = 0; t < kTags; ++t) {
      float best = kNegInf;
      for (int x = 0; x < kTags; ++x)
        if (allowed(t, x)) best = std::max(best, tr(t, x) + emit[(i + 1) * kTags + x] + beta[(i + 1) * kTags + x]);
      beta[i * kTags + t] = best;
    }
  out.margin.assign(n, 0.f);
  for (size_t i = 0; i < n; ++i) {
    float mine = alpha[i * kTags + out.tags[i]] + beta[i * kTags + out.tags[i]], other = kNegInf;
    for (int t = 0; t < kTags; ++t)
      if (t != out.tags[i] && alpha[i * kTags + t] > kNegInf) other = std::max(other, alpha[i * kTags + t] + beta[i * kTags + t]);
    out.margin[i] = other <= kNegInf ? 1e6f : std::max(0.f, mine - other);
  }
  return out;
}

Decoded Model::decode(const std::vector<std::vector<uint64_t>>& features, bool margins) const {
  const size_t n = features.size();
  std::vector<float> emit(n * kTags, 0.f);
  for (size_t i = 0; i < n; ++i)
    for (uint64_t f : features[i])
      if (const float* w = row(f))
        for (int t = 0; t < kTags; ++t) emit[i * kTags + t] += w[t];
  return decode_emissions(emit, n, trans_, margins);
}

std::string Model::serialise() const {
  std::string out(kMagic, sizeof kMagic);
  put<uint32_t>(out, kFormatVersion);
  put<uint32_t>(out, kFeatureVersion);
  put<uint64_t>(out, options_hash_);
  put_str(out, options_);
  put<uint32_t>(out, kTags);
  for (float x : trans_) put<float>(out, x);
  put<uint32_t>(out, static_cast<uint32_t>(list_entries_.size()));
  for (const auto& [bits, key] : list_entries_) {
    put<uint8_t>(out, bits);
    put_str(out, key);
  }
  put<float>(out, scale_);
  put<uint32_t>(out, static_cast<uint32_t>(keys_.size()));
  for (uint64_t k : keys_) put<uint64_t>(out, k);
  out.append(reinterpret_cast<const char*>(quant_.data()), quant_.size() * sizeof(int16_t));
  put<uint64_t>(out, fnv1a(out));
  return out;
}

bool Model::save(const std::string& path, std::string* error) const {
  std::string bytes = serialise();
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (f) f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (f) f.close();
  if (!f) {
    if (error) *error = "cannot write model file '" + path + "'";
    return false;
  }
  return true;
}

std::optional<Model> Model::load(const std::string& path, std::string* error) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) {
    if (error) *error = "cannot open model file '" + path + "'";
    return std::nullopt;
  }
  // One read into a buffer of the file's size: a stream copy through ostringstream costs start-up
  // two extra passes over 6 MB.
  std::string bytes(static_cast<size_t>(std::max<std::streamoff>(0, f.tellg())), '\0');
  f.seekg(0);
  f.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) {
    if (error) *error = "cannot read model file '" + path + "'";
    return std::nullopt;
  }
  auto m = parse(bytes, error);
  if (!m && error) *error = "model file '" + path + "': " + *error;
  return m;
}

std::optional<Model> Model::parse(std::string_view bytes, std::string* error) {
  auto fail = [&](const char* why) -> std::optional<Model> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return fail("not a rasd name-tagger model (bad magic number)");
  uint64_t stored;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  if (fnv1a(bytes.substr(0, bytes.size() - 8)) != stored) return fail("checksum mismatch (file corrupt or truncated)");
  Reader r{bytes.substr(0, bytes.size() - 8), sizeof kMagic};
  if (r.get<uint32_t>() != kFormatVersion) return fail("unsupported format version");
  if (r.get<uint32_t>() != kFeatureVersion) return fail("trained with another feature version; retrain it");
  Model m;
  m.options_hash_ = r.get<uint64_t>();
  m.options_ = std::string(r.str());
  if (r.get<uint32_t>() != kTags) return fail("unexpected tag set");
  for (float& x : m.trans_) x = r.get<float>();
  uint32_t lists = r.get<uint32_t>();
  if (!r.ok || lists > kMaxCount) return fail("truncated or corrupt header");
  for (uint32_t i = 0; i < lists && r.ok; ++i) {
    uint8_t bits = r.get<uint8_t>();
    std::string key(r.str());
    m.lists_.add_key(key, bits);
    m.list_entries_.emplace_back(bits, std::move(key));
  }
  m.scale_ = r.get<float>();
  uint32_t n = r.get<uint32_t>();
  if (!r.ok || n > kMaxCount || !(m.scale_ > 0)) return fail("truncated or corrupt header");
  std::string_view keys = r.bytes(static_cast<size_t>(n) * sizeof(uint64_t));
  std::string_view q = r.bytes(static_cast<size_t>(n) * kTags * sizeof(int16_t));
  if (!r.ok || r.at != r.in.size()) return fail("truncated or corrupt body");
  m.keys_.resize(n);
  std::memcpy(m.keys_.data(), keys.data(), keys.size());
  for (size_t i = 1; i < m.keys_.size(); ++i)
    if (m.keys_[i] <= m.keys_[i - 1]) return fail("feature keys out of order");
  m.quant_.resize(static_cast<size_t>(n) * kTags);
  std::memcpy(m.quant_.data(), q.data(), q.size());
  m.weights_.resize(m.quant_.size());
  dequantise(m.quant_.data(), m.weights_.data(), m.quant_.size(), m.scale_);
  m.build_index();
  return m;
}

}  // namespace rasd::actors::ner
