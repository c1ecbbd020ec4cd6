// PLACEHOLDER until the quantity parser lands: plain ASCII-digit numbers only.
#include "rasd/text/quantities.h"

#include <cstdlib>

namespace rasd::text {

void find_quantities(Document& doc) {
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kNumber) continue;
    Quantity q;
    q.span = t.span;
    q.value = std::strtod(t.key.c_str(), nullptr);
    q.first_token = i;
    q.end_token = i + 1;
    doc.quantities.push_back(q);
  }
}

}  // namespace rasd::text
