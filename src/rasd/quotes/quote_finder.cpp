// The quotes layer's pass (see quote_finder.h): index the layers by token, find the cues of each
// body sentence, give each its speaker and words, then the quotations no cue claimed.
#include "rasd/quotes/quote_finder.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/quotes/finder.h"

namespace rasd::quotes::detail {

void Finder::run() {
  index_layers();
  pair_marks();
  for (uint32_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    if (s.kind != SentenceKind::kBody) continue;
    sentence(si, s);
  }
  standalone_marks();
  std::sort(doc_.quotes.begin(), doc_.quotes.end(),
            [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
}

void Finder::index_layers() {
  actor_start_.assign(n_, -1);
  actor_end_.assign(n_ + 1, -1);
  actor_cover_.assign(n_, -1);
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    if (m.first_token >= m.end_token || m.end_token > n_) continue;
    int32_t& st = actor_start_[m.first_token];
    if (st < 0 || doc_.actors[st].end_token < m.end_token) st = static_cast<int32_t>(a);
    int32_t& en = actor_end_[m.end_token];
    if (en < 0 || doc_.actors[en].first_token > m.first_token) en = static_cast<int32_t>(a);
    for (uint32_t k = m.first_token; k < m.end_token; ++k)
      if (actor_cover_[k] < 0) actor_cover_[k] = static_cast<int32_t>(a);
  }
  cand_start_.assign(n_, -1);
  for (size_t c = 0; c < doc_.name_candidates.size(); ++c) {
    const NameCandidate& m = doc_.name_candidates[c];
    if (m.first_token < m.end_token && m.end_token <= n_ && m.type != EntityType::kLoc)
      cand_start_[m.first_token] = static_cast<int32_t>(c);
  }
  in_date_.assign(n_, false);
  for (const DateMention& d : doc_.dates)
    for (uint32_t k = d.first_token; k < d.end_token && k < n_; ++k) in_date_[k] = true;
  quantity_of_.assign(n_, -1);
  for (size_t q = 0; q < doc_.quantities.size(); ++q)
    for (uint32_t k = doc_.quantities[q].first_token; k < doc_.quantities[q].end_token && k < n_; ++k)
      quantity_of_[k] = static_cast<int32_t>(q);
  in_place_.assign(n_, false);
  place_start_.assign(n_, -1);
  for (size_t pi = 0; pi < doc_.places.size(); ++pi) {
    const PlaceMention& p = doc_.places[pi];
    for (uint32_t k = p.first_token; k < p.end_token && k < n_; ++k) in_place_[k] = true;
    if (p.first_token < p.end_token && p.end_token <= n_) place_start_[p.first_token] = static_cast<int32_t>(pi);
  }
  sentence_of_.assign(n_, UINT32_MAX);
  for (uint32_t si = 0; si < doc_.sentences.size(); ++si)
    for (uint32_t k = doc_.sentences[si].first_token; k < doc_.sentences[si].end_token && k < n_; ++k)
      sentence_of_[k] = si;
  used_.assign(n_, false);
  used_tree_.assign(n_ + 1, 0);
  words_before_.assign(n_ + 1, 0);
  foreign_before_.assign(n_ + 1, 0);
  for (uint32_t k = 0; k < n_; ++k) {
    words_before_[k + 1] = words_before_[k] + is_word(k);
    uint32_t ks = sentence_of_[k];
    bool foreign = ks != UINT32_MAX && doc_.sentences[ks].kind != SentenceKind::kBody &&
                   doc_.sentences[ks].kind != SentenceKind::kSubheading;
    foreign_before_[k + 1] = foreign_before_[k] + foreign;
  }
  // Trimming a quote's ends: the nearest token that is not punctuation (or a joiner) on each side.
  next_word_.assign(n_ + 1, n_);
  for (uint32_t k = n_; k-- > 0;)
    next_word_[k] = doc_.tokens[k].kind == TokenKind::kPunct ? next_word_[k + 1] : k;
  last_kept_.assign(n_ + 1, -1);
  for (uint32_t k = 0; k < n_; ++k) {
    bool trimmed = doc_.tokens[k].kind == TokenKind::kPunct || lex_.joiners.count(doc_.tokens[k].key);
    last_kept_[k + 1] = trimmed ? last_kept_[k] : static_cast<int32_t>(k);
  }
  boiler_ = doc_.boilerplate;
  std::sort(boiler_.begin(), boiler_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  boiler_end_.resize(boiler_.size());
  for (size_t b = 0; b < boiler_.size(); ++b)
    boiler_end_[b] = std::max(b ? boiler_end_[b - 1] : 0u, boiler_[b].end);
  // A place's entity: the first LOC entity with a mention starting where the place does.
  loc_entity_at_.clear();
  for (size_t e = 0; e < doc_.entities.size(); ++e)
    if (doc_.entities[e].type == EntityType::kLoc)
      for (const Span& m : doc_.entities[e].mentions) loc_entity_at_.emplace(m.begin, static_cast<int32_t>(e));
  first_actor_.assign(doc_.sentences.size(), -2);
  subject_scans_.clear();
}

Hit Finder::match(uint32_t i, uint32_t limit) const {
  Hit best;
  const std::string& key = doc_.tokens[i].key;
  for (std::string_view first : {std::string_view(key), without_conj(key)}) {
    if (first.empty()) continue;
    auto it = lex_.by_first.find(std::string(first));
    if (it == lex_.by_first.end()) continue;
    for (size_t r : it->second) {
      const Row& row = lex_.rows[r];
      uint32_t k = i + 1;
      bool ok = true;
      for (size_t w = 1; w < row.words.size() && ok; ++w) {
        if (k >= limit) { ok = false; break; }
        const std::string& tk = doc_.tokens[k].key;
        if (tk == row.words[w]) { ++k; continue; }
        // A final «ل» may be joined to the next word («وفقا لمصادرنا»): the cue ends before it.
        ok = w + 1 == row.words.size() && row.words[w] == kLam && tk.starts_with(kLam) && tk.size() > 4;
      }
      if (ok && k - i > best.end - best.first) {
        bool joined = i > 0 && (lex_.joiners.count(doc_.tokens[i - 1].key) || is_punct(i - 1, ","));
        best = {&row, i, k, first.size() < key.size() || joined};
      }
    }
  }
  return best;
}

bool Finder::comp_at(uint32_t k) const {
  if (k >= n_ || !lex_.comps.count(doc_.tokens[k].key)) return false;
  return k == 0 || !lex_.blockers.count(std::string(doc_.tokens[k - 1].key));
}

// «أنه», «إنها»: the pronoun is the reported clause's subject, so the quote starts at the word.
bool Finder::comp_with_pronoun(uint32_t k) const {
  const std::string& key = doc_.tokens[k].key;
  return key.ends_with("\xD9\x87") || key.ends_with("\xD9\x87\xD8\xA7") || key.ends_with("\xD9\x87\xD9\x85");
}

void Finder::sentence(uint32_t si, const Sentence& s) {
  std::vector<Hit> hits;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (inside_[i] || doc_.tokens[i].kind != TokenKind::kWord) continue;
    Hit h = match(i, s.end_token);
    if (!h.row) continue;
    hits.push_back(h);
    i = h.end - 1;
  }
  // Where each cue's statement may run to: the next cue that starts one of its own.
  std::vector<uint32_t> next_cut(hits.size() + 1, s.end_token);
  for (size_t x = hits.size(); x-- > 0;)
    next_cut[x] = x + 1 < hits.size() && cuts(hits[x + 1]) ? hits[x + 1].first : next_cut[x + 1];
  uint32_t covered = s.first_token;  // tokens before this belong to an earlier quote or cue
  Speaker here;                      // the last speaker in this sentence
  bool verb_before = false;          // a speech verb came earlier in the sentence
  for (size_t x = 0; x < hits.size(); ++x) {
    const Hit& h = hits[x];
    if (h.first < covered && !cuts(h)) continue;
    // The statement runs to the next cue that starts one of its own.
    uint32_t limit = next_cut[x];
    const Row& row = *h.row;
    Speaker sp;
    Open o;
    bool open = false;
    if (row.kind == Kind::kSource) {
      // «وفق ما أفاد المرصد»: the relative «ما» and a verb may stand between cue and source.
      Hit inner = h;
      uint32_t from = h.end;
      if (from < limit && doc_.tokens[from].key == "\xD9\x85\xD8\xA7") ++from;  // ما
      if (from < limit) {
        Hit v = match(from, limit);
        if (v.row && v.row->kind == Kind::kVerb) from = v.end;
      }
      inner.end = from;
      sp = subject_after(inner, limit);
      if (!sp.found() && sp.stated) sp = dropped_subject(si, s, h, here);  // «بحسب بيان لها»
      if (!sp.found()) continue;
      here = sp;
      if (h.first <= s.first_token + 1) {
        uint32_t at = sp.end;
        while (at < limit && (doc_.tokens[at].kind == TokenKind::kPunct || in_date_[at])) ++at;
        if (at < limit && comp_at(at)) at += comp_with_pronoun(at) ? 0 : 1;
        emit(si, h, sp, at, limit, false);
        covered = std::max(covered, limit);
      } else if (!verb_before) {
        // Mid-sentence the source vouches for the whole sentence («ما أدى، حسب البيان، إلى ...»),
        // or for what precedes it when it comes last.
        uint32_t end = words_between(sp.end, limit) > 1 ? limit : h.first;
        emit(si, h, sp, covered, end, false);
        covered = std::max(covered, end);
      }
      continue;
    }
    if (row.kind == Kind::kVerb) {
      verb_before = true;
      sp = subject_after(h, limit);
      // «وذكرت في بيان لها»: the subject is dropped, the words open past the statement.
      bool stated = sp.stated;
      uint32_t from = std::max(sp.end, h.end);
      if (!sp.found() && h.first > s.first_token) sp = subject_before(s, h.first, row.gender);
      if (sp.found()) from = std::max(from, sp.end);
      if (row.relay) {
        // «نقلت وكالة ... عن الوزارة أن»: the one quoted speaks.
        for (uint32_t g = from; g < limit && g < from + 8; ++g) {
          if (comp_at(g) || is_stop(g)) break;
          if (doc_.tokens[g].key == "\xD8\xB9\xD9\x86" && g + 1 < limit) {  // عن
            Speaker r;
            if (actor_start_[g + 1] >= 0) {
              r = from_actor(actor_start_[g + 1]);
            } else if (speaker_noun(g + 1, limit, r)) {
              // «عن بيان للوزارة»: its author; «عن بيان لها»: the relaying subject's own.
              Speaker author;
              Author k = statement_author(g + 1, r.end, limit, author);
              if (k == Author::kActor) r = author;
              if (k == Author::kPronoun) { from = author.end; break; }
            }
            if (r.found()) { sp = r; from = r.end; }
            break;
          }
        }
      }
      if (!sp.found()) sp = dropped_subject(si, s, h, here);
      if (sp.found()) here = sp;
      if (sp.named) remember(sp, si);
      open = opener(row, from, limit, o);
      if (!open && sp.found() && sp.named) {
        // «"..."، قال الوزير»: the quotation before the verb is its.
        uint32_t k = h.first;
        while (k > 0 && (is_punct(k - 1, ",") || is_punct(k - 1, "-"))) --k;
        if (k > 0 && closing(k - 1)) {
          uint32_t b = static_cast<uint32_t>(partner_[k - 1]) + 1;
          if (words_between(b, k - 1) >= 3 && emit(si, h, sp, b, k - 1, true)) {
            covered = std::max(covered, sp.end);
            continue;
          }
        }
      }
      if (!open && row.object && sp.found() && (sp.named || stated)) {
        uint32_t at = from;
        while (at < limit && (in_date_[at] || is_punct(at, ","))) ++at;
        if (at < limit && is_word(at) && !function_word(at) && words_between(at, limit) >= 2) {
          o.at = at;
          open = mark_open(o);
        }
      }
    } else {  // adverbial: the clause's speaker
      sp = here;
      if (!sp.found()) sp = sentence_subject(s, h.first, row.gender);
      if (!sp.found()) sp = carried(si, row.gender);
      sp.named = false;
      open = opener(row, h.end, limit, o);
    }
    if (!open) continue;
    // Words in marks end at the closing mark, even past the sentence's end.
    uint32_t end = o.direct && o.close >= 0 ? static_cast<uint32_t>(o.close) : limit;
    if (emit(si, h, sp, o.at, end, o.direct)) covered = std::max(covered, end);
  }
}

// Quotations no cue claimed: «X: "..."», a quotation opening a paragraph (the last speaker's),
// and a long quotation inside a sentence (the sentence's subject's: «أرسل الأمير برقية "..."»).
void Finder::standalone_marks() {
  index_cue_quotes();
  for (uint32_t k = 0; k + 1 < n_; ++k) {
    if (!opening(k) || used_[k + 1]) continue;
    uint32_t c = static_cast<uint32_t>(partner_[k]);
    uint32_t words = words_between(k + 1, c);
    if (words < 4) continue;
    uint32_t si = sentence_of_[k];
    if (si == UINT32_MAX || doc_.sentences[si].kind != SentenceKind::kBody) continue;
    const Sentence& s = doc_.sentences[si];
    Speaker sp;
    if (k >= 2 && is_punct(k - 1, ":") && actor_end_[k - 1] >= 0) {
      sp = from_actor(actor_end_[k - 1]);
    } else if (k == s.first_token && (si == 0 || doc_.sentences[si - 1].paragraph != s.paragraph)) {
      sp = speaker_before(si);
    } else if (words >= kLongQuoteWords) {
      sp = sentence_subject(s, k);
    } else {
      continue;
    }
    if (!sp.found()) continue;
    Hit none;
    emit(si, none, sp, k + 1, c, true);
  }
}

}  // namespace rasd::quotes::detail

namespace rasd::quotes {

void find_quotes(Document& doc) {
  doc.quotes.clear();
  if (doc.tokens.empty()) return;
  detail::Finder(doc).run();
}

}  // namespace rasd::quotes
