// GeoJSON (RFC 7946) of stored events, shaped for GDAL/QGIS, pandas and R: one Feature per event,
// a Point [longitude, latitude] from the event's place, or a null geometry when the event has no
// coordinates (RFC 7946 §3.2: an unlocated feature; QGIS shows it in the attribute table, not on
// the map). Properties are flat and each keeps one JSON type in every feature, null when empty:
// text is a string, ids and counts are integers, flags booleans; no arrays or objects (GDAL turns
// those into StringList or JSON strings). Parties and modes are already "; "-joined text. The
// full record with every span is the PLOVER export (plover_export.h).
//
// Two framings: a FeatureCollection (.geojson) and GeoJSON Lines (.geojsonl: one Feature per
// line, newline-delimited, no RS). GDAL 3.6's GeoJSONSeq driver reads both RS-prefixed (RFC 8142)
// and newline-delimited sequences; newline-delimited is also what jq, pandas' read_json(lines=True)
// and tippecanoe read, so it is the one written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/store.h"

namespace rasd::store {

// The property names in the order written (every feature has all of them).
const std::vector<std::string_view>& geojson_property_names();

// One Feature object, no trailing newline.
void write_geojson_feature(const StoredEvent& e, std::string& out);

// FeatureCollection framing: the opening (with a "name" member GDAL takes as the layer name) and
// the closing; features are separated by ",\n".
void write_geojson_begin(std::string& out);
void write_geojson_end(std::string& out);

}  // namespace rasd::store
