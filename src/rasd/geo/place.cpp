#include "rasd/geo/place.h"

namespace rasd {

const char* precision_name(PlacePrecision p) {
  switch (p) {
    case PlacePrecision::kLandmark: return "landmark";
    case PlacePrecision::kVillage: return "village";
    case PlacePrecision::kCity: return "city";
    case PlacePrecision::kAdmin2: return "admin2";
    case PlacePrecision::kAdmin1: return "admin1";
    case PlacePrecision::kCountry: return "country";
    case PlacePrecision::kRegion: return "region";
  }
  return "city";
}

}  // namespace rasd
