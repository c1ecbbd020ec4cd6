// Rows added from the mythes-ar thesaurus (issue 15; tools/trigger-candidates.py proposes them, a
// reviewer reads their corpus hits): each with a sentence written for this test that tells its
// event and one where the same word names something else. The tables alone, before the filter.
#include <gtest/gtest.h>

#include "rasd/events/trigger_finder.h"
#include "trigger_rows.h"

namespace rasd::events {
namespace {

using Row = test_support::SenseRow;

const Row kRows[] = {
    // توافق (synonym of اتفق): agreeing «on» something; «توافق مع» is to match or conform.
    {"توافق (verb) + على", "AGREE", "توافقت الكتل النيابية على مرشح واحد لرئاسة المجلس.",
     "قالت الوزارة إن الخطة تتوافق مع القانون الدولي."},
    {"توافق (verb) + على", "AGREE", "وتوافق الطرفان على تبادل الأسرى الأسبوع الماضي.",
     "توافقت نتائج المسح مع توقعات الخبراء."},
    {"توافق (noun) + على", "AGREE", "أعلن المتحدث أنه جرى التوافق على موعد الانتخابات.",
     "دعا الرئيس إلى تعزيز التوافق الوطني بين الأحزاب."},
    {"توافق (noun) + على", "AGREE", "أكد الوسيط حصول توافق على تبادل الجثامين.",
     "يشترط العقد توافق التصميم مع معايير السلامة."},
    // ساند (synonym of دعم and ساعد): a stance for a party or a policy; air or artillery cover in
    // a battle and a friend's help in an ordeal are other things. Past only: the present («يساند»)
    // mostly tells a standing attitude or a generic one, no event.
    {"ساند", "SUPPORT", "ساندت الحكومة مبادرة الوسيط لإنهاء الأزمة.",
     "ساندت الطائرات الحربية القوات البرية في تقدمها نحو البلدة."},
    {"ساند", "SUPPORT", "وساند الحزب المرشح المستقل في الجولة الثانية.",
     "شكر اللاعب أصدقاءه الذين ساندوه في محنته الصحية."},
    {"ساندي (a name)", "SUPPORT", "ساندت الكتلة قرار تمديد الهدنة.",
     "قالت ساندي إن والدتها غادرت المنزل باكرا."},
    // تراجع عن (synonym of انسحاب): backing down from a decision or a claim is a concession; a
    // price or a ranking falling, or troops pulling back, is not one.
    {"تراجع عن", "CONCEDE", "تراجعت الحكومة عن قرار زيادة الضرائب على الوقود.",
     "تراجع سعر الذهب عن أعلى مستوياته هذا الشهر."},
    {"تراجع عن", "CONCEDE", "وتراجع الوزير عن تصريحاته بشأن اللاجئين.",
     "تراجعت الوحدات عن مواقعها المتقدمة قرب الحدود."},
    {"يتراجع عن", "CONCEDE", "الرئيس يتراجع عن خطته لإغلاق المعبر.",
     "يتراجع الاقتصاد بسبب الركود العالمي."},
};

TEST(ThesaurusRows, FireInTheirEventSenseOnly) { test_support::expect_event_sense_only(kRows); }

}  // namespace
}  // namespace rasd::events
