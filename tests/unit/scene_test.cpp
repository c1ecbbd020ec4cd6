// Where an attack happened is not where its doer comes from (events/event_builder.cpp
// party_not_scene, scene_rank): the doer's country, a place inside the doer's name and a sponsor
// after «مدعومة من» are no scene; a country the trigger governs with «في» is; a statement's place
// stays its maker's. Sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "rasd/core/table.h"
#include "run_pipeline.h"

namespace rasd {
namespace {

std::string scene_of(const std::string& text, const char* type) {
  Document doc = test_support::run_pipeline(text, "2024-02-11");
  for (const Event& e : doc.events)
    if (e.type == type) return e.location ? e.location->name : "(none)";
  return "(no event)";
}

TEST(Scene, TheDoersCountryIsNoSceneOfItsAttack) {
  EXPECT_EQ(scene_of("قصفت تركيا أمس مواقع للمسلحين في شمال العراق.", "ASSAULT"), "العراق");
  EXPECT_EQ(scene_of("نفذت الولايات المتحدة ضربات جوية على مواقع للمسلحين في اليمن الليلة الماضية.", "ASSAULT"), "اليمن");
  EXPECT_EQ(scene_of("اعتقلت إيران أمس خمسة صيادين قرب سواحل الكويت.", "COERCE"), "الكويت");
}

// A telling that knew no doer («قتل») chose the doer's country; fused with the telling that names
// the doer, another telling's place wins.
TEST(Scene, FusedTellingsDropTheDoersCountry) {
  EXPECT_EQ(scene_of("قتل عشرة أشخاص في غارة شنتها إسرائيل على قرية جنوب لبنان.", "ASSAULT"), "لبنان");
}

TEST(Scene, ASponsorIsNoScene) {
  for (const char* cue : {"مدعومة من", "المدعومة من"})
    EXPECT_EQ(scene_of(std::string("هاجمت الجماعة المسلحة ") + cue + " طهران قاعدة عسكرية قرب مدينة الموصل.", "ASSAULT"),
              "مدينة الموصل") << cue;
  for (const char* cue : {"مدعوما من", "المدعوم من"})
    EXPECT_EQ(scene_of(std::string("هاجم الفصيل ") + cue + " طهران قاعدة عسكرية قرب مدينة الموصل.", "ASSAULT"),
              "مدينة الموصل") << cue;
}

// What must stay: a country the trigger governs with «في», and the maker's place of a statement.
TEST(Scene, AGovernedCountryAndAStatementsMakerStay) {
  EXPECT_EQ(scene_of("قتل ثلاثة جنود في هجوم في تركيا أمس.", "ASSAULT"), "تركيا");
  EXPECT_EQ(scene_of("طالبت مصر أمس بالإفراج عن المعتقلين.", "REQUEST"), "مصر");
}

}  // namespace
}  // namespace rasd
