// COERCE rows (data/triggers/coerce.tsv) and the senses beside them that are another type or no
// event: forces driven out are fighting, a ban on dealings is a sanction, a ban's hours are a time.
// Each case pairs a sentence written for this test that tells the event with one that must not.
#include <gtest/gtest.h>

#include <string>

#include "rasd/events/trigger_finder.h"
#include "trigger_rows.h"

namespace rasd::events {
namespace {

using test_support::has_trigger_type;
using test_support::trigger_listing;
using test_support::triggers_of;

// «طرد» with forces as its object is fighting, as the noun row already reads it; people expelled
// by an authority stay a deportation.
TEST(CoerceSenses, ForcesDrivenOutAreFighting) {
  Document f = triggers_of("طردت قوات المعارضة قوات النظام من البلدة الجبلية.");
  EXPECT_TRUE(has_trigger_type(f, "ASSAULT")) << trigger_listing(f);
  EXPECT_FALSE(has_trigger_type(f, "COERCE")) << trigger_listing(f);
  Document p = triggers_of("طردت السلطات عمالا أجانب من المدينة.");
  EXPECT_TRUE(has_trigger_type(p, "COERCE", "deport")) << trigger_listing(p);
}

// Keeping forces or reinforcements from getting through is a move of war; keeping people out of a
// place restricts them.
TEST(CoerceSenses, ForcesKeptFromArrivingAreNoRestriction) {
  Document f = triggers_of("سعى الجيش إلى منع وصول تعزيزات للمتمردين.");
  EXPECT_FALSE(has_trigger_type(f, "COERCE")) << trigger_listing(f);
  Document g = triggers_of("حفر المسلحون خنادق لمنع دخول قوات الأمن إلى الحي.");
  EXPECT_FALSE(has_trigger_type(g, "COERCE")) << trigger_listing(g);
  Document p = triggers_of("منعت السلطات وصول الصحفيين إلى المدينة.");
  EXPECT_TRUE(has_trigger_type(p, "COERCE", "restrict")) << trigger_listing(p);
}

// A ban on dealing with listed parties is a sanction; a ban on a party stays COERCE; lifting the
// ban on dealings tells neither.
TEST(CoerceSenses, BanOnDealingsIsASanction) {
  Document v = triggers_of("حظرت الحكومة التعامل مع المصرف الأجنبي.");
  EXPECT_TRUE(has_trigger_type(v, "SANCTION", "discontinue")) << trigger_listing(v);
  EXPECT_FALSE(has_trigger_type(v, "COERCE")) << trigger_listing(v);
  Document n = triggers_of("أعلنت الوزارة حظر التعامل مع الشركات المدرجة على القائمة.");
  EXPECT_TRUE(has_trigger_type(n, "SANCTION", "discontinue")) << trigger_listing(n);
  EXPECT_FALSE(has_trigger_type(n, "COERCE")) << trigger_listing(n);
  // Those barred may stand between the ban and the dealings.
  Document who = triggers_of("قررت الحكومة حظر المواطنين والمقيمين في البلاد من التعامل مع الشركة.");
  EXPECT_TRUE(has_trigger_type(who, "SANCTION", "discontinue")) << trigger_listing(who);
  EXPECT_FALSE(has_trigger_type(who, "COERCE")) << trigger_listing(who);
  Document party = triggers_of("حظرت الحكومة الحزب المعارض.");
  EXPECT_TRUE(has_trigger_type(party, "COERCE", "restrict")) << trigger_listing(party);
  EXPECT_FALSE(has_trigger_type(party, "SANCTION")) << trigger_listing(party);
  Document lifted = triggers_of("رفعت الحكومة الحظر عن التعامل مع المصرف.");
  EXPECT_FALSE(has_trigger_type(lifted, "SANCTION")) << trigger_listing(lifted);
  EXPECT_FALSE(has_trigger_type(lifted, "COERCE")) << trigger_listing(lifted);
}

// A ban named as a span of time refers to one told elsewhere.
TEST(CoerceSenses, BanNamedAsATimeTellsNoBan) {
  Document t = triggers_of("يعمل المطعم خارج ساعات الحظر.");
  EXPECT_FALSE(has_trigger_type(t, "COERCE")) << trigger_listing(t);
  Document u = triggers_of("خالفت ثلاث ورش العمل خلال فترة الحظر.");
  EXPECT_FALSE(has_trigger_type(u, "COERCE")) << trigger_listing(u);
  Document b = triggers_of("أعلنت السلطات الحظر على التجمعات في العاصمة.");
  EXPECT_TRUE(has_trigger_type(b, "COERCE", "restrict")) << trigger_listing(b);
}

// A prison sentence is the conviction (SANCTION) and the confinement it orders (COERCE arrest):
// the sentencing verb and the prison word each name the other, so both are told. A death
// sentence stays one SANCTION; time served «في السجن» is no new act.
TEST(CoerceSenses, PrisonSentenceIsAlsoTheConfinement) {
  Document v = triggers_of("قضت المحكمة على الناشط بالسجن خمس سنوات.");
  EXPECT_TRUE(has_trigger_type(v, "SANCTION", "convict")) << trigger_listing(v);
  EXPECT_TRUE(has_trigger_type(v, "COERCE", "arrest")) << trigger_listing(v);
  Document n = triggers_of("صدر حكم قضائي بسجنه ثلاث سنوات.");
  EXPECT_TRUE(has_trigger_type(n, "SANCTION", "convict")) << trigger_listing(n);
  EXPECT_TRUE(has_trigger_type(n, "COERCE", "arrest")) << trigger_listing(n);
  Document death = triggers_of("حكمت المحكمة بإعدام المتهمين الثلاثة.");
  EXPECT_TRUE(has_trigger_type(death, "SANCTION")) << trigger_listing(death);
  EXPECT_FALSE(has_trigger_type(death, "COERCE")) << trigger_listing(death);
  EXPECT_FALSE(has_trigger_type(death, "ASSAULT")) << trigger_listing(death);
  Document served = triggers_of("قضى الكاتب عشر سنوات في السجن قبل أن يهاجر.");
  EXPECT_FALSE(has_trigger_type(served, "COERCE")) << trigger_listing(served);
  Document left = triggers_of("حكم على الرجل غيابيا بعد خروجه من السجن.");
  EXPECT_FALSE(has_trigger_type(left, "COERCE")) << trigger_listing(left);
  // A law's penalty sentences no one.
  Document law = triggers_of("ينظر البرلمان في قانون يقضي بسجن من يهرب الآثار.");
  EXPECT_FALSE(has_trigger_type(law, "COERCE")) << trigger_listing(law);
  Document place = triggers_of("زار الوفد السجن المركزي في العاصمة.");
  EXPECT_FALSE(has_trigger_type(place, "COERCE")) << trigger_listing(place);
}

// Centrifuges are machines; holding hostages is an abduction (ASSAULT), as the verb row reads it,
// while a state holding people stays a COERCE arrest.
TEST(CoerceSenses, CentrifugesAndHostagesAreNoDetention) {
  Document c = triggers_of("تملك الدولة آلاف أجهزة الطرد المركزي في منشأتها.");
  EXPECT_FALSE(has_trigger_type(c, "COERCE")) << trigger_listing(c);
  Document n = triggers_of("انتهت عملية احتجاز الرهائن في المتجر مساء أمس.");
  EXPECT_TRUE(has_trigger_type(n, "ASSAULT", "abduct")) << trigger_listing(n);
  EXPECT_FALSE(has_trigger_type(n, "COERCE")) << trigger_listing(n);
  Document v = triggers_of("قالت الشرطة إن مسلحا يحتجز رهينتين داخل المصرف.");
  EXPECT_TRUE(has_trigger_type(v, "ASSAULT", "abduct")) << trigger_listing(v);
  EXPECT_FALSE(has_trigger_type(v, "COERCE")) << trigger_listing(v);
  Document s = triggers_of("أدان الحزب احتجاز الناشطين في مراكز الشرطة.");
  EXPECT_TRUE(has_trigger_type(s, "COERCE", "arrest")) << trigger_listing(s);
  EXPECT_FALSE(has_trigger_type(s, "ASSAULT")) << trigger_listing(s);
}

// Diplomats expelled are a SANCTION even with a count between («طرد أكثر من 150 دبلوماسيا»);
// workers expelled stay COERCE.
TEST(CoerceSenses, DiplomatsExpelledWithACountAreASanction) {
  Document d = triggers_of("قررت الحكومة طرد أكثر من 40 دبلوماسيا من السفارة.");
  EXPECT_TRUE(has_trigger_type(d, "SANCTION", "expel")) << trigger_listing(d);
  EXPECT_FALSE(has_trigger_type(d, "COERCE")) << trigger_listing(d);
  Document c = triggers_of("طردت الوزارة القنصل العام بعد الحادثة.");
  EXPECT_TRUE(has_trigger_type(c, "SANCTION", "expel")) << trigger_listing(c);
  EXPECT_FALSE(has_trigger_type(c, "COERCE")) << trigger_listing(c);
  Document w = triggers_of("قررت الحكومة طرد أكثر من 40 عاملا من المصنع.");
  EXPECT_TRUE(has_trigger_type(w, "COERCE", "deport")) << trigger_listing(w);
  EXPECT_FALSE(has_trigger_type(w, "SANCTION")) << trigger_listing(w);
}

// Bans on medicines or phones and limits on capital or payments are regulation, no coercion;
// a ban on a party and limits on the press stay COERCE.
TEST(CoerceSenses, ProductBansAndEconomicLimitsAreNoCoercion) {
  Document m = triggers_of("فرضت الهيئة حظرا على استخدام عقار للسكري.");
  EXPECT_FALSE(has_trigger_type(m, "COERCE")) << trigger_listing(m);
  Document k = triggers_of("خففت الحكومة القيود على رأس المال الأجنبي.");
  EXPECT_FALSE(has_trigger_type(k, "COERCE")) << trigger_listing(k);
  Document p = triggers_of("دعا الاتحاد إلى إزالة القيود على المدفوعات الجارية.");
  EXPECT_FALSE(has_trigger_type(p, "COERCE")) << trigger_listing(p);
  Document r = triggers_of("فرضت السلطات قيودا على حركة الصحفيين.");
  EXPECT_TRUE(has_trigger_type(r, "COERCE", "restrict")) << trigger_listing(r);
}

// An injury keeping a player out is no deportation; an authority sending a man away is.
TEST(CoerceSenses, InjuryKeepingAPlayerOutIsNoDeportation) {
  Document i = triggers_of("أبعدت الإصابة المهاجم عن الملاعب شهرين.");
  EXPECT_FALSE(has_trigger_type(i, "COERCE")) << trigger_listing(i);
  Document a = triggers_of("أبعدت السلطات صحفيا أجنبيا إلى بلده.");
  EXPECT_TRUE(has_trigger_type(a, "COERCE", "deport")) << trigger_listing(a);
}

}  // namespace
}  // namespace rasd::events
