// Word sense of ASSAULT, COERCE, PROTEST, MOBILIZE and SANCTION trigger rows (issue 15): each row
// changed for a sense, with a sentence written for this test that tells its event and one where
// the same words name something else (an accident, a figure of speech, a ban on a product). The
// tables alone, before the trained filter.
#include <gtest/gtest.h>

#include <string>

#include "rasd/events/trigger_finder.h"
#include "trigger_rows.h"

namespace rasd::events {
namespace {


using Row = test_support::SenseRow;

const Row kRows[] = {
    // A tyre or a pipe bursting is an accident; the present row's first person is the past form.
    {"انفجر unless tyre", "ASSAULT", "انفجرت عبوة قرب حافلة للجنود.", "انفجر إطار الشاحنة على الطريق السريع."},
    {"ينفجر unless pipe", "ASSAULT", "ينفجر لغم بشاحنة على الطريق الصحراوي.", "انفجر أنبوب المياه في الطابق الثاني."},
    {"انفجار unless tyre", "ASSAULT", "هز انفجار عنيف وسط السوق.", "تسبب انفجار الإطار في انقلاب الحافلة."},
    // Sparking a crisis or a dispute is a figure of speech.
    {"فجرت unless crisis", "ASSAULT", "فجرت الجماعة سيارة أمام المبنى.", "فجرت التصريحات أزمة جديدة بين الحزبين."},
    {"فجروا unless dispute", "ASSAULT", "فجروا جسرا على مدخل البلدة.", "فجروا خلافات قديمة داخل الحزب بتلك الرسالة."},
    {"تفجير unless dispute", "ASSAULT", "أسفر تفجير في السوق عن ضحايا.", "ساهم المقال في تفجير جدل واسع على مواقع التواصل."},
    {"تفجير beside a movement", "ASSAULT", "تبنت حركة مسلحة تفجير الحافلة.", "ساهم المقال في تفجير جدل واسع على مواقع التواصل."},
    // Deaths and injuries from a volcano, an earthquake or a crash: no one did it to anyone.
    {"مقتل unless volcano", "ASSAULT", "أسفر القصف عن مقتل خمسة مدنيين في البلدة.", "أسفر ثوران البركان عن مقتل ثلاثة قرويين."},
    {"إصابة unless volcano", "ASSAULT", "أدى إطلاق النار إلى إصابة شرطيين.", "أدت الحمم البركانية إلى إصابة عشرة قرويين."},
    {"قتل unless crash", "ASSAULT", "قتل مسلحون حارسين عند مدخل المصرف.", "قتل طياران في تحطم طائرة تدريب قرب القاعدة."},
    {"لقي مصرعه unless crash", "ASSAULT", "لقي جندي مصرعه برصاص قناص في الحي.", "لقي راكبان مصرعهما في تصادم قطارين شمال البلاد."},
    // An animal attacking is no political violence.
    {"هاجم unless animal", "ASSAULT", "هاجم مسلحون حاجزا للشرطة.", "هاجمت سمكة قرش سباحا قرب الشاطئ."},
    {"هجوم unless animal", "ASSAULT", "شن الجيش هجوما على مواقع المسلحين.", "نجا الصياد من هجوم تمساح في النهر."},
    // Slaughtering people is an attack; slaughtering cattle or sacrifices is not.
    {"ذبح unless cattle", "ASSAULT", "ذبح المسلحون ثلاثة رهائن أمام الكاميرا.", "ذبح المزارعون الأبقار في المسلخ البلدي."},
    {"ذبح (noun) unless sacrifice", "ASSAULT", "أدان المجلس ذبح المدنيين في القرية.", "بدأ الأهالي ذبح الأضاحي صباح العيد."},
    // A purge of officials, an ordered eviction, censored content.
    {"عزل الموظفين", "COERCE", "عزلت الحكومة مئات القضاة بمرسوم واحد.", "عزلت السلطات الصحية القرية بعد انتشار الوباء."},
    {"عزل (noun) الموظفين", "COERCE", "صدر قرار بعزل نحو ألف موظف من وزارة التعليم.", "يحتاج المنزل إلى عزل جيد للجدران."},
    {"فصل الموظفين", "COERCE", "قررت الوزارة فصل مئات الموظفين بتهمة الانتماء للجماعة.", "يبدأ فصل الصيف في الحادي والعشرين من يونيو."},
    {"إخلاء قسري", "COERCE", "أجبرت القوات السكان على إخلاء منازلهم في الحي.", "بدأت فرق الدفاع المدني إخلاء الجرحى من المبنى."},
    {"إخلاء unless disaster", "COERCE", "أمرت السلطات العائلات بإخلاء المخيم خلال يومين.", "أمرت السلطات السكان بإخلاء القرية قبل وصول الإعصار."},
    {"حجب content", "COERCE", "حجبت السلطات صورا للمظاهرة على المواقع المحلية.", "صوت البرلمان على حجب الثقة عن الحكومة."},
    // An embargo on goods or dealings is a sanction; a ban on a party stays COERCE.
    {"حظر على الأسلحة", "SANCTION", "يبقى الحظر المفروض على الأسلحة قائما عامين آخرين.", "حظرت الحكومة الحزب المعارض وصادرت مقراته."},
    {"حظر التعامل", "SANCTION", "حظرت الوزارة التعامل مع الشركات المدرجة على القائمة.", "حظرت الشرطة التجمعات في الساحة."},
    {"حظر a party", "COERCE", "حظرت الحكومة الحزب المعارض وصادرت مقراته.", "يبقى الحظر المفروض على الأسلحة قائما عامين آخرين."},
    // A player sent off is no expulsion.
    {"طرد اللاعب", "COERCE", "طردت السلطات عشرات العمال الأجانب من البلاد.", "طرد الحكم المدافع في الدقيقة الأخيرة من المباراة."},
    {"طرد (noun) اللاعب", "COERCE", "نددت المنظمة بطرد اللاجئين من المخيم.", "خسر الفريق بعد طرد الحارس بالبطاقة الحمراء."},
    // Driving out an army is fighting, driving out refugees is coercion.
    {"طرد (noun) القوات", "ASSAULT", "نجحت الفصائل في طرد قوات النظام من البلدة.", "نددت المنظمة بطرد اللاجئين من المخيم."},
    // A terrorist act; the wounded named with what hit them.
    {"عمل إرهابي", "ASSAULT", "أدان الوزير العمل الإرهابي الذي استهدف السوق أمس.", "عمل المهندس في الشركة عشرين عاما."},
    {"عملية إرهابية", "ASSAULT", "نفذ التنظيم عملية إرهابية في العاصمة فجر اليوم.", "أجرى الأطباء عملية جراحية ناجحة للطفل."},
    {"مصاب بنيران", "ASSAULT", "نقل المسعفون المصابين برصاص القناصة إلى المستشفى.", "يعاني آلاف المصابين بالسكري من نقص الدواء."},
    // A comment on an agreement suspends nothing.
    {"تعليق على", "SANCTION", "أعلن الاتحاد تعليق عضوية البلاد في المنظمة.", "صدر بيان الوزارة تعليقا على الاتفاق الجديد."},
    // A challenge in court or in a party is no stabbing.
    {"طعن فيه", "ASSAULT", "طعن رجل شرطيا بسكين قرب المحطة.", "أقر البرلمان القانون الذي طعنت فيه المعارضة."},
    {"طعن (noun) في الحكم", "ASSAULT", "أصيب شرطي في عملية طعن في السوق.", "قدم المحامي طعنا في الحكم أمام المحكمة العليا."},
    // Fire or water closing round people, or firemen containing a fire, is no siege.
    {"حاصر unless fire", "COERCE", "حاصرت القوات الحي من كل الجهات.", "حاصرت النيران عشرات المنازل في القرية."},
    {"يحاصر unless flood", "COERCE", "يحاصر الجنود البلدة منذ أسبوع.", "المياه تحاصر الأهالي فوق أسطح البيوت."},
    {"محاصرة unless fire", "COERCE", "نددت المنظمة بمحاصرة المخيم وتجويع سكانه.", "عملت فرق الإطفاء على محاصرة الحريق قبل امتداده."},
    // Sanctions aimed at people name their targets: no attack.
    {"استهدف unless sanctions", "ASSAULT", "استهدفت قذيفة مدرسة في الحي الشرقي.", "استهدفت العقوبات الجديدة شركات شحن وبنوكا."},
    {"يستهدف unless measures", "ASSAULT", "يستهدف القناصة كل من يقترب من الجسر.", "قال الوزير إن الإجراءات لا تستهدف المواطنين العاديين."},
    {"استهداف unless sanctions", "ASSAULT", "أدان المجلس استهداف المستشفى بالقذائف.", "وسعت الحكومة العقوبات لتشمل استهداف شركات الطيران."},
    // Reinforcements struck are the target of the strike told; political manoeuvres are a figure.
    {"تعزيزات unless struck", "MOBILIZE", "دفع الجيش بتعزيزات إلى الجبهة الشرقية.", "شنت الطائرات غارات على تعزيزات قرب المطار."},
    {"تعزيزات الميليشيا unless struck", "MOBILIZE", "وصلت تعزيزات للميليشيات إلى أطراف المدينة.", "دمرت الغارات تعزيزات للميليشيات على الطريق الساحلي."},
    // Capturing fighters; the plural noun «أسر» (families) shares the bare and suffixed spellings.
    {"أسرت", "ASSAULT", "أسرت الكتيبة خمسة جنود قرب التلة.", "زارت الوزيرة أسرتهم في القرية."},
    {"أسروا", "ASSAULT", "أسروا جنديين خلال الهجوم على الموقع.", "تعيش أسر الجنود في حي قريب من الثكنة."},
    // Hospitals on alert care for the hurt; they deploy no force.
    {"استنفار unless hospitals", "MOBILIZE", "أعلن الجيش حالة الاستنفار على الحدود الشرقية.", "أعلنت المستشفيات حالة الاستنفار لاستقبال الجرحى."},
    {"حالة التأهب unless medics", "MOBILIZE", "وضعت القوات في حالة التأهب القصوى قرب المطار.", "رفعت وزارة الصحة حالة التأهب في أقسام الطوارئ الطبية."},
    // The front is a place; the fight is told by «قتال» itself.
    {"جبهة القتال", "ASSAULT", "اندلع قتال عنيف بين الجانبين قرب الحدود.", "أرسلت الجماعة عشرات المجندين إلى جبهات القتال."},
    {"ساحة القتال", "ASSAULT", "استمر القتال في الأحياء الشرقية حتى الفجر.", "عاد المقاتلون من ساحات القتال إلى قراهم."},
    {"ميادين القتال", "ASSAULT", "تجدد القتال في الريف الجنوبي صباح اليوم.", "عاد الشبان من ميادين القتال بعد سنوات."},
    // Bare drills follow the army told earlier; a team trains, militants receive training.
    {"تدريبات unless team", "MOBILIZE", "وانتهت التدريبات البحرية قرب الجزر المتنازع عليها أمس.", "غاب المهاجم عن التدريبات بسبب الإصابة قبل المباراة."},
    {"تدريبات unless received", "MOBILIZE", "أثارت التدريبات قلق الدول المجاورة.", "تلقى المسلحون تدريبات في معسكرات خارج البلاد."},
    {"مناورات unless political", "MOBILIZE", "أجرت البحرية مناورات واسعة قرب السواحل.", "وصف الوزير الخطوة بأنها مناورات سياسية لكسب الوقت."},
    // Forces or police publishing a video or photos deploy nothing.
    {"نشر قوات unless media", "MOBILIZE", "نشر الجيش قوات إضافية على الحدود.", "أظهرت صور نشرتها القوات الحكومية دمارا واسعا."},
    {"نشر الشرطة unless media", "MOBILIZE", "نشرت الشرطة مئات العناصر في الساحة.", "نشرت الشرطة المحلية يوم الجمعة مقطع فيديو للحادث."},
    {"ينشر قوات unless media", "MOBILIZE", "ينشر الجيش قوات جديدة قرب المعبر.", "تنشر القوات الحكومية صورا يومية من الجبهة."},
    {"تعبئة unless minds", "MOBILIZE", "بدأت تعبئة الجنود على الجبهة.", "انتقد الكاتب التعبئة الطائفية في الخطب."},
    // A gathering told by its kind or organised is a rally; the right to assemble, a party named
    // «تجمع», a gathering struck are not.
    {"تجمع حاشد", "PROTEST", "شارك الآلاف في تجمع حاشد أمام البرلمان.", "أكد البيان الحق في التجمع السلمي لكل المواطنين."},
    {"تجمع منظم", "PROTEST", "نظم الطلاب تجمعات في ساحة الجامعة.", "أعلن تجمع المهنيين انسحابه من المفاوضات."},
    {"تجمع منظم (target)", "PROTEST", "دعت النقابة إلى تنظيم تجمع أمام الوزارة.", "استهدف هجوم تجمعا للمدنيين في السوق."},
    {"وقفة اعتصامية", "PROTEST", "نظم العمال وقفة اعتصامية أمام الوزارة.", "كانت وقفة مع الذات قبل الامتحان."},
    {"أغلق محيط (5 words)", "COERCE", "أغلقت قوات الجيش والشرطة جميع مداخل المدينة.", "أغلق المتجر أبوابه في محيط السوق."},
    {"منع (7 words)", "COERCE", "منعت الشرطة وزير الصحة السابق من زيارة المدرسة.", "منع المطر الشديد إقامة المباراة في موعدها."},
    // An inspection of sites, schools or goods is oversight; a search of homes is COERCE.
    {"تفتيش المنشآت", "COERCE", "نفذت قوات الأمن حملة تفتيش واسعة في الحي.", "طالبت واشنطن بتشديد التفتيش على المنشآت النووية."},
    {"تفتيش unless verification", "COERCE", "أجرت الشرطة تفتيش المنزل بعد منتصف الليل.", "أنشئت آلية للتحقق والتفتيش في الميناء."},
    // A product banned, non-proliferation and a treaty's limits on a programme coerce no one.
    {"حظر المنتجات", "COERCE", "حظرت الحكومة الحزب المعارض وصادرت مقراته.", "حظرت الوزارة استخدام الأكياس البلاستيكية في المتاجر."},
    {"حظر (noun) الانتشار", "COERCE", "ندد الحزب بحظر نشاطه في العاصمة.", "وقعت الدول على معاهدة حظر الانتشار النووي."},
    {"قيود unless treaty", "COERCE", "شددت السلطات القيود على حركة السكان.", "طالب الوزير بالإبقاء على القيود المتفق عليها بشأن البرنامج النووي."},
    {"فرض قيود unless treaty", "COERCE", "فرضت الحكومة قيودا على السفر إلى الجنوب.", "عرض الاتفاق تخفيف العقوبات مقابل فرض قيود على برنامجها النووي."},
    {"تفتيش جمركي", "COERCE", "شنت الميليشيا حملة تفتيش للبيوت بحثا عن المطلوبين.", "تمر الحاويات بتفتيش جمركي دقيق قبل خروجها."},
};

TEST(MaterialSenses, EachRowFiresInItsEventSenseOnly) { test_support::expect_event_sense_only(kRows); }

}  // namespace
}  // namespace rasd::events
