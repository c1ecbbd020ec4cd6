// Trigger finder (events/trigger_finder.h): one test per PLOVER family, the table test that
// every lexicon row matches its own reading, and the multi-word, `needs`, clitic, passive and
// boilerplate rules. The sentences are written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "rasd/core/table.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/pipeline.h"
#include "run_pipeline.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) {
  Document d = test_support::run_pipeline(text, "2023-06-10");
  find_triggers(d);
  return d;
}

std::string listing(const Document& d) {
  std::string s;
  for (const auto& t : d.triggers)
    s += " [" + std::string(t.span.of(d.text)) + " " + t.type + (t.mode.empty() ? "" : "/" + t.mode) + "]";
  return s.empty() ? " (none)" : s;
}

// A trigger whose span is exactly `words` (proclitics excluded) with this type and mode.
testing::AssertionResult has(const Document& d, std::string_view words, std::string_view type,
                             std::string_view mode = "*") {
  for (const auto& t : d.triggers)
    if (t.span.of(d.text) == words && t.type == type && (mode == "*" || t.mode == mode))
      return testing::AssertionSuccess();
  return testing::AssertionFailure() << "no «" << words << "» " << type << "/" << mode << " among" << listing(d);
}

// No trigger of this type at all.
testing::AssertionResult no_type(const Document& d, std::string_view type) {
  for (const auto& t : d.triggers)
    if (t.type == type) return testing::AssertionFailure() << "unexpected " << type << " in" << listing(d);
  return testing::AssertionSuccess();
}

testing::AssertionResult none(const Document& d) {
  if (d.triggers.empty()) return testing::AssertionSuccess();
  return testing::AssertionFailure() << "expected no trigger, got" << listing(d);
}

TEST(TriggerLexicon, HasNoProblems) {
  auto problems = lexicon_problems();
  std::string all;
  for (const auto& p : problems) all += "\n  " + p;
  EXPECT_TRUE(problems.empty()) << all;
}

TEST(TriggerLexicon, InflectsVerbsAndNouns) {
  auto has_form = [](const std::vector<std::string>& v, std::string_view f) {
    return std::find(v.begin(), v.end(), text::normalize_key(f)) != v.end();
  };
  auto past = inflect("اعتقل", "past");
  for (auto f : {"اعتقل", "اعتقلت", "اعتقلوا", "اعتقلا", "اعتقلنا"}) EXPECT_TRUE(has_form(past, f)) << f;
  auto present = inflect("يعتقل", "present");
  for (auto f : {"يعتقل", "تعتقل", "نعتقل", "يعتقلون", "يعتقلوا", "يعتقلان"}) EXPECT_TRUE(has_form(present, f)) << f;
  auto weak = inflect("دعا", "past_weak");
  for (auto f : {"دعا", "دعت", "دعوا"}) EXPECT_TRUE(has_form(weak, f)) << f;
  auto weak_present = inflect("يدعو", "present_weak");
  for (auto f : {"يدعو", "تدعو", "يدعون"}) EXPECT_TRUE(has_form(weak_present, f)) << f;
  auto nouns = inflect("غارة", "noun_pl");
  for (auto f : {"غارة", "غارات", "غارتين"}) EXPECT_TRUE(has_form(nouns, f)) << f;
  EXPECT_TRUE(has_form(inflect("هجوم", "noun"), "هجوما"));
  EXPECT_TRUE(has_form(inflect("متظاهر", "participle"), "متظاهرون"));
  EXPECT_TRUE(inflect("اعتقل", "no-such-pattern").empty());
}

TEST(TriggerAssault, KillingsAttacksAndWeapons) {
  Document d = run("قتل مسلحون ثلاثة حراس، وشنت الطائرات غارة على مخزن للسلاح، وانفجرت عبوة ناسفة قرب السوق.");
  EXPECT_TRUE(has(d, "قتل", "ASSAULT"));
  EXPECT_TRUE(has(d, "غارة", "ASSAULT", "aerial"));
  EXPECT_TRUE(has(d, "انفجرت", "ASSAULT", "explosives"));
  EXPECT_TRUE(has(d, "عبوة ناسفة", "ASSAULT", "explosives"));
  Document e = run("وأسفر القصف المدفعي عن مقتل طفلين، بعد اشتباكات عنيفة واغتيال ضابط واختطاف مهندسين.");
  EXPECT_TRUE(has(e, "القصف المدفعي", "ASSAULT", "heavy-weapons"));
  EXPECT_TRUE(has(e, "مقتل", "ASSAULT"));
  EXPECT_TRUE(has(e, "اشتباكات", "ASSAULT"));
  EXPECT_TRUE(has(e, "اغتيال", "ASSAULT", "targeted"));
  EXPECT_TRUE(has(e, "اختطاف", "ASSAULT", "abduct"));
  Document f = run("اقتحم ملثمون مقر البلدية وأحرقوا سيارات ودمروا واجهات المحال.");
  EXPECT_TRUE(has(f, "اقتحم", "ASSAULT"));
  EXPECT_TRUE(has(f, "أحرقوا", "ASSAULT", "primitive"));
  EXPECT_TRUE(has(f, "دمروا", "ASSAULT", "destroy"));
}

TEST(TriggerCoerce, ArrestsRaidsCurfewsAndCuts) {
  Document d = run("واعتقلت الشرطة عشرين شخصا بعد مداهمة منازلهم، ثم فرضت السلطات حظر التجول وقطعت الإنترنت.");
  EXPECT_TRUE(has(d, "اعتقلت", "COERCE", "arrest"));
  EXPECT_TRUE(has(d, "مداهمة", "COERCE", "seize"));
  EXPECT_TRUE(has(d, "حظر التجول", "COERCE", "curfew"));
  EXPECT_TRUE(has(d, "قطعت الإنترنت", "COERCE", "withhold"));
  Document e = run("أعلنت الحكومة حالة الطوارئ وطردت صحفيين أجانب وصادرت معداتهم.");
  EXPECT_TRUE(has(e, "حالة الطوارئ", "COERCE", "martial-law"));
  EXPECT_TRUE(has(e, "طردت", "COERCE", "deport"));
  EXPECT_TRUE(has(e, "صادرت", "COERCE", "seize"));
  EXPECT_TRUE(has(run("وفرض حظر التجول في المدينة."), "فرض حظر التجول", "COERCE", "curfew"));
}

TEST(TriggerProtest, DemonstrationsRiotsStrikesSitIns) {
  Document d = run("خرجت مظاهرات في العاصمة وتحولت إلى أعمال شغب، فيما أعلن العمال إضرابا واعتصم آخرون أمام الوزارة.");
  EXPECT_TRUE(has(d, "مظاهرات", "PROTEST", "demo"));
  EXPECT_TRUE(has(d, "أعمال شغب", "PROTEST", "riot"));
  EXPECT_TRUE(has(d, "إضرابا", "PROTEST", "strike"));
  EXPECT_TRUE(has(d, "اعتصم", "PROTEST", "obstruct"));
  Document e = run("وقطع المحتجون الطريق الدولي احتجاجا على الغلاء.");
  EXPECT_TRUE(has(e, "قطع", "PROTEST", "obstruct"));
  EXPECT_TRUE(has(e, "احتجاجا", "PROTEST", "demo"));
}

TEST(TriggerMobilize, DeploymentsAndReinforcements) {
  Document d = run("نشرت الحكومة قوات إضافية على الحدود، ووصلت تعزيزات إلى الجبهة.");
  EXPECT_TRUE(has(d, "نشرت", "MOBILIZE", "troops"));
  EXPECT_TRUE(has(d, "تعزيزات", "MOBILIZE", "troops"));
  EXPECT_TRUE(has(run("وأنزلت المروحيات جنودا فوق التلال."), "أنزلت", "MOBILIZE", "troops"));
  // «قوات» alone is an actor, and «نشر» alone is publishing.
  EXPECT_TRUE(none(run("قالت قوات الأمن إن الوضع هادئ.")));
  EXPECT_TRUE(none(run("نشرت الصحيفة تقريرا مطولا.")));
}

TEST(TriggerVerbalConflict, ThreatenRequestRejectAccuse) {
  Document d = run("هدد الوزير بالرد، وحذر من التصعيد، وتوعد المسلحين.");
  EXPECT_TRUE(has(d, "هدد", "THREATEN", "violence"));
  EXPECT_TRUE(has(d, "حذر", "THREATEN"));
  EXPECT_TRUE(has(d, "توعد", "THREATEN", "violence"));
  Document r = run("طالب المحتجون برحيل المحافظ، ودعت المنظمة إلى الإفراج عن الصحفيين، وناشد الأهالي المانحين.");
  EXPECT_TRUE(has(r, "طالب", "REQUEST", "change"));
  EXPECT_TRUE(has(r, "دعت", "REQUEST", "yield"));
  EXPECT_TRUE(has(r, "ناشد", "REQUEST"));
  Document j = run("ورفضت الحكومة إجراء محادثات مع المعارضة.");
  EXPECT_TRUE(has(j, "رفضت", "REJECT", "meet"));
  Document a = run("اتهمت الوزارة المعارضة بالتحريض، وندد الاتحاد بالهجوم، وفتحت النيابة تحقيقا.");
  EXPECT_TRUE(has(a, "اتهمت", "ACCUSE", "allege"));
  EXPECT_TRUE(has(a, "ندد", "ACCUSE", "disapprove"));
  EXPECT_TRUE(has(a, "تحقيقا", "ACCUSE", "investigate"));
}

TEST(TriggerSanction, ConvictionsSanctionsAndRelations) {
  Document d = run("حكمت المحكمة بالسجن خمس سنوات على الصحفي.");
  EXPECT_TRUE(has(d, "حكمت", "SANCTION", "convict"));
  EXPECT_EQ(d.triggers.size(), 1u) << listing(d);  // «بالسجن» belongs to حكمت
  EXPECT_TRUE(has(run("وأدانت محكمة عسكرية ضابطين."), "أدانت محكمة", "SANCTION", "convict"));
  EXPECT_TRUE(has(run("وأدانت الجامعة العربية التفجير."), "أدانت", "ACCUSE", "disapprove"));
  Document e = run("فرضت واشنطن عقوبات على شركات، وقطعت الدولة علاقاتها مع جارتها وطردت السفير.");
  EXPECT_TRUE(has(e, "فرضت", "SANCTION", "discontinue"));
  EXPECT_TRUE(has(e, "قطعت", "SANCTION", "discontinue"));
  EXPECT_TRUE(has(e, "طردت السفير", "SANCTION", "expel"));
}

TEST(TriggerCooperation, ConsultAgreeSupportCooperateAidConcede) {
  Document d = run("التقى الرئيس نظيره وأجرى معه اتصالا هاتفيا قبل زيارة رسمية للعاصمة.");
  EXPECT_TRUE(has(d, "التقى", "CONSULT"));
  EXPECT_TRUE(has(d, "اتصالا هاتفيا", "CONSULT", "phone"));
  EXPECT_TRUE(has(d, "زيارة", "CONSULT", "visit"));
  Document a = run("ووقع البلدان اتفاقية تعاون، ورحبت الأمم المتحدة بالخطوة.");
  EXPECT_TRUE(has(a, "وقع", "AGREE"));
  EXPECT_TRUE(has(a, "رحبت", "SUPPORT"));
  Document c = run("وقدمت الدولة دعما ماليا، ووصلت مساعدات إنسانية، وأعلن الأمير عفوا عاما.");
  EXPECT_TRUE(has(c, "قدمت", "AID"));
  EXPECT_TRUE(has(c, "مساعدات", "AID"));
  EXPECT_TRUE(has(c, "عفوا", "CONCEDE"));
  EXPECT_TRUE(has(run("وأجرى الجيشان مناورات مشتركة."), "مناورات مشتركة", "COOPERATE"));
  // Names that contain a trigger word are no event: the GCC, the coalition's name.
  Document g = run("اجتمع قادة مجلس التعاون في الرياض.");
  EXPECT_TRUE(has(g, "اجتمع", "CONSULT"));
  EXPECT_TRUE(no_type(g, "COOPERATE"));
  Document n = run("أكد التحالف لدعم الشرعية استمرار العمليات.");
  EXPECT_TRUE(none(n));
}

TEST(TriggerRetreat, WithdrawReleaseCeasefireResign) {
  Document d = run("انسحبت القوات من البلدة، وأفرجت السلطات عن الناشط، ثم استقال رئيس الوزراء.");
  EXPECT_TRUE(has(d, "انسحبت", "RETREAT", "withdraw"));
  EXPECT_TRUE(has(d, "أفرجت", "RETREAT", "release"));
  EXPECT_TRUE(has(d, "استقال", "RETREAT", "resign"));
  Document c = run("وأعلن الطرفان وقف إطلاق النار بعد هدنة قصيرة.");
  EXPECT_TRUE(has(c, "وقف إطلاق النار", "RETREAT", "ceasefire"));
  EXPECT_TRUE(has(c, "هدنة", "RETREAT", "ceasefire"));
  EXPECT_EQ(std::count_if(c.triggers.begin(), c.triggers.end(), [](auto& t) { return t.type == "ASSAULT"; }), 0);
}

// «أطلق» is nothing alone; its object decides the reading.
TEST(TriggerNeeds, ObjectDecidesTheReading) {
  EXPECT_TRUE(has(run("أطلق الخاطفون سراح الرهينة."), "أطلق", "RETREAT", "release"));
  EXPECT_TRUE(has(run("وأطلق سراح الرهينة أمس."), "أطلق سراح", "RETREAT", "release"));
  EXPECT_TRUE(has(run("أطلق مسلح النار على المارة."), "أطلق", "ASSAULT", "firearms"));
  EXPECT_TRUE(has(run("أطلقوا صاروخا نحو المدينة."), "أطلقوا صاروخا", "ASSAULT", "heavy-weapons"));
  EXPECT_TRUE(none(run("أطلقت الوزارة حملة للتوعية.")));
  EXPECT_TRUE(has(run("سمع السكان أصوات إطلاق نار."), "إطلاق نار", "ASSAULT", "firearms"));
  EXPECT_TRUE(has(run("وأضرموا النيران في المبنى."), "أضرموا", "ASSAULT", "primitive"));
  EXPECT_TRUE(has(run("فتح الحراس النار على السيارة."), "فتح", "ASSAULT", "firearms"));
  // «وقع» alone is «happened»; with an agreement it is AGREE.
  EXPECT_TRUE(none(run("وقع الحادث مساء السبت.")));
  // «حقق» achieves unless «في» follows right away («حقق انتصارات في المحافظة» is achieving).
  EXPECT_TRUE(none(run("حقق الفريق فوزا كبيرا في المحافظة.")));
  EXPECT_TRUE(has(run("وحققت في الحادث لجنة مستقلة."), "حققت في", "ACCUSE", "investigate"));
}

// Reviewed non-event readings: war, forces, announcements, illness, names.
TEST(TriggerAmbiguity, NonEventReadingsStaySilent) {
  EXPECT_TRUE(none(run("منذ بداية الحرب تغيرت المدينة.")));
  Document a = run("وأعلن المتحدث أن الاجتماع انتهى.");
  ASSERT_EQ(a.triggers.size(), 1u) << listing(a);  // «أعلن» is no event; the meeting is
  EXPECT_TRUE(has(a, "الاجتماع", "CONSULT"));
  EXPECT_TRUE(none(run("أصيب الوزير بفيروس كورونا.")));
  EXPECT_TRUE(has(run("أصيب ثلاثة بجروح في الحادث."), "أصيب", "ASSAULT"));
  EXPECT_TRUE(none(run("صدر بيان صادر عن الوزارة.")));
  EXPECT_TRUE(none(run("وصل طالب جامعي إلى المدينة.")));
  EXPECT_TRUE(no_type(run("زار السياح المقاطعات الشمالية."), "PROTEST"));  // provinces, not a boycott
  EXPECT_TRUE(none(run("خرجنا فجر الخميس.")));
}

TEST(TriggerSpans, CliticsAreOutsideTheSpanAndNominalIsSet) {
  Document d = run("وبالاعتقالات الأخيرة واعتقلت الشرطة ناشطا وللاحتجاجات صدى.");
  EXPECT_TRUE(has(d, "الاعتقالات", "COERCE", "arrest"));
  EXPECT_TRUE(has(d, "اعتقلت", "COERCE", "arrest"));
  EXPECT_TRUE(has(d, "احتجاجات", "PROTEST", "demo"));
  for (const auto& t : d.triggers) {
    std::string_view w = t.span.of(d.text);
    EXPECT_EQ(t.nominal, w != "اعتقلت") << w;
  }
  Document p = run("وحث الوسطاء الطرفين على التهدئة.");
  EXPECT_TRUE(has(p, "حث", "REQUEST"));
}

TEST(TriggerPassive, DammaOrADistinctFormMarksThePassive) {
  auto passive_of = [](const std::string& s) {
    Document d = run(s);
    return d.triggers.empty() ? -1 : static_cast<int>(d.triggers[0].passive);
  };
  EXPECT_EQ(passive_of("قُتل ثلاثة في الهجوم."), 1);
  EXPECT_EQ(passive_of("اعتُقل صحفيان أمس."), 1);
  EXPECT_EQ(passive_of("اغتيل ناشط في منزله."), 1);
  EXPECT_EQ(passive_of("قتلُوا ثلاثة حراس."), 0);
  EXPECT_EQ(passive_of("اعتقلت الشرطة ناشطا."), 0);  // unvowelled: left to the event stage
}

TEST(TriggerStructure, BoilerplateAndSourceLineAreSkipped) {
  Document d = run("اعتقلت الشرطة ناشطا.\n\nاقرأ أيضا\n\nالمصدر : الجزيرة + وكالات");
  ASSERT_EQ(d.triggers.size(), 1u) << listing(d);
  for (const Sentence& s : d.sentences) {
    if (s.kind != SentenceKind::kBoilerplate && s.kind != SentenceKind::kSourceLine) continue;
    for (const auto& t : d.triggers) EXPECT_FALSE(t.span.begin >= s.span.begin && t.span.end <= s.span.end);
  }
}

// Every row, written as in the table with clitics in front, in a short sentence of its own,
// is read with its own type and mode (a `needs` row gets its first needed word); "-" rows give
// nothing over the form.
TEST(TriggerLexicon, EveryRowMatchesItsReading) {
  size_t rows = 0;
  for (const data::Table& t : data::all_tables()) {
    if (!t.name.starts_with("triggers/")) continue;
    for (size_t r = 0; r < t.rows(); ++r, ++rows) {
      std::string form(t.get(r, "form"));
      std::string_view pos = t.get(r, "pos"), type = t.get(r, "type"), mode = t.get(r, "mode");
      std::string needs(t.get(r, "needs"));
      std::string need = needs.substr(0, needs.find('|'));
      int within = t.get(r, "within").empty() ? 4 : std::stoi(std::string(t.get(r, "within")));
      std::string lead = pos == "verb" || form.starts_with("ال") ? "و" : "وبال";
      std::string trigger = lead + form;
      std::string s;
      if (need.empty()) s = trigger + " قرب المدينة أمس.";
      else if (within < 0) s = need + " " + trigger + " قرب المدينة أمس.";
      else s = trigger + (within > 1 ? " اليوم " : " ") + need + " قرب المدينة أمس.";
      Document d = run(s);
      size_t first_end = trigger.find(' ');
      size_t at = 0;  // byte offset of the trigger in s
      if (!need.empty() && within < 0) at = need.size() + 1;
      Span word{static_cast<uint32_t>(at), static_cast<uint32_t>(at + (first_end == std::string::npos ? trigger.size() : first_end))};
      const TriggerMention* m = nullptr;
      for (const auto& tm : d.triggers)
        if (tm.span.begin < word.end && word.begin < tm.span.end) m = &tm;
      std::string where = std::string(t.name) + ":" + std::to_string(t.lines[r]) + " «" + s + "»";
      if (type == "-") {
        EXPECT_EQ(m, nullptr) << where << listing(d);
      } else {
        ASSERT_NE(m, nullptr) << where << listing(d);
        EXPECT_EQ(m->type, type) << where << listing(d);
        EXPECT_EQ(m->mode, mode) << where << listing(d);
      }
    }
  }
  EXPECT_GT(rows, 300u);
}

}  // namespace
}  // namespace rasd::events
