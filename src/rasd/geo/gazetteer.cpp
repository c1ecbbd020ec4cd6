#include "rasd/geo/gazetteer.h"

#include <algorithm>
#include <charconv>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/normalize.h"
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

// from_chars, not strtod: no std::string to build for the terminating NUL (27,000 coordinates at
// start-up); both round a decimal to the nearest double, so the values are the same.
std::optional<double> to_coord(std::string_view s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// «محافظة الجوف» -> «الجوف»: a name's key (place_key) without a leading type word of a province or
// district; "" when it has none or nothing follows it.
std::string without_admin_word(std::string_view key, const StringSet& admin_words) {
  size_t space = key.find(' ');
  if (space == std::string_view::npos || !admin_words.count(key.substr(0, space))) return {};
  return std::string(key.substr(space + 1));
}

// A table's columns by index, looked up once: Table::get searches the header by name each call,
// and the gazetteer reads some 175,000 cells at start-up.
struct Columns {
  const data::Table& t;
  std::string_view operator()(size_t row, int col) const { return col < 0 ? std::string_view{} : t.at(row, static_cast<size_t>(col)); }
};

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

namespace {

// Arabic letters (U+0621-U+063A, U+0641-U+064A) and ASCII spaces only: most of the gazetteer's
// thirteen thousand names. tokenize() makes exactly one word token of each space-separated run of
// these letters (they are letters of one script, the space separates), keyed by normalize_key.
bool plain_arabic_words(std::string_view name) {
  for (size_t i = 0; i < name.size();) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c == ' ') { ++i; continue; }
    if (i + 1 >= name.size()) return false;
    auto d = static_cast<unsigned char>(name[i + 1]);
    if (!((c == 0xD8 && d >= 0xA1 && d <= 0xBA) || (c == 0xD9 && d >= 0x81 && d <= 0x8A))) return false;
    i += 2;
  }
  return true;
}

}  // namespace

std::string place_key(std::string_view name) {
  std::string key;
  if (plain_arabic_words(name)) {
    // The words' keys without building tokens (their stems, spans and copies) at start-up: the
    // gazetteer keys every name it loads; the same key as the tokenised path below.
    for (size_t b = 0; b <= name.size();) {
      size_t e = std::min(name.find(' ', b), name.size());
      if (e > b) {
        if (!key.empty()) key += ' ';
        key += fold_taa(text::normalize_key(name.substr(b, e - b)));
      }
      b = e + 1;
    }
    return fold_final_hamza(key);
  }
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

void Gazetteer::add_name(const std::string& key, int32_t place) {
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
  const Columns cell{g};
  const int id_col = g.column("geonames_id"), kind_col = g.column("kind"), country_col = g.column("country"),
            admin1_col = g.column("admin1"), lat_col = g.column("lat"), lon_col = g.column("lon"),
            population_col = g.column("population"), name_col = g.column("name"), name_en_col = g.column("name_en"),
            source_col = g.column("source"), freq_col = g.column("freq"), cued_col = g.column("cued");
  places_.reserve(g.rows() / 2);
  for (size_t r = 0; r < g.rows(); ++r) {
    std::string_view name = cell(r, name_col);
    GazetteerPlace p;
    p.geonames_id = to_number<uint32_t>(cell(r, id_col));
    p.precision = kind_precision(cell(r, kind_col));
    p.country = std::string(cell(r, country_col));
    p.admin1 = cell(r, admin1_col);
    p.lat = to_coord(cell(r, lat_col));
    p.lon = to_coord(cell(r, lon_col));
    p.population = to_number<uint64_t>(cell(r, population_col));
    p.name_ar = name;
    p.name_en = cell(r, name_en_col);
    int32_t index = add_place(std::move(p));
    // A curated catalogue's name (libgeonames, iso-codes) is a better canonical name than the
    // first of cities1000's alternate names.
    if (cell(r, source_col) != "cities1000") places_[static_cast<size_t>(index)].name_ar = name;
    const std::string key = place_key(name);  // tokenizes: once per row
    add_name(key, index);
    // GeoNames names provinces with their type word («محافظة الجوف»); news writes the type word
    // and the name apart, or the name alone. Bare names go to a table of their own, consulted
    // only after a type word: as plain names they would shadow words («إقليم شمالي»).
    if (places_[static_cast<size_t>(index)].precision == PlacePrecision::kAdmin1)
      if (std::string bare = without_admin_word(key, admin_words); !bare.empty()) {
        auto& v = provinces_[bare];
        if (std::find(v.begin(), v.end(), index) == v.end()) v.push_back(index);
      }
    if (uint32_t freq = to_number<uint32_t>(cell(r, freq_col)); freq)
      use_[key] = {freq, to_number<uint32_t>(cell(r, cued_col))};
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
        if (std::string bare = without_admin_word(place_key(v.get(r, "name")), admin_words); !bare.empty()) {
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
      std::string key = place_key(v.get(r, "name"));
      add_name(key, index);
      reviewed_.emplace(std::move(key), index);
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
