// Tokens: non-empty spans in range, ordered, non-overlapping, on code-point boundaries; keys and
// stems valid UTF-8.
#include "fuzz_checks.h"
#include "rasd/text/tokenize.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string t = text::sanitize(fuzz::bytes(data, size)).text;
  std::vector<Token> tokens = text::tokenize(t);
  fuzz::check_tokens(t, tokens);
  return 0;
}
