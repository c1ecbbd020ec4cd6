// The analyst exports (store/event_formats.h and the writers behind it): GeoJSON features with
// flat properties of one JSON type each, the FeatureCollection and GeoJSON Lines framings, PLOVER
// records with their spans, the terminal table (widths and right-to-left cells), the sidecar's
// contents, the CSV byte-order mark, and the ingest progress line. Sentences written for these
// tests.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unicode/ubidi.h>
#include <unicode/unistr.h>

#include <map>
#include <set>

#include "rasd/store/event_formats.h"
#include "rasd/store/export_meta.h"
#include "rasd/store/geojson_export.h"
#include "rasd/store/ingest_progress.h"
#include "rasd/store/plover_export.h"
#include "rasd/store/table_export.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::make_doc;
using test_support::TempStore;

// Three events: one placed with coordinates, counts and parties; one with a country only; one
// with nothing but its type.
const char kText[] = "أغارت طائرات على مخزن في حماة فقتلت أربعة حراس، واحتج عمال المصنع، ثم زار الوزير.";

std::vector<StoredEvent> stored_events(TempStore& tmp) {
  std::unique_ptr<Store> store;
  StoreOptions o;
  o.clock = [] { return std::string("2024-05-11T06:30:00.000Z"); };
  EXPECT_TRUE(open_store(tmp.path(), o, store).ok);
  Document doc = make_doc("story-1", kText, CivilDate{2024, 5, 11},
                          {{.type = "ASSAULT", .trigger = "أغارت", .date = CivilDate{2024, 5, 10}, .country = "SY",
                            .place = "حماة", .actors = {"طائرات"}, .recipients = {"حراس"}, .dead = 4},
                           {.type = "PROTEST", .trigger = "واحتج", .country = "SY", .actors = {"عمال المصنع"}},
                           {.type = "CONSULT", .trigger = "زار"}});
  doc.events[0].modes = {"aerial", "destroy"};
  doc.events[0].location->lat = 35.1318;
  doc.events[0].location->lon = 36.7578;
  doc.events[0].location->geonames_id = 170017;
  doc.outlet = "وكالة الاختبار";
  PutResult r;
  EXPECT_TRUE(store->begin().ok);
  EXPECT_TRUE(store->put(flatten(doc, "e"), r).ok);
  EXPECT_TRUE(store->commit().ok);
  std::vector<StoredEvent> out;
  EXPECT_TRUE(store->query({.all = true}, [&](const StoredEvent& e) { out.push_back(e); }).ok);
  return out;
}

const StoredEvent& of_type(const std::vector<StoredEvent>& events, std::string_view type) {
  for (const StoredEvent& e : events)
    if (e.row.type() == type) return e;
  ADD_FAILURE() << "no " << type;
  return events.front();
}

TEST(StoreExportsTest, GeoJsonFeatureIsAPointOrNullGeometryWithFlatSingleTypedProperties) {
  TempStore tmp;
  std::vector<StoredEvent> events = stored_events(tmp);
  ASSERT_EQ(events.size(), 3u);
  simdjson::dom::parser parser;
  std::map<std::string, std::set<simdjson::dom::element_type>> types;
  for (const StoredEvent& e : events) {
    std::string feature;
    write_geojson_feature(e, feature);
    EXPECT_EQ(feature.find('\n'), std::string::npos);  // one line per feature in GeoJSON Lines
    simdjson::dom::element f;
    ASSERT_FALSE(parser.parse(feature).get(f)) << feature;
    EXPECT_EQ(std::string_view(f["type"]), "Feature");
    EXPECT_EQ(std::string_view(f["id"]), e.event_id);
    simdjson::dom::object props = f["properties"];
    std::vector<std::string_view> names;
    for (auto [k, v] : props) {
      names.push_back(k);
      EXPECT_NE(v.type(), simdjson::dom::element_type::ARRAY) << k;
      EXPECT_NE(v.type(), simdjson::dom::element_type::OBJECT) << k;
      if (!v.is_null()) types[std::string(k)].insert(v.type());
      if (v.is_string()) {
        EXPECT_FALSE(std::string_view(v).empty()) << k << ": empty text is null";
      }
    }
    EXPECT_EQ(names, geojson_property_names());
    EXPECT_TRUE(props["latitude"].error()) << "coordinates live in the geometry";
    if (e.row.type() == "ASSAULT") {
      simdjson::dom::array c = f["geometry"]["coordinates"];
      EXPECT_EQ(std::string_view(f["geometry"]["type"]), "Point");
      EXPECT_DOUBLE_EQ(double(c.at(0)), 36.7578);  // [longitude, latitude]
      EXPECT_DOUBLE_EQ(double(c.at(1)), 35.1318);
      EXPECT_EQ(int64_t(props["dead"]), 4);
      simdjson::dom::element dead = props["dead"];
      EXPECT_EQ(dead.type(), simdjson::dom::element_type::INT64);
      EXPECT_EQ(std::string_view(props["modes"]), "aerial; destroy");
      EXPECT_EQ(std::string_view(props["location"]), "حماة");
      EXPECT_EQ(std::string_view(props["outlet"]), "وكالة الاختبار");
      EXPECT_EQ(int64_t(props["geonames_id"]), 170017);
      EXPECT_EQ(int64_t(props["mention_start"]), 0);
      EXPECT_EQ(int64_t(props["mention_end"]), 5);  // «أغارت»: five code points, not ten bytes
    } else {
      EXPECT_TRUE(f["geometry"].is_null()) << "an event without coordinates has a null geometry";
      EXPECT_TRUE(props["dead"].is_null());  // a missing number is null, never ""
    }
  }
  for (const auto& [name, seen] : types) EXPECT_EQ(seen.size(), 1u) << name << " has several JSON types";
  EXPECT_EQ(*types["negated"].begin(), simdjson::dom::element_type::BOOL);
  EXPECT_EQ(*types["mention_count"].begin(), simdjson::dom::element_type::INT64);
}

TEST(StoreExportsTest, FeatureCollectionAndGeoJsonLinesFraming) {
  TempStore tmp;
  std::vector<StoredEvent> events = stored_events(tmp);
  simdjson::dom::parser parser;
  for (size_t n : {size_t{0}, size_t{1}, events.size()}) {
    EventWriter w(ExportFormat::kGeojson);
    std::string out;
    w.begin(out);
    for (size_t i = 0; i < n; ++i) w.add(events[i], out);
    w.end(out);
    simdjson::dom::element doc;
    ASSERT_FALSE(parser.parse(out).get(doc)) << out;
    EXPECT_EQ(std::string_view(doc["type"]), "FeatureCollection");
    EXPECT_TRUE(doc["crs"].error()) << "RFC 7946 has no crs member";
    EXPECT_EQ(simdjson::dom::array(doc["features"]).size(), n);
    EXPECT_EQ(w.rows(), n);
  }
  EventWriter seq(ExportFormat::kGeojsonSeq);
  std::string out;
  seq.begin(out);
  for (const StoredEvent& e : events) seq.add(e, out);
  seq.end(out);
  EXPECT_EQ(out.find('\x1e'), std::string::npos) << "newline-delimited, no RS";
  size_t lines = 0, start = 0;
  for (size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1, ++lines) {
    simdjson::dom::element f;
    ASSERT_FALSE(parser.parse(out.substr(start, nl - start)).get(f));
    EXPECT_EQ(std::string_view(f["type"]), "Feature");
  }
  EXPECT_EQ(lines, events.size());
  EXPECT_EQ(start, out.size());
}

TEST(StoreExportsTest, PloverRecordKeepsSpansPartiesAndReportedCountsOnly) {
  TempStore tmp;
  std::vector<StoredEvent> events = stored_events(tmp);
  simdjson::dom::parser parser;
  std::string line;
  write_event_plover(of_type(events, "ASSAULT"), line);
  ASSERT_EQ(line.back(), '\n');
  ASSERT_EQ(line.find('\n'), line.size() - 1);
  simdjson::dom::element r;
  ASSERT_FALSE(parser.parse(line).get(r)) << line;
  EXPECT_EQ(std::string_view(r["event_type"]), "ASSAULT");
  simdjson::dom::array modes = r["mode"];
  ASSERT_EQ(modes.size(), 2u);
  EXPECT_EQ(std::string_view(modes.at(1)), "destroy");
  EXPECT_EQ(std::string_view(r["date"]), "2024-05-10");
  EXPECT_EQ(std::string_view(r["pub_date"]), "2024-05-11");
  EXPECT_EQ(std::string_view(r["actor"].at(0)["entity_text"]), "طائرات");
  EXPECT_EQ(std::string_view(r["recipient"].at(0)["entity_text"]), "حراس");
  EXPECT_EQ(std::string_view(r["event_loc"]["extracted_place"]), "حماة");
  EXPECT_EQ(int64_t(r["event_loc"]["geonameid"]), 170017);
  EXPECT_EQ(int64_t(r["size"]["dead"]["value"]), 4);
  EXPECT_TRUE(r["size"]["injured"].error()) << "only counts the text gives";
  simdjson::dom::object span = r["text_info"].at(0);
  EXPECT_EQ(int64_t(span["start"]), 0);
  EXPECT_EQ(int64_t(span["end"]), 5);
  EXPECT_EQ(std::string_view(span["text"]), "أغارت");
  EXPECT_EQ(std::string_view(r["story_id"]), "story-1");
  EXPECT_EQ(std::string_view(r["cite_info"]["publication"]), "وكالة الاختبار");

  line.clear();
  write_event_plover(of_type(events, "CONSULT"), line);
  ASSERT_FALSE(parser.parse(line).get(r)) << line;
  EXPECT_TRUE(r["event_loc"].is_null());
  EXPECT_TRUE(r["date"].is_null());
  EXPECT_EQ(simdjson::dom::array(r["actor"]).size(), 0u);
  EXPECT_EQ(simdjson::dom::array(r["mode"]).size(), 0u);
  EXPECT_EQ(simdjson::dom::object(r["size"]).size(), 0u);
}

TEST(StoreExportsTest, DisplayWidthCountsTerminalCells) {
  EXPECT_EQ(display_width("ASSAULT"), 7u);
  EXPECT_EQ(display_width("حماة"), 4u);
  EXPECT_EQ(display_width("قُتِلَ"), 3u);  // harakat take no cell
  EXPECT_EQ(display_width("\u200E"), 0u);
  EXPECT_EQ(display_width("東京"), 4u);
  EXPECT_EQ(display_width("a\xFF" "b"), 3u);  // a bad byte still takes one cell
  EXPECT_EQ(fit("حماة", 6), "حماة  ");
  EXPECT_EQ(display_width(fit("عمال المصنع الكبير", 8)), 8u);
  EXPECT_EQ(fit("عمال المصنع الكبير", 8), "عمال ال…");
  EXPECT_EQ(fit("قُتِلَ جنديان", 4), "قُتِلَ…");  // a letter keeps its marks
  EXPECT_EQ(fit("abc", 0), "");
}

// The table as a terminal that applies the Unicode bidi algorithm shows it (ICU reorders each line
// as a left-to-right paragraph): the columns stay in place.
TEST(StoreExportsTest, TableColumnsStayInPlaceUnderTheBidiAlgorithm) {
  TempStore tmp;
  std::vector<StoredEvent> events = stored_events(tmp);
  EventWriter w(ExportFormat::kTable);
  std::string out;
  w.begin(out);
  for (const StoredEvent& e : events) w.add(e, out);
  w.end(out);
  std::vector<std::string> lines;
  for (size_t start = 0, nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(out.substr(start, nl - start));
  ASSERT_EQ(lines.size(), 5u);  // header, three events, the count
  EXPECT_EQ(lines.back(), "3 events");
  EXPECT_NE(lines[0].find("actor"), std::string::npos);
  // Each Arabic value of a row, reversed by the algorithm, stays at the terminal cell where the
  // row puts it: the columns keep their order (an RTL run spanning several cells would swap them).
  size_t checked = 0;
  for (size_t l = 1; l + 1 < lines.size(); ++l) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(lines[l]);
    UErrorCode err = U_ZERO_ERROR;
    UBiDi* bidi = ubidi_openSized(u.length(), 0, &err);
    ubidi_setPara(bidi, u.getBuffer(), u.length(), UBIDI_LTR, nullptr, &err);
    std::vector<UChar> shown(static_cast<size_t>(u.length()) + 1);
    int32_t len = ubidi_writeReordered(bidi, shown.data(), static_cast<int32_t>(shown.size()), 0, &err);
    ubidi_close(bidi);
    ASSERT_TRUE(U_SUCCESS(err)) << u_errorName(err);
    std::string visual;
    icu::UnicodeString(shown.data(), len).toUTF8String(visual);
    for (const char* value : {"حماة", "طائرات", "حراس", "عمال المصنع"}) {
      size_t at = lines[l].find(value);
      if (at == std::string::npos) continue;
      std::string reversed;
      icu::UnicodeString r = icu::UnicodeString::fromUTF8(value);
      r.reverse().toUTF8String(reversed);
      size_t vat = visual.find(reversed);
      ASSERT_NE(vat, std::string::npos) << value;
      EXPECT_EQ(display_width(visual.substr(0, vat)), display_width(lines[l].substr(0, at)))
          << value << " moved in: " << visual;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 4u);
  // The text columns start at the same terminal cell on every line.
  auto starts = [](const std::string& line) {
    std::vector<size_t> out;
    size_t at = 0;
    while ((at = line.find("\u200E", at)) != std::string::npos) out.push_back(display_width(line.substr(0, at))), at += 3;
    out.push_back(display_width(line.substr(0, line.find("→"))));
    return out;
  };
  EXPECT_EQ(starts(lines[0]).size(), 3u);  // after place, after actor, the arrow
  for (size_t l = 1; l + 1 < lines.size(); ++l) EXPECT_EQ(starts(lines[l]), starts(lines[0])) << lines[l];
}

TEST(StoreExportsTest, CsvHasAByteOrderMarkOnlyForExcel) {
  TempStore tmp;
  std::vector<StoredEvent> events = stored_events(tmp);
  for (ExportFormat f : {ExportFormat::kCsv, ExportFormat::kAcled}) {
    for (bool excel : {false, true}) {
      EventWriter w(f, {.excel_bom = excel});
      std::string out;
      w.begin(out);
      EXPECT_EQ(out.rfind("\xEF\xBB\xBF", 0) == 0, excel);
    }
  }
  EventWriter json(ExportFormat::kGeojson, {.excel_bom = true});
  std::string out;
  json.begin(out);
  EXPECT_EQ(out[0], '{') << "never a BOM before JSON";
  // ACLED leaves out events of no ACLED kind and counts the rows it wrote.
  EventWriter acled(ExportFormat::kAcled);
  out.clear();
  for (const StoredEvent& e : events) acled.add(e, out);
  EXPECT_EQ(acled.rows(), 2u);  // the visit is not an ACLED event
  EXPECT_EQ(export_format_fields(ExportFormat::kCsv).front(), "event_id");
  EXPECT_EQ(export_format_fields(ExportFormat::kAcled).at(30), "timestamp");
  EXPECT_TRUE(export_format_fields(ExportFormat::kPlover).empty());
  for (const std::string& name : export_format_names())
    EXPECT_EQ(export_format_name(*parse_export_format(name)), name);
  EXPECT_FALSE(parse_export_format("xlsx"));
}

TEST(StoreExportsTest, SidecarRecordsVersionsSnapshotFiltersRowsAndCredits) {
  ExportMeta m;
  m.format = "geojson";
  m.file = "events.geojson";
  m.snapshot_time = "2024-05-11T06:30:00.000Z";
  m.engine_version = "0.1.0+abc";
  m.filters.types = {"ASSAULT", "PROTEST"};
  m.filters.date_from = "2024-05-01";
  m.rows = 17;
  m.fields = {"event_id", "type"};
  std::string json = export_meta_json(m);
  simdjson::dom::parser parser;
  simdjson::dom::element d;
  ASSERT_FALSE(parser.parse(json).get(d)) << json;
  EXPECT_EQ(int64_t(d["schema_version"]), kSchemaVersion);
  EXPECT_EQ(std::string_view(d["engine_version"]), "0.1.0+abc");
  EXPECT_EQ(std::string_view(d["snapshot_time"]), "2024-05-11T06:30:00.000Z");
  EXPECT_EQ(int64_t(d["rows"]), 17);
  EXPECT_EQ(std::string_view(d["filters"]["types"].at(1)), "PROTEST");
  EXPECT_EQ(std::string_view(d["filters"]["date_from"]), "2024-05-01");
  EXPECT_TRUE(d["filters"]["date_to"].error()) << "unused filters are left out";
  EXPECT_EQ(std::string_view(d["filters"]["statuses"].at(0)), "asserted");  // the default applied
  EXPECT_EQ(std::string_view(d["encoding"]), "UTF-8");
  EXPECT_EQ(simdjson::dom::array(d["fields"]).size(), 2u);
  bool geonames = false;
  for (simdjson::dom::element c : simdjson::dom::array(d["credits"]))
    geonames |= std::string_view(c["name"]) == "GeoNames" && std::string_view(c["licence"]) == "CC BY 4.0";
  EXPECT_TRUE(geonames);
  m.filters.all = true;
  m.excel_bom = true;
  ASSERT_FALSE(parser.parse(export_meta_json(m)).get(d));
  EXPECT_EQ(std::string_view(d["filters"]["statuses"].at(0)), "all");
  EXPECT_EQ(std::string_view(d["encoding"]), "UTF-8 with BOM");
  EXPECT_EQ(export_meta_path("out/events.csv"), "out/events.csv.meta.json");
}

TEST(StoreExportsTest, ProgressLineShowsRateShareAndTimeLeftOnlyWhenKnown) {
  EXPECT_EQ(progress_line({.articles = 1, .seconds = 0.2}), "1 article");
  EXPECT_EQ(progress_line({.articles = 50, .seconds = 10}), "50 articles, 5.0/s");
  EXPECT_EQ(progress_line({.articles = 50, .seconds = 10, .bytes_done = 250, .bytes_total = 1000}),
            "50 articles, 5.0/s, 25%, 30s left");
  EXPECT_EQ(progress_line({.articles = 900, .seconds = 100, .bytes_done = 900, .bytes_total = 1000}),
            "900 articles, 9.0/s, 90%, 11s left");
  EXPECT_EQ(progress_line({.articles = 9, .seconds = 3, .bytes_done = 1000, .bytes_total = 1000}),
            "9 articles, 3.0/s, 100%");
  EXPECT_EQ(progress_line({.articles = 2, .seconds = 0.5, .bytes_done = 10, .bytes_total = 1000}), "2 articles, 1%");
  EXPECT_EQ(duration_text(59.4), "59s");
  EXPECT_EQ(duration_text(125), "2m05s");
  EXPECT_EQ(duration_text(3720), "1h02m");
}

}  // namespace
}  // namespace rasd::store
