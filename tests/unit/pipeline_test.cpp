#include "rasd/pipeline.h"

#include <gtest/gtest.h>

namespace rasd {
namespace {

RawDocument article() {
  RawDocument raw;
  raw.id = "p";
  raw.text = "قال وزير الخارجية الفنلندي يوكا سالوفيتش إن قوات الأمن اعتقلت 12 شخصا في هلسنكي أمس.";
  raw.published = "2023-02-01";
  return raw;
}

// Every stage leaves its layer; the tagger can be switched off for measurement.
TEST(PipelineTest, StagesFillTheirLayersAndTheTaggerCanBeSwitchedOff) {
  Document on = Pipeline().run(article());
  EXPECT_FALSE(on.tokens.empty());
  EXPECT_FALSE(on.sentences.empty());
  EXPECT_FALSE(on.quantities.empty());
  EXPECT_FALSE(on.dates.empty());
  EXPECT_FALSE(on.places.empty());
  EXPECT_FALSE(on.actors.empty());
  EXPECT_FALSE(on.triggers.empty());
  EXPECT_FALSE(on.events.empty());
  EXPECT_FALSE(on.name_candidates.empty());

  Options o;
  o.name_tagger = false;
  Document off = Pipeline(o).run(article());
  EXPECT_TRUE(off.name_candidates.empty());
  EXPECT_FALSE(off.actors.empty());  // the rules stand alone
}

// Running the pipeline twice on one input gives the same record (no state leaks between runs).
TEST(PipelineTest, Deterministic) {
  Pipeline p;
  Document a = p.run(article());
  Document b = p.run(article());
  ASSERT_EQ(a.events.size(), b.events.size());
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) EXPECT_EQ(a.entities[i].name, b.entities[i].name);
}

}  // namespace
}  // namespace rasd
