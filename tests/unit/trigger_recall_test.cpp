// Recall of the conflict types on unseen news (issue 15, part 4): constructions that tell an
// arrest, a protest, a threat, a deployment or a charge without the tables' older trigger words.
// Each row is tested with a sentence written for this test that tells the event and one that
// uses the same word (or a look-alike) for something else, where the row must stay silent.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rasd/events/trigger_finder.h"
#include "trigger_rows.h"

namespace rasd::events {
namespace {

using test_support::has_trigger_type;
using test_support::trigger_listing;
using test_support::triggers_of;

struct Row {
  const char* row;    // the table row it exercises
  const char* type;
  const char* mode;   // "" = any
  const char* event;  // tells the event: a trigger of `type` (and `mode`)
  const char* other;  // the other sense: no trigger of `type`
};

const std::vector<Row> kRows = {
    // COERCE: arrests and detentions told by other verbs and nouns
    {"قبض على (noun)", "COERCE", "arrest", "تمكنت الشرطة من القبض على اللصوص.", "تأخر قبض الموظفين رواتبهم هذا الشهر."},
    {"اقتاد", "COERCE", "arrest", "اقتاد الجنود الشاب إلى جهة مجهولة.", "اقتدى الطلاب بمعلمهم في الاجتهاد."},
    {"اقتيد", "COERCE", "arrest", "اقتيد الموقوفون إلى مركز الشرطة.", "اقتدت الفتاة بأمها في الطبخ."},
    {"ضبط المطلوبين", "COERCE", "arrest", "ضبطت الدورية ثلاثة مطلوبين قرب السوق.", "دعا الوسيط الطرفين إلى ضبط النفس."},
    {"ضبط المطلوبين (noun)", "COERCE", "arrest", "أسفرت الحملة عن ضبط عصابة للتهريب.", "تعمل الوزارة على ضبط الأسعار في الأسواق."},
    {"ضبط كميات (noun)", "COERCE", "seize", "أعلنت الجمارك ضبط شحنة أسلحة في الميناء.", "ناقش المجلس ضبط الإنفاق العام."},
    {"منع + زيارة", "COERCE", "restrict", "منعت الشرطة النائب من زيارة السجن.", "منعت الأمطار المزارعين من جني المحصول."},
    {"أغلق محيط", "COERCE", "restrict", "أغلقت قوات الأمن محيط الوزارة صباحا.", "أغلق المتجر أبوابه مبكرا."},
    {"إغلاق محيط", "COERCE", "restrict", "بدأ إغلاق مداخل المدينة أمام السيارات.", "أعلنت الشركة إغلاق فرعها القديم."},
    {"أوقف المتهمين", "COERCE", "arrest", "أوقفت الشرطة ثلاثة أشخاص بعد الشجار.", "أوقف الحكم المباراة بسبب الأمطار."},
    {"دهم", "COERCE", "seize", "دهمت قوة أمنية منزل المطلوب فجرا.", "دعمت الجمعية الأسر الفقيرة."},
    {"دهم (noun)", "COERCE", "seize", "نفذت الشرطة حملة دهم في الحي.", "نفذت البلدية حملة نظافة في الحي."},
    {"حبس", "COERCE", "arrest", "حبست النيابة المتهمين أربعة أيام.", "حبس الجمهور أنفاسه في الدقيقة الأخيرة."},
    {"حبس (noun)", "COERCE", "arrest", "قررت النيابة حبس المتهم احتياطيا.", "تابع المشاهدون النهاية وسط حبس الأنفاس."},
    {"أودع السجن", "COERCE", "arrest", "أودعت السلطات الناشط السجن المركزي.", "أودع التاجر المبلغ في البنك."},
    {"إيداع السجن", "COERCE", "arrest", "أمر القاضي بإيداع المتهم السجن.", "ارتفع إيداع الأموال في المصارف."},
    {"رحل المهاجرين", "COERCE", "deport", "رحلت السلطات مئات المهاجرين إلى بلدانهم.", "رحل الفنان الكبير عن عمر ناهز الثمانين."},
    {"زج في السجن", "COERCE", "arrest", "زجت السلطات بالمعارضين في السجون.", "زجت الشركة بمنتجاتها في الأسواق."},
    {"سحب الجنسية", "COERCE", "restrict", "سحبت السلطات جنسية عشرات المعارضين.", "سحبت الشركة منتجاتها من الأسواق."},
    {"سحب الجنسية (noun)", "COERCE", "restrict", "صدر قرار سحب الجنسية من الداعية.", "صدر قرار سحب الترخيص من المصنع."},
    {"إسقاط الجنسية", "COERCE", "restrict", "أعلنت الحكومة إسقاط الجنسية عن المدانين.", "أعلن المنظمون إسقاط الرسوم عن الطلاب."},
    {"أغلق صحيفة", "COERCE", "censor", "أغلقت السلطات صحيفتين معارضتين.", "أغلق التاجر متجره مبكرا."},
    {"إغلاق صحيفة", "COERCE", "censor", "أثار قرار إغلاق قناة معارضة انتقادات.", "أثار قرار إغلاق المصنع قلق العمال."},
    {"إيقاف المتهمين", "COERCE", "arrest", "أعلنت الشرطة إيقاف ثلاثة أشخاص.", "أعلن الاتحاد إيقاف المباراة بسبب المطر."},
    {"حملة أمنية", "COERCE", "seize", "شنت الشرطة حملة أمنية في الأحياء الجنوبية.", "أطلقت الوزارة حملة توعية في المدارس."},
    {"تهجير", "COERCE", "deport", "أدان البيان تهجير سكان القرى الحدودية.", "أدان البيان تهميش سكان القرى الحدودية."},
    {"هجر", "COERCE", "deport", "هجرت الميليشيا سكان القرية بالقوة.", "هجر الشاعر قريته في شبابه."},
    {"إبعاد", "COERCE", "deport", "قررت السلطات إبعاد صحفيين أجانب.", "نجح الحارس في إبعاد الكرة عن المرمى."},
    // SANCTION
    {"فرض رسوما جمركية", "SANCTION", "discontinue", "فرضت الحكومة رسوما جمركية على واردات الصلب.", "فرضت البلدية رسوما على المحلات التجارية."},
    {"قضى بالسجن (7 words)", "SANCTION", "convict", "قضت المحكمة العليا على الوزير السابق بالسجن خمس سنوات.", "قضى الكاتب سنوات في سجن المدينة."},
    {"أقال", "SANCTION", "", "أقال الرئيس قائد الشرطة بعد الهجوم.", "أقام الرئيس حفلا لقادة الشرطة."},
    {"أقيل", "SANCTION", "", "أقيل المدير بعد الفضيحة.", "أقيم المعرض بعد الافتتاح."},
    {"إقالة", "SANCTION", "", "أعلنت الرئاسة إقالة قائد الحرس.", "أعلنت الرئاسة إقامة حفل للحرس."},
    {"أعفى من منصبه", "SANCTION", "", "أعفى الملك الوزير من منصبه.", "أعفت الحكومة السلع الغذائية من الرسوم."},
    {"إعفاء من منصب", "SANCTION", "", "صدر قرار إعفاء مدير الشرطة من مهامه.", "صدر قرار إعفاء المصانع من الضرائب."},
    {"تعليق مهام", "SANCTION", "", "قررت الوزارة تعليق مهام ثلاثة ضباط.", "قررت الوزارة تعليق الدراسة بسبب الأمطار."},
    {"جمد + العلاقات", "SANCTION", "discontinue", "جمدت الحكومة علاقاتها مع جارتها.", "جمدت الحكومة أسعار الخبز."},
    {"تجميد + العلاقات", "SANCTION", "discontinue", "أعلن البرلمان تجميد العلاقات مع البلدين.", "أعلن البرلمان تجميد الرواتب حتى نهاية العام."},
    {"خفض التمثيل", "SANCTION", "discontinue", "خفضت الدولة تمثيلها الدبلوماسي في العاصمة.", "خفض البنك المركزي سعر الفائدة."},
    {"خفض التمثيل (noun)", "SANCTION", "discontinue", "أعلنت الخارجية خفض التمثيل الدبلوماسي.", "أعلنت الوزارة خفض الضرائب على الوقود."},
    // MOBILIZE
    {"انتشر + دوريات", "MOBILIZE", "troops", "انتشرت دوريات الشرطة في شوارع العاصمة.", "انتشرت الشائعات في المدينة بسرعة."},
    {"انتشار + دوريات", "MOBILIZE", "troops", "لاحظ السكان انتشار دوريات في الأحياء.", "حذر الأطباء من انتشار العدوى بين الأطفال."},
    {"نشر + دوريات", "MOBILIZE", "troops", "نشر الجيش دوريات في الأحياء الشرقية.", "نشرت الصحيفة تقريرا عن الأحياء الشرقية."},
    {"استدعاء الاحتياط (6 words)", "MOBILIZE", "troops", "أعلن الجيش استدعاء آلاف من جنود الاحتياط.", "أعلن المدرب استدعاء لاعبين جدد للمنتخب."},
    {"استدعى الاحتياط (6 words)", "MOBILIZE", "troops", "استدعى الجيش آلافا من جنود الاحتياط.", "استدعى المدير الموظفين إلى الاجتماع."},
    {"تدريبات عسكرية", "MOBILIZE", "weapons", "أجرى الجيش تدريبات عسكرية قرب الحدود.", "أجرى المنتخب تدريبات صباحية قبل المباراة."},
    {"رتل", "MOBILIZE", "troops", "وصل رتل عسكري إلى البلدة ليلا.", "رتل الإمام آيات من سورة البقرة."},
    {"أرتال", "MOBILIZE", "troops", "دفعت القوات بأرتال من الدبابات نحو الجبهة.", "دفعت الشركة رواتب العمال نحو نهاية الشهر."},
    {"الجاهزية القتالية", "MOBILIZE", "troops", "رفع الجيش الجاهزية القتالية لوحداته.", "رفعت الشركة جاهزية الموانئ للموسم."},
    {"عزز قواته", "MOBILIZE", "troops", "عزز الجيش قواته على الحدود الشمالية.", "عزز الفريق صدارته بفوز جديد."},
    // PROTEST
    {"سد الطرق", "PROTEST", "obstruct", "سد المحتجون الطريق بالحجارة.", "تسعى الوزارة إلى سد النقص في الأدوية."},
    {"أحرق الإطارات", "PROTEST", "obstruct", "أحرق الشبان الإطارات في الشارع الرئيسي.", "أحرق المزارع الأعشاب اليابسة."},
    {"إحراق الإطارات", "PROTEST", "obstruct", "شهدت المدينة إحراق الإطارات وسط الساحة.", "شهد المصنع إحراق النفايات وفق المعايير."},
    {"حشود غاضبة", "PROTEST", "demo", "خرجت حشود من أنصار الحزب في العاصمة.", "استقبلت المدينة حشود من السياح في الصيف."},
    {"وقفة تضامنية", "PROTEST", "demo", "نظم الصحفيون وقفة تضامنية مع زميلهم.", "قضت العائلة وقفة العيد في القرية."},
    {"رفع لافتات", "PROTEST", "demo", "رفع المحتجون لافتات تندد بالقرار.", "رفع البنك سعر الفائدة."},
    {"احتجاجي", "PROTEST", "demo", "نفذ العمال تحركا احتجاجيا أمام المصنع.", "نفذ العمال تحركا سريعا لإنقاذ المصنع."},
    {"احتجاجية", "PROTEST", "demo", "أعلنت النقابة خطوات احتجاجية جديدة.", "أعلنت النقابة خطوات تنظيمية جديدة."},
    // ASSAULT
    {"أطلق النار + طلقات", "ASSAULT", "firearms", "أطلق الحارس عدة طلقات على السيارة.", "أطلقت الشركة عدة منتجات جديدة."},
    {"إطلاق النار + طلقات", "ASSAULT", "firearms", "سمع السكان إطلاق عدد من الطلقات ليلا.", "شهد المعرض إطلاق عدد من الكتب."},
    {"استخدم الغاز", "ASSAULT", "crowd-control", "استخدمت الشرطة الغاز المسيل للدموع ضد الطلاب.", "استخدمت الأسرة الغاز الطبيعي للتدفئة."},
    {"استخدم الرصاص", "ASSAULT", "firearms", "استخدمت القوات الرصاص الحي ضد المحتجين.", "استخدمت القوات طائرات النقل لنقل المعدات."},
    {"تقدم (forces)", "ASSAULT", "", "تقدمت القوات الحكومية نحو البلدة الجبلية.", "تقدمت الحكومة بطلب إلى البرلمان."},
    {"يتقدم (forces)", "ASSAULT", "", "تتقدم القوات باتجاه المطار منذ الصباح.", "يتقدم الفريق في جدول الترتيب."},
    {"إخفاء قسري", "ASSAULT", "abduct", "تعرض الناشط للإخفاء القسري منذ أسبوع.", "تعمد الكاتب إخفاء اسمه الحقيقي."},
    {"تعنيف", "ASSAULT", "beat", "تعرض المعتقلون للتعنيف داخل السجن.", "وجه المدير تعنيفا لفظيا للموظف."},
    {"وقع في الأسر", "ASSAULT", "abduct", "وقع جنديان في الأسر خلال المعركة.", "وقع الوزير في خطأ أثناء الخطاب."},
    // THREATEN
    {"مهددا (hal)", "THREATEN", "", "تحدث الرئيس مهددا بفرض عقوبات على الشركات.", "بات المبنى القديم مهددا بالانهيار."},
    {"مهددة (hal)", "THREATEN", "", "ردت الوزارة مهددة باتخاذ إجراءات ضد الصحيفة.", "أصبحت الغابة مهددة بالحرائق."},
    {"مهددين (hal)", "THREATEN", "", "تجمع المسلحون مهددين بالانتقام لقائدهم.", "بات السكان مهددين بالعطش."},
    {"أمهل", "THREATEN", "", "أمهل الجيش المسلحين يومين لتسليم أسلحتهم.", "تمهل السائق عند المنعطف الخطر."},
    {"يمهل", "THREATEN", "", "يمهل القائد الفصائل ساعات للانسحاب.", "يتمهل الطالب في كتابة الإجابة."},
    {"تعهد بالرد", "THREATEN", "violence", "تعهد الجيش بالرد على الهجوم.", "تعهد الوزير بتحسين الخدمات."},
    {"وعيد unless a feast", "THREATEN", "", "أطلق التنظيم تهديدا ووعيدا للحكومة.", "احتفل الأطفال برمضان وعيد الفطر."},
    // ACCUSE
    {"أعرب عن احتجاجه", "ACCUSE", "disapprove", "أعربت الخارجية عن احتجاجها على الزيارة.", "أعربت الخارجية عن ارتياحها للزيارة."},
    {"عبر عن غضبه", "ACCUSE", "disapprove", "عبر النواب عن غضبهم من قرار الحكومة.", "عبر اللاجئون النهر قبل الفجر."},
    {"أبدى استياءه", "ACCUSE", "disapprove", "أبدت الجمعية استياءها من معاملة السجناء.", "أبدى اللاعب استعداده للمشاركة."},
    {"منددا (hal)", "ACCUSE", "disapprove", "تجمع الأهالي منددا بالاعتداء على المسجد.", "تجمع الأهالي مرددا الأناشيد في الساحة."},
    {"منددة (hal)", "ACCUSE", "disapprove", "خرجت النقابة منددة بالقرار.", "خرجت النقابة موحدة بعد الانتخابات."},
    {"منددين (hal)", "ACCUSE", "disapprove", "سار المشيعون منددين بالعنف.", "سار المشيعون صامتين خلف النعش."},
    {"مستنكرا (hal)", "ACCUSE", "disapprove", "قال الوزير مستنكرا صمت المجتمع الدولي إن الوضع خطير.", "قال الوزير مبتسما إن الوضع جيد."},
    {"مستنكرين (hal)", "ACCUSE", "disapprove", "وقف الطلاب مستنكرين قرار الإدارة.", "وقف الطلاب منتظرين قرار الإدارة."},
    {"شكل تهديدا", "ACCUSE", "disapprove", "قال الوزير إن تصريحات السفير شكلت تهديدا للسلم.", "شكلت السيول خطرا على القرى."},
    {"يشكل تهديدا", "ACCUSE", "disapprove", "قال البيان إن هجمات الميليشيا تشكل تصعيدا خطيرا.", "يشكل التدخين خطرا على الصحة."},
    {"استهجن", "ACCUSE", "disapprove", "استهجنت النقابة اعتقال الصحفيين.", "استقبلت النقابة وفد الصحفيين."},
    {"استهجان", "ACCUSE", "disapprove", "أثار القرار استهجان المعارضة.", "أثار القرار اهتمام المعارضة."},
    {"أنحى باللائمة", "ACCUSE", "allege", "أنحت الحكومة باللائمة على المعارضة.", "أنهت الحكومة اجتماعها مع المعارضة."},
    {"لوم", "ACCUSE", "allege", "وجهت المعارضة اللوم إلى الحكومة.", "وجهت المعارضة الدعوة إلى الحكومة."},
    {"عاب على", "ACCUSE", "disapprove", "عاب النائب على الوزارة تأخرها في الرد.", "عاد النائب إلى الوزارة بعد الظهر."},
    {"وبخ", "ACCUSE", "disapprove", "وبخ الرئيس وزير الخارجية علنا.", "ودع الرئيس وزير الخارجية في المطار."},
    {"توبيخ", "ACCUSE", "disapprove", "تلقى السفير توبيخا من الخارجية.", "تلقى السفير دعوة من الخارجية."},
    {"احتج لدى", "ACCUSE", "disapprove", "احتجت الخارجية لدى السفارة على التصريحات.", "احتاجت الخارجية إلى موظفين جدد."},
    {"مذكرة احتجاج", "ACCUSE", "disapprove", "سلمت الوزارة السفير مذكرة احتجاج رسمية.", "سلمت الوزارة السفير مذكرة تفاهم للتوقيع."},
    {"سخر من", "ACCUSE", "disapprove", "سخر المتحدث من تصريحات الوزير الأخيرة.", "سخر الرجل إمكاناته من أجل خدمة بلده."},
    {"نعت", "ACCUSE", "disapprove", "نعت المتحدث المعارضين بالخونة.", "نعت الجامعة أستاذها الراحل."},
    {"تقصي الحقائق", "ACCUSE", "investigate", "شكل المجلس لجنة لتقصي الحقائق في الأحداث.", "تفضل الصحيفة تقصي آراء القراء."},
    {"اشتكى", "ACCUSE", "disapprove", "اشتكى السكان من ممارسات الشرطة.", "اشتكى المريض من آلام في الصدر."},
};

TEST(TriggerRecall, EachRowTellsItsEventAndNotTheOtherSense) {
  for (const auto& r : kRows) {
    Document e = triggers_of(r.event);
    EXPECT_TRUE(has_trigger_type(e, r.type, r.mode)) << r.row << ": «" << r.event << "»" << trigger_listing(e);
    Document o = triggers_of(r.other);
    EXPECT_FALSE(has_trigger_type(o, r.type)) << r.row << ": «" << r.other << "»" << trigger_listing(o);
  }
}

// A needs word taken by the trigger is its object: «أعرب عن احتجاجه» is a protest in words
// (ACCUSE), no demonstration; «يشكل تهديدا» charges a deed, no threat is made; «مهددا بطرد»
// is the threat, not also an expulsion.
TEST(TriggerRecall, TheObjectOfAVerbalRowIsNoEventOfItsOwn) {
  Document a = triggers_of("أعربت الخارجية عن احتجاجها على الزيارة.");
  EXPECT_FALSE(has_trigger_type(a, "PROTEST")) << trigger_listing(a);
  Document d = triggers_of("احتجت الخارجية لدى السفارة على التصريحات.");
  EXPECT_FALSE(has_trigger_type(d, "PROTEST")) << trigger_listing(d);
  Document b = triggers_of("قال البيان إن تصريحات الوزير تشكل تهديدا للسلم.");
  EXPECT_FALSE(has_trigger_type(b, "THREATEN")) << trigger_listing(b);
  Document c = triggers_of("تحدث الوزير مهددا بطرد العمال الأجانب.");
  EXPECT_FALSE(has_trigger_type(c, "COERCE")) << trigger_listing(c);
  EXPECT_TRUE(has_trigger_type(c, "THREATEN")) << trigger_listing(c);
  // A dismissal asked for is the demand's object, no dismissal done.
  Document r = triggers_of("طالب المحتجون بإقالة وزير الداخلية.");
  EXPECT_FALSE(has_trigger_type(r, "SANCTION")) << trigger_listing(r);
  EXPECT_TRUE(has_trigger_type(r, "REQUEST")) << trigger_listing(r);
}

// The circumstantial participle is a deed of its clause (the «واصفا» rows): with the whole
// engine it stays an event, where the plain participle («المنددين») names people only.
TEST(TriggerRecall, CircumstantialParticipleIsAnEvent) {
  Document d = test_support::run_pipeline("سار المشيعون في شوارع البلدة منددين بالعنف.", "2023-06-10");
  bool accuse = false;
  for (const auto& e : d.events) accuse |= e.type == "ACCUSE";
  EXPECT_TRUE(accuse) << trigger_listing(d);
  Document p = test_support::run_pipeline("رفض الوزير الحوار مع المنددين.", "2023-06-10");
  for (const auto& e : p.events) EXPECT_NE(e.type, "ACCUSE") << trigger_listing(p);
}

// Protesters counted, fired on or dispersed are in a protest that happened: the whole engine
// reports it; protesters named as a party to talks are people, no event.
TEST(TriggerRecall, ProtestersInTheEventTellAProtest) {
  auto protest = [](const std::string& text) {
    Document d = test_support::run_pipeline(text, "2023-06-10");
    for (const auto& e : d.events)
      if (e.type == "PROTEST") return true;
    return false;
  };
  EXPECT_TRUE(protest("أطلقت الشرطة الرصاص المطاطي على المتظاهرين في الساحة."));
  EXPECT_TRUE(protest("قدرت الشرطة أعداد المحتجين بعشرة آلاف شخص."));
  EXPECT_TRUE(protest("اعتدت قوات الأمن على المعتصمين أمام الوزارة."));
  EXPECT_FALSE(protest("رفض الوزير الحوار مع المتظاهرين."));
  EXPECT_FALSE(protest("التقى الرئيس ممثلين عن المحتجين."));
}

// Rows that name a hazard, a hospital or a bank as the other sense of an old row.
TEST(TriggerRecall, OldRowsStaySilentBesideTheirOtherSense) {
  EXPECT_TRUE(has_trigger_type(triggers_of("أعلنت الحكومة حالة الطوارئ بعد أعمال العنف."), "COERCE", "martial-law"));
  EXPECT_FALSE(has_trigger_type(triggers_of("أعلن المستشفى حالة الطوارئ بعد وصول المصابين."), "COERCE"));
  EXPECT_TRUE(has_trigger_type(triggers_of("فرضت السلطات قيودا على حركة الصحفيين."), "COERCE", "restrict"));
  EXPECT_FALSE(has_trigger_type(triggers_of("خففت الحكومة القيود على السحب من البنوك."), "COERCE"));
  // A grip tightened is control, no arrest; «والدهم» is «their father», no raid.
  EXPECT_TRUE(has_trigger_type(triggers_of("قبضت الشرطة على اللص في السوق."), "COERCE", "arrest"));
  EXPECT_FALSE(has_trigger_type(triggers_of("أحكم الجيش قبضته على المدينة."), "COERCE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("زار الأبناء والدهم في المستشفى."), "COERCE"));
}

// A `needs` word whose own first letter is a proclitic letter («وحدات») is met behind a
// preposition too («لوحدات»): the stored greedy stem «حدات» is compared with the reading's.
TEST(TriggerRecall, NeedsWordBeginningWithACliticLetterMetBehindAPreposition) {
  EXPECT_TRUE(has_trigger_type(triggers_of("لوحظ انتشار لوحدات خاصة في وسط المدينة."), "MOBILIZE"));
  EXPECT_TRUE(has_trigger_type(triggers_of("لوحظ انتشار وحدات خاصة في وسط المدينة."), "MOBILIZE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("لوحظ انتشار لوباء خطير في وسط المدينة."), "MOBILIZE"));
}

// New rows stay silent where their words name something else in news.
TEST(TriggerRecall, NewRowsStaySilentInTheirOtherSenses) {
  EXPECT_FALSE(has_trigger_type(triggers_of("قرر البلدان تعليق تدريبات عسكرية مشتركة."), "MOBILIZE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("تحدث أحد عناصر الرتل عن الرحلة."), "MOBILIZE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("جاءت استقالته الاحتجاجية بعد أيام."), "PROTEST"));
  EXPECT_FALSE(has_trigger_type(triggers_of("يشكل الحر الشديد خطرا على المسنين."), "ACCUSE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("حذر المحلل من أن تقع البلاد في قبضة المتطرفين."), "ASSAULT"));
  // «تقدم» is also «offer, submit» with a force as its subject.
  EXPECT_FALSE(has_trigger_type(triggers_of("تتقدم قيادة القوات بخالص العزاء لأسر الضحايا."), "ASSAULT"));
  EXPECT_FALSE(has_trigger_type(triggers_of("تقدم القوات الجوية دعما لوجستيا للحلفاء."), "ASSAULT"));
}

// Accidents no one did: a car overturning, a cylinder bursting, rescuers forcing a door.
TEST(TriggerRecall, AccidentsAreNoAssault) {
  EXPECT_TRUE(has_trigger_type(triggers_of("أصيب ثلاثة جنود في هجوم على الحاجز."), "ASSAULT"));
  EXPECT_FALSE(has_trigger_type(triggers_of("أصيب خمسة أشخاص بعد انقلاب سيارتهم وارتطامها بالحاجز."), "ASSAULT"));
  EXPECT_TRUE(has_trigger_type(triggers_of("هز انفجار عبوة ناسفة سوق المدينة."), "ASSAULT"));
  EXPECT_FALSE(has_trigger_type(triggers_of("وقع انفجار أسطوانة غاز في مطعم شعبي."), "ASSAULT"));
  EXPECT_TRUE(has_trigger_type(triggers_of("اقتحم مسلحون مقر البلدية فجرا."), "ASSAULT"));
  EXPECT_FALSE(has_trigger_type(triggers_of("اقتحم رجال الإطفاء المبنى المحترق لإخلاء السكان."), "ASSAULT"));
}

// Old rows: carrying over and filling are no deportation or mobilisation; threats a policy faces
// are no threat made.
TEST(TriggerRecall, OldRowsKeepTheirEventSenseOnly) {
  EXPECT_TRUE(has_trigger_type(triggers_of("بدأت السلطات ترحيل مئات المهاجرين."), "COERCE", "deport"));
  EXPECT_FALSE(has_trigger_type(triggers_of("قرر الاتحاد ترحيل المباراة إلى الأسبوع المقبل."), "COERCE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("تتولى البلدية ترحيل النفايات يوميا."), "COERCE"));
  EXPECT_TRUE(has_trigger_type(triggers_of("أعلن الجيش التعبئة العامة بعد الهجوم."), "MOBILIZE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("تأخرت تعبئة أسطوانات الغاز في المحطة."), "MOBILIZE"));
  EXPECT_FALSE(has_trigger_type(triggers_of("نجح الحزب في تعبئة الناخبين قبل الاقتراع."), "MOBILIZE"));
  EXPECT_TRUE(has_trigger_type(triggers_of("تلقى الصحفي تهديدات بالقتل من مجهولين."), "THREATEN"));
  EXPECT_FALSE(has_trigger_type(triggers_of("بحث الوزيران سبل مواجهة التهديدات الإلكترونية."), "THREATEN"));
  EXPECT_FALSE(has_trigger_type(triggers_of("تعمل الوحدة على التصدي للتهديدات الجديدة."), "THREATEN"));
}

}  // namespace
}  // namespace rasd::events
