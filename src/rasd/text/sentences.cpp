// PLACEHOLDER until the structure splitter lands: one sentence per non-empty line.
#include "rasd/text/sentences.h"

namespace rasd::text {

void split_sentences(Document& doc) {
  const std::string& t = doc.text;
  uint32_t para = 0;
  size_t tok = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string::npos) e = t.size();
    if (e > b) {
      Sentence s;
      s.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      while (tok < doc.tokens.size() && doc.tokens[tok].span.begin < b) ++tok;
      s.first_token = static_cast<uint32_t>(tok);
      while (tok < doc.tokens.size() && doc.tokens[tok].span.end <= e) ++tok;
      s.end_token = static_cast<uint32_t>(tok);
      s.paragraph = para++;
      doc.sentences.push_back(s);
    }
    b = e + 1;
  }
}

}  // namespace rasd::text
