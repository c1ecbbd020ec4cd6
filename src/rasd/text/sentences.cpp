// Sentences and page structure (see sentences.h for the rules and the decisions behind them).
//
// Work is driven by the tokens, not by the bytes: a number such as «2.5» is one token, so its
// dot never looks like a full stop, and every span we emit starts and ends on a token, which
// trims white space, BOMs and bidi marks for free. Everything is one pass (or two, for quote
// pairing) over the tokens of a line; the table look-ups only ever look at the first few words
// of a line, so a 4 MB line costs what its tokens cost.
#include "rasd/text/sentences.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

bool is_content(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin || t.kind == TokenKind::kNumber;
}

// Arabic-script word: its key starts with a lead byte of U+0600..U+06FF.
bool is_arabic(const Token& t) {
  if (t.kind != TokenKind::kWord || t.key.empty()) return false;
  unsigned char b = static_cast<unsigned char>(t.key[0]);
  return b >= 0xD8 && b <= 0xDB;
}

// Sentence-final marks, by normalised key («؟» is already "?", «۔» is already ".").
bool is_terminator(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const std::string& k = t.key;
  return k == "." || k == "!" || k == "?" || k == "\u2026" || k == "\u203C" || k == "\u2047" ||
         k == "\u2048" || k == "\u2049";
}

bool is_key(const Token& t, std::string_view k) { return t.kind != TokenKind::kWord && t.key == k; }

// Marks that may separate the names of a credit line: «الجزيرة + وكالات», «فرانس24/ أ ف ب»,
// «عين اليوم – متابعات» (all dashes are "-" in the key, «،» is ",").
bool is_name_separator(const Token& t) {
  if (t.kind != TokenKind::kPunct && t.kind != TokenKind::kSymbol) return false;
  const std::string& k = t.key;
  return k == "+" || k == "/" || k == "," || k == "-" || k == "|" || k == "&" || k == "\\";
}

// ---- tables ---------------------------------------------------------------------------------

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(phrase))
    if (is_content(t)) out.push_back(t.key);
  return out;
}

enum class NameKind : uint8_t { kAgency, kOutlet, kAgencies, kCompiled };

struct FurnitureRow {
  std::vector<std::string> words;
  bool prefix = false;
  bool block = false;
};
struct LeadRow {
  std::vector<std::string> words;
  bool free = false;
};

struct Tables {
  std::vector<FurnitureRow> furniture;
  size_t furniture_max_words = 0;
  StringMap<NameKind> names;  // squeezed key (word keys run together)
  std::vector<LeadRow> leads;
};

Tables load_tables() {
  Tables t;
  const data::Table& bp = data::table("text/boilerplate");
  for (size_t r = 0; r < bp.rows(); ++r) {
    FurnitureRow row{phrase_words(bp.get(r, "phrase")), bp.get(r, "match") == "prefix",
                     bp.get(r, "block") == "yes"};
    if (row.words.empty()) continue;
    t.furniture_max_words = std::max(t.furniture_max_words, row.words.size());
    t.furniture.push_back(std::move(row));
  }
  const data::Table& ag = data::table("text/news_agencies");
  for (size_t r = 0; r < ag.rows(); ++r) {
    std::string key;
    for (const std::string& w : phrase_words(ag.get(r, "name"))) key += w;
    std::string_view kind = ag.get(r, "kind");
    NameKind k = kind == "agency"     ? NameKind::kAgency
                 : kind == "agencies" ? NameKind::kAgencies
                 : kind == "compiled" ? NameKind::kCompiled
                                      : NameKind::kOutlet;
    if (!key.empty()) t.names.emplace(std::move(key), k);
  }
  const data::Table& sl = data::table("text/source_line");
  for (size_t r = 0; r < sl.rows(); ++r) {
    LeadRow row{phrase_words(sl.get(r, "lead")), sl.get(r, "without_colon") == "free"};
    if (!row.words.empty()) t.leads.push_back(std::move(row));
  }
  return t;
}

const Tables& tables() {
  static const Tables t = load_tables();  // thread-safe one-time init; immutable afterwards
  return t;
}

// ---- lines ----------------------------------------------------------------------------------

enum class LineKind : uint8_t { kBody, kSubheading, kBoilerplate, kSource };

struct Line {
  uint32_t tb = 0, te = 0;  // tokens [tb, te); lines without tokens are not kept
  LineKind kind = LineKind::kBody;
  uint32_t prefix_end = 0;  // > tb: tokens [tb, prefix_end) are a dateline credit, the rest is body
  bool block = false;       // a furniture line that heads a list of links
};

// Splits at LF, CRLF, lone CR, VT, FF, NEL, U+2028 and U+2029; keeps only lines with tokens.
std::vector<Line> split_lines(const Document& doc) {
  std::vector<Line> lines;
  const std::string& s = doc.text;
  const auto& toks = doc.tokens;
  size_t tok = 0;
  auto close_line = [&](size_t end) {
    Line l;
    l.tb = static_cast<uint32_t>(tok);
    while (tok < toks.size() && toks[tok].span.begin < end) ++tok;
    l.te = static_cast<uint32_t>(tok);
    if (l.te > l.tb) lines.push_back(l);
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t brk = 0;
    if (c == '\n' || c == '\v' || c == '\f') brk = 1;
    else if (c == '\r') brk = (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) brk = 2;
    else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
             (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
      brk = 3;
    if (brk) { close_line(i); i += brk; } else { ++i; }
  }
  close_line(s.size());
  return lines;
}

// Indices of the first `limit` content tokens of [tb, te).
std::vector<uint32_t> first_words(const Document& doc, uint32_t tb, uint32_t te, size_t limit) {
  std::vector<uint32_t> out;
  for (uint32_t i = tb; i < te && out.size() < limit; ++i)
    if (is_content(doc.tokens[i])) out.push_back(i);
  return out;
}

// Content tokens in [tb, te), counting at most up to `cap` (so a huge line costs `cap`).
size_t count_words(const Document& doc, uint32_t tb, uint32_t te, size_t cap) {
  size_t n = 0;
  for (uint32_t i = tb; i < te && n <= cap; ++i) n += is_content(doc.tokens[i]);
  return n;
}

// ---- furniture ------------------------------------------------------------------------------

// The first furniture row the line matches, or null.
const FurnitureRow* match_furniture(const Document& doc, const Line& l) {
  const Tables& t = tables();
  std::vector<uint32_t> w = first_words(doc, l.tb, l.te, t.furniture_max_words + 1);
  for (const FurnitureRow& row : t.furniture) {
    if (w.size() < row.words.size() || (!row.prefix && w.size() != row.words.size())) continue;
    bool ok = true;
    for (size_t i = 0; ok && i < row.words.size(); ++i) ok = doc.tokens[w[i]].key == row.words[i];
    if (ok) return &row;
  }
  return nullptr;
}

// A line of contact details only: an e-mail address or a web address, no Arabic words.
bool is_address_line(const Document& doc, const Line& l) {
  if (l.te - l.tb > 40) return false;
  bool marker = false;
  for (uint32_t i = l.tb; i < l.te; ++i) {
    const Token& t = doc.tokens[i];
    if (is_arabic(t)) return false;
    if (t.key == "@" || t.key == "http" || t.key == "https" || t.key == "www") marker = true;
  }
  return marker;
}

bool ends_like_prose(const Document& doc, const Line& l) {
  const Token& last = doc.tokens[l.te - 1];
  return is_terminator(last) || is_key(last, ":") || is_key(last, ",") || is_key(last, ";");
}

// ---- credit lines ---------------------------------------------------------------------------

struct Piece {
  uint32_t first = 0, last = 0;  // first and last content token
  uint32_t words = 0;
  std::string key;               // word keys run together
  std::optional<NameKind> kind;  // when a known name
  uint32_t skip_bytes = 0;       // a leading conjunction «و» left out of the outlet as written
};

std::optional<NameKind> lookup_name(std::string_view key) {
  const auto& names = tables().names;
  auto it = names.find(std::string(key));
  if (it == names.end()) return std::nullopt;
  return it->second;
}

void finish_piece(const Document& doc, Piece& p, std::vector<Piece>& out) {
  if (p.words == 0) return;
  p.kind = lookup_name(p.key);
  static const std::string kWa = "\xD9\x88";  // «و» "and": «رويترز والفرنسية»
  if (!p.kind && p.key.size() > kWa.size() && p.key.compare(0, kWa.size(), kWa) == 0) {
    p.kind = lookup_name(std::string_view(p.key).substr(kWa.size()));
    if (p.kind && doc.tokens[p.first].key.size() > kWa.size()) p.skip_bytes = kWa.size();
    else p.kind.reset();
  }
  out.push_back(std::move(p));
}

// Splits [tb, te) into names at separators; false when a mark that cannot be in a credit list
// shows up (a sentence end other than a final dot, or a colon).
bool split_pieces(const Document& doc, uint32_t tb, uint32_t te, std::vector<Piece>& out) {
  Piece cur;
  for (uint32_t i = tb; i < te; ++i) {
    const Token& t = doc.tokens[i];
    // A tatweel standing alone between spaces («الرياضي ـ وكالات») is a dash the tokenizer skips.
    bool gap_dash = i > tb && doc.text.substr(doc.tokens[i - 1].span.end,
                                              t.span.begin - doc.tokens[i - 1].span.end)
                                      .find("\xD9\x80") != std::string::npos;
    if (gap_dash) { finish_piece(doc, cur, out); cur = Piece{}; }
    if (is_name_separator(t)) { finish_piece(doc, cur, out); cur = Piece{}; continue; }
    if (is_key(t, ":") || (is_terminator(t) && !(i + 1 == te && t.key == "."))) return false;
    if (!is_content(t)) continue;  // quotes, brackets, '*' around or inside a name
    if (cur.words == 0) cur.first = i;
    cur.last = i;
    ++cur.words;
    cur.key += t.key;
  }
  finish_piece(doc, cur, out);
  return true;
}

SourceLine make_credit(const Document& doc, Span span, const std::vector<Piece>& pieces,
                       bool known_only) {
  SourceLine sl;
  sl.span = span;
  for (const Piece& p : pieces) {
    if (p.kind == NameKind::kAgency || p.kind == NameKind::kAgencies) sl.agencies = true;
    if (p.kind == NameKind::kAgencies || p.kind == NameKind::kCompiled) continue;
    if (known_only && !p.kind) continue;  // the dateline city or the reporter of a byline
    uint32_t b = doc.tokens[p.first].span.begin + p.skip_bytes, e = doc.tokens[p.last].span.end;
    sl.outlets.emplace_back(doc.text.substr(b, e - b));
  }
  return sl;
}

Span token_span(const Document& doc, uint32_t tb, uint32_t te) {
  return {doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end};
}

// A whole line that is a credit: «المصدر : الجزيرة + وكالات», «فرانس24/ أ ف ب», «(رويترز)»,
// «الرياض - واس», «عين اليوم – متابعات».
std::optional<SourceLine> parse_credit_line(const Document& doc, const Line& l) {
  if (l.te - l.tb > 32) return std::nullopt;
  const Tables& t = tables();
  std::vector<uint32_t> w = first_words(doc, l.tb, l.te, 4);
  std::vector<Piece> pieces;
  for (const LeadRow& lead : t.leads) {
    if (w.size() < lead.words.size()) continue;
    bool ok = true;
    for (size_t i = 0; ok && i < lead.words.size(); ++i) ok = doc.tokens[w[i]].key == lead.words[i];
    if (!ok) continue;
    uint32_t r = w[lead.words.size() - 1] + 1;
    bool colon = false;
    while (r < l.te && !is_content(doc.tokens[r]) && !is_name_separator(doc.tokens[r]))
      colon |= is_key(doc.tokens[r++], ":");
    if (r < l.te && is_name_separator(doc.tokens[r]) && doc.tokens[r].key == "-") colon = true, ++r;
    if (!split_pieces(doc, r, l.te, pieces) || pieces.empty()) return std::nullopt;
    size_t total = 0;
    for (const Piece& p : pieces) {
      total += p.words;
      if (p.words > 6 || (!colon && !lead.free && !p.kind)) return std::nullopt;
    }
    if (total > 12) return std::nullopt;
    return make_credit(doc, token_span(doc, l.tb, l.te), pieces, false);
  }
  if (!split_pieces(doc, l.tb, l.te, pieces) || pieces.empty()) return std::nullopt;
  size_t total = 0, known = 0;
  bool long_piece = false;
  for (const Piece& p : pieces) {
    total += p.words;
    known += p.kind.has_value();
    long_piece |= p.words > 4;
  }
  if (known == pieces.size() && total <= 10)  // a list of names only
    return make_credit(doc, token_span(doc, l.tb, l.te), pieces, false);
  // A byline: place or reporter and outlet/agency, dash-separated, nothing else.
  if (known > 0 && pieces.size() <= 3 && !long_piece && total <= 8)
    return make_credit(doc, token_span(doc, l.tb, l.te), pieces, true);
  return std::nullopt;
}

// A dateline credit opening the first line: «دبي، الإمارات العربية المتحدة (CNN)-- ...»,
// «سان فرانسيسكو 20 يوليو (رويترز) - ...», «فلان- سبق- جدة: ...». Returns the credit and sets
// `end` to the token after it.
std::optional<SourceLine> parse_dateline(const Document& doc, const Line& l, uint32_t& end) {
  const auto& tk = doc.tokens;
  uint32_t limit = std::min<uint32_t>(l.te, l.tb + 20);
  uint32_t words = 0;
  bool comma = false;  // «دبي، الإمارات ...»: a place, then its country
  for (uint32_t i = l.tb; i < limit; ++i) {
    const Token& t = tk[i];
    if (is_terminator(t)) return std::nullopt;
    if (is_content(t)) { if (++words > 10) return std::nullopt; continue; }
    comma |= is_key(t, ",");
    if (is_key(t, "(")) {
      // «لـ(CNN)» glued to a preceding word is a mention, not a dateline.
      if (i > l.tb && tk[i - 1].span.end == t.span.begin && is_content(tk[i - 1])) continue;
      uint32_t j = i + 1;
      while (j < l.te && j < i + 6 && !is_key(tk[j], ")")) ++j;
      if (j >= l.te || !is_key(tk[j], ")")) continue;
      std::vector<Piece> pieces;
      if (!split_pieces(doc, i + 1, j, pieces) || pieces.size() != 1 || !pieces[0].kind) continue;
      uint32_t e = j + 1;
      bool dash = false;
      while (e < l.te && (is_key(tk[e], "-") || is_key(tk[e], ":"))) dash = true, ++e;
      // Without a dash after it, only «place، country (CNN)» is a dateline: «ذكرت وكالة
      // الأنباء السعودية (واس)، ...» names the agency inside the story's first sentence.
      if ((!dash && (!comma || words > 6)) || e >= l.te) continue;
      end = e;
      return make_credit(doc, token_span(doc, l.tb, e), pieces, true);
    }
    if (is_key(t, ":")) {
      std::vector<Piece> pieces;
      if (!split_pieces(doc, l.tb, i, pieces) || pieces.size() < 2 || i + 1 >= l.te) return std::nullopt;
      bool known = false;
      for (const Piece& p : pieces) {
        if (p.words > 4) return std::nullopt;
        known |= p.kind.has_value();
      }
      if (!known) return std::nullopt;
      end = i + 1;
      return make_credit(doc, token_span(doc, l.tb, end), pieces, true);
    }
  }
  return std::nullopt;
}

// ---- sentences inside a line ----------------------------------------------------------------

// Quotation marks and brackets. Arabic texts use curly quotes in both directions (”…” and ’…‘
// both occur), so the double and single families pair with whatever mark of the family comes
// next; guillemets nest («… «…» …») and pair with the opposite mark in either direction.
enum Family : uint8_t { kNoMark, kDouble, kSingle, kGuillemet, kAngle, kOrnate, kParen, kSquare, kCurly, kFamilies };

struct Mark {
  Family family = kNoMark;
  bool open = false, close = false;  // brackets only: fixed direction
};

// A bracket facing the wrong way, as right-to-left copy-paste leaves «(رويترز)»: «)رويترز(». A
// closer spaced before and glued to the word after opens; an opener glued to the word before and
// not to a word after closes.
Mark bracket(const Document& doc, uint32_t i, uint32_t tb, uint32_t te, Family family, bool opener) {
  const auto& tk = doc.tokens;
  bool glued_left = i > tb && tk[i - 1].span.end == tk[i].span.begin;
  bool word_left = glued_left && is_content(tk[i - 1]);
  bool word_right = i + 1 < te && tk[i + 1].span.begin == tk[i].span.end && is_content(tk[i + 1]);
  bool mirrored = opener ? word_left && !word_right : !glued_left && word_right;
  bool opens = opener != mirrored;
  return {family, opens, !opens};
}

Mark classify_mark(const Document& doc, uint32_t i, uint32_t tb, uint32_t te) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kPunct) return {};
  size_t p = t.span.begin;
  char32_t c = next(doc.text, p);
  switch (c) {
    case U'"': case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': return {kDouble};
    case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': {
      // An apostrophe inside a word (don’t, Qur’an) is not a quote.
      bool glued_left = i > tb && doc.tokens[i - 1].span.end == t.span.begin && is_content(doc.tokens[i - 1]);
      bool glued_right = i + 1 < te && doc.tokens[i + 1].span.begin == t.span.end && is_content(doc.tokens[i + 1]);
      if (glued_left && glued_right) return {};
      return {kSingle};
    }
    case U'\u00AB': case U'\u00BB': return {kGuillemet};
    case U'\u2039': case U'\u203A': return {kAngle};
    case U'\uFD3E': case U'\uFD3F': return {kOrnate};
    case U'(': return bracket(doc, i, tb, te, kParen, true);
    case U')': return bracket(doc, i, tb, te, kParen, false);
    case U'[': return bracket(doc, i, tb, te, kSquare, true);
    case U']': return bracket(doc, i, tb, te, kSquare, false);
    case U'{': return bracket(doc, i, tb, te, kCurly, true);
    case U'}': return bracket(doc, i, tb, te, kCurly, false);
    default: return {};
  }
}

// Pairs the marks of one line (a paragraph end closes everything: what is still open at the end
// of the line was never a quote) and returns, per token of the line, the nesting change:
// +1 for an opener that has its closer, -1 for that closer, 0 otherwise. Linear: every mark is
// pushed and popped at most once.
std::vector<int8_t> pair_marks(const Document& doc, uint32_t tb, uint32_t te) {
  constexpr size_t kMaxLookDown = 32;
  // Longest protected spans, in tokens: a quotation may run a few sentences (a speech quoted
  // whole), an aside in brackets rarely more than a sentence.
  constexpr uint32_t kMaxQuoteTokens = 400, kMaxBracketTokens = 150;
  std::vector<int8_t> delta(te - tb, 0);
  struct Open { uint32_t tok; Family family; char32_t ch; };
  std::vector<Open> stack;
  std::array<uint32_t, kFamilies> open_count{};
  auto pop_to = [&](size_t k) {  // drop everything above stack[k]; they stay unpaired
    while (stack.size() > k + 1) { --open_count[stack.back().family]; stack.pop_back(); }
  };
  for (uint32_t i = tb; i < te; ++i) {
    if (doc.tokens[i].kind != TokenKind::kPunct) continue;
    Mark m = classify_mark(doc, i, tb, te);
    if (m.family == kNoMark) continue;
    size_t p = doc.tokens[i].span.begin;
    char32_t ch = next(doc.text, p);
    bool closes = false;
    if (m.close || m.family == kGuillemet || m.family == kAngle || m.family == kOrnate) {
      // Directional closers and opposite-mark families may close an opener under unpaired
      // marks («a "b» c): search down only when one is known to be there.
      bool pair_any = m.close;
      if (open_count[m.family] > 0) {
        // Bounded look-down: an adversarial line of unpaired marks must stay linear.
        size_t floor = stack.size() > kMaxLookDown ? stack.size() - kMaxLookDown : 0;
        for (size_t k = stack.size(); k-- > floor;) {
          if (stack[k].family == m.family && (pair_any || stack[k].ch != ch)) {
            pop_to(k);
            closes = true;
            break;
          }
          if (stack[k].family == m.family && !pair_any) break;  // same mark again: it nests
        }
      }
      if (!closes && m.close) continue;  // a stray closer
    } else if (m.family == kDouble || m.family == kSingle) {
      // Undirected marks: the spacing says which way a mark faces. Glued to the word before and
      // not to a word after («الإرهابيين” نفذوا», «سنبقى." وقال») it closes; glued only to the
      // word after it opens; otherwise it toggles. A stray closer is dropped, so a quote left
      // open in an earlier paragraph cannot pair with the next opener and swallow the text.
      const auto& tk = doc.tokens;
      bool gl = i > tb && tk[i - 1].span.end == tk[i].span.begin;
      bool gr = i + 1 < te && tk[i + 1].span.begin == tk[i].span.end && is_content(tk[i + 1]);
      bool top_same = !stack.empty() && stack.back().family == m.family;
      if (gl && !gr) {
        if (!top_same && open_count[m.family] > 0) {
          size_t floor = stack.size() > kMaxLookDown ? stack.size() - kMaxLookDown : 0;
          for (size_t k = stack.size(); k-- > floor;)
            if (stack[k].family == m.family) { pop_to(k); top_same = true; break; }
        }
        if (!top_same) continue;
        closes = true;
      } else if (gr && !gl) {
        if (top_same) { --open_count[m.family]; stack.pop_back(); }  // the earlier one never closed
      } else {
        closes = top_same;
      }
    }
    if (closes) {
      // A pair too far apart is not a quotation or an aside but a mark left open (or one pasted
      // out of order): it holds no sentence together, so a stray mark cannot turn a paragraph
      // into one sentence. The marks inside it keep their own pairs.
      if (i - stack.back().tok <= (m.family >= kParen ? kMaxBracketTokens : kMaxQuoteTokens)) {
        delta[stack.back().tok - tb] = 1;
        delta[i - tb] = -1;
      }
      --open_count[m.family];
      stack.pop_back();
    } else {
      stack.push_back({i, m.family, ch});
      ++open_count[m.family];
    }
  }
  return delta;
}

// One-letter word before a dot: «د.» (doctor), «U.S.»; not when it follows a number, where
// «م.» / «هـ.» is the era after a year and may well end the sentence.
bool is_abbreviation_dot(const Document& doc, uint32_t i, uint32_t tb, uint32_t te) {
  const auto& tk = doc.tokens;
  if (tk[i].key != "." || i == tb || i + 1 >= te) return false;
  const Token& prev = tk[i - 1];
  const Token& nxt = tk[i + 1];
  bool glued_left = prev.span.end == tk[i].span.begin;
  bool glued_right = nxt.span.begin == tk[i].span.end;
  // aljazeera.net, e.g: a dot inside a Latin word or address.
  if (glued_left && glued_right && prev.kind == TokenKind::kLatin && nxt.kind == TokenKind::kLatin) return true;
  if (!glued_left || !(prev.kind == TokenKind::kWord || prev.kind == TokenKind::kLatin)) return false;
  size_t p = 0;
  next(prev.key, p);
  if (p != prev.key.size()) return false;  // more than one letter
  return !(i >= tb + 2 && tk[i - 2].kind == TokenKind::kNumber);
}

void emit(Document& doc, uint32_t tb, uint32_t te, uint32_t para, SentenceKind kind) {
  if (te <= tb) return;
  Sentence s;
  s.span = token_span(doc, tb, te);
  s.first_token = tb;
  s.end_token = te;
  s.paragraph = para;
  s.kind = kind;
  doc.sentences.push_back(s);
}

// Splits tokens [tb, te) of one paragraph into body sentences.
void split_body(Document& doc, uint32_t tb, uint32_t te, uint32_t para) {
  if (te <= tb) return;
  std::vector<int8_t> delta = pair_marks(doc, tb, te);
  int depth = 0;
  uint32_t start = tb;
  for (uint32_t i = tb; i < te; ++i) {
    depth += delta[i - tb];
    if (depth > 0 || !is_terminator(doc.tokens[i]) || is_abbreviation_dot(doc, i, tb, te)) continue;
    // A run of marks ends together («...», «؟!»), with any unpaired quote glued after it.
    uint32_t e = i + 1;
    while (e < te && (is_terminator(doc.tokens[e]) ||
                      (delta[e - tb] == 0 && classify_mark(doc, e, tb, te).family != kNoMark &&
                       doc.tokens[e].span.begin == doc.tokens[e - 1].span.end)))
      ++e;
    emit(doc, start, e, para, SentenceKind::kBody);
    start = e;
    i = e - 1;
  }
  emit(doc, start, te, para, SentenceKind::kBody);
}

// A short line without final punctuation; the candidate shape of a subheading.
bool is_short_unpunctuated(const Document& doc, const Line& l) {
  if (ends_like_prose(doc, l) || count_words(doc, l.tb, l.te, 7) > 7) return false;
  for (uint32_t i = l.tb; i < l.te; ++i)
    if (is_terminator(doc.tokens[i])) return false;
  return true;
}

}  // namespace

void split_sentences(Document& doc) {
  doc.sentences.clear();
  doc.boilerplate.clear();
  doc.source_line.reset();
  std::vector<Line> lines = split_lines(doc);
  const size_t n = lines.size();
  if (n == 0) return;

  // 1. Furniture, line by line; a "read also" heading takes the link titles under it.
  constexpr size_t kMaxBlockLines = 12;
  size_t block_left = 0;
  for (size_t i = 0; i < n; ++i) {
    Line& l = lines[i];
    const FurnitureRow* row = match_furniture(doc, l);
    bool furniture = row != nullptr;
    if (!furniture && block_left > 0 && !ends_like_prose(doc, l) &&
        count_words(doc, l.tb, l.te, 16) <= 16) {
      furniture = true;
      --block_left;
    } else if (!row) {
      block_left = 0;
    }
    if (!furniture) furniture = count_words(doc, l.tb, l.te, 1) == 0;  // rules: «-----», «* *»
    if (!furniture) furniture = is_address_line(doc, l);
    // The rest of a furniture block without Arabic words («88591 - Stc» under a contact line).
    if (!furniture && i > 0 && lines[i - 1].kind == LineKind::kBoilerplate && l.te - l.tb <= 6) {
      furniture = true;
      for (uint32_t k = l.tb; k < l.te && furniture; ++k) furniture = !is_arabic(doc.tokens[k]);
    }
    if (furniture) l.kind = LineKind::kBoilerplate;
    if (row && row->block) block_left = kMaxBlockLines;
  }

  // 2. The credit line: one of the last two story lines (furniture may follow it), or a
  //    byline/dateline opening the first line. The closing credit wins doc.source_line.
  std::optional<SourceLine> credit;
  size_t seen = 0;
  for (size_t i = n; i-- > 0 && seen < 2;) {
    if (lines[i].kind == LineKind::kBoilerplate) continue;
    ++seen;
    if (auto c = parse_credit_line(doc, lines[i])) {
      lines[i].kind = LineKind::kSource;
      credit = std::move(c);
      break;
    }
  }
  size_t first = 0;
  while (first < n && lines[first].kind == LineKind::kBoilerplate) ++first;
  if (first < n && lines[first].kind == LineKind::kBody) {
    std::optional<SourceLine> c = parse_credit_line(doc, lines[first]);
    uint32_t end = 0;
    if (c) lines[first].kind = LineKind::kSource;
    else if ((c = parse_dateline(doc, lines[first], end))) lines[first].prefix_end = end;
    if (c && !credit) credit = std::move(c);
  }
  doc.source_line = std::move(credit);

  // 3. Subheadings: a short unpunctuated line between two stretches of prose. Never the first
  //    story line (a title or a lede) nor the last; consecutive short lines (lists, verse,
  //    bylines) are none of them subheadings.
  for (size_t i = first + 1; i + 1 < n; ++i) {
    Line& l = lines[i];
    if (l.kind != LineKind::kBody || !is_short_unpunctuated(doc, l)) continue;
    const Line& prev = lines[i - 1];
    const Line& next = lines[i + 1];
    if (prev.kind == LineKind::kBody && is_short_unpunctuated(doc, prev)) continue;
    if (next.kind != LineKind::kBody || is_short_unpunctuated(doc, next)) continue;
    l.kind = LineKind::kSubheading;
  }

  // 4. Sentences; furniture and credit lines stay one piece each, covering the whole line.
  for (size_t i = 0; i < n; ++i) {
    const Line& l = lines[i];
    uint32_t para = static_cast<uint32_t>(i);
    switch (l.kind) {
      case LineKind::kBoilerplate:
        doc.boilerplate.push_back(token_span(doc, l.tb, l.te));
        emit(doc, l.tb, l.te, para, SentenceKind::kBoilerplate);
        break;
      case LineKind::kSource: emit(doc, l.tb, l.te, para, SentenceKind::kSourceLine); break;
      case LineKind::kSubheading: emit(doc, l.tb, l.te, para, SentenceKind::kSubheading); break;
      case LineKind::kBody:
        if (l.prefix_end > l.tb) {
          emit(doc, l.tb, l.prefix_end, para, SentenceKind::kSourceLine);
          split_body(doc, l.prefix_end, l.te, para);
        } else {
          split_body(doc, l.tb, l.te, para);
        }
        break;
    }
  }
}

}  // namespace rasd::text
