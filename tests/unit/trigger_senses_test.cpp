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
    {"فرق الإنقاذ", "AID", "نفذت القوات الخاصة عملية إنقاذ للرهائن.", "وصلت فرق الإنقاذ إلى موقع الحادث."},
    {"عمال الإغاثة", "AID", "أرسلت الدولة مساعدات طبية إلى الجرحى.", "احتج عمال الإغاثة على تأخر رواتبهم."},
    {"برنامج المساعدة", "AID", "تسلمت العائلات مساعدات نقدية.", "أعلنت الوزارة تمديد برنامج الدعم النقدي."},
    {"دعم الأسعار", "SUPPORT", "أعلن الاتحاد دعمه لخطة السلام.", "قررت الحكومة رفع دعم الوقود تدريجيا."},
    {"مساعدة العملاء", "AID", "قدمت المنظمة مساعدة طبية للاجئين.", "يهدف التطبيق إلى مساعدة العملاء على متابعة حساباتهم."},
    {"طالب جامعي", "REQUEST", "طالب المحتجون بالإفراج عن المعتقلين.", "فاز طالبا الجامعة بالجائزة الأولى."},
    {"قلم رصاص", "ASSAULT", "قتل الحارس برصاص قناص.", "رسم الطفل الصورة بقلم رصاص."},
    {"خط الهجوم", "ASSAULT", "شن المسلحون الهجوم على الحاجز فجرا.", "عزز المدرب خط الهجوم بلاعب جديد."},
    {"سيطرة على (match)", "ASSAULT", "أعلن الجيش السيطرة على البلدة.", "فرض المنتخب سيطرته على فعاليات الشوط الأول."},
    {"تحقيق الأهداف", "ACCUSE", "فتحت النيابة تحقيقا في الحادث.", "تسعى الشركة إلى تحقيق أرباح أعلى هذا العام."},
};

// `unless`: casualty words and rescues near a road accident, a fire, a flood or a storm tell no
// attack and no aid (no one did it to anyone); the same words near an attack do.
const std::vector<SensePair> kUnless = {
    {"لقي حتفه", "ASSAULT", "لقي ثلاثة جنود مصرعهم في كمين قرب الحدود.", "لقي ثلاثة أشخاص مصرعهم في حادث سير."},
    {"مقتل", "ASSAULT", "أسفر القصف عن مقتل خمسة مدنيين.", "أسفر تصادم شاحنتين عن مقتل خمسة أشخاص."},
    {"قتلى", "ASSAULT", "سقط قتلى في اشتباكات بين الفصيلين.", "ارتفع عدد قتلى السيول إلى عشرين."},
    {"أصيب", "ASSAULT", "أصيب شرطيان برصاص مسلحين.", "أصيب عامل بحروق في حريق بمصنع."},
    {"إصابة", "ASSAULT", "أدى التفجير إلى إصابة عشرة أشخاص.", "أدت العاصفة إلى إصابة عشرة أشخاص."},
    {"قتل", "ASSAULT", "قتل مسلحون حارس المصرف.", "قتل شخصان غرقا في البحيرة."},
    {"أودى بحياة", "ASSAULT", "أودى الهجوم بحياة عشرة جنود.", "أودى الزلزال بحياة المئات."},
    {"إنقاذ", "AID", "نفذت القوات الخاصة عملية إنقاذ للرهائن.", "تمكن الدفاع المدني من إنقاذ العالقين في السيول."},
    {"أصيب (sport)", "ASSAULT", "أصيب جنديان في انفجار لغم.", "أصيب المدافع في الكاحل خلال التدريبات."},
    {"إصابة (sport)", "ASSAULT", "أسفر القصف عن إصابة طفلين.", "غاب المهاجم بسبب الإصابة التي تعرض لها الموسم الماضي."},
    {"خطف", "ASSAULT", "خطف مسلحون مهندسين أجانب.", "خطف الفريق الضيف فوزا ثمينا."},
    {"ضرب", "ASSAULT", "ضربت الطائرات مواقع المسلحين.", "ضرب المنتخب موعدا مع بطل آسيا."},
    {"تفجير", "ASSAULT", "أعلن التنظيم مسؤوليته عن تفجير السيارة.", "تحدث المدرب عن تفجير طاقات اللاعبين الشبان."},
    {"مواجهات", "ASSAULT", "اندلعت مواجهات بين المحتجين والشرطة.", "تنطلق مواجهات الجولة الأخيرة من الدوري غدا."},
    {"تصدى", "ASSAULT", "تصدت القوات لهجوم على الثكنة.", "تصدى الحارس لتسديدة قوية في الدقيقة الأخيرة."},
    {"إنقاذ (bailout)", "AID", "نفذت القوات الخاصة عملية إنقاذ للرهائن.", "وافق البرلمان على خطة الإنقاذ المالي."},
};

TEST(TriggerSenses, UnlessWordsNameTheOtherSense) {
  for (const auto& p : kUnless) {
    Document e = triggers_of(p.event);
    EXPECT_TRUE(has_type(e, p.type)) << p.row << ": «" << p.event << "»" << listing(e);
    Document o = triggers_of(p.other);
    EXPECT_FALSE(has_type(o, p.type)) << p.row << ": «" << p.other << "»" << listing(o);
  }
}

// Vocabulary from what the words mean (issue 15, part 4): each row with a sentence that tells
// the event and one that uses the same verb for something else.
const std::vector<SensePair> kVocabulary = {
    {"عملية عسكرية", "ASSAULT", "شن الجيش عملية عسكرية على معاقل المسلحين.", "أجرى الأطباء عملية جراحية للمريض."},
    {"عمليات عسكرية", "ASSAULT", "نفذت القوات عمليات عسكرية في الريف.", "نفذت الشركة عمليات صيانة للشبكة."},
    {"حملة عسكرية", "ASSAULT", "أطلق الجيش حملة عسكرية في الجبال.", "أطلقت الوزارة حملة توعية بمخاطر التدخين."},
    {"عقد جلسة", "CONSULT", "عقد مجلس الأمن جلسة طارئة لبحث الأزمة.", "عقدت المحكمة جلسة محاكمة المتهمين."},
    {"يعقد جلسة", "CONSULT", "يعقد الوزيران جلسة مباحثات غدا.", "يعقد الفريق جلسة تدريبية مسائية."},
    {"تجمع أمام", "PROTEST", "تجمع مئات المواطنين أمام مقر البرلمان.", "تجمع أفراد العائلة في منزل الجد."},
    {"يتجمع أمام", "PROTEST", "يتجمع المحتجون أمام الوزارة كل صباح.", "يتجمع الأطفال في الحديقة بعد المدرسة."},
    {"ردد هتافات", "PROTEST", "ردد المشاركون هتافات ضد الحكومة.", "ردد الطلاب النشيد الوطني."},
    {"خرج إلى الشوارع", "PROTEST", "خرج الآلاف إلى الشوارع في العاصمة.", "خرج الوزير من الاجتماع مبكرا."},
    {"يعتصم", "PROTEST", "يعتصم العمال أمام مبنى الوزارة.", "يعتمد العمال على الحافلات."},
};

TEST(TriggerSenses, VocabularyRowsTellTheEventOnly) {
  for (const auto& p : kVocabulary) {
    Document e = triggers_of(p.event);
    EXPECT_TRUE(has_type(e, p.type)) << p.row << ": «" << p.event << "»" << listing(e);
    Document o = triggers_of(p.other);
    EXPECT_FALSE(has_type(o, p.type)) << p.row << ": «" << p.other << "»" << listing(o);
  }
}

TEST(TriggerSenses, EachSenseRowFiresInItsEventSenseOnly) {
  for (const auto& p : kPairs) {
    Document e = triggers_of(p.event);
    EXPECT_TRUE(has_type(e, p.type)) << p.row << ": «" << p.event << "»" << listing(e);
    Document o = triggers_of(p.other);
    EXPECT_FALSE(has_type(o, p.type)) << p.row << ": «" << p.other << "»" << listing(o);
  }
}

// Issue 15, part B: the senses that decide a type, each row with a sentence that tells the event
// and one where the same words name something else («تحذير من السيول», «تعزيز التعاون»,
// «انسحب من المعاهدة»). `also_not` is a type the event sentence must not get either.
struct SenseRow {
  const char* row;
  const char* type;
  const char* event;
  const char* other;
  const char* also_not;  // "" for none
};

const std::vector<SenseRow> kSenseRows = {
    // A warning of a hazard no one controls is no threat.
    {"حذر unless hazard", "THREATEN", "حذر الجيش المسلحين من الاقتراب من الحدود.", "حذرت الأرصاد السكان من السيول الليلة.", ""},
    {"يحذر unless hazard", "THREATEN", "يحذر القائد المتمردين من أي تقدم.", "يحذر الأطباء من انتشار الوباء في الشتاء.", ""},
    {"تحذير unless hazard", "THREATEN", "وجه الجيش تحذيرا أخيرا للمسلحين.", "أصدرت الأرصاد تحذيرا من العاصفة.", ""},
    // Endangering a common good is no one's threat.
    {"يهدد الأمن", "THREATEN", "يهدد المسلحون السكان بالقتل.", "يهدد التلوث صحة السكان.", ""},
    {"هدد الأمن", "THREATEN", "هدد الوزير المحتجين بالاعتقال.", "هدد الجفاف حياة الماشية.", ""},
    {"تهديد للأمن", "THREATEN", "تلقى الصحفي تهديدات بالقتل.", "يشكل التدخين تهديدا لصحة الشباب.", ""},
    // Accusation, blame and condemnation without «اتهم».
    {"اعتبر عدوانا", "ACCUSE", "اعتبرت الخارجية القصف انتهاكا للسيادة.", "اعتبر الوزير القرار خطوة مهمة.", ""},
    {"أعرب عن غضبه", "ACCUSE", "أعربت الوزارة عن استيائها من تصريحات السفير.", "أعرب اللاعب عن سعادته بالفوز.", ""},
    {"أحال إلى المحاكمة", "ACCUSE", "أحالت الهيئة الموظف إلى النيابة.", "أحال المدير الملف إلى قسم المبيعات.", ""},
    {"أحيل إلى المحاكمة", "ACCUSE", "أحيل المتهمون إلى المحكمة.", "أحيل الموظف إلى التقاعد.", ""},
    {"إحالة إلى المحاكمة", "ACCUSE", "طالبت المنظمة بإحالة الملف إلى القضاء.", "أعلنت الوزارة إحالة الموظفين إلى التقاعد.", ""},
    {"حمل المسؤولية (within 5)", "ACCUSE", "وحمل رئيس الحكومة الجماعة المسلحة المسؤولية عن التفجير.", "حمل المتظاهرون لافتات كبيرة.", ""},
    {"يحمل المسؤولية", "ACCUSE", "يحمل الأهالي البلدية المسؤولية عن الأضرار.", "يحمل الجنود حقائبهم الثقيلة.", ""},
    {"تحميل المسؤولية", "ACCUSE", "جدد الوزير تحميل الميليشيا المسؤولية عن الهجوم.", "بدأ تحميل الشاحنات بالبضائع.", ""},
    // Those arrested.
    {"المقبوض عليهم", "COERCE", "اعترف المقبوض عليهم بالسرقة.", "تسلم الموظف المبلغ المقبوض.", ""},
    // Leaving a treaty or talks is a rejection; forces leaving a town are a retreat.
    {"انسحب من الاتفاق", "REJECT", "انسحبت الحكومة من المعاهدة أمس.", "انسحبت القوات من البلدة أمس.", "RETREAT"},
    {"ينسحب من الاتفاق", "REJECT", "تنسحب الدولة من المحادثات.", "تنسحب القوات من المدينة.", "RETREAT"},
    {"انسحاب من الاتفاق", "REJECT", "أعلن الوفد انسحابه من المفاوضات.", "بدأ انسحاب الجنود من القرية.", "RETREAT"},
    // The cooperation noun as the topic of a frame names no deed.
    {"تعاون unless frame", "COOPERATE", "بدأ تعاون أمني بين الجيشين على الحدود.", "بحث الوزيران سبل تعزيز التعاون بين البلدين.", ""},
    {"شراكة unless frame", "COOPERATE", "أعلن البلدان شراكة استراتيجية جديدة.", "أكد الوزير عمق علاقات الشراكة بين البلدين.", ""},
    {"تنسيق unless frame", "COOPERATE", "بدأ تنسيق ميداني بين الفصيلين.", "يأتي الاجتماع في إطار التنسيق بين الوزارتين.", ""},
    // A boycott needs a boycotted thing: bare «قاطع» is mostly the adjective (categorical).
    {"قاطع + needs", "PROTEST", "قاطع الحزب الانتخابات البلدية.", "أعلن الوزير رفضا قاطعا للمقترح.", ""},
    // Declining an invitation is no apology; Amnesty named bare is no amnesty.
    {"اعتذر عن المشاركة", "CONCEDE", "اعتذرت الحكومة للضحايا عن القصف.", "اعتذر الفنان عن المشاركة في الحفل.", ""},
    {"اعتذار عن المشاركة", "CONCEDE", "قدم الجيش اعتذارا رسميا للأهالي.", "ألغيت المباراة بسبب اعتذار الفريق الضيف عن الحضور.", ""},
    {"العفو الدولية", "CONCEDE", "أصدر الرئيس عفوا عن السجناء.", "قالت العفو الدولية إن السجناء يعانون.", ""},
    // Natural forces destroy and kill with no one doing it; friendly matches are no clashes.
    {"دمر unless nature", "ASSAULT", "دمرت الطائرات جسرا على النهر.", "دمرت السيول عشرات المنازل.", ""},
    {"يدمر unless nature", "ASSAULT", "يدمر الجنود منازل القرية.", "يدمر الإعصار المحاصيل كل عام.", ""},
    {"تدمير unless nature", "ASSAULT", "أعلن الجيش تدمير مخزن أسلحة.", "تسبب الزلزال في تدمير مئات المباني.", ""},
    {"قتلى unless fire", "ASSAULT", "سقط قتلى في قصف على السوق.", "ارتفع عدد القتلى في النيران التي اجتاحت الغابة.", ""},
    {"مواجهات unless friendly", "ASSAULT", "اندلعت مواجهات بين الشرطة والمحتجين.", "خاض الأهلي أربع مواجهات ودية في معسكره.", ""},
    // Rescuers, relief offices and welfare named by the aid noun are no aid between parties.
    {"رجال الإنقاذ", "AID", "نفذت القوات الخاصة عملية إنقاذ للرهائن.", "باشر رجال الإنقاذ البحث عن المفقودين.", ""},
    {"وحدات الإنقاذ", "AID", "أرسلت الدولة مساعدات طبية إلى الجرحى.", "وصلت وحدات الإنقاذ إلى الموقع.", ""},
    {"منسق الإغاثة", "AID", "وزعت المنظمة مساعدات غذائية على النازحين.", "قال منسق الإغاثة الأممي إن الوضع صعب.", ""},
    {"أجهزة المساعدة", "AID", "قدمت الحكومة مساعدات للمتضررين.", "تواصلت أجهزة المساعدة الاجتماعية مع الأسر.", ""},
    {"مساعدة اجتماعية", "AID", "أرسل الاتحاد مساعدة عاجلة إلى البلد المنكوب.", "تحصل الأسر الفقيرة على مساعدة اجتماعية شهرية.", ""},
    // Readiness before a storm is no deployment; penalties of sport bodies and regulators are no sanction.
    {"استنفار unless hazard", "MOBILIZE", "أعلن الجيش حالة استنفار في الثكنات.", "أعلنت البلدية حالة استنفار لمواجهة السيول.", ""},
    {"رفع حالة التأهب unless hazard", "MOBILIZE", "رفعت القوات حالة التأهب على الحدود.", "رفع الدفاع المدني حالة التأهب قبل وصول الإعصار.", ""},
    {"عقوبات unless regulator", "SANCTION", "أعلن الاتحاد الأوروبي عقوبات جديدة على موسكو.", "أعلنت لجنة الانضباط عقوبات على النادي بعد المباراة.", ""},
    {"متهم بـ", "ACCUSE", "اعتقلت الشرطة ثلاثة متهمين بالتحريض.", "حضر المتهم الجلسة الأولى.", ""},
    {"جريح unless accident", "ASSAULT", "نقل الجريحان إلى المستشفى بعد الهجوم.", "نقل جريح إلى المستشفى بعد حادث سير.", ""},
    {"أطلق صاروخا (within 8)", "ASSAULT", "أطلقت فصائل مسلحة فجرا من القطاع عددا من القذائف على البلدة.", "أطلقت الشركة حملة ترويجية جديدة للمنتجات.", ""},
    {"أطلق صاروخا (before)", "ASSAULT", "سقطت قذائف أطلقت من خلف الحدود.", "أطلقت الوزارة تطبيقا جديدا.", ""},
    {"أطلق طائرة مسيرة", "ASSAULT", "رصد الجيش طائرة دون طيار أطلقت من الجبال.", "أطلق المصور طائرته الصغيرة لتصوير المهرجان.", ""},
};

TEST(TriggerSenses, IssueFifteenRowsTellTheirSenseOnly) {
  for (const auto& p : kSenseRows) {
    Document e = triggers_of(p.event);
    EXPECT_TRUE(has_type(e, p.type)) << p.row << ": «" << p.event << "»" << listing(e);
    if (*p.also_not) EXPECT_FALSE(has_type(e, p.also_not)) << p.row << ": «" << p.event << "»" << listing(e);
    Document o = triggers_of(p.other);
    EXPECT_FALSE(has_type(o, p.type)) << p.row << ": «" << p.other << "»" << listing(o);
  }
  // The forces' sentences stay retreats.
  EXPECT_TRUE(has_type(triggers_of("انسحبت القوات من البلدة أمس."), "RETREAT"));
  EXPECT_TRUE(has_type(triggers_of("بدأ انسحاب الجنود من القرية."), "RETREAT"));
}

// Rows whose other senses no table row can list (a name, a consumer's complaint, a worker
// suspended): the tables give the event, the trained filter weighs the rest.
TEST(TriggerSenses, IssueFifteenManySenseRowsFire) {
  const std::vector<std::pair<const char*, const char*>> fires = {
      {"ينتقد النواب أداء الوزارة في الأزمة.", "ACCUSE"},
      {"دان المجلس الاعتداء على السفارة.", "ACCUSE"},
      {"تقدم المحامي بشكوى ضد الشرطة.", "ACCUSE"},
      {"تلقت اللجنة شكاوى ضد مديري السجن.", "ACCUSE"},
      {"استجوبت النيابة الموظفين المتهمين.", "ACCUSE"},
      {"خضع الوزير للاستجواب أمس.", "ACCUSE"},
      {"نقل الموقوفون إلى السجن المركزي.", "COERCE"},
      {"خرج الآلاف منددين بالاعتداء على المسجد.", "ACCUSE"},
      {"قال الوزير مستنكرا صمت المجتمع الدولي إن الوضع خطير.", "ACCUSE"},
      {"تحدث النائب منتقدا أداء الحكومة.", "ACCUSE"},
      {"قدمت الجمعية شكاية ضد مدير المستشفى.", "ACCUSE"},
      {"قال المراقبون إن انتهاكات جسيمة وقعت في الاقتراع.", "ACCUSE"},
      {"وصف البيان الحادث بأنه خرق صريح للاتفاق.", "ACCUSE"},
      {"رصدت اللجنة خروقات عديدة للهدنة.", "ACCUSE"},
  };
  for (const auto& [text, type] : fires) {
    Document d = triggers_of(text);
    EXPECT_TRUE(has_type(d, type)) << "«" << text << "»" << listing(d);
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
    {"local", "لقي شاب مصرعه في حادث مروري على الطريق السريع."},
    {"local", "تمكنت فرق الدفاع المدني من إنقاذ عائلة علقت في السيول."},
    {"local", "أصيب خمسة أشخاص في حريق شب في مبنى سكني."},
};

TEST(TriggerSenses, NoEventInSportEconomyHealthCultureOpinion) {
  for (const auto& q : kQuiet) {
    Document d = test_support::run_pipeline(q.text, "2023-06-10");
    EXPECT_TRUE(d.events.empty()) << q.section << ": «" << q.text << "»" << listing(d);
  }
}

}  // namespace
}  // namespace rasd::events
