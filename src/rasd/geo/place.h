// Value types of the places layer (shared by the gazetteer, the finder and the writers).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "rasd/core/span.h"

namespace rasd {

// How precise a place is, from the most to the least specific. The output says it: a landmark
// inside a city is never silently the city's centroid.
enum class PlacePrecision : uint8_t {
  kLandmark,  // a square, airport, base, prison, crossing ... (inside `within`, when known)
  kVillage,   // a village, camp, neighbourhood, front line or named small area
  kCity,
  kAdmin2,    // district (مديرية، قضاء)
  kAdmin1,    // province (محافظة، ولاية)
  kCountry,
  kRegion,    // a region, sea or strait across or beyond countries (آسيا الوسطى، البحر الأحمر)
};

const char* precision_name(PlacePrecision p);

// A place mention found in the text.
struct PlaceMention {
  Span span;                 // the whole mention, type word included («محافظة صعدة»), clitics excluded
  Span name_span;            // the name itself («صعدة»)
  int32_t place = -1;        // gazetteer index of the resolved place; -1 when unknown to it
  int32_t within = -1;       // for a landmark or unknown place: the gazetteer place it lies in
  PlacePrecision precision = PlacePrecision::kCity;
  std::string country;       // ISO 3166-1 alpha-2, "" when unknown
  uint32_t first_token = 0, end_token = 0;
  int32_t antecedent = -1;   // «المنطقة» referring back: the earlier mention (index in Document::places)
  bool relative = false;     // after «قرب», «شمال»: the scene is described from it, not in it
};

}  // namespace rasd
