// Word sense of the cooperation-family rows (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID,
// RETREAT; issue 15): each row added or narrowed for a sense, with a sentence written for this
// test that tells its event and one where the same words name something else (an agreement
// already told, a company's market, a fugitive's escape). The tables alone, before the trained
// filter.
#include <gtest/gtest.h>

#include <string>

#include "rasd/events/trigger_finder.h"
#include "trigger_rows.h"

namespace rasd::events {
namespace {

using test_support::triggers_of;
inline std::string listing(const Document& d) { return test_support::trigger_listing(d); }

using Row = test_support::SenseRow;

const Row kRows[] = {
    // An agreement pointed back to by a demonstrative was told before: no new agreeing.
    {"هذا الاتفاق", "AGREE", "أبرمت الحكومة والنقابة اتفاقا ينهي الإضراب.", "يرى المحللون أن هذا الاتفاق لن يصمد طويلا."},
    {"هذه الاتفاقية", "AGREE", "وقعت الدولتان اتفاقية لترسيم الحدود.", "تمنح هذه الاتفاقية الصيادين حق العبور."},
    // A concession named as the price of an exchange is a term, not a lifting done.
    {"مقابل رفع العقوبات", "CONCEDE", "أعلنت واشنطن رفع العقوبات عن المصرف المركزي.", "عرض الوفد تجميد التخصيب مقابل رفع العقوبات."},
    {"مقابل رفع الحصار", "CONCEDE", "قررت الحكومة رفع الحصار عن المدينة الساحلية.", "طلبت الفصائل الإفراج عن الأسرى مقابل رفع الحصار."},
    // A company apologising to its customers is business.
    {"اعتذر unless company", "CONCEDE", "اعتذر الوزير لعائلات الضحايا عن تأخر التحقيق.", "اعتذرت شركة الطيران عن تأخر الرحلات أمس."},
    {"اعتذار unless company", "CONCEDE", "قدمت الحكومة اعتذارا رسميا للسكان.", "قدمت الشركة اعتذارا رسميا لعملائها عن انقطاع الخدمة."},
    // A ceasefire that talks are about, or that is breached or monitored, is no halt done now.
    {"وقف إطلاق النار (content)", "RETREAT", "أعلن الجيش وقف إطلاق النار في المدينة.", "اتهمت الحكومة المتمردين بخرق وقف إطلاق النار."},
    {"قرار بوقف إطلاق النار", "RETREAT", "بدأ وقف إطلاق النار في الإقليم فجر اليوم.", "تبنى المجلس قرارا بوقف إطلاق النار في الإقليم."},
    // Calming a situation or tension is an aim; a truce between sides is a ceasefire.
    {"تهدئة الوضع", "RETREAT", "توصلت الفصائل إلى تهدئة مع الجيش فجر اليوم.", "تحاول الحكومة تهدئة التوتر مع جارتها."},
    // An air or sea bridge carries aid or arms; one that flies pilgrims is transport.
    {"جسر جوي unless pilgrims", "AID", "سيرت الدولة جسرا جويا إلى المدينة المنكوبة.", "تنقل الطائرات عبر الجسر الجوي آلاف الحجاج إلى مكة."},
    // Backing with arms or air power is aid; a firm's logistics staff is none.
    {"دعم عسكري", "AID", "تواصل الدولة الدعم العسكري للفصائل المسلحة.", "يعمل الموظفون في الدعم اللوجستي للشركة منذ سنوات."},
    {"دعما جويا", "AID", "وفرت الطائرات دعما جويا للقوات البرية.", "أعلن الوزير دعما كاملا للخطة الجديدة."},
    // Saving a deal or a patient's life is no aid between parties; a rescue ship or crew is a thing.
    {"إنقاذ الاتفاق", "AID", "تمكنت قوات خفر السواحل من إنقاذ الرهائن المحتجزين على السفينة.", "تسعى الدول الأوروبية إلى إنقاذ الاتفاق النووي."},
    {"إنقاذ حياته", "AID", "أنقذت الفرق الطبية للهلال الأحمر الجرحى بعد إنقاذ الأسرى.", "حاول الأطباء إنقاذ حياته لساعات."},
    {"سفينة الإنقاذ", "AID", "نفذت البحرية عملية إنقاذ للرهائن في الميناء.", "رست سفينة الإنقاذ في الميناء أمس."},
    // Greetings for a feast, a wedding or a match are courtesy; congratulating a winner of an election backs him.
    {"تهنئة unless occasion", "SUPPORT", "بعث الملك برقية تهنئة للرئيس المنتخب.", "تبادل الجيران التهاني بمناسبة عيد الأضحى."},
    {"تهنئة unless match", "SUPPORT", "وجه الوزير التهنئة إلى رئيس الحكومة الجديدة.", "وجه المدرب التهنئة للاعبين بعد المباراة."},
    {"قدم اعتذارا unless company", "CONCEDE", "يقدم قائد الشرطة اعتذارا لأهالي الحي.", "يقدم المتجر اعتذارا لزبائنه عن التأخير."},
    // Companies leaving a country are business; a fugitive's or a crowd's escape is no retreat of a side.
    {"انسحب unless companies", "RETREAT", "انسحبت القوات من التلال المطلة على البلدة.", "انسحبت شركات النفط الكبرى من البلاد العام الماضي."},
    {"انسحاب unless companies", "RETREAT", "بدأ انسحاب الوحدات من المعبر.", "أثار انسحاب الشركات الأجنبية من المشروع قلق المستثمرين."},
    {"فرار unless escape", "RETREAT", "تقدم الجيش وسط فرار عناصر الجماعة من مواقعهم.", "تمكن السائق من الفرار بعد الحادث."},
    // Giving up a charge is a resignation.
    {"تخلى عن مهمة", "RETREAT", "تخلى المكلف عن مهمة تشكيل الحكومة بعد أسبوعين.", "تخلى المزارعون عن زراعة القمح هذا العام."},
    // Resuming or establishing relations is diplomatic cooperation; the verb or the noun alone is not.
    {"استأنف العلاقات", "COOPERATE", "استأنفت الدولتان في مطلع الشهر الجاري علاقاتهما الدبلوماسية.", "استأنف الطلاب دراستهم بعد العطلة."},
    {"استئناف العلاقات", "COOPERATE", "أعلنت الحكومتان استئناف العلاقات بين البلدين.", "رفضت محكمة الاستئناف طلب الدفاع."},
    {"إقامة علاقات دبلوماسية", "COOPERATE", "قررت الجزيرة إقامة علاقات دبلوماسية مع بكين.", "نفى الممثل إقامة علاقات مع المنتجة."},
    // «وذلك» opening a clause is no demonstrative: the agreeing it introduces stands.
    {"وذلك للاتفاق", "AGREE", "التقى الوفدان أمس وذلك للاتفاق على موعد الانتخابات.", "لم تطبق تلك الاتفاقات حتى الآن."},
    // Relief given or arrived is AID; relief as a body, a sector or a cargo blocked is not.
    {"إغاثة given", "AID", "أرسلت الحكومة مواد إغاثة إلى القرى المنكوبة.", "قال موظفو الإغاثة إن الطرق مقطوعة."},
    {"إغاثة arriving", "AID", "قالت البلدية إن الإغاثة دخلت عبر المعبر الشمالي.", "اجتمع ممثلو وكالات الإغاثة في المدينة."},
    {"معونة given", "AID", "وزعت الجمعية معونات غذائية على الأسر.", "ناقش البرلمان ملف المعونات الخارجية."},
    {"مساعدات unless blocked", "AID", "وصلت مساعدات طبية إلى المستشفى الميداني.", "اتهمت المنظمة المسلحين بمنع وصول المساعدات إلى البلدة."},
    {"مساعدة unless ensured", "AID", "قدمت البلدية مساعدة عاجلة للمتضررين.", "طالب البيان بضمان وصول المساعدة إلى المحتاجين."},
    // Receiving greetings, goods or a decision is no meeting; a match played is no meeting either.
    {"استقبل unless greetings", "CONSULT", "استقبل الرئيس وزير الخارجية الزائر في القصر.", "استقبل المدير التهاني من موظفي الشركة بمناسبة العيد."},
    {"يستقبل unless goods", "CONSULT", "يستقبل الملك رئيس الوزراء الأسبوع المقبل.", "يستقبل الميناء معظم واردات البلاد من الحبوب."},
    {"استقبل unless a decision", "CONSULT", "استقبل الأمير السفير الجديد.", "استقبل الأهالي القرار بارتياح كبير."},
    {"لقاء unless played", "CONSULT", "عقد الزعيمان لقاء مطولا في العاصمة.", "يسافر الفريق غدا لخوض لقاء ودي في الخارج."},
    // Leaving a deal or a summit is a rejection even with a long doer and a time phrase between.
    {"انسحب من القمة (far)", "REJECT", "انسحب رئيس الوفد الحكومي، مساء أمس، من المؤتمر.", "انسحبت القوات من التلال المطلة على البلدة."},
    {"انسحب unless a time clause", "RETREAT", "انسحبت الكتائب قبل أن يعلن الوسطاء الاتفاق.", "انسحب الوفد المعارض من المفاوضات."},
    {"انسحاب من الاتفاق (far)", "REJECT", "أثار انسحاب رئيس الوزراء الأسبق من الاتفاق جدلا.", "بدأ انسحاب الوحدات من المعبر."},
    // Abiding by an agreement's terms names it as a thing, the preposition glued or not.
    {"ببنود الاتفاقية", "AGREE", "وقعت الحكومة والنقابة اتفاقية جديدة للأجور.", "انتقدت المعارضة إخلال الحكومة ببنود الاتفاقية."},
    // Leaving a job is no stepping down from office.
    {"استقال unless a job", "RETREAT", "استقال وزير المالية احتجاجا على الموازنة.", "استقال الموظف من وظيفته في المصنع بعد خلاف مع مديره."},
    // Hosting told as the time of a saying is a meeting; a reception of refugees or a party is not.
    {"لدى استقباله", "CONSULT", "قال الأمير لدى استقباله وزير الدفاع الزائر إن العلاقات متينة.", "أقامت السفارة حفل استقبال بمناسبة العيد الوطني."},
    {"خلال استقبال unless refugees", "CONSULT", "جرى خلال استقبال الوفد بحث التعاون الزراعي.", "تحدث المحافظ خلال استقباله دفعة جديدة من اللاجئين."},
    // A tour of capitals is a run of visits; a round of a contest is not.
    {"جولة دبلوماسية", "CONSULT", "بدأ رئيس الوزراء جولة خليجية تشمل ثلاث عواصم.", "فاز الفريق في الجولة الأخيرة من الدوري."},
    {"جولة unless called off", "CONSULT", "اختتم الوزير جولة أوروبية شملت أربع دول.", "ألغى الرئيس جولة خارجية بسبب الفيضانات."},
    // Calls recorded, put through to an emergency line or made over the internet are telecoms, not talks.
    {"مكالمة unless telecoms", "CONSULT", "أجرى الرئيس مكالمة هاتفية مع نظيره الفرنسي.", "نشرت الشرطة تسجيل المكالمة التي تلقاها مركز الطوارئ."},
    {"مكالمات unless internet", "CONSULT", "أجرى الملك مكالمات مع قادة الدول المجاورة.", "يستخدم السكان الإنترنت لإجراء مكالمات مع أقاربهم في الخارج."},
    // Evidence that bears out a claim backs no party.
    {"تدعم unless evidence", "SUPPORT", "تدعم الحكومة المرشح المستقل في الانتخابات.", "لم يقدم المحامي أدلة تدعم روايته أمام القاضي."},
    {"يؤيد unless evidence", "SUPPORT", "يؤيد الحزب الحاكم مشروع القانون الجديد.", "قال الخبراء إنه لا يوجد دليل يؤيد هذه الفرضية."},
    // Visiting a place (a hospital, a museum, a site) is inspection or tourism, not a meeting of parties.
    {"زيارة unless a place", "CONSULT", "بدأ رئيس الوزراء زيارة رسمية إلى القاهرة.", "منعت الشرطة الوزير من زيارة مدرسة في البلدة القديمة."},
    {"زار unless a place", "CONSULT", "زار وزير الخارجية العاصمة الأردنية أمس.", "زار المحافظ المستشفى المركزي لتفقد الجرحى."},
    {"يزور unless a place", "CONSULT", "يزور الرئيس الصيني موسكو الأسبوع المقبل.", "يزور آلاف السياح المتحف الوطني كل صيف."},
    // «المؤتمر الشعبي» and «المؤتمر الوطني» are names of parties and assemblies, not a conference held.
    {"مؤتمر unless a party's name", "CONSULT", "افتتح وزراء الخارجية مؤتمر المانحين في العاصمة.", "انتقد قياديون في حزب المؤتمر الشعبي قرار الحكومة."},
    {"المؤتمر الوطني (a party)", "CONSULT", "شارك الوفد في المؤتمر الدولي للسلام.", "فاز حزب المؤتمر الوطني بأغلبية المقاعد."},
    // A welcome party or speech is courtesy to guests, not backing.
    {"ترحيب unless a welcome party", "SUPPORT", "لقي قرار الهدنة ترحيبا من الأمم المتحدة.", "أقامت الجامعة حفل ترحيب بالطلاب الجدد."},
    // The present of signing with its deal word; «توقع» alone is also «expected».
    {"يوقع اتفاقا", "AGREE", "ستوقع الحكومتان اتفاقية للتعاون الأسبوع المقبل.", "توقع المحللون نتائج ضعيفة للشركات هذا العام."},
};

TEST(CooperationSenses, EachRowFiresInItsEventSenseOnly) { test_support::expect_event_sense_only(kRows); }

// The apology given is told by its giving verb, so the verb's tense is the event's: «سيقدم» names a
// promise even when a counted subject («نحو عشرين جنديا») parts it from «اعتذارا».
TEST(CooperationSenses, ApologyGivenIsTriggeredOnTheGivingVerb) {
  const std::string text = "وسيقدم نحو عشرين جنديا اعتذارا لأهالي القرية.";
  Document d = triggers_of(text);
  bool on_verb = false;
  for (const auto& t : d.triggers)
    if (t.type == "CONCEDE" && std::string(t.span.of(d.text)).find("يقدم") != std::string::npos) on_verb = true;
  EXPECT_TRUE(on_verb) << listing(d);
}

// A signing in the present is told by its verb, so a negation before the verb is the event's:
// «لم توقع على المعاهدة» signed nothing.
TEST(CooperationSenses, PresentSigningIsTriggeredOnTheVerb) {
  const std::string text = "وقالت الوزيرة إن بلادها لم توقع على المعاهدة.";
  Document d = triggers_of(text);
  bool on_verb = false;
  for (const auto& t : d.triggers)
    if (t.type == "AGREE" && std::string(t.span.of(d.text)).find("توقع") != std::string::npos) on_verb = true;
  EXPECT_TRUE(on_verb) << listing(d);
}

}  // namespace
}  // namespace rasd::events
