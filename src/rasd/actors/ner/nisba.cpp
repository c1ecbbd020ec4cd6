#include "rasd/actors/ner/nisba.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rasd/actors/ner/features.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"

namespace rasd::actors::ner {
namespace {

std::string folded_stem(std::string_view word) {
  return geo::fold_taa(text::proclitic_stem(text::normalize_key(word)));
}

const StringSet& listed() {
  static const StringSet s = [] {
    StringSet out;
    const data::Table& t = data::table("actors/demonyms");
    int nisba = t.column("nisba"), plural = t.column("plural");
    for (size_t r = 0; r < t.rows(); ++r) {
      out.insert(folded_stem(t.at(r, static_cast<size_t>(nisba))));
      if (plural >= 0 && !t.at(r, static_cast<size_t>(plural)).empty())
        out.insert(folded_stem(t.at(r, static_cast<size_t>(plural))));
    }
    return out;
  }();
  return s;
}

bool country(const std::string& key) {
  const geo::Gazetteer& g = geo::Gazetteer::get();
  for (int32_t i : g.lookup(geo::fold_final_hamza(key)))
    if (g.place(i).precision == PlacePrecision::kCountry) return true;
  return false;
}

bool derive(const std::string& stem) {
  if (country(stem)) return false;  // «سورية» is the country itself
  // Suffixes in normalised, taa-folded form: masculine, feminine, plurals.
  static const std::string_view kSuffixes[] = {"يون", "يين", "يه", "ي"};
  for (std::string_view suf : kSuffixes) {
    if (stem.size() < suf.size() + 4 || stem.compare(stem.size() - suf.size(), suf.size(), suf) != 0) continue;
    std::string base = stem.substr(0, stem.size() - suf.size());
    for (const std::string& cand : {base, "ال" + base, base + "ا", base + "يا", base + "ستان"})
      if (country(cand)) return true;
    return false;
  }
  return false;
}

}  // namespace

bool is_nisba(std::string_view stem) {
  // Called for every word the tagger sees: no string is built unless the word may be one.
  std::string folded;
  std::string_view key = stem;
  if (key.size() >= 2 && key.substr(key.size() - 2) == "\xD8\xA9") {  // ة: the tables are taa-folded
    folded = geo::fold_taa(stem);
    key = folded;
  }
  if (listed().contains(key)) return true;
  if (key.size() < 6 || !(key.ends_with("\xD9\x8A") || key.ends_with("\xD9\x8A\xD9\x87") || key.ends_with("\xD9\x8A\xD9\x86") ||
                          key.ends_with("\xD9\x88\xD9\x86"))) return false;
  thread_local StringMap<bool> memo;
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  if (memo.size() > (1u << 16)) memo.clear();  // bounded for long runs
  bool v = derive(std::string(key));
  memo.emplace(std::string(key), v);
  return v;
}

}  // namespace rasd::actors::ner
