// Counts (events/counts.h): one test per binding rule, the table tests for count_nouns.tsv and
// count_roles.tsv, and the numbers that are never head counts. Sentences written for these tests.
#include <gtest/gtest.h>

#include "rasd/core/table.h"
#include "rasd/events/counts.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/pipeline.h"
#include "run_pipeline.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) {
  Document d = test_support::run_pipeline(text, "2023-01-01");
  find_triggers(d);  // idempotent: replaces whatever the pipeline found
  return d;
}

// "role=value" for each binding, space separated, e.g. "dead=3 injured=12".
std::string counts(const Document& d, const TriggerMention& t) {
  std::string s;
  for (const auto& b : counts_for(d, t)) {
    const Quantity& q = b.quantity;
    double v = q.value ? *q.value : q.min ? *q.min : -1;
    if (!s.empty()) s += " ";
    s += b.role + "=" + std::to_string(static_cast<long long>(v));
  }
  return s;
}

// The counts for the trigger whose text is `word` (the first such).
std::string counts_at(const std::string& text, std::string_view word) {
  Document d = run(text);
  for (const auto& t : d.triggers)
    if (t.span.of(d.text) == word) return counts(d, t);
  std::string all;
  for (const auto& t : d.triggers) all += " [" + std::string(t.span.of(d.text)) + "]";
  return "no trigger «" + std::string(word) + "» among" + all;
}

TEST(Counts, TriggerNamesTheRole) {
  EXPECT_EQ(counts_at("أعلنت الوزارة مقتل 9 في المدينة.", "مقتل"), "dead=9");
  EXPECT_EQ(counts_at("قتل في القرية ما لا يقل عن خمسة.", "قتل"), "dead=5");
  EXPECT_EQ(counts_at("وأصيب 17 في الحادث.", "أصيب"), "injured=17");
  EXPECT_EQ(counts_at("أكدت المصادر إصابة 20 بجروح.", "إصابة"), "injured=20");
  EXPECT_EQ(counts_at("اعتقلت الشرطة 25 في العاصمة.", "اعتقلت"), "arrested=25");
  EXPECT_EQ(counts_at("أعلنت السلطات اعتقال نحو 3 آلاف شخص.", "اعتقال"), "arrested=3000");
  EXPECT_EQ(counts_at("تظاهر أكثر من 400 شخص أمام البرلمان.", "تظاهر"), "size=400");
}

// The arrested are the arrest's count: a neighbouring charge of assault does not carry them
// (data/events/count_role_types.tsv).
TEST(Counts, ArrestedOnlyOnCoercion) {
  const std::string text = "واعتقلت الشرطة 3 شبان بتهمة الاعتداء على حارس.";
  EXPECT_EQ(counts_at(text, "اعتقلت"), "arrested=3");
  EXPECT_EQ(counts_at(text, "الاعتداء"), "");
}

TEST(Counts, ParticipantNounUnderAnotherRoleWord) {
  // An arrest of protesters counts the arrested, not the crowd.
  EXPECT_EQ(counts_at("اعتقلت قوات الأمن 40 متظاهرا في الساحة.", "اعتقلت"), "arrested=40");
  // Soldiers killed are dead; soldiers sent are a size.
  EXPECT_EQ(counts_at("قتل 6 جنود في كمين قرب الحدود.", "قتل"), "dead=6");
  EXPECT_EQ(counts_at("أرسلت الحكومة قوات قوامها 1500 جندي إلى الشمال.", "أرسلت"), "size=1500");
}

TEST(Counts, TwoRolesTwoVerbs) {
  // Each verb's count is its own: the arrested are no count of the killing (count_role_types.tsv).
  EXPECT_EQ(counts_at("قتل المسلحون 3 أشخاص واعتقلت الشرطة 5 آخرين.", "قتل"), "dead=3");
  EXPECT_EQ(counts_at("قتل المسلحون 3 أشخاص واعتقلت الشرطة 5 آخرين.", "اعتقلت"), "arrested=5");
  // A trigger naming no role does not take another type's count either: the flight is no killing.
  EXPECT_EQ(counts_at("أسفرت المعارك عن مقتل 20 مسلحا وفرار آخرين.", "فرار"), "");
  EXPECT_EQ(counts_at("أسفرت المعارك عن مقتل 20 مسلحا وفرار آخرين.", "المعارك"), "dead=20");
  EXPECT_EQ(counts_at("اعتقلت الشرطة 9 من المحتجين في الساحة.", "اعتقلت"), "arrested=9");
}

TEST(Counts, OutcomeNounAfterTheNumber) {
  EXPECT_EQ(counts_at("أوقع الانفجار 14 قتيلا في السوق.", "الانفجار"), "dead=14");
  EXPECT_EQ(counts_at("خلف القصف عشرات الجرحى في الحي.", "القصف"), "injured=10");
  EXPECT_EQ(counts_at("أسفرت المداهمات عن 8 معتقلين.", "المداهمات"), "arrested=8");
  EXPECT_EQ(counts_at("أسفر الهجوم عن 8 معتقلين.", "الهجوم"), "");  // an attack counts no arrested
}

TEST(Counts, MinPhraseBetweenNumberAndNoun) {
  EXPECT_EQ(counts_at("أعلنت الوزارة مقتل 4 من عناصر الحرس.", "مقتل"), "dead=4");
  EXPECT_EQ(counts_at("أسفر الهجوم عن سقوط 11 من القتلى.", "الهجوم"), "dead=11");
}

TEST(Counts, OtherRoleWordInTheClause) {
  // The trigger is «الهجوم»; «مقتل» and «إصابة» name the roles, «آخرين» inherits the nearest.
  EXPECT_EQ(counts_at("أسفر الهجوم عن مقتل ثلاثة وإصابة 15 آخرين.", "الهجوم"), "dead=3 injured=15");
  EXPECT_EQ(counts_at("قتل 6 وجرح 9 في انفجار سيارة مفخخة.", "انفجار"), "dead=6 injured=9");
}

TEST(Counts, JoinedRoleWordsCountBothTogether) {
  // «killed and wounded 30»: a casualty toll, neither the dead nor the injured.
  EXPECT_EQ(counts_at("أسفر القصف عن مقتل وإصابة 30 شخصا في البلدة.", "القصف"), "");
  EXPECT_EQ(counts_at("أسفر القصف عن مقتل وجرح العشرات.", "القصف"), "");
  // Two clauses: the first verb has its own victim.
  EXPECT_EQ(counts_at("قال المصدر إن طفلا قتل وأصيب أربعة آخرون.", "قتل"), "dead=1 injured=4");
}

TEST(Counts, NumberBeforeTheVerb) {
  EXPECT_EQ(counts_at("قالت المصادر إن 18 مسلحا قتلوا في المواجهات.", "المواجهات"), "dead=18");
}

TEST(Counts, RangesAndQualifiersKeepTheirBounds) {
  Document d = run("قتل أكثر من 70 شخصا في الغارة.");
  ASSERT_FALSE(d.triggers.empty());
  auto b = counts_for(d, d.triggers.front());
  ASSERT_EQ(b.size(), 1u);
  const Quantity& q = b[0].quantity;
  EXPECT_EQ(b[0].role, "dead");
  EXPECT_EQ(q.qualifier, Qualifier::kAtLeast);
  ASSERT_TRUE(q.min.has_value());
  EXPECT_EQ(*q.min, 70);
  EXPECT_EQ(counts_at("أصيب بين 10 و20 في التدافع.", "أصيب"), "injured=10");
}

TEST(Counts, OnePerRoleTheClosest) {
  EXPECT_EQ(counts_at("قتل 5 في الصباح وقتل 2 في المساء.", "قتل"), "dead=5");
}

TEST(Counts, EvidenceSpansRoleWordNumberAndNoun) {
  Document d = run("أعلنت الشرطة مقتل 7 من أفراد الحرس.");
  ASSERT_FALSE(d.triggers.empty());
  auto b = counts_for(d, d.triggers.front());
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].evidence.of(d.text), "مقتل 7 من أفراد");
}

TEST(Counts, NeverCounts) {
  // A year, a percent, money, a date, a duration, a label number, equipment.
  EXPECT_EQ(counts_at("قتل في عام 2019 كثيرون.", "قتل"), "");
  EXPECT_EQ(counts_at("اعتقلت الشرطة 30% من المشتبه بهم.", "اعتقلت"), "");
  EXPECT_EQ(counts_at("أصيب الاقتصاد بخسارة 500 مليون دولار.", "أصيب"), "");
  EXPECT_EQ(counts_at("اعتقلت الشرطة المشتبه بهم في 14/5/2015 بالمدينة.", "اعتقلت"), "");
  EXPECT_EQ(counts_at("قتل الرهائن في 3 مارس الماضي.", "قتل"), "");
  EXPECT_EQ(counts_at("أطلق المسلحون 7 صواريخ على البلدة.", "أطلق"), "");
  EXPECT_EQ(counts_at("تظاهر السكان في 5 مدن.", "تظاهر"), "");
  EXPECT_EQ(counts_at("قتل المسلحون الرهائن على الطريق رقم 6.", "قتل"), "");
  EXPECT_EQ(counts_at("استمر الاحتجاج 3 أيام.", "الاحتجاج"), "");
}

TEST(Counts, ClauseEndCutsTheWindow) {
  EXPECT_EQ(counts_at("اعتقلت الشرطة المشتبه به. وقتل 4 في حادث آخر.", "اعتقلت"), "");
}

TEST(Counts, SingularVictimNounIsOne) {
  EXPECT_EQ(counts_at("أعلنت الوزارة مقتل الضابط في الهجوم.", "مقتل"), "dead=1");
  EXPECT_EQ(counts_at("أصيب شرطي في الانفجار.", "أصيب"), "injured=1");
  // A finite verb's subject stands between it and the victim.
  EXPECT_EQ(counts_at("اعتقلت الشرطة رجلا في السوق.", "اعتقلت"), "arrested=1");
  EXPECT_EQ(counts_at("قتلت قوات الاحتلال أحدهم قرب الجدار.", "قتلت"), "dead=1");
  // Another trigger of the clause takes the count through its role word, as with numerals.
  EXPECT_EQ(counts_at("أسفر القصف عن مقتل سائق في سيارته.", "القصف"), "dead=1");
}

TEST(Counts, DualVictimNounIsTwo) {
  EXPECT_EQ(counts_at("قتل جنديان في الكمين.", "قتل"), "dead=2");
  EXPECT_EQ(counts_at("أسفر القصف عن مقتل طفلين.", "القصف"), "dead=2");
  EXPECT_EQ(counts_at("أصيب شابان بجروح.", "أصيب"), "injured=2");
  EXPECT_EQ(counts_at("أسفر القصف عن مقتل امرأتين.", "القصف"), "dead=2");
  // «مدنيين» is mostly the sound plural, not two civilians.
  EXPECT_EQ(counts_at("أسفر القصف عن مقتل مدنيين.", "القصف"), "");
}

TEST(Counts, VictimBeforeAFiniteVerb) {
  EXPECT_EQ(counts_at("قال المصدر إن فتى قد قتل برصاص الشرطة.", "قتل"), "dead=1");
  EXPECT_EQ(counts_at("وأكد الأطباء أن شابين أصيبا في الحادث.", "أصيبا"), "injured=2");
}

TEST(Counts, PronounOnTheRoleNoun) {
  EXPECT_EQ(counts_at("لقي مصرعه في كمين قرب الحدود.", "لقي مصرعه"), "dead=1");
  EXPECT_EQ(counts_at("أعلنت العائلة مقتلهما في القصف.", "مقتلهما"), "dead=2");
  EXPECT_EQ(counts_at("لقوا مصرعهم في كمين قرب الحدود.", "لقوا مصرعهم"), "");
}

TEST(Counts, NumeralBeatsImplied) {
  // Per role: a numeral wins; another role keeps its implied count.
  EXPECT_EQ(counts_at("أعلنت الشرطة مقتل 4 بينهم طفل.", "مقتل"), "dead=4");
  EXPECT_EQ(counts_at("قتل جندي وأصيب 5 آخرون في الهجوم.", "قتل"), "dead=1 injured=5");
}

TEST(Counts, MoreVictimsThanTheNounSays) {
  EXPECT_EQ(counts_at("أعلنت الحركة مقتل قائد ميداني مع مرافقيه في غارة.", "مقتل"), "");
  EXPECT_EQ(counts_at("أعلنت الحركة مقتل ضابط وآخرين في غارة.", "مقتل"), "");
}

TEST(Counts, ACountIsItsNearestTellings) {
  // The 9 and 11 are the first killing's; the later «قتلوا» (of the day before) has neither.
  const std::string text = "قتل 9 وأصيب 11 آخرون في تفجير استهدف تشييع شبان قتلوا أمس.";
  EXPECT_EQ(counts_at(text, "قتل"), "dead=9 injured=11");
  EXPECT_EQ(counts_at(text, "قتلوا"), "");
}

TEST(Counts, CrowdUnderAnyTrigger) {
  EXPECT_EQ(counts_at("هاجم نحو 200 متظاهر مركز الشرطة.", "هاجم"), "size=200");
  // Fighters under an attack stay uncounted (they are mostly victims of a verb further on).
  EXPECT_EQ(counts_at("هاجم نحو 200 مسلح مركز الشرطة.", "هاجم"), "");
}

TEST(Counts, StrengthInTheNextSentence) {
  EXPECT_EQ(counts_at("أرسلت الحكومة قوات إلى الحدود. وقال المتحدث إن القوة تضم نحو 800 جندي.", "أرسلت"),
            "size=800");
  // Not across paragraphs, and not when the trigger's own sentence gives a size.
  EXPECT_EQ(counts_at("أرسلت الحكومة قوات إلى الحدود.\n\nوقال المتحدث إن القوة تضم نحو 800 جندي.", "أرسلت"), "");
  EXPECT_EQ(counts_at("أرسلت الحكومة قوات قوامها 300 جندي إلى الحدود. وقال المتحدث إن القوة تضم نحو 800 جندي.", "أرسلت"),
            "size=300");
}

// Every count noun after a number under a neutral verb yields its role; size nouns read size
// under a deployment, crowd nouns under any trigger, person nouns need a role word, thing and
// label nouns never count.
TEST(CountsTable, EveryNounRowAfterANumber) {
  const auto& t = data::table("events/count_nouns");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string noun(t.get(r, "noun")), role(t.get(r, "role"));
    if (role == "label") {
      EXPECT_EQ(counts_at("قتل المسلحون الرهائن قرب " + noun + " 12 أمس.", "قتل"), "") << noun;
      continue;
    }
    // «هاجم» (ASSAULT, no role of its own): only an outcome noun gives one; a participant noun
    // gives size under a deployment («تعزيزات», MOBILIZE) and nothing under an attack.
    std::string got = counts_at("هاجم 12 " + noun + " البلدة.", "هاجم");
    if (role == "size") {
      EXPECT_EQ(got, "") << noun;
      EXPECT_EQ(counts_at("وصلت تعزيزات تضم 12 " + noun + " إلى الحدود.", "تعزيزات"), "size=12") << noun;
    } else if (role == "crowd") {
      // Protesters are a crowd under any trigger, and victims under a killing.
      EXPECT_EQ(got, "size=12") << noun;
      EXPECT_EQ(counts_at("وصلت تعزيزات تضم 12 " + noun + " إلى الحدود.", "تعزيزات"), "size=12") << noun;
      EXPECT_EQ(counts_at("قتل 12 " + noun + " أمس.", "قتل"), "dead=12") << noun;
    } else if (role == "dead" || role == "injured") {
      EXPECT_EQ(got, role + "=12") << noun;
    } else if (role == "arrested") {
      EXPECT_EQ(got, "") << noun;  // only a coercion counts the arrested
      EXPECT_EQ(counts_at("داهمت الشرطة البلدة واعتقلت 12 " + noun + ".", "اعتقلت"), "arrested=12") << noun;
    } else {
      EXPECT_EQ(got, "") << noun;
    }
    if (role == "person") {
      EXPECT_EQ(counts_at("قتل 12 " + noun + " أمس.", "قتل"), "dead=12") << noun;
    }
  }
}

// Every count_implied row: a singular counts 1 after «مقتل», its listed duals 2 and its other
// -ين form nothing; a suffix row's noun with -ه counts 1, with -هما 2, with -هم nothing; a more
// row after a singular victim leaves no count.
TEST(CountsTable, EveryImpliedRow) {
  const auto& t = data::table("events/count_implied");
  ASSERT_GT(t.rows(), 0u);
  const std::string taa = "\xD8\xA9", ta = "\xD8\xAA";  // ة ت
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string word(t.get(r, "word")), kind(t.get(r, "kind")), dual(t.get(r, "dual"));
    if (kind == "one") {
      EXPECT_EQ(counts_at("أعلنت الشرطة مقتل " + word + " في الحادث.", "مقتل"), "dead=1") << word;
      if (dual == "-") continue;
      std::string base = word.ends_with(taa) ? word.substr(0, word.size() - taa.size()) + ta : word;
      EXPECT_EQ(counts_at("أعلنت الشرطة مقتل " + base + "ان في الحادث.", "مقتل"), "dead=2") << word;
      EXPECT_EQ(counts_at("أعلنت الشرطة مقتل " + base + "ين في الحادث.", "مقتل"), dual == "both" ? "dead=2" : "")
          << word;
    } else if (kind == "suffix") {
      // A noun that is no trigger by itself is read inside its phrase («لقي حتفه»).
      std::string lead = word == "حتف" ? "لقي " : word == "نحب" ? "قضى " : "";
      std::string base = word.ends_with(taa) ? word.substr(0, word.size() - taa.size()) + ta : word;
      for (auto [ending, n] : {std::pair{"ه", "1"}, {"هما", "2"}, {"هم", ""}}) {
        std::string form = lead + base + ending;
        std::string got = counts_at("أكدت المصادر " + form + " أمس.", form);
        if (*n) EXPECT_TRUE(got.ends_with(std::string("=") + n) && got.find(' ') == std::string::npos) << form << " " << got;
        else EXPECT_EQ(got, "") << form;
      }
    } else {
      ASSERT_EQ(kind, "more") << word;
      std::string more = word == "مع" ? "مع مرافقيه" : "و" + word;
      EXPECT_EQ(counts_at("أعلنت الشرطة مقتل ضابط " + more + " في الحادث.", "مقتل"), "") << word;
    }
  }
}

// Every count_strength row gives a deployment the size its next sentence names.
TEST(CountsTable, EveryStrengthRow) {
  const auto& t = data::table("events/count_strength");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string word(t.get(r, "word"));
    EXPECT_EQ(counts_at("أرسلت الحكومة قوات إلى الحدود. وأكد المتحدث أن القوة " + word + " نحو 800 جندي.", "أرسلت"),
              "size=800") << word;
  }
}

// Every count_roles row is a lemma the trigger lexicon has, or a PLOVER TYPE[/mode].
TEST(CountsTable, EveryRoleRowIsALexiconLemmaOrType) {
  const auto& roles = data::table("events/count_roles");
  ASSERT_GT(roles.rows(), 0u);
  std::vector<std::string> lemmas;
  for (const auto& t : data::all_tables())
    if (t.name.starts_with("triggers/"))
      for (size_t r = 0; r < t.rows(); ++r) lemmas.push_back(text::normalize_key(t.get(r, "lemma")));
  for (size_t r = 0; r < roles.rows(); ++r) {
    std::string_view key = roles.get(r, "trigger"), role = roles.get(r, "role");
    EXPECT_TRUE(role == "dead" || role == "injured" || role == "arrested" || role == "size") << key;
    if (!key.empty() && key[0] >= 'A' && key[0] <= 'Z') continue;
    EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), text::normalize_key(key)), lemmas.end()) << key;
  }
}

}  // namespace
}  // namespace rasd::events
