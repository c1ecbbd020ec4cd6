#include "rasd/text/teasers.h"

#include <algorithm>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/utf8.h"
#include "rasd/text/normalize.h"

namespace rasd::text {
namespace {

constexpr size_t kMinRun = 3;          // teasers come in runs
constexpr size_t kMinBody = 3;         // a story above them
constexpr size_t kMinWords = 15;       // a lede is a long paragraph
constexpr double kBodyConnected = 0.5; // share of body paragraphs (after the first) that connect
constexpr double kMaxCohesion = 0.35;  // share of a teaser's content words found in the story

struct Paragraph {
  uint32_t first_sentence = 0, end_sentence = 0;
  uint32_t first_token = 0, end_token = 0;
  Span span;
  bool body = true;  // every sentence is story text
};

const StringSet& connectives() {
  static const StringSet set = [] {
    StringSet s;
    const auto& t = data::table("text/connectives");
    for (size_t r = 0; r < t.rows(); ++r) s.insert(normalize_key(t.get(r, "word")));
    return s;
  }();
  return set;
}

class Teasers {
 public:
  explicit Teasers(Document& doc) : doc_(doc) {}

  void run() {
    collect();
    size_t n = paras_.size();
    size_t run = 0;
    while (run < n && teaser_shaped(paras_[n - 1 - run])) ++run;
    if (run < kMinRun || n - run < kMinBody) return;
    size_t connected = 0;
    for (size_t p = 1; p < n - run; ++p) connected += connects(paras_[p]);
    if (connected < kBodyConnected * static_cast<double>(n - run - 1)) return;
    StringSet story;
    for (size_t p = 0; p < n - run; ++p) add_words(paras_[p], story);
    for (size_t p = n - run; p < n; ++p) {
      StringSet own;
      add_words(paras_[p], own);
      size_t shared = 0;
      for (const auto& w : own) shared += story.count(w);
      if (own.empty() || shared > kMaxCohesion * static_cast<double>(own.size())) return;
    }
    for (size_t p = n - run; p < n; ++p) mark(paras_[p]);
    std::sort(doc_.boilerplate.begin(), doc_.boilerplate.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
  }

 private:
  // Paragraphs of story text, in order; furniture lines and the credit line end nothing.
  void collect() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& x = doc_.sentences[s];
      if (x.kind == SentenceKind::kBoilerplate || x.kind == SentenceKind::kSourceLine) continue;
      if (paras_.empty() || doc_.sentences[paras_.back().end_sentence - 1].paragraph != x.paragraph) {
        Paragraph p;
        p.first_sentence = s;
        p.first_token = x.first_token;
        p.span.begin = x.span.begin;
        paras_.push_back(p);
      }
      Paragraph& p = paras_.back();
      p.end_sentence = s + 1;
      p.end_token = x.end_token;
      p.span.end = x.span.end;
      p.body &= x.kind == SentenceKind::kBody;
    }
  }

  bool connects(const Paragraph& p) const {
    if (p.first_token >= p.end_token) return true;
    const Token& t = doc_.tokens[p.first_token];
    if (t.kind != TokenKind::kWord) return true;  // a bullet, a number, a quote: not a lede
    if (connectives().count(t.key)) return true;
    return (t.key[0] == '\xD9' && (t.key[1] == '\x88' || t.key[1] == '\x81')) && code_points(t.key) > 3;  // و / ف
  }

  bool teaser_shaped(const Paragraph& p) const {
    size_t words = 0;
    for (uint32_t t = p.first_token; t < p.end_token; ++t) words += doc_.tokens[t].kind == TokenKind::kWord;
    return p.body && words >= kMinWords && !connects(p);
  }

  void add_words(const Paragraph& p, StringSet& into) const {
    for (uint32_t t = p.first_token; t < p.end_token; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.kind == TokenKind::kWord && code_points(tok.stem) >= 4) into.insert(tok.stem);
    }
  }

  void mark(const Paragraph& p) {
    for (uint32_t s = p.first_sentence; s < p.end_sentence; ++s)
      doc_.sentences[s].kind = SentenceKind::kBoilerplate;
    doc_.boilerplate.push_back(p.span);
  }

  Document& doc_;
  std::vector<Paragraph> paras_;
};

}  // namespace

void mark_teasers(Document& doc) { Teasers(doc).run(); }

}  // namespace rasd::text
