#include "rasd/actors/ner/actor_dictionary.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "rasd/actors/ner/context_words.h"
#include "rasd/core/table.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"

namespace rasd::actors::ner {
namespace {

// CAMEO role parts that name a group rather than a post: a lone word with one is an organisation.
bool group_role(std::string_view role) {
  static const std::unordered_set<std::string_view> kGroups = {"REB", "OPP", "PTY", "MED", "BUS", "NGO",
                                                                "IGO", "INS", "SEP", "UAF", "IMG", "RAD"};
  return kGroups.contains(role);
}
// Role parts at all: a three-letter code that is none of these is a bare country (a place).
bool any_role(std::string_view role) {
  static const std::unordered_set<std::string_view> kRoles = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "LEG",
      "LAB", "HLH", "REF", "AGR", "ENV", "IGO", "NGO", "IMG", "INS", "SEP", "UAF", "REL", "HRI", "RAD", "DEV"};
  return kRoles.contains(role);
}

struct Codes {
  bool dated = false, group = false, role = false;
};

// One `[CODE ...]` cell: a country (three letters or IGO) then role parts of three letters.
void read_code(std::string_view cell, Codes& c) {
  size_t open = cell.find('['), close = cell.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return;
  std::string_view in = cell.substr(open + 1, close - open - 1);
  size_t sp = in.find(' ');
  std::string_view code = in.substr(0, sp);
  if (sp != std::string_view::npos) c.dated = true;
  for (size_t at = 0; at + 3 <= code.size(); at += 3) {
    std::string_view part = code.substr(at, 3);
    if (group_role(part) && !(at == 0 && part == "IGO" && code.size() > 3)) c.group = true;
    if (any_role(part)) c.role = true;
  }
}

// Heads of organisations: the first word of data/actors/org_heads.tsv's rows and the org, team
// and media context words; by taa-folded stem.
class Heads {
 public:
  static const Heads& get() {
    static const Heads h;
    return h;
  }
  bool org(const std::string& stem) const { return org_.contains(stem); }

 private:
  Heads() {
    const data::Table& t = data::table("actors/org_heads");
    int head = t.column("head");
    for (size_t r = 0; r < t.rows(); ++r) {
      std::string_view h = t.at(r, static_cast<size_t>(head));
      h = h.substr(0, h.find(' '));
      org_.insert(geo::fold_taa(text::proclitic_stem(text::normalize_key(h))));
    }
  }
  std::unordered_set<std::string> org_;
};

// The word without its article or other proclitics, as the tables list words.
std::string stem_of(const std::string& key) { return geo::fold_taa(text::proclitic_stem(key)); }
ContextClass word_class(const std::string& key) { return ContextWords::get().of(stem_of(key), key); }

void add_entry(const std::vector<std::string>& words, const Codes& codes, NameLists& lists, DictionaryCounts& n) {
  ++n.entries;
  std::vector<std::string> keys;  // taa-folded normalised keys
  for (const std::string& w : words) {
    std::string k = geo::fold_taa(text::normalize_key(w));
    if (k == "ل") { ++n.skipped; return; }  // a lemmatised «للأمم»: no text spells it so
    keys.push_back(std::move(k));
  }
  if (keys.empty() || !codes.role) { ++n.skipped; return; }
  ContextClass first = word_class(keys.front());
  if (Heads::get().org(stem_of(keys.front())) || first == ContextClass::kOrg || first == ContextClass::kTeam ||
      first == ContextClass::kMedia) {
    if (keys.size() < 2) { ++n.skipped; return; }  // a head alone is generic
    std::string name;
    for (const auto& k : keys) (name += name.empty() ? "" : " ") += k;
    lists.add(name, kDictOrg);
    ++n.organisations;
    return;
  }
  if (first == ContextClass::kPlace) { ++n.skipped; return; }
  size_t from = 0;
  while (from < keys.size() && word_class(keys[from]) == ContextClass::kTitle) ++from;
  size_t left = keys.size() - from;
  // A title then one word is a role («وزير خارجية»), not a name; a lone word is a name only with a
  // dated post or a group's code.
  if (left == 0 || (left == 1 && from > 0)) { ++n.skipped; return; }
  std::string name;
  for (size_t i = from; i < keys.size(); ++i) (name += name.empty() ? "" : " ") += keys[i];
  if (left == 1) {
    if (codes.group) { lists.add(name, kDictOrg); ++n.organisations; return; }
    if (!codes.dated) { ++n.skipped; return; }
  }
  lists.add(name, kDictPer);
  ++n.persons;
}

}  // namespace

DictionaryCounts add_actor_dictionary(std::string_view text, NameLists& lists) {
  DictionaryCounts n;
  std::vector<std::string> words;
  Codes codes;
  bool open = false;
  auto flush = [&] {
    if (open) add_entry(words, codes, lists, n);
    open = false;
    words.clear();
    codes = Codes{};
  };
  for (size_t at = 0; at < text.size();) {
    size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    at = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '\t') {  // a role of the entry above
      if (open) read_code(line, codes);
      continue;
    }
    flush();
    size_t b = line.find_first_not_of(' ');
    if (b == std::string_view::npos) continue;
    line.remove_prefix(b);
    size_t bracket = line.find('[');
    std::string_view entry = line.substr(0, bracket);
    if (bracket != std::string_view::npos) read_code(line.substr(bracket), codes);
    // Words are joined by `_` (a few lines use spaces); a trailing `_` marks a phrase.
    std::string word;
    for (char ch : entry) {
      if (ch == '_' || ch == ' ' || ch == '\t') {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
      } else {
        word += ch;
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
    open = !words.empty();
  }
  flush();
  return n;
}

}  // namespace rasd::actors::ner
