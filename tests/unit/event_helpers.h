// Looking at a document's events in tests: find one by type, count them, and list them for a
// failure message.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::test_support {

inline const Event* first_of(const Document& d, std::string_view type) {
  for (const auto& e : d.events)
    if (e.type == type) return &e;
  return nullptr;
}

inline size_t count_of(const Document& d, std::string_view type) {
  size_t n = 0;
  for (const auto& e : d.events) n += e.type == type;
  return n;
}

// " [TYPE modality mode… «mention» …]" per event.
inline std::string listing(const Document& d) {
  std::string out;
  for (const auto& e : d.events) {
    out += " [" + e.type + " " + e.modality;
    for (const auto& m : e.modes) out += " " + m;
    for (const auto& m : e.mentions) out += " «" + std::string(m.of(d.text)) + "»";
    out += "]";
  }
  return out;
}

// The names of an event's parties, "|"-joined, "-" when none.
inline std::string party_names(const std::vector<EventParty>& ps) {
  std::string out;
  for (const auto& p : ps) out += (out.empty() ? "" : "|") + p.name;
  return out.empty() ? "-" : out;
}

// Whether a party has `word` in its name.
inline bool has_party(const std::vector<EventParty>& ps, std::string_view word) {
  for (const auto& p : ps)
    if (p.name.find(word) != std::string::npos) return true;
  return false;
}

// " [TYPE actor=… recipient=… «mention» …]" per event.
inline std::string party_listing(const Document& d) {
  std::string out;
  for (const auto& e : d.events) {
    out += " [" + e.type + " actor=" + party_names(e.actor) + " recipient=" + party_names(e.recipient);
    for (const auto& m : e.mentions) out += " «" + std::string(m.of(d.text)) + "»";
    out += "]";
  }
  return out;
}

}  // namespace rasd::test_support
