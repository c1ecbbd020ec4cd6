// Word sense in the trigger tables (data/triggers/*.tsv): each sense row, tested with a pair of
// sentences written for this test, fires in its event sense and is silent in the other; and a
// table of sentences from sport, economy, health, culture and opinion writing, in which the
// whole engine (tables and the shipped event filter) must find no event.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rasd/events/trigger_finder.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document triggers_of(const std::string& text) {
  Document d = test_support::run_pipeline(text, "2023-06-10");
  find_triggers(d);  // the tables alone, before the trained filter
  return d;
}

std::string listing(const Document& d) {
  std::string s;
  for (const auto& t : d.triggers) s += " [" + std::string(t.span.of(d.text)) + " " + t.type + "]";
  for (const auto& e : d.events) s += " {" + e.type + " " + e.modality + "}";
  return s.empty() ? " (none)" : s;
}

bool has_type(const Document& d, const std::string& type) {
  for (const auto& t : d.triggers)
    if (t.type == type) return true;
  return false;
}

struct SensePair {
  const char* row;    // the table row it exercises
  const char* type;
  const char* event;  // the event sense: a trigger of `type`
  const char* other;  // the other sense: none
};

const std::vector<SensePair> kPairs = {
    {"أصيب بفيروس (diseases)", "ASSAULT", "أصيب ثلاثة مدنيين بجروح في القصف.", "أصيب الوزير بالسرطان العام الماضي."},
    {"إصابة بكورونا (diseases)", "ASSAULT", "أدى الانفجار إلى إصابة عشرة أشخاص.", "يرفع التدخين خطر الإصابة بالسكري."},
    {"إصابة رياضية", "ASSAULT", "أسفر الهجوم عن إصابة جنديين.", "غاب المهاجم بسبب إصابة في الرباط الصليبي."},
    {"إصابة لاعب", "ASSAULT", "أعلن الجيش إصابة جندي برصاص قناص.", "أكد المدرب إصابة اللاعب في الكاحل."},
    {"أصيب اللاعب", "ASSAULT", "أصيب شرطي في إطلاق نار قرب الحاجز.", "أصيب اللاعب في الكاحل أمس."},
    {"أصيب في المباراة", "ASSAULT", "أصيب مدنيون في غارة على السوق.", "أصيب المدافع خلال المباراة الودية."},
    {"استهدف زيادة", "ASSAULT", "استهدفت طائرة مسيرة سيارة قرب الحدود.", "استهدفت الحكومة زيادة الصادرات الزراعية."},
    {"يستهدف زيادة", "ASSAULT", "يستهدف القناصة المارة في الشارع الرئيسي.", "يستهدف البرنامج الشباب العاطلين عن العمل."},
    {"استهداف زيادة", "ASSAULT", "أدان الوزير استهداف المستشفى بالصواريخ.", "تحدث المدير عن استهداف أسواق جديدة في آسيا."},
    {"تحرير الأسعار", "ASSAULT", "أعلن الجيش تحرير ثلاث قرى من المسلحين.", "أعلن البنك المركزي تحرير سعر الصرف."},
    {"حرر مخالفات", "ASSAULT", "حررت القوات الحكومية البلدة بعد معارك.", "حررت البلدية مخالفات لعدد من المحلات."},
    {"سيطرة على الحريق", "ASSAULT", "أعلن المسلحون السيطرة على مطار المدينة.", "تمكن رجال الإطفاء من السيطرة على الحريق."},
    {"سيطر على الحريق", "ASSAULT", "سيطر المسلحون على حقل النفط.", "قال المدرب إن فريقه سيطر على مجريات اللعب."},
    {"بدعم", "SUPPORT", "أعلن الحزب دعم المرشح المستقل.", "افتتح المستشفى بدعم من الجمعية الخيرية."},
    {"بمساعدة", "AID", "وصلت مساعدات غذائية إلى المخيم.", "أنجز الطلاب المشروع بمساعدة معلميهم."},
    {"بالتعاون مع", "COOPERATE", "بحث الوزيران التعاون الأمني بين البلدين.", "نظمت الجامعة الندوة بالتعاون مع وزارة الثقافة."},
    {"بالتنسيق مع", "COOPERATE", "اتفق الجانبان على التنسيق الأمني.", "أقيم الحفل بالتنسيق مع البلدية."},
    {"بالشراكة مع", "COOPERATE", "أعلن البلدان شراكة استراتيجية جديدة.", "أطلقت الجمعية الحملة بالشراكة مع البلدية."},
    {"منظمة العفو", "CONCEDE", "أصدر الرئيس عفوا عن مئات السجناء.", "انتقدت منظمة العفو الدولية القانون الجديد."},
    {"منظمات الإغاثة", "AID", "وصلت قافلة إغاثة إلى المدينة المحاصرة.", "حذرت منظمات الإغاثة من نقص الغذاء."},
    {"منظمة إغاثة", "AID", "قدمت الحكومة مساعدات للنازحين.", "قالت منظمة إغاثة دولية إن الوضع صعب."},
    {"وكالة الإغاثة", "AID", "وزع المتطوعون مساعدات على الأسر.", "قال متحدث باسم وكالة الإغاثة إن المخازن فارغة."},
    {"فرق الإنقاذ", "AID", "نفذ الدفاع المدني عملية إنقاذ للعالقين.", "وصلت فرق الإنقاذ إلى موقع الحادث."},
    {"عمال الإغاثة", "AID", "أرسلت الدولة مساعدات طبية إلى الجرحى.", "احتج عمال الإغاثة على تأخر رواتبهم."},
    {"برنامج المساعدة", "AID", "تسلمت العائلات مساعدات نقدية.", "أعلنت الوزارة تمديد برنامج الدعم النقدي."},
    {"دعم الأسعار", "SUPPORT", "أعلن الاتحاد دعمه لخطة السلام.", "قررت الحكومة رفع دعم الوقود تدريجيا."},
    {"مساعدة العملاء", "AID", "قدمت المنظمة مساعدة طبية للاجئين.", "يهدف التطبيق إلى مساعدة العملاء على متابعة حساباتهم."},
    {"طالب جامعي", "REQUEST", "طالب المحتجون بالإفراج عن المعتقلين.", "فاز طالبا الجامعة بالجائزة الأولى."},
    {"تحقيق الأهداف", "ACCUSE", "فتحت النيابة تحقيقا في الحادث.", "تسعى الشركة إلى تحقيق أرباح أعلى هذا العام."},
};

TEST(TriggerSenses, EachSenseRowFiresInItsEventSenseOnly) {
  for (const auto& p : kPairs) {
    Document e = triggers_of(p.event);
    EXPECT_TRUE(has_type(e, p.type)) << p.row << ": «" << p.event << "»" << listing(e);
    Document o = triggers_of(p.other);
    EXPECT_FALSE(has_type(o, p.type)) << p.row << ": «" << p.other << "»" << listing(o);
  }
}

// Sentences of the kinds an outlet publishes beside its conflict news, written for this test:
// the engine (the tables and the shipped filter) must report no event in any of them.
struct Quiet {
  const char* section;
  const char* text;
};

const std::vector<Quiet> kQuiet = {
    {"sport", "فاز المنتخب على منافسه بثلاثة أهداف مقابل هدف في الدوري."},
    {"sport", "سيطر الفريق الضيف على مجريات اللعب طوال الشوط الأول."},
    {"sport", "استعاد النادي صدارة الدوري بعد فوزه أمس."},
    {"sport", "غاب قائد المنتخب عن التدريبات بسبب إصابة عضلية."},
    {"sport", "أصيب اللاعب في الكاحل وسيغيب أسبوعين."},
    {"economy", "ارتفعت أسهم الشركات في البورصة بعد إعلان الأرباح."},
    {"economy", "قررت الحكومة تحرير أسعار الوقود ابتداء من الشهر المقبل."},
    {"economy", "تستهدف الخطة زيادة الصادرات غير النفطية إلى الضعف."},
    {"economy", "تراجع مؤشر السوق بعد موجة بيع واسعة."},
    {"economy", "تسعى الشركة إلى تحقيق أرباح أعلى في الربع المقبل."},
    {"economy", "أطلق البنك خدمة جديدة لعملائه عبر الهاتف."},
    {"economy", "يقدم المصرف قروضا ميسرة للشباب بدعم من صندوق التنمية."},
    {"health", "أصيب الفنان بفيروس كورونا ونقل إلى المستشفى."},
    {"health", "يعاني المرضى من نقص في الأدوية في المستشفيات الحكومية."},
    {"health", "تشير الدراسة إلى أن التدخين يزيد خطر الإصابة بالسرطان."},
    {"health", "يستهدف اللقاح الجديد الأطفال دون سن الخامسة."},
    {"culture", "يعرض الفيلم قصة عائلة تعيش في قرية نائية."},
    {"culture", "افتتح المهرجان دورته الجديدة بحضور عدد من الفنانين."},
    {"culture", "فاز الفنان بجائزة أفضل ممثل عن دوره في المسلسل."},
    {"culture", "حصل طالبا الجامعة على المركز الأول في مسابقة الشعر."},
    {"culture", "أقيم المعرض بمساعدة عدد من المتطوعين."},
    {"opinion", "تحقيق التنمية يتطلب إرادة سياسية واضحة."},
    {"opinion", "أصدرت منظمة العفو الدولية تقريرها السنوي عن حرية الصحافة."},
    {"opinion", "تعمل منظمات الإغاثة في المنطقة منذ سنوات."},
    {"opinion", "نظمت الجامعة ندوة عن الشعر بالتعاون مع اتحاد الكتاب."},
};

TEST(TriggerSenses, NoEventInSportEconomyHealthCultureOpinion) {
  for (const auto& q : kQuiet) {
    Document d = test_support::run_pipeline(q.text, "2023-06-10");
    EXPECT_TRUE(d.events.empty()) << q.section << ": «" << q.text << "»" << listing(d);
  }
}

}  // namespace
}  // namespace rasd::events
