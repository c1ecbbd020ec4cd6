// The status classifier's features and run-time model (status_model.h). Every look is bounded
// (two words by position, kBefore/kAfter words as a bag, the sentence's first dates and quantities
// found by binary search: quantities and dates are in text order), so the cost per telling is
// bounded.
#include "rasd/events/status_model.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "rasd/actors/ner/clusters.h"
#include "rasd/core/civil_date.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd::events {
namespace {

constexpr uint32_t kBefore = 8;   // words before the trigger taken as a bag (a governing modal or «كل»)
constexpr uint32_t kAfter = 6;    // words after it (its objects, «المرتقب», a period)
constexpr uint32_t kNear = 4;     // tokens to a number that counts it
constexpr uint32_t kSentenceScan = 400;  // tokens of its sentence scanned for marks (bounds the cost)
constexpr int kOldDays = 31;

thread_local StatusCollector* collector = nullptr;

std::string word_class(const Token& t) {
  switch (t.kind) {
    case TokenKind::kNumber: return "#num";
    case TokenKind::kPunct: return "#p" + t.key;
    case TokenKind::kLatin: return "#latin";
    case TokenKind::kSymbol: return "#sym";
    default: return t.stem;
  }
}

bool question_mark(const Token& t) { return t.kind == TokenKind::kPunct && (t.key == "?" || t.key == "\xD8\x9F"); }

// The rules' cue words as soft evidence: each cue's first word (status_cues.tsv by status,
// modality_cues.tsv by kind) near the trigger, whatever the row's position, window or
// requirement. The rules fire only where a row's conditions all hold; loosened, the same words
// let the model weigh what the rows leave out («قد» three words back, «كل» after an object).
const StringMap<std::vector<std::string>>& cue_words() {
  static const auto words = [] {
    StringMap<std::vector<std::string>> m;
    auto add = [&](std::string_view cue, std::string cls) {
      auto parts = data::split_cell(cue, ' ');
      if (parts.empty() || cls.empty()) return;
      auto& v = m[text::normalize_key(parts.front())];
      if (std::find(v.begin(), v.end(), cls) == v.end()) v.push_back(std::move(cls));
    };
    const data::Table& st = data::table("events/status_cues");
    // Position "relative" rows are resumptive pronouns («له», «بها»): no cue away from their verb.
    for (size_t r = 0; r < st.rows(); ++r)
      if (st.get(r, "status") != "report" && st.get(r, "position") != "relative")
        add(st.get(r, "cue"), "st-" + std::string(st.get(r, "status")));
    const data::Table& mt = data::table("events/modality_cues");
    for (size_t r = 0; r < mt.rows(); ++r) {
      std::string_view kind = mt.get(r, "kind");
      if (kind == "future" || kind == "hypothetical" || kind == "negation" || kind == "report")
        add(mt.get(r, "cue"), "mod-" + std::string(kind));
    }
    return m;
  }();
  return words;
}

// The cue classes of a token: its key, or its stem (a conjunction or preposition glued on).
void cue_classes(const Token& t, const std::string& side, std::vector<std::string>& f) {
  const auto& words = cue_words();
  auto it = words.find(t.key);
  if (it == words.end()) it = words.find(t.stem);
  if (it == words.end()) return;
  for (const auto& c : it->second) f.push_back(side + c);
}

const Sentence* sentence_of(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  if (it == doc.sentences.begin()) return nullptr;
  --it;
  return token < it->end_token ? &*it : nullptr;
}

}  // namespace

// The first code point of a stem, whatever its length in bytes (text::next).
std::string first_letter(std::string_view s) {
  if (s.empty()) return "";
  size_t i = 0;
  text::next(s, i);
  return std::string(s.substr(0, i));
}

// The last `letters` code points of a stem (text::prev).
std::string last_letters(std::string_view s, size_t letters) {
  size_t at = s.size();
  for (size_t k = 0; k < letters && at > 0; ++k) text::prev(s, at);
  return std::string(s.substr(at));
}

std::vector<std::string> status_features(const Document& doc, const TriggerMention& m, int32_t date_mention, Status rule) {
  std::vector<std::string> f;
  f.push_back("bias");
  f.push_back("rule=" + std::string(status_name(rule)));
  f.push_back("type=" + m.type);
  if (m.first_token >= doc.tokens.size()) return f;
  const Token& tok = doc.tokens[m.first_token];
  std::string pos = m.participle ? "participle" : m.nominal ? "noun" : "verb";
  if (m.passive) pos += "-passive";
  f.push_back("pos=" + pos);
  f.push_back("rule=" + std::string(status_name(rule)) + "|pos=" + pos);
  // What the tokenizer stripped (a conjunction, a preposition, the article: definiteness).
  std::string prefix = tok.key.ends_with(tok.stem) ? tok.key.substr(0, tok.key.size() - tok.stem.size()) : "?";
  f.push_back("pre=" + prefix + "|" + pos);
  // A verb's first letter tells the imperfect (ي ت ن أ) and the future (س); a noun's ending its
  // number (ات, ون, ين: a bare plural names a category more often than one happening).
  if (pos.starts_with("verb")) {
    f.push_back("v1=" + first_letter(tok.stem));
    f.push_back("v1=" + first_letter(tok.stem) + "|pre=" + prefix);
  } else {
    f.push_back("end=" + last_letters(tok.stem, 2) + "|pre=" + prefix);
  }
  const Sentence* s = sentence_of(doc, m.first_token);
  uint32_t sb = s ? s->first_token : m.first_token;
  uint32_t se = std::min<uint32_t>(s ? s->end_token : m.end_token, static_cast<uint32_t>(doc.tokens.size()));
  const auto& clusters = actors::ner::WordClusters::get();
  for (int side : {-1, 1}) {
    int64_t k = side < 0 ? int64_t(m.first_token) - 1 : int64_t(m.end_token);
    for (int d = 1; d <= 2; ++d, k += side) {
      std::string at = (side < 0 ? "-" : "+") + std::to_string(d);
      if (k < int64_t(sb) || k >= int64_t(se)) {
        f.push_back("w" + at + "=#edge");
        break;
      }
      // Word classes, not words: a few hundred labelled tellings teach classes, and memorise words.
      const Token& w = doc.tokens[static_cast<size_t>(k)];
      f.push_back(w.kind == TokenKind::kWord ? "c" + at + "=" + std::to_string(clusters.of(w.stem).coarse)
                                             : "w" + at + "=" + word_class(w));
    }
  }
  // The rules' cue words anywhere near: one governs more often than its exact place shows.
  for (uint32_t k = m.first_token > sb + kBefore ? m.first_token - kBefore : sb; k < m.first_token; ++k)
    if (doc.tokens[k].kind == TokenKind::kWord) cue_classes(doc.tokens[k], "cue-", f);
  for (uint32_t k = m.end_token; k < se && k < m.end_token + kAfter; ++k)
    if (doc.tokens[k].kind == TokenKind::kWord) cue_classes(doc.tokens[k], "cue+", f);
  // Its sentence: a question, how many triggers, whether it opens the sentence.
  bool question = false;
  for (uint32_t k = sb; k < se && k < sb + kSentenceScan; ++k) question |= question_mark(doc.tokens[k]);
  if (question) f.push_back("question");
  if (m.first_token < sb + 2) f.push_back("opens");
  // A count beside it: a told happening has a toll or a size; a category has none.
  uint32_t near_from = m.first_token > kNear ? m.first_token - kNear : 0;
  auto q = std::lower_bound(doc.quantities.begin(), doc.quantities.end(), near_from,
                            [](const Quantity& x, uint32_t t) { return x.first_token < t; });
  bool counted = q != doc.quantities.end() && q->first_token < m.end_token + kNear;
  f.push_back(counted ? "count" : "no-count");
  // Its own date, and the sentence's: a year or a long period says "over years", a day "once".
  if (date_mention >= 0 && static_cast<size_t>(date_mention) < doc.dates.size()) {
    const DateMention& d = doc.dates[static_cast<size_t>(date_mention)];
    f.push_back("own-date=" + d.kind);
    if (d.date && doc.published) {
      long days = days_from_civil(*d.date) - days_from_civil(*doc.published);
      f.push_back(days > 0 ? "own-date-after" : days < -kOldDays ? "own-date-old" : "own-date-recent");
    }
  } else {
    f.push_back("no-own-date");
  }
  size_t dates = 0;
  for (auto d = std::lower_bound(doc.dates.begin(), doc.dates.end(), sb,
                                [](const DateMention& x, uint32_t t) { return x.first_token < t; });
       d != doc.dates.end() && d->first_token < se && dates < 8; ++d, ++dates)
    f.push_back("sent-date=" + d->kind);
  if (!dates) f.push_back("sent-no-date");
  return f;
}

std::string default_status_model_path() { return shipped_model_path("status-model.txt"); }

const FilterModel* status_filter_model(const std::string& which, std::string* error) {
  return shared_model(which, "status-model.txt", error);
}

StatusReading learned_status(const FilterModel& model, const std::vector<std::string>& features,
                             const TriggerMention& trigger, StatusReading rule) {
  if (rule.status != Status::kReport && rule.status != Status::kReference) return rule;
  return model.keep(features) ? rule : StatusReading{Status::kGeneric, trigger.span};
}

std::optional<bool> status_label(std::string_view type, std::string_view trigger_key,
                                 const std::vector<LabelledEvent>& events) {
  auto of_type = [&](const LabelledEvent& e) { return std::find(e.types.begin(), e.types.end(), type) != e.types.end(); };
  auto overlaps = [&](const LabelledEvent& e) {
    return !e.trigger.empty() && !trigger_key.empty() &&
           (e.trigger.find(trigger_key) != std::string::npos || trigger_key.find(e.trigger) != std::string_view::npos);
  };
  bool any_overlap = false;
  for (const auto& e : events) any_overlap |= of_type(e) && overlaps(e);
  bool seen = false, asserted = false, other = false;
  for (const auto& e : events) {
    if (!of_type(e) || (any_overlap && !overlaps(e))) continue;
    seen = true;
    if (e.status == "asserted") asserted = true;
    else if (e.status != "background") other = true;
  }
  if (!seen || (!asserted && !other)) return std::nullopt;
  return asserted;
}

StatusCollector::StatusCollector() : previous_(collector) { collector = this; }
StatusCollector::~StatusCollector() { collector = previous_; }
StatusCollector* StatusCollector::active() { return collector; }
std::vector<StatusSample> StatusCollector::take() { return std::move(samples_); }

}  // namespace rasd::events
