// PLACEHOLDER until the gumbo-based extractor lands: tags dropped, nothing else.
#include "rasd/io/html_reader.h"

namespace rasd::io {

RawDocument read_html(std::string_view bytes, std::string_view id) {
  RawDocument raw;
  raw.id = std::string(id);
  raw.text_is_extracted = true;
  bool in_tag = false;
  for (char c : bytes) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) raw.text += c;
  }
  return raw;
}

}  // namespace rasd::io
