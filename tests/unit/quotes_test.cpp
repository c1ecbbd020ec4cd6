// The quotes stage (src/rasd/quotes): one test per rule with sentences written for these tests,
// and table tests that run every row of data/quotes/*.tsv through the whole pipeline.
#include <gtest/gtest.h>

#include <string>

#include "rasd/core/table.h"
#include "rasd/quotes/quote_finder.h"
#include "run_pipeline.h"

namespace rasd::quotes {
namespace {

std::string text_of(const Document& d, const Span& s) { return std::string(s.of(d.text)); }

std::string listing(const Document& d) {
  std::string s;
  for (const auto& q : d.quotes)
    s += " {" + q.speaker_name + (q.direct ? " D: " : " R: ") + text_of(d, q.span) + "}";
  return s;
}

// The quote whose words contain `words`, or nullptr.
const Quote* quote_with(const Document& d, std::string_view words) {
  for (const auto& q : d.quotes)
    if (q.span.of(d.text).find(words) != std::string_view::npos) return &q;
  return nullptr;
}

TEST(Quotes, ReportedAfterComplementizer) {
  Document d = test_support::run_pipeline("وقال وزير الداخلية فيصل الحمدان إن الشرطة أغلقت الطرق المؤدية إلى الميناء.");
  ASSERT_EQ(d.quotes.size(), 1u) << listing(d);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(text_of(d, q.span), "الشرطة أغلقت الطرق المؤدية إلى الميناء");
  EXPECT_EQ(text_of(d, q.cue), "وقال");
  EXPECT_FALSE(q.direct);
  EXPECT_NE(q.speaker_name.find("الحمدان"), std::string::npos) << q.speaker_name;
  EXPECT_GE(q.speaker, 0);
}

TEST(Quotes, DirectAfterVerbAndSpeaker) {
  Document d = test_support::run_pipeline("وقالت وزارة الصحة: «لن نغلق المستشفيات مهما طال الحصار».");
  const Quote* q = quote_with(d, "لن نغلق المستشفيات");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(text_of(d, q->span), "لن نغلق المستشفيات مهما طال الحصار");
  EXPECT_NE(q->speaker_name.find("وزارة الصحة"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, DirectBeforeVerb) {
  Document d = test_support::run_pipeline("\"سنعيد بناء الجسر قبل نهاية العام\"، قال وزير النقل محمد الخطيب.");
  const Quote* q = quote_with(d, "سنعيد بناء الجسر");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_TRUE(q->direct);
  EXPECT_GE(q->speaker, 0);
  EXPECT_NE(q->speaker_name.find("محمد"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, DroppedSubjectCarriesTheLastSpeaker) {
  Document d = test_support::run_pipeline(
      "وقال وزير الزراعة نبيل الحسيني إن المحصول تضرر كثيرا هذا الموسم.\n"
      "وأضاف أن الحكومة ستعوض المزارعين عن خسائرهم.");
  const Quote* q = quote_with(d, "الحكومة ستعوض المزارعين");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("الحسيني"), std::string::npos) << q->speaker_name;
  EXPECT_EQ(text_of(d, q->cue), "وأضاف");
}

TEST(Quotes, DroppedSubjectAgreesInGender) {
  Document d = test_support::run_pipeline(
      "وقالت وزارة المالية إن العجز تراجع. وقال الوزير كريم العطار إن الأسعار ستنخفض.\n"
      "وأضافت أن الموازنة الجديدة ستقر قريبا.");
  const Quote* q = quote_with(d, "الموازنة الجديدة");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("وزارة المالية"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, SoundMasculinePluralTakesNoFeminineVerb) {
  Document d = test_support::run_pipeline(
      "وقالت الوزارة إن المعبر مغلق. وقال المحتجون إن الطريق قطع.\n"
      "وأضافت أن التحقيق مستمر.");
  const Quote* q = quote_with(d, "التحقيق مستمر");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("الوزارة"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, PersonBeforeAFeminineVerbStillSpeaks) {
  // A name does not show its gender: «ميركل أكدت» is hers, not the government's.
  Document d = test_support::run_pipeline(
      "وأعلنت الحكومة خطة جديدة. لكن ميركل أكدت أن الأسعار لن ترتفع.");
  const Quote* q = quote_with(d, "الأسعار لن ترتفع");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("ميركل"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, NounAfterAPrepositionIsNotTheSubject) {
  // «لثلاثة مقاتلين» right before «قالت» is governed by «ل»: the paper reported, not the fighters.
  Document d = test_support::run_pipeline(
      "وتحدثت صحيفة محلية عن جنازة أقيمت لثلاثة مقاتلين قالت إنهم سقطوا قرب الحدود.");
  const Quote* q = quote_with(d, "سقطوا قرب الحدود");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("صحيفة"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, ParticipleContinuesTheStatement) {
  Document d = test_support::run_pipeline(
      "وأكد المتحدث باسم الجيش أن القوات استعادت التلة، مضيفا أن المعارك توقفت مساء.");
  ASSERT_EQ(d.quotes.size(), 2u) << listing(d);
  EXPECT_EQ(text_of(d, d.quotes[0].span), "القوات استعادت التلة");
  EXPECT_EQ(text_of(d, d.quotes[1].span), "المعارك توقفت مساء");
  EXPECT_EQ(d.quotes[0].speaker_name, d.quotes[1].speaker_name);
  EXPECT_EQ(text_of(d, d.quotes[1].cue), "مضيفا");
}

TEST(Quotes, SourceNounSpeaker) {
  Document d = test_support::run_pipeline("وذكر شهود عيان أن النيران اشتعلت في المخزن لساعات.");
  const Quote* q = quote_with(d, "النيران اشتعلت");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(q->speaker_name, "شهود عيان");
  EXPECT_EQ(q->speaker, -1);
}

TEST(Quotes, SecuritySourceWithNisba) {
  Document d = test_support::run_pipeline("وأكد مصدر أمني أن المهاجمين فروا نحو الجبال.");
  const Quote* q = quote_with(d, "المهاجمين فروا");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(q->speaker_name, "مصدر أمني");
}

TEST(Quotes, NewsAgencyIsASourceNoun) {
  // «وكالة سبأ» is not an actor mention; the party in its relative clause is not the speaker.
  Document d = test_support::run_pipeline(
      "وأصدرت وكالة سبأ التي يديرها المتمردون تقريرا، مشيرة إلى أن القصف طال مدرسة.");
  const Quote* q = quote_with(d, "القصف طال مدرسة");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(q->speaker_name, "وكالة سبأ") << listing(d);
}

TEST(Quotes, CountryAfterAFeminineVerbSpeaks) {
  // «تقول أوكرانيا»: the state speaks through its name (not the last speaker before it).
  Document d = test_support::run_pipeline(
      "وانتقدت منظمات حقوقية القوات الحكومية، بينما تقول أوكرانيا إن قواتها التزمت بالهدنة.");
  const Quote* q = quote_with(d, "قواتها التزمت");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(q->speaker_name, "أوكرانيا") << listing(d);
}

TEST(Quotes, CountrySpeakerCarriesToFeminineVerbsOnly) {
  Document d = test_support::run_pipeline(
      "وقالت كندا إن السفارة أغلقت. وقال مسؤول إن الطريق مغلق.\n"
      "وأضافت أن الموظفين غادروا.");
  const Quote* q = quote_with(d, "الموظفين غادروا");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(q->speaker_name, "كندا") << listing(d);
}

TEST(Quotes, StatementAuthorSpeaks) {
  Document d = test_support::run_pipeline("وجاء في بيان لوزارة الخارجية أن السفير استدعي للتشاور.");
  const Quote* q = quote_with(d, "السفير استدعي");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("وزارة الخارجية"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, RelayedStatementSpeaksForItsAuthor) {
  Document d = test_support::run_pipeline(
      "أعلنت وزارة الصحة حصيلة جديدة. ونقلت وكالات أنباء محلية عن بيان للوزارة أن المستشفيات "
      "استقبلت عشرات الجرحى.");
  const Quote* q = quote_with(d, "المستشفيات استقبلت");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("وزارة"), std::string::npos) << q->speaker_name;
  EXPECT_GE(q->speaker, 0);
}

TEST(Quotes, OwnStatementKeepsTheVerbsSubject) {
  // «في بيان لها»: the statement is the subject's own, so the organisation speaks, not «بيان».
  Document d = test_support::run_pipeline(
      "ووصلت هيئة الإغاثة الوطنية إلى القرية وذكرت في بيان لها حدوث أضرار كبيرة في المنازل.");
  const Quote* q = quote_with(d, "حدوث أضرار");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("هيئة"), std::string::npos) << q->speaker_name;
  EXPECT_EQ(q->span.of(d.text).find("لها"), std::string_view::npos) << listing(d);
}

TEST(Quotes, RelayedSpeakerIsTheOneQuoted) {
  Document d = test_support::run_pipeline("ونقلت وكالة رويترز عن وزارة الدفاع أن الطائرات عادت إلى قواعدها.");
  const Quote* q = quote_with(d, "الطائرات عادت");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("وزارة الدفاع"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, SourcePrepositionOpeningTheSentence) {
  Document d = test_support::run_pipeline("وبحسب وزارة الصحة، فإن عدد المصابين ارتفع إلى ثلاثين.");
  const Quote* q = quote_with(d, "عدد المصابين ارتفع");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("وزارة الصحة"), std::string::npos) << q->speaker_name;
  EXPECT_EQ(text_of(d, q->cue), "وبحسب");
}

TEST(Quotes, SourcePrepositionClosingTheSentence) {
  Document d = test_support::run_pipeline("أصيب خمسة أشخاص في انهيار مبنى قديم، بحسب الدفاع المدني.");
  const Quote* q = quote_with(d, "أصيب خمسة أشخاص");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(text_of(d, q->span), "أصيب خمسة أشخاص في انهيار مبنى قديم");
}

TEST(Quotes, PrepositionOpensTheWords) {
  Document d = test_support::run_pipeline("وأشار رئيس البلدية إلى أن المياه ستعود خلال يومين.");
  const Quote* q = quote_with(d, "المياه ستعود");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(text_of(d, q->span), "المياه ستعود خلال يومين");
}

TEST(Quotes, VerbalNounObject) {
  Document d = test_support::run_pipeline("وأعلنت وزارة الداخلية مقتل ثلاثة من عناصر الشرطة في الهجوم.");
  const Quote* q = quote_with(d, "مقتل ثلاثة");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("وزارة الداخلية"), std::string::npos) << q->speaker_name;
}

TEST(Quotes, NameInMarksIsNotTheQuote) {
  Document d = test_support::run_pipeline("وقال مصدر عسكري لـ \"إذاعة الشمال\" إن الطريق فتح من جديد.");
  const Quote* q = quote_with(d, "الطريق فتح");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(quote_with(d, "إذاعة الشمال"), nullptr) << listing(d);
  EXPECT_FALSE(q->direct);
}

TEST(Quotes, JoinerStartsAStatement) {
  Document d = test_support::run_pipeline(
      "وأعلنت الشرطة إغلاق الساحة، كما قال المحافظ خالد الراشد إن الوضع تحت السيطرة.");
  const Quote* q = quote_with(d, "الوضع تحت السيطرة");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_NE(q->speaker_name.find("خالد"), std::string::npos) << q->speaker_name;
  const Quote* p = quote_with(d, "إغلاق الساحة");
  ASSERT_NE(p, nullptr) << listing(d);
  EXPECT_EQ(p->span.of(d.text).find("الراشد"), std::string_view::npos);
}

TEST(Quotes, QuotationOpeningAParagraph) {
  Document d = test_support::run_pipeline(
      "وقال رئيس اللجنة مازن العلي إن الانتخابات ستجرى في موعدها.\n"
      "\"لن نقبل أي تأجيل مهما كانت الضغوط علينا\".");
  const Quote* q = quote_with(d, "لن نقبل أي تأجيل");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_TRUE(q->direct);
  EXPECT_NE(q->speaker_name.find("العلي"), std::string::npos) << q->speaker_name;
}

// A speaker more than ten sentences back is out of reach: the quotation is nobody's, so none.
TEST(Quotes, QuotationOpeningAParagraphFarFromItsSpeaker) {
  auto text = [](int filler) {
    std::string t = "وقال المتحدث باسم الجيش العقيد سامر الخطيب إن القوات تقدمت.\n";
    for (int i = 0; i < filler; ++i) t += "وصلت الحافلات إلى المحطة صباحا.\n";
    return t + "«سنواصل العمليات حتى نهاية الشهر الجاري بلا توقف».";
  };
  Document near = test_support::run_pipeline(text(9));
  const Quote* q = quote_with(near, "سنواصل العمليات");
  ASSERT_NE(q, nullptr) << listing(near);
  EXPECT_NE(q->speaker_name.find("الخطيب"), std::string::npos) << q->speaker_name;
  Document far = test_support::run_pipeline(text(11));
  EXPECT_EQ(quote_with(far, "سنواصل العمليات"), nullptr) << listing(far);
}

// A cue without a subject mid-sentence takes the sentence's first actor that may govern it: the
// protesters (plural) cannot be the subject of «ذكرت», the commission can.
TEST(Quotes, SubjectlessCuePassesOverADisagreeingActor) {
  Document d = test_support::run_pipeline(
      "تجمع المحتجون أمام اللجنة الانتخابية في العاصمة وذكرت أن الفرز سيبدأ غدا.");
  const Quote* q = quote_with(d, "الفرز سيبدأ غدا");
  ASSERT_NE(q, nullptr) << listing(d);
  EXPECT_EQ(q->speaker_name, "اللجنة الانتخابية");
}

// A run-on sentence of many cues: every statement is found, each with the sentence's subject
// (the look-ups are indexed, so this stays as fast per cue as a short sentence).
TEST(Quotes, ManyCuesInOneSentence) {
  std::string t = "تجمع المحتجون أمام اللجنة الانتخابية في العاصمة";
  for (int i = 0; i < 2000; ++i) t += " وذكرت أن الفرز سيبدأ غدا";
  Document d = test_support::run_pipeline(t + ".");
  ASSERT_EQ(d.quotes.size(), 2000u);
  for (const Quote& q : d.quotes) {
    EXPECT_EQ(q.speaker_name, "اللجنة الانتخابية");
    EXPECT_EQ(text_of(d, q.span), "الفرز سيبدأ غدا");
  }
}

TEST(Quotes, NothingFromBoilerplate) {
  Document d = test_support::run_pipeline("اقرأ أيضا\nوقال الوزير إن الاتفاق صامد.");
  for (const auto& q : d.quotes)
    for (const Span& b : d.boilerplate) EXPECT_FALSE(q.span.overlaps(b)) << listing(d);
}

TEST(Quotes, NoCueNoQuote) {
  Document d = test_support::run_pipeline("وصلت قافلة المساعدات إلى المدينة صباح الأحد بعد أن فتح الطريق.");
  EXPECT_TRUE(d.quotes.empty()) << listing(d);
}

// The first preposition a cue row's `follows` names, or "".
std::string prep_of(const std::string& follows) {
  size_t p = follows.find("prep:");
  if (p == std::string::npos) return {};
  p += 5;
  size_t e = follows.find(',', p);
  return follows.substr(p, e == std::string::npos ? std::string::npos : e - p);
}

// Every cue row, in a sentence built around it: a finite verb with a named source and what the row
// says follows; a participle after a first statement; a source preposition opening the sentence.
TEST(QuotesTables, EveryCueRowFindsItsQuote) {
  const data::Table& t = data::table("quotes/speech_cues");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string cue(t.get(r, "cue"));
    std::string kind(t.get(r, "kind"));
    std::string follows(t.get(r, "follows"));
    std::string sentence;
    std::string words = "المعبر سيفتح أمام المسافرين غدا";
    if (kind == "source") {
      std::string c = cue;
      if (c.ends_with(" ل")) c += "ـ";  // «وفقا لـ مصادر»: the ل written apart
      // Mid-sentence (a line opening with «نقلا عن» reads as a credit line): the words before it.
      sentence = words + "، " + c + " مصادر محلية.";
    } else if (kind == "adverbial") {
      std::string opener = follows.find("comp") != std::string::npos ? " أن "
                           : !prep_of(follows).empty()                ? " " + prep_of(follows) + " "
                                                                      : " \"";
      sentence = "وقال مصدر أمني إن الطريق مغلق، " + cue + opener + words + (opener == " \"" ? "\"." : ".");
    } else {
      std::string opener = follows.find("comp") != std::string::npos ? " أن "
                           : follows.find("colon") != std::string::npos ? ": \""
                           : follows.find("mark") != std::string::npos ? " \""
                           : " ";
      if (opener == " " && !prep_of(follows).empty())
        opener = prep_of(follows) == "ب" ? " ب" : " " + prep_of(follows) + " ";
      bool marked = opener.find('"') != std::string::npos;
      sentence = cue + " مصدر أمني" + opener + words + (marked ? "\"." : ".");
    }
    Document d = test_support::run_pipeline(sentence);
    const Quote* q = quote_with(d, "سيفتح أمام المسافرين");
    ASSERT_NE(q, nullptr) << "row " << r << " «" << cue << "»: " << sentence << listing(d);
    EXPECT_FALSE(q->speaker_name.empty()) << "row " << r << ": " << sentence;
  }
}

TEST(QuotesTables, EveryComplementizerOpensTheWords) {
  const data::Table& t = data::table("quotes/complementizers");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string role(t.get(r, "role"));
    if (role == "comp") {
      std::string sentence = "وقال مصدر أمني " + w + " المعبر سيفتح أمام المسافرين غدا.";
      Document d = test_support::run_pipeline(sentence);
      ASSERT_NE(quote_with(d, "سيفتح أمام"), nullptr) << "row " << r << ": " << sentence << listing(d);
    } else if (role == "blocker") {
      // «قال ... بعد أن»: no reported clause after a blocked «أن».
      std::string sentence = "وصل الوفد وقال مصدر أمني " + w + " أن المعبر فتح أمام المسافرين.";
      Document d = test_support::run_pipeline(sentence);
      EXPECT_EQ(quote_with(d, "فتح أمام"), nullptr) << "row " << r << ": " << sentence << listing(d);
    } else {
      ASSERT_EQ(role, "joiner") << "row " << r;
      std::string sentence = "وقالت الشرطة إن الطريق مغلق، " + w + " قال مصدر أمني إن المعبر سيفتح أمام المسافرين.";
      Document d = test_support::run_pipeline(sentence);
      const Quote* q = quote_with(d, "سيفتح أمام");
      ASSERT_NE(q, nullptr) << "row " << r << ": " << sentence << listing(d);
      EXPECT_EQ(q->speaker_name, "مصدر أمني") << "row " << r << ": " << sentence << listing(d);
    }
  }
}

// Every preposition row: a source noun right after it, right before a verb, is not its subject.
TEST(QuotesTables, EveryPrepositionGovernsItsNoun) {
  const data::Table& t = data::table("quotes/prepositions");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string sentence = "وتحدثت صحيفة محلية عن أحداث " + w + " مصادر طبية قالت إن المعبر سيفتح أمام المسافرين.";
    Document d = test_support::run_pipeline(sentence);
    const Quote* q = quote_with(d, "سيفتح أمام");
    ASSERT_NE(q, nullptr) << "row " << r << ": " << sentence << listing(d);
    EXPECT_EQ(q->speaker_name.find("مصادر"), std::string::npos) << "row " << r << ": " << sentence << listing(d);
  }
}

TEST(QuotesTables, EverySpeakerNounSpeaks) {
  const data::Table& t = data::table("quotes/speaker_nouns");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string role(t.get(r, "role"));
    if (role == "possessive") {
      // «وأضافت في بيان لها»: the statement's author is the last speaker, not the noun.
      std::string sentence = "وقالت وزارة النقل إن الطريق مغلق.\nوأضافت في بيان " + w +
                             " أن المعبر سيفتح أمام المسافرين.";
      Document d = test_support::run_pipeline(sentence);
      const Quote* q = quote_with(d, "سيفتح أمام");
      ASSERT_NE(q, nullptr) << "row " << r << ": " << sentence << listing(d);
      EXPECT_NE(q->speaker_name.find("وزارة النقل"), std::string::npos) << "row " << r << ": " << q->speaker_name;
      continue;
    }
    std::string sentence = role == "describer" ? "وقالت مصادر " + w + " إن المعبر سيفتح أمام المسافرين."
                                               : "وقال " + w + " إن المعبر سيفتح أمام المسافرين.";
    Document d = test_support::run_pipeline(sentence);
    const Quote* q = quote_with(d, "سيفتح أمام");
    ASSERT_NE(q, nullptr) << "row " << r << ": " << sentence << listing(d);
    if (role == "describer") EXPECT_NE(q->speaker_name.find(w), std::string::npos) << "row " << r << ": " << q->speaker_name;
    else EXPECT_NE(q->speaker_name.find(w), std::string::npos) << "row " << r << ": " << q->speaker_name;
  }
}

}  // namespace
}  // namespace rasd::quotes
