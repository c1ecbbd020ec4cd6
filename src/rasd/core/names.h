// The output contract's names for the engine's enums: one spelling for every writer (the JSON
// record, the summary, the store's columns), so an export and a record never disagree.
#pragma once

#include "rasd/core/document.h"

namespace rasd {

inline const char* qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kRange: return "range";
    case Qualifier::kVague: return "vague";
  }
  return "exact";
}

inline const char* date_precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

inline const char* entity_type_name(EntityType t) {
  switch (t) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
  }
  return "LOC";
}

}  // namespace rasd
