// Which party a fused event keeps (events/party_fusion.cpp fuse_parties).
#include <gtest/gtest.h>

#include "rasd/events/arguments.h"

namespace rasd::events {
namespace {

constexpr uint8_t kWeak = static_cast<uint8_t>(ArgStrength::kWeak);
constexpr uint8_t kMedium = static_cast<uint8_t>(ArgStrength::kMedium);
constexpr uint8_t kStrong = static_cast<uint8_t>(ArgStrength::kStrong);

EventParty party(const char* name, const char* sector, int32_t entity, uint8_t strength, uint8_t tellings = 1) {
  EventParty p{name, "", sector, entity, entity, strength};
  p.tellings = tellings;
  return p;
}

// «تقدمت الفرقة بعد اشتباكات ... وخاضت الفرقة مواجهات» then «وساندتها غارات الطيران»: three
// tellings guess the division as the doer; one telling of the air raids names the air force. The
// guess most tellings agree on stays.
TEST(PartyFusionTest, AGuessManyTellingsShareOutweighsOneNamedParty) {
  Event a, b;
  a.actor.push_back(party("الفرقة", "MIL", 1, kWeak, 3));
  b.actor.push_back(party("سلاح الجو", "MIL", 2, kStrong));
  fuse_parties(a, b);
  ASSERT_EQ(a.actor.size(), 1u);
  EXPECT_EQ(a.actor[0].name, "الفرقة");
}

// A guess of one telling still gives way to a named party of one telling, and to one named by as
// many tellings as guessed it.
TEST(PartyFusionTest, ANamedPartyDisplacesAGuessToldNoMoreOften) {
  Event a, b;
  a.actor.push_back(party("السكان", "CVL", 1, kWeak));
  b.actor.push_back(party("المسلحون", "UAF", 2, kStrong));
  fuse_parties(a, b);
  ASSERT_EQ(a.actor.size(), 1u);
  EXPECT_EQ(a.actor[0].name, "المسلحون");

  Event c, d;
  c.actor.push_back(party("السكان", "CVL", 1, kWeak, 2));
  d.actor.push_back(party("المسلحون", "UAF", 2, kStrong, 2));
  fuse_parties(c, d);
  ASSERT_EQ(c.actor.size(), 1u);
  EXPECT_EQ(c.actor[0].name, "المسلحون");
}

// The recipient role keeps the plain rule: a guessed victim, however often told («القتلى» in three
// tellings), gives way to the party a telling names as the target («استهدفت الغارة مواقع الفصيل»).
TEST(PartyFusionTest, AGuessedRecipientGivesWayToANamedOneHoweverOftenTold) {
  Event a, b;
  a.recipient.push_back(party("القتلى", "CVL", -1, kWeak, 3));
  b.recipient.push_back(party("الفصيل", "REB", 2, kStrong));
  fuse_parties(a, b);
  ASSERT_EQ(a.recipient.size(), 1u);
  EXPECT_EQ(a.recipient[0].name, "الفصيل");
}

// «شن الجيش هجوما على المتمردين» then «وقتلت غارات التحالف قائدا لهم»: the second telling's doer
// (the allied air force, another country) loses to the army, so it tells another act within the
// happening; its victim does not displace the party the army attacked.
TEST(PartyFusionTest, ATellingOfAnotherDoerDoesNotDisplaceANamedRecipient) {
  Event a, b;
  a.actor.push_back(party("الجيش", "MIL", 1, kWeak, 3));
  a.actor[0].country = "YE";
  a.recipient.push_back(party("المتمردين", "REB", 2, kMedium));
  b.actor.push_back(party("التحالف", "MIL", 3, kStrong));
  b.actor[0].country = "SA";
  b.recipient.push_back(party("القائد", "REB", 4, kStrong));
  fuse_parties(a, b);
  ASSERT_EQ(a.actor.size(), 1u);
  EXPECT_EQ(a.actor[0].name, "الجيش");
  ASSERT_EQ(a.recipient.size(), 1u);
  EXPECT_EQ(a.recipient[0].name, "المتمردين");

  // It still fills a recipient the event lacks.
  Event c, d = b;
  c.actor = a.actor;
  fuse_parties(c, d);
  ASSERT_EQ(c.recipient.size(), 1u);
  EXPECT_EQ(c.recipient[0].name, "القائد");
}

// One side told twice («أعلن الرئيس ... فرض عقوبات على إيران», «العقوبات الأمريكية على طهران»):
// doers of one country are not another act, and the surer recipient wins as before.
TEST(PartyFusionTest, ATellingOfTheSameSideStillDisplacesARecipient) {
  Event a, b;
  a.actor.push_back(party("الرئيس", "GOV", 1, kStrong));
  a.actor[0].country = "US";
  a.recipient.push_back(party("إيران", "GOV", 2, kMedium));
  b.actor.push_back(party("الأمريكية", "GOV", 3, kStrong));
  b.actor[0].country = "US";
  b.recipient.push_back(party("طهران", "GOV", 4, kStrong));
  fuse_parties(a, b);
  ASSERT_EQ(a.recipient.size(), 1u);
  EXPECT_EQ(a.recipient[0].name, "طهران");
}

// «اشتباكات المسلحين وقصف الجيش» guessed the gunmen as the doer and read the army as the
// recipient; «وقصف الجيش مواقعهم» names the army the doer. The two sides were read the wrong way
// round: the guessed doer becomes the recipient rather than being dropped.
TEST(PartyFusionTest, ANamedDoerThatWasTheRecipientSwapsTheGuessedSides) {
  Event a, b;
  a.actor.push_back(party("المسلحين", "UAF", 1, kWeak));
  a.recipient.push_back(party("الجيش", "MIL", 2, kWeak));
  b.actor.push_back(party("الجيش", "MIL", 2, kStrong));
  fuse_parties(a, b);
  ASSERT_EQ(a.actor.size(), 1u);
  EXPECT_EQ(a.actor[0].name, "الجيش");
  ASSERT_EQ(a.recipient.size(), 1u);
  EXPECT_EQ(a.recipient[0].name, "المسلحين");

  // A named doer is no guess: it is not moved, the recipient just leaves (as before).
  Event c, d = b;
  c.actor.push_back(party("المسلحين", "UAF", 1, kMedium));
  c.recipient.push_back(party("الجيش", "MIL", 2, kWeak));
  d.actor[0].tellings = 2;
  fuse_parties(c, d);
  EXPECT_EQ(c.actor[0].name, "الجيش");
  EXPECT_TRUE(c.recipient.empty());

  // A guessed recipient is not moved into the doer's place the other way round: «الأسلحة» read
  // as the doer of «مصادرة» is no doer.
  Event e, f;
  e.actor.push_back(party("القوات", "MIL", 3, kWeak));
  e.recipient.push_back(party("الأسلحة", "", -1, kWeak));
  f.recipient.push_back(party("القوات", "MIL", 3, kStrong));
  fuse_parties(e, f);
  ASSERT_EQ(e.recipient.size(), 1u);
  EXPECT_EQ(e.recipient[0].name, "القوات");
  EXPECT_TRUE(e.actor.empty());
}

// «أعلنت منظمة "الهلال الأزرق" مقتل أحد متطوعي الهلال الأزرق»: the organisation is read as the
// doer (the announcer) and, shortened, as the victim's side. One party is not both: the surer
// reading keeps it, the doer on a tie.
TEST(PartyFusionTest, OnePartyIsNotBothTheDoerAndTheRecipient) {
  Event a;
  a.actor.push_back(party("منظمة \"الهلال الأزرق\"", "NGO", 1, kWeak));
  a.recipient.push_back(party("الهلال الأزرق", "NGO", 2, kMedium));
  drop_self_party(a);
  EXPECT_TRUE(a.actor.empty());
  ASSERT_EQ(a.recipient.size(), 1u);

  // A name told whole and by its last word («تنظيم داعش», «داعش»), in the nominative and the
  // oblique («المسلحون», «مسلحين»): on a tie the doer stays.
  Event b;
  b.actor.push_back(party("تنظيم داعش", "REB", 3, kStrong));
  b.recipient.push_back(party("داعش", "REB", 4, kStrong));
  drop_self_party(b);
  ASSERT_EQ(b.actor.size(), 1u);
  EXPECT_TRUE(b.recipient.empty());
  Event c;
  c.actor.push_back(party("المسلحون", "", -1, kMedium));
  c.recipient.push_back(party("مسلحين", "", -1, kWeak));
  drop_self_party(c);
  EXPECT_EQ(c.actor.size(), 1u);
  EXPECT_TRUE(c.recipient.empty());
}

// Two parties sharing a first name or a head word are two: «محمد» does not end «محمد بن سلمان»,
// «قوات» does not end «قوات الحكومة»; nor one name inside another («حزب» of «حزب العمال»).
TEST(PartyFusionTest, PartiesSharingAFirstOrHeadWordStayTwo) {
  for (auto [x, y] : {std::pair{"محمد", "محمد بن سلمان"}, std::pair{"قوات", "قوات الحكومة"},
                      std::pair{"حزب العمال", "الحزب الحاكم"}}) {
    Event e;
    e.actor.push_back(party(x, "GOV", 1, kStrong));
    e.recipient.push_back(party(y, "GOV", 2, kStrong));
    drop_self_party(e);
    EXPECT_EQ(e.actor.size(), 1u) << x;
    EXPECT_EQ(e.recipient.size(), 1u) << y;
  }
}

}  // namespace
}  // namespace rasd::events
