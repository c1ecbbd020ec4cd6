// Lexical repairs that let a JSON Lines record be read instead of lost: escaped lone surrogates
// (valid JSON by RFC 8259's grammar, though not Unicode) and a line cut at the size limit.
#pragma once

#include <cstddef>
#include <string>

namespace rasd::io {

// Replaces each \uD800-\uDFFF escape that is not half of a surrogate pair by \uFFFD (same
// length, in place) and returns how many it replaced.
size_t repair_lone_surrogates(std::string& json);

// `json` is the start of a JSON value cut short: closes what is open (a string, minus a
// half-written escape; a key left without its value gets null; arrays and objects) so that it
// parses, keeping all it can. A cut inside a number or literal drops that token. The result
// may still be invalid when the start itself was (the parser then says so).
void close_json_prefix(std::string& json);

}  // namespace rasd::io
