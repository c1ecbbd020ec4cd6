#include "rasd/text/tokenize.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/token_readings.h"
#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

enum class Cls { kSpace, kLetter, kMark, kDigit, kPunct, kSymbol, kJoiner };

Cls classify(char32_t c) {
  // Fast paths for the bulk of Arabic news text; ICU answers the rest.
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Cls::kLetter;
    if (c >= '0' && c <= '9') return Cls::kDigit;
    // '_' joins a hashtag's words («#قطاع_غزة»): read as a space, the words are the name's.
    if (c <= ' ' || c == 0x7F || c == '_') return Cls::kSpace;
    return (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~')
               ? Cls::kSymbol : Cls::kPunct;
  }
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) return Cls::kLetter;
  if (c >= 0x064B && c <= 0x065F) return Cls::kMark;
  if (c == 0x0640 || c == 0x200C || c == 0x200D) return Cls::kJoiner;  // tatweel, ZWNJ, ZWJ
  if (c == 0xFEFF || c == 0x200B || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x00AD ||
      (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2060)
    return Cls::kSpace;  // invisible marks separate nothing and join nothing
  if (u_isUWhiteSpace(c) || c == 0xFFFD) return Cls::kSpace;
  int8_t t = u_charType(c);
  switch (t) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: return Cls::kLetter;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK: return Cls::kMark;
    case U_DECIMAL_DIGIT_NUMBER: return Cls::kDigit;
    case U_CONNECTOR_PUNCTUATION: case U_DASH_PUNCTUATION: case U_START_PUNCTUATION:
    case U_END_PUNCTUATION: case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION: return Cls::kPunct;
    case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_UNASSIGNED: case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: return Cls::kSpace;
    default: return Cls::kSymbol;
  }
}

bool is_number_separator(char32_t c) { return c == '.' || c == ',' || c == 0x066B || c == 0x066C; }

bool latin(char32_t c) {
  if (c < 0x80) return true;  // only called on letters
  if (c >= 0x0600 && c <= 0x06FF) return false;
  UErrorCode e = U_ZERO_ERROR;
  return uscript_getScript(c, &e) == USCRIPT_LATIN;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 6);
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = next(text, i);
    Cls cls = classify(c);
    if (cls == Cls::kSpace || cls == Cls::kJoiner || cls == Cls::kMark) continue;
    // A hashtag sign before a word marks the word, it is no punctuation between phrases
    // («بـ #الجيش_اليمني»): skipped like a space.
    if (c == '#' && i < text.size()) {
      size_t k = i;
      if (classify(next(text, k)) == Cls::kLetter) continue;
    }
    Token tok;
    if (cls == Cls::kLetter) {
      tok.kind = latin(c) ? TokenKind::kLatin : TokenKind::kWord;
      // Letters, marks and joiners; a letter of another script ends the word.
      for (size_t j = i; j < text.size();) {
        size_t k = j;
        char32_t d = next(text, k);
        Cls dc = classify(d);
        if (dc == Cls::kMark || dc == Cls::kJoiner || (dc == Cls::kLetter && latin(d) == (tok.kind == TokenKind::kLatin))) {
          i = j = k;
        } else {
          break;
        }
      }
    } else if (cls == Cls::kDigit) {
      tok.kind = TokenKind::kNumber;
      for (size_t j = i; j < text.size();) {
        size_t k = j;
        char32_t d = next(text, k);
        if (classify(d) == Cls::kDigit) { i = j = k; continue; }
        if (is_number_separator(d) && k < text.size()) {
          size_t m = k;
          if (classify(next(text, m)) == Cls::kDigit) { i = j = k; continue; }
        }
        break;
      }
    } else {
      tok.kind = cls == Cls::kPunct ? TokenKind::kPunct : TokenKind::kSymbol;
    }
    tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    tok.key = normalize_key(text.substr(start, i - start));
    if (tok.kind == TokenKind::kWord) tok.stem = std::string(proclitic_stem(tok.key));
    else tok.stem = tok.key;
    out.push_back(std::move(tok));
  }
  return out;
}

void tokenize(Document& doc) {
  doc.tokens = tokenize(doc.text);
  note_clitic_readings(doc);
}

uint32_t skip_key_letters(std::string_view text, const Token& t, size_t letters) {
  auto in_key = [&](size_t from, size_t to) { return !normalize_key(text.substr(from, to - from)).empty(); };
  size_t i = t.span.begin;
  while (letters > 0 && i < t.span.end) {
    size_t start = i;
    next(text, i);
    if (in_key(start, i)) --letters;
  }
  while (i < t.span.end) {
    size_t j = i;
    next(text, j);
    if (in_key(i, j)) break;
    i = j;
  }
  return static_cast<uint32_t>(i);
}

}  // namespace rasd::text
