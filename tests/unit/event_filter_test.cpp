// The trained event filter (events/event_filter.h, events/event_filter_model.h): the model file
// round-trips and is refused when foreign, training is deterministic and learns a cue, the
// labels read the sentence format, the features see the context they promise, and a model drops
// a trigger in its other sense while keeping it in its event sense. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "rasd/core/table.h"
#include "rasd/events/event_filter.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/pipeline.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

Document unfiltered(const std::string& text) {
  static const Pipeline pipeline([] {
    Options o;
    o.event_model = "none";
    return o;
  }());
  RawDocument raw;
  raw.id = "t";
  raw.text = text;
  raw.published = "2023-06-10";
  return pipeline.run(raw);
}

bool has_feature(const std::vector<std::string>& f, std::string_view x) {
  return std::find(f.begin(), f.end(), x) != f.end();
}

size_t count_type(const Document& d, std::string_view type) {
  return std::count_if(d.triggers.begin(), d.triggers.end(), [&](const TriggerMention& m) { return m.type == type; });
}

// A toy problem: "war" examples are events, "sport" ones are not, "b" is every example's bias.
std::vector<FilterExample> toy() {
  std::vector<FilterExample> xs;
  for (int i = 0; i < 20; ++i) {
    xs.push_back({{"bias", "ctx=war", "w=" + std::to_string(i)}, true, "a" + std::to_string(i)});
    xs.push_back({{"bias", "ctx=sport", "w=" + std::to_string(i)}, false, "b" + std::to_string(i)});
  }
  return xs;
}

TEST(FilterModel, LearnsACueAndIsDeterministic) {
  FilterTrainOptions opt;
  opt.min_count = 2;
  FilterModel a = train_filter(toy(), opt), b = train_filter(toy(), opt);
  EXPECT_EQ(a.serialise(), b.serialise());
  EXPECT_TRUE(a.keep({"bias", "ctx=war", "w=unseen"}));
  EXPECT_FALSE(a.keep({"bias", "ctx=sport", "w=unseen"}));
  opt.seed = 7;  // another shuffle may give other weights, never another verdict on this problem
  EXPECT_FALSE(train_filter(toy(), opt).keep({"bias", "ctx=sport"}));
}

TEST(FilterModel, RoundTripsAndRefusesForeignFiles) {
  FilterModel m = FilterModel::from_weights({{"bias", 0.5f}, {"T:ASSAULT|dom=sport", -2.25f}}, -0.5f, "test model");
  std::string error;
  auto back = FilterModel::parse(m.serialise(), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->serialise(), m.serialise());
  EXPECT_FLOAT_EQ(back->threshold(), -0.5f);
  EXPECT_EQ(back->options(), "test model");
  EXPECT_FLOAT_EQ(back->score({"bias", "T:ASSAULT|dom=sport", "unknown"}), -1.75f);
  EXPECT_FALSE(FilterModel::parse("RASDNER", &error));
  EXPECT_FALSE(FilterModel::parse("rasd-events-filter 1\nfeatures 999\nthreshold 0\noptions x\n", &error));
  EXPECT_NE(error.find("retrain"), std::string::npos);
  EXPECT_FALSE(FilterModel::parse(std::string("rasd-events-filter 1\nfeatures ") +
                                      std::to_string(kFilterFeatureVersion) + "\nthreshold 0\noptions x\nbias\n",
                                  &error));
  EXPECT_FALSE(FilterModel::load("/nonexistent/model.txt", &error));
}

TEST(FilterModel, SenseLabels) {
  // A type the sentence's events list is the event sense, whatever their status...
  EXPECT_TRUE(sense_label("ASSAULT", "قتل", {{"ASSAULT"}}, {}));
  EXPECT_TRUE(sense_label("SANCTION", "طرد", {{"COERCE", "SANCTION"}}, {}));
  // ...not a type they do not list, nor a word the labels name as used in another sense.
  EXPECT_FALSE(sense_label("COERCE", "اعتقال", {{"ASSAULT"}}, {}));
  EXPECT_FALSE(sense_label("ASSAULT", "الهجوم", {{"ASSAULT"}}, {text::normalize_key("هجوم")}));
}

TEST(SenseDomains, EveryRowNamesItsDomain) {
  const data::Table& t = data::table("events/sense_domains");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string_view d = t.get(r, "domain");
    EXPECT_TRUE(d == "sport" || d == "economy" || d == "health" || d == "culture") << t.get(r, "word");
    EXPECT_EQ(sense_domain(text::normalize_key(t.get(r, "word"))), d) << t.get(r, "word");
  }
  EXPECT_EQ(sense_domain(text::normalize_key("جنود")), "");
}

TEST(TriggerFeatures, SeeTheContext) {
  // A player withdrawing from training before a championship (the sport word past the
  // trigger row's own `unless` window): sport, and no number near.
  Document d = unfiltered("انسحب حارس الفريق من التدريبات صباح اليوم قبل أيام من انطلاق البطولة.");
  ASSERT_EQ(count_type(d, "RETREAT"), 1u);
  auto f = TriggerFeatures(d).of(0);
  EXPECT_TRUE(has_feature(f, "T:RETREAT|dom=sport"));
  EXPECT_TRUE(has_feature(f, "doc-dom=sport"));
  EXPECT_TRUE(has_feature(f, "no-qty"));
  EXPECT_TRUE(has_feature(f, "T:RETREAT|pos=verb"));
  EXPECT_FALSE(has_feature(f, "dom=economy"));
  // Soldiers counted after the verb, a date in the sentence, no domain.
  Document w = unfiltered("أصيب ثلاثة جنود في هجوم على حاجز أمس.");
  auto g = TriggerFeatures(w).of(0);
  EXPECT_TRUE(std::any_of(g.begin(), g.end(), [](const std::string& x) { return x.starts_with("T:ASSAULT|qty="); }));
  EXPECT_TRUE(std::any_of(g.begin(), g.end(), [](const std::string& x) { return x.starts_with("date="); }));
  EXPECT_FALSE(std::any_of(g.begin(), g.end(), [](const std::string& x) { return x.starts_with("dom="); }));
}

TEST(EventFilter, DropsTheOtherSenseOnly) {
  // A model that has learnt one thing: a withdrawal in a sport sentence is no retreat.
  FilterModel m = FilterModel::from_weights({{"bias", 1.f}, {"T:RETREAT|dom=sport", -3.f}}, 0.f, "test");
  Document sport = unfiltered("انسحب حارس الفريق من التدريبات صباح اليوم قبل أيام من انطلاق البطولة.");
  ASSERT_EQ(count_type(sport, "RETREAT"), 1u);
  filter_triggers(sport, m);
  EXPECT_EQ(count_type(sport, "RETREAT"), 0u);
  Document war = unfiltered("انسحبت القوات من البلدة بعد هجوم على حاجز أمس.");
  size_t before = war.triggers.size();
  ASSERT_GE(before, 2u);
  filter_triggers(war, m);
  EXPECT_EQ(war.triggers.size(), before);
  // The order of what stays is kept: find_triggers leaves them in text order.
  EXPECT_TRUE(std::is_sorted(war.triggers.begin(), war.triggers.end(),
                             [](const TriggerMention& a, const TriggerMention& b) { return a.first_token < b.first_token; }));
}

TEST(EventFilter, NeverJudgesOneSenseRows) {
  // However much a model dislikes the context, an air raid («غارة», a one-sense row) stays.
  FilterModel m = FilterModel::from_weights({{"bias", -100.f}}, 0.f, "test");
  Document d = unfiltered("شنت الطائرات غارة على المعسكر في المباراة.");
  ASSERT_EQ(count_type(d, "ASSAULT"), 1u);
  ASSERT_FALSE(d.triggers[0].many_senses);
  filter_triggers(d, m);
  EXPECT_EQ(count_type(d, "ASSAULT"), 1u);
  // The same model drops a many-sense row's match («أصيب»).
  Document p = unfiltered("أصيب ثلاثة جنود أمس.");
  ASSERT_EQ(count_type(p, "ASSAULT"), 1u);
  EXPECT_TRUE(p.triggers[0].many_senses);
  filter_triggers(p, m);
  EXPECT_EQ(count_type(p, "ASSAULT"), 0u);
}

// No filter ships (it does not beat the tables held out): "" and "none" both mean none, without
// an error, and a path that cannot be read is an error naming why.
TEST(EventFilter, NoneShipsAndAPathMustLoad) {
  std::string error = "stale";
  EXPECT_EQ(event_filter_model("", &error), nullptr);
  EXPECT_TRUE(error.empty()) << error;
  EXPECT_EQ(event_filter_model("none"), nullptr);
  EXPECT_EQ(event_filter_model("/nonexistent/model.txt", &error), nullptr);
  EXPECT_NE(error.find("cannot open"), std::string::npos);
}

}  // namespace
}  // namespace rasd::events
