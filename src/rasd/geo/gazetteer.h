// The gazetteer: every place rasd can name, from data/places/gazetteer.tsv (imported GeoNames
// names, see tools/import_gazetteer.py) and data/places/variants.tsv (reviewed additions), indexed
// by a loose key of the name's words. Built once on first use (about 10 ms), immutable after,
// safe to share between threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/geo/place.h"

namespace rasd::geo {

struct GazetteerPlace {
  uint32_t geonames_id = 0;        // 0 for regions without one
  PlacePrecision precision = PlacePrecision::kCity;  // country, admin1, city or region
  std::string country;             // ISO alpha-2, "" for regions across countries
  std::string_view admin1;         // GeoNames admin1 code
  std::optional<double> lat, lon;
  uint64_t population = 0;
  std::string_view name_ar;        // canonical Arabic name (views into the compiled tables)
  std::string_view name_en;
  bool local = false;              // a region named relative to the story: in the article's country
};

// How a one-word name behaves in running news text (tools/import_gazetteer.py): `freq` uses as a
// word, `cued` of them after a place preposition or type word. Zero when unmeasured.
struct NameUse {
  uint32_t freq = 0, cued = 0;
  // Mostly a word, seldom a place: seen often, and after a place cue less than one time in seven.
  bool mostly_word() const { return freq >= 50 && cued * 7 < freq; }
};

class Gazetteer {
 public:
  static const Gazetteer& get();

  // Places whose name has this key (see place_key); empty when none.
  std::span<const int32_t> lookup(std::string_view key) const;
  const GazetteerPlace& place(int32_t index) const { return places_[static_cast<size_t>(index)]; }
  size_t size() const { return places_.size(); }
  // The longest name, in words: the finder tries no longer runs.
  size_t max_words() const { return max_words_; }
  // Whether some name of more words begins with this key's words («جنوب» begins «جنوب السودان»):
  // when none does, the finder extends a run no further.
  bool begins_longer_name(std::string_view key) const;
  // Provinces and districts GeoNames names with a type word, by the name without it
  // («محافظة الجوف» under «الجوف»): for a name that follows a type word in the text.
  std::span<const int32_t> provinces(std::string_view bare_key) const;
  NameUse name_use(std::string_view key) const;
  // True when the reviewed table data/places/not_places.tsv lists the key: a common noun.
  bool not_a_place(std::string_view key) const;
  // The place data/places/variants.tsv gives this key, the reviewed everyday reading; -1 when none.
  int32_t reviewed(std::string_view key) const;
  // The country place of an ISO alpha-2 code; -1 when unknown.
  int32_t country(std::string_view code) const;

 private:
  Gazetteer();
  int32_t add_place(GazetteerPlace p);
  void add_name(const std::string& key, int32_t place);  // key: the name's place_key

  std::vector<GazetteerPlace> places_;
  StringMap<std::vector<int32_t>> by_key_;
  // One bit per hash of a by_key_ key: most probes are phrases that name no place, and the bit
  // turns them away before the map's buckets are touched (a set bit proves nothing; the map decides).
  std::vector<uint64_t> key_bits_ = std::vector<uint64_t>(kKeyBitWords, 0);
  static constexpr size_t kKeyBitWords = 1 << 12;  // 2^18 bits, 32 KB, for ~15,000 keys
  std::unordered_map<uint64_t, int32_t> by_id_;  // (geonames id << 3 | precision) -> place
  StringMap<int32_t> countries_;
  StringMap<NameUse> use_;
  StringMap<int32_t> reviewed_;
  StringMap<std::vector<int32_t>> provinces_;
  StringSet not_places_;
  size_t max_words_ = 1;
  StringSet name_starts_;  // see begins_longer_name
};

// The loose key of a place name: its word tokens' normalised keys with taa marbuta folded,
// joined by single spaces; punctuation dropped. «الكونغو - برازافيل» -> «الكونغو برازافيل».
std::string place_key(std::string_view name);
// A key with each word's final hamza after alef dropped («صنعاء» -> «صنعا»); place_key and
// every look-up apply it, so either spelling finds the place.
std::string fold_final_hamza(std::string_view key);
// A normalised token key with taa marbuta folded (ة -> ه), as place_key folds it.
std::string fold_taa(std::string_view key);

}  // namespace rasd::geo
