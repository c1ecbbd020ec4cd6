#include "rasd/quotes/quote_lexicon.h"

#include "rasd/core/table.h"
#include "rasd/text/normalize.h"

namespace rasd::quotes {
namespace {

constexpr std::string_view kWaw = "\xD9\x88";  // و
constexpr std::string_view kFaa = "\xD9\x81";  // ف

std::vector<std::string> words_of(std::string_view cell) {
  std::vector<std::string> out;
  for (size_t b = 0; b < cell.size();) {
    size_t e = cell.find(' ', b);
    if (e == std::string_view::npos) e = cell.size();
    if (e > b) out.push_back(text::normalize_key(cell.substr(b, e - b)));
    b = e + 1;
  }
  return out;
}

}  // namespace

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    const data::Table& t = data::table("quotes/speech_cues");
    for (size_t r = 0; r < t.rows(); ++r) {
      Row row;
      row.words = words_of(t.get(r, "cue"));
      if (row.words.empty()) continue;
      std::string_view kind = t.get(r, "kind");
      row.kind = kind == "adverbial" ? Kind::kAdverbial : kind == "source" ? Kind::kSource : Kind::kVerb;
      std::string_view f = t.get(r, "follows");
      for (size_t b = 0; b < f.size();) {
        size_t e = f.find(',', b);
        if (e == std::string_view::npos) e = f.size();
        std::string_view item = f.substr(b, e - b);
        if (item == "comp") row.comp = true;
        else if (item == "colon") row.colon = true;
        else if (item == "mark") row.mark = true;
        else if (item == "object") row.object = true;
        else if (item == "relay") row.relay = true;
        else if (item.starts_with("prep:")) row.preps.push_back(text::normalize_key(item.substr(5)));
        b = e + 1;
      }
      std::string_view g = t.get(r, "gender");
      row.gender = g.empty() ? 0 : g.front();
      l.by_first[row.words.front()].push_back(l.rows.size());
      l.rows.push_back(std::move(row));
    }
    const data::Table& c = data::table("quotes/complementizers");
    for (size_t r = 0; r < c.rows(); ++r) {
      std::string_view role = c.get(r, "role");
      (role == "blocker" ? l.blockers : role == "joiner" ? l.joiners : l.comps)
          .insert(text::normalize_key(c.get(r, "word")));
    }
    const data::Table& n = data::table("quotes/speaker_nouns");
    for (size_t r = 0; r < n.rows(); ++r) {
      std::string key = text::normalize_key(n.get(r, "word"));
      std::string_view role = n.get(r, "role");
      if (role == "describer") {
        l.describers.insert(key);
      } else if (role == "possessive") {
        l.possessives.insert(key);
      } else {
        std::string_view g = n.get(r, "gender");
        l.speaker_nouns.emplace(key, g.empty() ? 0 : g.front());
        if (role == "statement") l.statements.insert(key);
      }
    }
    const data::Table& pr = data::table("quotes/prepositions");
    for (size_t r = 0; r < pr.rows(); ++r) l.prepositions.insert(text::normalize_key(pr.get(r, "word")));
    const data::Table& na = data::table("text/news_agencies");
    for (size_t r = 0; r < na.rows(); ++r)
      if (na.get(r, "kind") == "agency" || na.get(r, "kind") == "outlet") {
        std::vector<std::string> words = words_of(na.get(r, "name"));
        if (!words.empty()) l.outlets.push_back(std::move(words));
      }
    const data::Table& fw = data::table("text/function_words");
    for (size_t r = 0; r < fw.rows(); ++r) l.function_words.insert(text::normalize_key(fw.get(r, "word")));
    return l;
  }();
  return lex;
}

std::string_view without_conj(std::string_view key) {
  if (key.size() > 4 && (key.starts_with(kWaw) || key.starts_with(kFaa))) return key.substr(2);
  return {};
}

}  // namespace rasd::quotes
