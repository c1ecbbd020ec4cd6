// Fixtures for the store tests: documents built by hand (so the tests pin the store's behaviour,
// not the engine's), a temporary store file, and a dump of every table for comparing stores.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/store/store.h"

namespace rasd::store::test_support {

struct EventSpec {
  std::string type{};
  std::string trigger{};  // its first occurrence in the text is the mention
  std::string modality = "asserted";
  bool negated = false;
  std::optional<CivilDate> date{};
  std::string country{}, place{};
  std::vector<std::string> actors{}, recipients{};
  std::optional<double> dead{};
};

inline Document make_doc(const std::string& id, const std::string& text, std::optional<CivilDate> published,
                         const std::vector<EventSpec>& events) {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.published = published;
  if (published) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", published->year, published->month, published->day);
    doc.published_raw = buf;
  }
  for (const EventSpec& s : events) {
    Event e;
    e.type = s.type;
    e.modality = s.modality;
    e.negated = s.negated;
    e.date = s.date;
    size_t at = text.find(s.trigger);
    EXPECT_NE(at, std::string::npos) << s.trigger;
    if (at != std::string::npos)
      e.mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.trigger.size())});
    if (!s.country.empty() || !s.place.empty()) {
      EventPlace p;
      p.name = s.place;
      p.country = s.country;
      p.precision = s.place.empty() ? "country" : "city";
      e.location = p;
    }
    for (const auto& a : s.actors) e.actor.push_back({a, "", "", -1, -1, 0});
    for (const auto& r : s.recipients) e.recipient.push_back({r, "", "", -1, -1, 0});
    if (s.dead) {
      EventCount c;
      c.quantity.value = *s.dead;
      e.counts.push_back({"dead", c});
    }
    doc.events.push_back(std::move(e));
  }
  return doc;
}

// A store file in a fresh temporary directory, removed at the end of the test.
class TempStore {
 public:
  TempStore() {
    dir_ = std::filesystem::temp_directory_path() /
           ("rasd-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempStore() { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name = "store.db") const { return (dir_ / name).string(); }

 private:
  static int& counter() { static int n = 0; return n; }
  std::filesystem::path dir_;
};

// Every row of every table, in key order: two stores with equal dumps hold the same data.
inline std::string dump(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string out;
  const char* queries[] = {
      "SELECT * FROM articles ORDER BY id",          "SELECT * FROM events ORDER BY event_id",
      "SELECT * FROM mentions ORDER BY event_id, ord", "SELECT * FROM entities ORDER BY article_id, ord",
      "SELECT * FROM quotes ORDER BY article_id, ord", "SELECT * FROM errors ORDER BY article_id, ord",
      "SELECT * FROM changes ORDER BY seq",
  };
  for (const char* q : queries) {
    out += q;
    out += '\n';
    sqlite3_exec(
        db, q,
        [](void* o, int n, char** values, char**) {
          auto* s = static_cast<std::string*>(o);
          for (int i = 0; i < n; ++i) *s += (values[i] ? values[i] : "NULL") + std::string("\t");
          *s += '\n';
          return 0;
        },
        &out, nullptr);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace rasd::store::test_support
