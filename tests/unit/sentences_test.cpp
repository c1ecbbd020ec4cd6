#include "rasd/text/sentences.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/core/offsets.h"
#include "rasd/core/table.h"
#include "rasd/pipeline.h"
#include "rasd/text/tokenize.h"

namespace rasd::text {
namespace {

Document split(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize(doc);
  split_sentences(doc);
  return doc;
}

std::vector<std::string> texts(const Document& doc, SentenceKind kind = SentenceKind::kBody) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences)
    if (s.kind == kind) out.emplace_back(s.span.of(doc.text));
  return out;
}

std::vector<std::string> boilerplate(const Document& doc) {
  std::vector<std::string> out;
  for (const Span& s : doc.boilerplate) out.emplace_back(s.of(doc.text));
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceTest, TablesLoad) {
  EXPECT_GT(data::table("text/boilerplate").rows(), 10u);
  EXPECT_GT(data::table("text/news_agencies").rows(), 10u);
  EXPECT_GT(data::table("text/source_line").rows(), 1u);
}

TEST(SentenceTest, SplitsAtArabicAndLatinEnds) {
  Document d = split("وصل الوفد صباحا. هل بدأت المحادثات؟ نعم! ثم انتهت… وغادروا");
  EXPECT_EQ(texts(d), (V{"وصل الوفد صباحا.", "هل بدأت المحادثات؟", "نعم!", "ثم انتهت…", "وغادروا"}));
  for (const Sentence& s : d.sentences) {
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_EQ(d.tokens[s.first_token].span.begin, s.span.begin);
    EXPECT_EQ(d.tokens[s.end_token - 1].span.end, s.span.end);
  }
}

TEST(SentenceTest, RunOfMarksEndsTogether) {
  EXPECT_EQ(texts(split("أحقا هذا؟! لا أصدق... لكنه حدث.")),
            (V{"أحقا هذا؟!", "لا أصدق...", "لكنه حدث."}));
}

TEST(SentenceTest, DecimalNumberDoesNotSplit) {
  EXPECT_EQ(texts(split("ارتفع النمو إلى 2.5 في المئة هذا العام. وتراجع التضخم.")),
            (V{"ارتفع النمو إلى 2.5 في المئة هذا العام.", "وتراجع التضخم."}));
  EXPECT_EQ(texts(split("بلغت النسبة ٣٫٧ بالمئة.")), (V{"بلغت النسبة ٣٫٧ بالمئة."}));
}

TEST(SentenceTest, OneLetterAbbreviationDoesNotSplit) {
  EXPECT_EQ(texts(split("قال د. سمير إن الوضع مستقر. وأضاف أنه متفائل.")),
            (V{"قال د. سمير إن الوضع مستقر.", "وأضاف أنه متفائل."}));
  EXPECT_EQ(texts(split("زار موقع example.com أمس.")), (V{"زار موقع example.com أمس."}));
}

TEST(SentenceTest, QuotesOfEveryKindDoNotSplitTheOuterSentence) {
  const char* cases[] = {
      "قال الوزير إن \"الاتفاق جاهز. ننتظر التوقيع\" مضيفا أن الموعد قريب.",
      "قال الوزير إن “الاتفاق جاهز. ننتظر التوقيع” مضيفا أن الموعد قريب.",
      "قال الوزير إن ”الاتفاق جاهز. ننتظر التوقيع” مضيفا أن الموعد قريب.",
      "قال الوزير إن «الاتفاق جاهز. ننتظر التوقيع» مضيفا أن الموعد قريب.",
      "قال الوزير إن »الاتفاق جاهز. ننتظر التوقيع« مضيفا أن الموعد قريب.",
      "قال الوزير إن „الاتفاق جاهز. ننتظر التوقيع“ مضيفا أن الموعد قريب.",
      "قال الوزير إن ‘الاتفاق جاهز. ننتظر التوقيع’ مضيفا أن الموعد قريب.",
      "قال الوزير إن ’الاتفاق جاهز. ننتظر التوقيع‘ مضيفا أن الموعد قريب.",
      "قال الوزير إن (الاتفاق جاهز. ننتظر التوقيع) مضيفا أن الموعد قريب.",
  };
  for (const char* c : cases) {
    Document d = split(c);
    EXPECT_EQ(texts(d), (V{c})) << c;
  }
}

TEST(SentenceTest, NestedGuillemetsStayOneSentence) {
  const std::string s = "وأوضح «نحن نرفض ما سماه «الحل المؤقت». ونريد حلا دائما» قبل أن يغادر.";
  EXPECT_EQ(texts(split(s)), (V{s}));
}

TEST(SentenceTest, SentenceEndAfterClosingQuoteSplits) {
  EXPECT_EQ(texts(split("وقال: \"سنعود غدا\". وغادر القاعة.")), (V{"وقال: \"سنعود غدا\".", "وغادر القاعة."}));
}

TEST(SentenceTest, UnclosedQuoteDoesNotSwallowTheParagraph) {
  Document d = split("بدأ الاجتماع وقال \"نحن هنا. ثم انتهى الاجتماع. وعاد الجميع.");
  EXPECT_EQ(texts(d), (V{"بدأ الاجتماع وقال \"نحن هنا.", "ثم انتهى الاجتماع.", "وعاد الجميع."}));
  // And never across paragraphs.
  Document d2 = split("قال \"نعم. لا\nجملة ثانية. وثالثة.");
  EXPECT_EQ(texts(d2), (V{"قال \"نعم.", "لا", "جملة ثانية.", "وثالثة."}));
}

TEST(SentenceTest, StrayClosingQuoteDoesNotPairWithTheNextOpener) {
  EXPECT_EQ(texts(split("انتهى الأمر عند الحدود\". وقال المسؤول: \"سنرى\".")),
            (V{"انتهى الأمر عند الحدود\".", "وقال المسؤول: \"سنرى\"."}));
}

// Right-to-left copy-paste mirrors brackets: «)رويترز(» is an aside like «(رويترز)». Read the
// ordinary way, each «(» would pair with the next sentence's «)» and chain the paragraph into one.
TEST(SentenceTest, MirroredBracketsAreAsides) {
  const std::string a = "وقالت الشرطة )رويترز( إن الطريق أغلق.";
  const std::string b = "وأعلنت البلدية )أ ف ب( فتح الجسر.";
  const std::string c = "وعاد السكان )بي بي سي( إلى منازلهم.";
  EXPECT_EQ(texts(split(a + " " + b + " " + c)), (V{a, b, c}));
  // Mirrored square brackets too, and an ordinary aside glued to a word stays one.
  const std::string d = "وصل الوفد ]الرسمي[ إلى المطار.";
  EXPECT_EQ(texts(split(d + " " + b)), (V{d, b}));
  const std::string e = "وذكرت وكالة الأنباء(واس) أن الرحلات عادت.";
  EXPECT_EQ(texts(split(e + " " + c)), (V{e, c}));
}

// A pair of marks far apart is a mark left open, not a quotation or an aside: the sentences
// inside still split. Short quotations of several sentences stay whole.
TEST(SentenceTest, FarApartMarksDoNotHoldTheParagraph) {
  std::string inner;
  std::vector<std::string> want;
  for (int i = 0; i < 30; ++i) {
    std::string s = "وصلت قافلة الإغاثة رقم " + std::to_string(i + 1) + " إلى المخيم صباح اليوم.";
    inner += (i ? " " : "") + s;
    want.push_back(s);
  }
  // 30 sentences of 9 tokens: past the bracket bound, and past the quotation bound when doubled.
  Document d = split("(" + inner + ")");
  EXPECT_EQ(d.sentences.size(), 30u) << texts(d).front();
  std::string twice = inner + " " + inner + " " + inner + " " + inner + " " + inner;
  EXPECT_EQ(split("«" + twice + "»").sentences.size(), 150u);
  // Within the bounds the marks hold: four sentences in brackets, six in guillemets.
  std::string four = want[0] + " " + want[1] + " " + want[2] + " " + want[3];
  EXPECT_EQ(texts(split("قال (" + four + ") ثم غادر.")), (V{"قال (" + four + ") ثم غادر."}));
  std::string six = four + " " + want[4] + " " + want[5];
  EXPECT_EQ(split("قال «" + six + "» ثم غادر.").sentences.size(), 1u);
}

TEST(SentenceTest, ApostropheInsideWordIsNotAQuote) {
  EXPECT_EQ(texts(split("قرأ كتاب Don’t Panic أمس. ثم نام.")), (V{"قرأ كتاب Don’t Panic أمس.", "ثم نام."}));
}

TEST(SentenceTest, DashParentheticalIsNotASentenceEnd) {
  const std::string s = "وقال الوزير -في مؤتمر صحفي بالعاصمة- إن المفاوضات مستمرة.";
  EXPECT_EQ(texts(split(s)), (V{s}));
  const std::string s2 = "وأكد المتحدث – وهو ضابط سابق – أن القوات انسحبت.";
  EXPECT_EQ(texts(split(s2)), (V{s2}));
}

TEST(SentenceTest, EveryLineEndIsAParagraphEnd) {
  for (const char* sep : {"\n", "\r\n", "\r", "\u2028", "\u2029"}) {
    std::string text = std::string("أول سطر بلا نقطة") + sep + "ثاني سطر" + sep + sep + "ثالث سطر.";
    Document d = split(text);
    ASSERT_EQ(d.sentences.size(), 3u) << "separator " << static_cast<int>(sep[0]);
    EXPECT_EQ(texts(d), (V{"أول سطر بلا نقطة", "ثاني سطر", "ثالث سطر."}));
    EXPECT_EQ(d.sentences[0].paragraph, 0u);
    EXPECT_EQ(d.sentences[1].paragraph, 1u);
    EXPECT_EQ(d.sentences[2].paragraph, 2u);
  }
}

TEST(SentenceTest, BomAndSpacesAreTrimmed) {
  Document d = split("\xEF\xBB\xBF  نص أول.  \n\t نص ثان.\u00A0");
  EXPECT_EQ(texts(d), (V{"نص أول.", "نص ثان."}));
}

TEST(SentenceTest, SubheadingBetweenParagraphs) {
  Document d = split(
      "عنوان الخبر\n"
      "افتتحت البلدية جسرا جديدا فوق النهر يربط الضفتين بعد سنتين من العمل.\n"
      "تكلفة المشروع\n"
      "وبلغت تكلفة الجسر نحو عشرين مليون دولار بحسب البيان الرسمي للبلدية.\n"
      "سطر أخير قصير");
  EXPECT_EQ(texts(d, SentenceKind::kSubheading), (V{"تكلفة المشروع"}));
  // The first line (title or lede) and the last line are never subheadings.
  EXPECT_EQ(texts(d).front(), "عنوان الخبر");
  EXPECT_EQ(texts(d).back(), "سطر أخير قصير");
}

TEST(SentenceTest, ShortLineWithFullStopIsNotASubheading) {
  Document d = split(
      "افتتحت البلدية جسرا جديدا فوق النهر يربط الضفتين بعد سنتين من العمل.\n"
      "وهذا جيد.\n"
      "وبلغت تكلفة الجسر نحو عشرين مليون دولار بحسب البيان الرسمي للبلدية.");
  EXPECT_TRUE(texts(d, SentenceKind::kSubheading).empty());
  Document colon = split(
      "افتتحت البلدية جسرا جديدا فوق النهر يربط الضفتين بعد سنتين من العمل.\n"
      "وقال رئيس البلدية:\n"
      "إن الجسر سيخفف الزحام في وسط المدينة خلال ساعات الذروة كل يوم.");
  EXPECT_TRUE(texts(colon, SentenceKind::kSubheading).empty());
}

TEST(SentenceTest, RunOfShortLinesIsNotSubheadings) {
  Document d = split(
      "افتتحت البلدية جسرا جديدا فوق النهر يربط الضفتين بعد سنتين من العمل.\n"
      "البند الأول\nالبند الثاني\n"
      "وبلغت تكلفة الجسر نحو عشرين مليون دولار بحسب البيان الرسمي للبلدية.");
  EXPECT_TRUE(texts(d, SentenceKind::kSubheading).empty());
}

// Every whole-line furniture row, written with the decoration pages give it.
TEST(SentenceTest, EachFurnitureRowIsBoilerplate) {
  const data::Table& t = data::table("text/boilerplate");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string phrase(t.get(r, "phrase"));
    std::string line = t.get(r, "match") == "prefix" ? phrase + ": عنوان خبر آخر" : phrase;
    Document d = split("افتتحت البلدية جسرا جديدا فوق النهر.\n" + line + "\nوبلغت تكلفة الجسر نحو عشرين مليون دولار.");
    EXPECT_EQ(boilerplate(d), (V{line})) << "row " << t.lines[r];
    EXPECT_EQ(texts(d, SentenceKind::kBoilerplate), (V{line}));
  }
}

TEST(SentenceTest, FurnitureMatchIgnoresSpellingAndDecoration) {
  Document d = split("نص الخبر الأول هنا.\nاقرأ أيضاً:\n// انتهى //\n...المزيد\nEnd Of List\nنص آخر.");
  EXPECT_EQ(boilerplate(d), (V{"اقرأ أيضاً:", "// انتهى //", "...المزيد", "End Of List"}));
}

TEST(SentenceTest, ReadAlsoHeadingTakesTheLinkTitlesUnderIt) {
  Document d = split(
      "افتتحت البلدية جسرا جديدا فوق النهر يربط الضفتين.\n"
      "اقرأ أيضا\n"
      "عنوان خبر أول عن الطقس\n"
      "عنوان خبر ثان عن المرور\n"
      "وبلغت تكلفة الجسر نحو عشرين مليون دولار بحسب البيان الرسمي للبلدية.");
  EXPECT_EQ(boilerplate(d), (V{"اقرأ أيضا", "عنوان خبر أول عن الطقس", "عنوان خبر ثان عن المرور"}));
}

TEST(SentenceTest, RuleLinesAndAddressesAreBoilerplate) {
  Document d = split("نص الخبر.\n------------\nname@example.com\nنص آخر.");
  EXPECT_EQ(boilerplate(d), (V{"------------", "name@example.com"}));
}

TEST(SentenceTest, StoryLineStartingLikeFurnitureIsNotBoilerplate) {
  // «شارك» is a whole-line row: a sentence that starts with the verb is story text.
  Document d = split("شارك آلاف المتظاهرين في المسيرة.\nوانتهت بسلام.");
  EXPECT_TRUE(d.boilerplate.empty());
}

TEST(SentenceTest, CreditLineWithAgencies) {
  Document d = split("انعقدت القمة في موعدها.\nالمصدر : الجزيرة + وكالات");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->span.of(d.text), "المصدر : الجزيرة + وكالات");
  EXPECT_EQ(d.source_line->outlets, (V{"الجزيرة"}));
  EXPECT_TRUE(d.source_line->agencies);
  EXPECT_EQ(texts(d, SentenceKind::kSourceLine), (V{"المصدر : الجزيرة + وكالات"}));
}

TEST(SentenceTest, CreditLineWithoutAgencies) {
  Document d = split("انعقدت القمة في موعدها.\nالمصدر: الجزيرة");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->outlets, (V{"الجزيرة"}));
  EXPECT_FALSE(d.source_line->agencies);
}

TEST(SentenceTest, CreditLineAgenciesOnly) {
  Document d = split("انعقدت القمة في موعدها.\nالمصدر : وكالات");
  ASSERT_TRUE(d.source_line);
  EXPECT_TRUE(d.source_line->outlets.empty());
  EXPECT_TRUE(d.source_line->agencies);
}

TEST(SentenceTest, CreditLineOutletsList) {
  Document d = split("انعقدت القمة في موعدها.\nالمصدر : الجزيرة + رويترز + الفرنسية");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->outlets, (V{"الجزيرة", "رويترز", "الفرنسية"}));
  EXPECT_TRUE(d.source_line->agencies);
  Document slash = split("انعقدت القمة في موعدها.\nفرانس 24/ أ ف ب/ رويترز");
  ASSERT_TRUE(slash.source_line);
  EXPECT_EQ(slash.source_line->outlets, (V{"فرانس 24", "أ ف ب", "رويترز"}));
  EXPECT_TRUE(slash.source_line->agencies);
}

TEST(SentenceTest, ParenthesisedAgencyLine) {
  Document d = split("انعقدت القمة في موعدها.\n(رويترز)");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->span.of(d.text), "(رويترز)");
  EXPECT_EQ(d.source_line->outlets, (V{"رويترز"}));
  EXPECT_TRUE(d.source_line->agencies);
}

TEST(SentenceTest, CreditLineBeforeTrailingFurniture) {
  Document d = split("انعقدت القمة في موعدها.\nالمصدر : الجزيرة\nشارك");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->span.of(d.text), "المصدر : الجزيرة");
  EXPECT_EQ(boilerplate(d), (V{"شارك"}));
}

TEST(SentenceTest, BylineKeepsOnlyKnownNames) {
  Document d = split("المدينة الساحلية - واس\nأعلنت الهيئة افتتاح ميناء جديد.");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->outlets, (V{"واس"}));
  EXPECT_TRUE(d.source_line->agencies);
}

TEST(SentenceTest, DatelinePrefixIsTheCreditAndTheRestIsStory) {
  Document d = split("القاهرة، مصر (CNN)-- أعلنت الحكومة خطة جديدة للنقل. وتبدأ الشهر المقبل.");
  ASSERT_TRUE(d.source_line);
  EXPECT_EQ(d.source_line->span.of(d.text), "القاهرة، مصر (CNN)--");
  EXPECT_EQ(d.source_line->outlets, (V{"CNN"}));
  EXPECT_FALSE(d.source_line->agencies);
  EXPECT_EQ(texts(d), (V{"أعلنت الحكومة خطة جديدة للنقل.", "وتبدأ الشهر المقبل."}));
}

TEST(SentenceTest, AgencyNamedInsideTheStoryIsNoCredit) {
  EXPECT_FALSE(split("ذكرت وكالة الأنباء السعودية (واس) أن الأمطار ستستمر.\nوحذر الدفاع المدني.").source_line);
  EXPECT_FALSE(split("بدأ الاجتماع.\nالمصادر أكدت أن الاتفاق قريب").source_line);
}

TEST(SentenceTest, LinearOnHugeLines) {
  std::string words;
  while (words.size() < (4u << 20)) words += "كلمة ";
  Document d = split(words);
  EXPECT_EQ(d.sentences.size(), 1u);
  std::string quotes;
  for (int i = 0; i < 100000; ++i) quotes += (i % 3 == 0) ? "« " : (i % 3 == 1) ? "\" " : "( ";
  quotes += "نهاية. أخرى.";
  Document q = split(quotes);
  EXPECT_EQ(q.sentences.size(), 2u);
  // Mirrored brackets in every sentence of one huge paragraph: every sentence still ends.
  std::string mirrored;
  for (int i = 0; i < 50000; ++i) mirrored += ")المدينة( وصل الوفد. ";
  EXPECT_EQ(split(mirrored).sentences.size(), 50000u);
}

// The seed article: its furniture and credit line land exactly where the gold puts them.
std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST(SentenceTest, SeedArticleMatchesGoldStructure) {
  const char* env = std::getenv("RASD_SHARED_DIR");
  std::string dir = env ? env : std::string(RASD_SOURCE_DIR) + "/../shared";
  std::string text = read_file(dir + "/seed/aljazeera-kazakhstan-2022-01-08.txt");
  std::string gold = read_file(dir + "/gold/aljazeera-kazakhstan-2022-01-08.gold.json");
  if (text.empty() || gold.empty()) GTEST_SKIP() << "shared evaluation material not found in " << dir;
  RawDocument raw;
  raw.id = "seed";
  raw.text = text;
  Document doc = Pipeline{}.run(raw);
  CodePointIndex cp(doc.text);
  simdjson::dom::parser parser;
  simdjson::dom::element g = parser.parse(gold);
  // The gold names its spans by evidence text: find it in the text, in code points.
  auto gold_span = [&](std::string_view ev) {
    size_t b = doc.text.find(ev);
    EXPECT_NE(b, std::string::npos) << ev;
    return std::pair<uint32_t, uint32_t>{cp(static_cast<uint32_t>(b)), cp(static_cast<uint32_t>(b + ev.size()))};
  };
  std::vector<std::pair<uint32_t, uint32_t>> want, got;
  for (simdjson::dom::element ev : g["boilerplate"].get_array()) want.push_back(gold_span(std::string_view(ev)));
  for (const Span& s : doc.boilerplate) got.push_back({cp(s.begin), cp(s.end)});
  EXPECT_EQ(got, want);
  simdjson::dom::element sl = g["source_line"];
  ASSERT_TRUE(doc.source_line);
  EXPECT_EQ((std::pair{cp(doc.source_line->span.begin), cp(doc.source_line->span.end)}),
            gold_span(std::string_view(sl["evidence"])));
  V outlets;
  for (simdjson::dom::element o : sl["outlets"].get_array()) outlets.emplace_back(std::string_view(o));
  EXPECT_EQ(doc.source_line->outlets, outlets);
  EXPECT_EQ(doc.source_line->agencies, bool(sl["agencies"]));
  // Its three short section titles are subheadings.
  EXPECT_EQ(texts(doc, SentenceKind::kSubheading).size(), 3u);
}

}  // namespace
}  // namespace rasd::text
