// A preposition written apart with a tatweel («بـ #…», «بـ "…"») is read as if it were on the
// next word, so the cue before it keeps its role (events/argument_cues.cpp cue_before).
#include <gtest/gtest.h>

#include <string>

#include "run_pipeline.h"

namespace rasd {
namespace {

std::string parties_of(const Document& doc, const char* type) {
  std::string out;
  for (const Event& e : doc.events)
    if (e.type == type) {
      for (const EventParty& p : e.actor) out += "actor:" + p.name + "|";
      for (const EventParty& p : e.recipient) out += "recipient:" + p.name + "|";
    }
  return out;
}

// The supporting party of «مسنودة بـ» takes no part in the act, written apart or joined; the
// advancing forces stay its doer.
TEST(DetachedPreposition, SupporterAfterDetachedBaTakesNoPart) {
  for (const char* text : {"استعادت قوات الشرطة، مسنودة بـ #طيران_التحالف، أمس، السيطرة على تلال جديدة شرق البلدة.",
                           "استعادت قوات الشرطة، مسنودة بطيران التحالف، أمس، السيطرة على تلال جديدة شرق البلدة."}) {
    Document doc = test_support::run_pipeline(text, "2024-02-11");
    std::string who = parties_of(doc, "ASSAULT");
    EXPECT_EQ(who.find("التحالف"), std::string::npos) << text << " → " << who;
    EXPECT_NE(who.find("actor:قوات الشرطة"), std::string::npos) << text << " → " << who;
  }
}

}  // namespace
}  // namespace rasd
