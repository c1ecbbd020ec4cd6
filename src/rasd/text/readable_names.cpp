#include "rasd/text/readable_names.h"

#include <cctype>

namespace rasd::text {
namespace {

bool marked(std::string_view s) { return s.find_first_of("_#") != std::string_view::npos; }

void tidy(std::string& s) {
  if (marked(s)) s = readable_name(s);
}

}  // namespace

std::string readable_name(std::string_view name) {
  if (!marked(name)) return std::string(name);
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    // A hashtag sign before a letter (any non-ASCII lead byte or an ASCII letter) marks the word.
    if (c == '#' && i + 1 < name.size() &&
        (static_cast<unsigned char>(name[i + 1]) >= 0x80 || std::isalpha(static_cast<unsigned char>(name[i + 1]))))
      continue;
    if (c == '_') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void make_names_readable(Document& doc) {
  for (Entity& e : doc.entities) { tidy(e.name); tidy(e.canonical); }
  for (ActorMention& a : doc.actors) tidy(a.name);
  for (Event& e : doc.events) {
    for (EventParty& p : e.actor) tidy(p.name);
    for (EventParty& p : e.recipient) tidy(p.name);
    if (e.location) tidy(e.location->name);
    tidy(e.reported_by);
  }
  for (Quote& q : doc.quotes) tidy(q.speaker_name);
}

}  // namespace rasd::text
