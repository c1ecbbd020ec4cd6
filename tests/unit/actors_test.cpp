// The rule-based actor finder (src/rasd/actors): one test per pattern class and coreference rule,
// with sentences written for these tests, and table tests that run every row of data/actors/*.tsv
// (and the speech cues of data/quotes/speech_cues.tsv it reads) through the finder before made-up
// foreign names («زاكوفيتش بيرلوني», unknown to hunspell-ar).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rasd/actors/actor_finder.h"
#include "rasd/actors/actor_lexicon.h"
#include "rasd/actors/transliterate.h"
#include "rasd/core/table.h"
#include "rasd/pipeline.h"
#include "run_pipeline.h"

namespace rasd::actors {
namespace {

Document run(const std::string& text) {
  Document d = test_support::run_pipeline(text, "2023-01-01");
  // The rules alone: the statistical tagger's votes (filled by the pipeline when its model is
  // present) must not decide these tests; TaggerCandidatesAreVotes sets its own.
  d.name_candidates.clear();
  find_actors(d);
  return d;
}

const Entity* entity(const Document& d, EntityType type, std::string_view name) {
  for (const auto& e : d.entities)
    if (e.type == type && (e.name == name || e.canonical == name)) return &e;
  return nullptr;
}

std::string listing(const Document& d) {
  std::string s;
  for (const auto& e : d.entities) s += " [" + std::string(e.type == EntityType::kPer ? "PER " : e.type == EntityType::kOrg ? "ORG " : "LOC ") + e.canonical + "]";
  for (const auto& a : d.actors) s += " {" + a.name + " " + a.sector + " " + a.country + "}";
  return s;
}

const ActorMention* actor(const Document& d, std::string_view name) {
  for (const auto& a : d.actors)
    if (a.name == name) return &a;
  return nullptr;
}

int32_t index_of(const Document& d, const Entity* e) { return e ? static_cast<int32_t>(e - d.entities.data()) : -2; }

// ---- patterns ------------------------------------------------------------------------------
TEST(ActorsTest, TitleDemonymAndForeignName) {
  Document d = run("وقال وزير الخارجية الفرنسي زاكوفيتش بيرلوني إن بلاده تدعم الحوار.");
  const Entity* p = entity(d, EntityType::kPer, "زاكوفيتش بيرلوني");
  ASSERT_TRUE(p) << listing(d);
  EXPECT_EQ(p->country, "FR");
  const ActorMention* a = actor(d, "زاكوفيتش بيرلوني");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->sector, "GOV");
  EXPECT_EQ(a->role, "وزير الخارجية");
  EXPECT_EQ(a->span.of(d.text), "وزير الخارجية الفرنسي زاكوفيتش بيرلوني");
}

TEST(ActorsTest, TitleWithCountryAndAdjective) {
  Document d = run("واستقبل رئيس كازاخستان زاكوفيتش بيرلوني الوفد. ووصل المعارض التركي البارز زاكوفيتش أولان إلى برلين.");
  const ActorMention* a = actor(d, "زاكوفيتش بيرلوني");
  ASSERT_TRUE(a) << listing(d);
  EXPECT_EQ(a->country, "KZ");
  const ActorMention* b = actor(d, "زاكوفيتش أولان");
  ASSERT_TRUE(b) << listing(d);
  EXPECT_EQ(b->sector, "OPP");
  EXPECT_EQ(b->country, "TR");
}

TEST(ActorsTest, ArabicNameShapes) {
  Document d = run("ووصل محمد بن سلمان إلى المدينة. والتقى عبد الملك الحوثي بالوفد. وقال العقيد تركي المالكي إن العملية انتهت.");
  EXPECT_TRUE(entity(d, EntityType::kPer, "محمد بن سلمان")) << listing(d);
  EXPECT_TRUE(entity(d, EntityType::kPer, "عبد الملك الحوثي")) << listing(d);
  const Entity* m = entity(d, EntityType::kPer, "تركي المالكي");
  ASSERT_TRUE(m) << listing(d);
  EXPECT_EQ(actor(d, "تركي المالكي")->sector, "MIL");
}

TEST(ActorsTest, GivenNameAloneIsNoPerson) {
  Document d = run("وقال صالح إن الطريق مغلق. وكان العمل صالحا.");
  for (const auto& e : d.entities) EXPECT_NE(e.type, EntityType::kPer) << listing(d);
}

TEST(ActorsTest, OrganisationHeadWithModifiers) {
  Document d = run("أعلنت وزارة الداخلية التركية اعتقال عشرة أشخاص. وقالت هيئة مكافحة الفساد إنها فتحت تحقيقا.");
  const Entity* o = entity(d, EntityType::kOrg, "وزارة الداخلية التركية");
  ASSERT_TRUE(o) << listing(d);
  EXPECT_EQ(o->country, "TR");
  EXPECT_EQ(actor(d, "وزارة الداخلية التركية")->sector, "GOV");
  EXPECT_TRUE(entity(d, EntityType::kOrg, "هيئة مكافحة الفساد")) << listing(d);
}

TEST(ActorsTest, OrganisationWithShortNameInParentheses) {
  Document d = run("وقالت حركة المقاومة الإسلامية (حماس) في بيان إن الهدنة صامدة. وأضافت حماس أن الوسطاء يعملون.");
  const Entity* o = entity(d, EntityType::kOrg, "حركة المقاومة الإسلامية");
  ASSERT_TRUE(o) << listing(d);
  EXPECT_EQ(o->mentions.size(), 3u) << listing(d);  // the name, «(حماس)», the later «حماس»
  int orgs = 0;
  for (const auto& e : d.entities) orgs += e.type == EntityType::kOrg;
  EXPECT_EQ(orgs, 1) << listing(d);
}

TEST(ActorsTest, ForeignNameAfterHeadAndLamArticle) {
  Document d = run("ونشرت شبكة زاكوفيتش تقريرا. وقال المتحدث باسم للجيش اللبناني إن الوضع هادئ.");
  EXPECT_TRUE(entity(d, EntityType::kOrg, "شبكة زاكوفيتش")) << listing(d);
  EXPECT_TRUE(entity(d, EntityType::kOrg, "الجيش اللبناني")) << listing(d);  // «للجيش» keeps its article
}

TEST(ActorsTest, NamedOrganisationTable) {
  Document d = run("ونقلت رويترز عن مسؤولين أن الأمم المتحدة طلبت هدنة.");
  ASSERT_TRUE(entity(d, EntityType::kOrg, "رويترز")) << listing(d);
  EXPECT_EQ(actor(d, "رويترز")->sector, "MED");
  EXPECT_EQ(actor(d, "رويترز")->country, "GB");
  ASSERT_TRUE(entity(d, EntityType::kOrg, "الأمم المتحدة")) << listing(d);
  EXPECT_EQ(actor(d, "الأمم المتحدة")->sector, "IGO");
  EXPECT_EQ(actor(d, "الأمم المتحدة")->country, "");
}

TEST(ActorsTest, SpeechVerbBeforeUnknownWord) {
  Document d = run("وقال زاكوفيتش إن المفاوضات ستستأنف.");
  EXPECT_TRUE(entity(d, EntityType::kPer, "زاكوفيتش")) << listing(d);
}

TEST(ActorsTest, UnnamedActorsTakeArticleCountry) {
  Document d = run("وأطلق مسلحون مجهولون النار على المحتجين في كازاخستان، واشتبكت قوات الأمن مع متظاهرين.");
  const ActorMention* g = actor(d, "مسلحون مجهولون");
  ASSERT_TRUE(g) << listing(d);
  EXPECT_EQ(g->sector, "UAF");
  EXPECT_EQ(g->country, "KZ");
  EXPECT_EQ(g->entity, -1);
  ASSERT_TRUE(actor(d, "المحتجين")) << listing(d);
  EXPECT_EQ(actor(d, "المحتجين")->sector, "CVL");
  ASSERT_TRUE(actor(d, "قوات الأمن")) << listing(d);
  EXPECT_EQ(actor(d, "قوات الأمن")->sector, "COP");
  EXPECT_EQ(actor(d, "قوات الأمن")->country, "KZ");
}

TEST(ActorsTest, DemonymAfterUnnamedActor) {
  Document d = run("وانتشر جنود روس في العاصمة الأوكرانية.");
  ASSERT_TRUE(actor(d, "جنود روس")) << listing(d);
  EXPECT_EQ(actor(d, "جنود روس")->country, "RU");
  EXPECT_EQ(actor(d, "جنود روس")->sector, "MIL");
}

TEST(ActorsTest, NoActorOverAPlace) {
  Document d = run("ووصل الوفد إلى موسكو، وأعلنت وزارة الدفاع الروسية انتهاء المناورات.");
  EXPECT_TRUE(entity(d, EntityType::kLoc, "موسكو")) << listing(d);
  EXPECT_TRUE(entity(d, EntityType::kOrg, "وزارة الدفاع الروسية")) << listing(d);
  for (const auto& e : d.entities)
    if (e.type != EntityType::kLoc) {
      EXPECT_EQ(e.name.find("موسكو"), std::string::npos) << listing(d);
    }
}

TEST(ActorsTest, SourceLineIsNotRead) {
  Document d = run("وأعلنت الحكومة خطة جديدة.\nالمصدر : رويترز");
  EXPECT_FALSE(entity(d, EntityType::kOrg, "رويترز")) << listing(d);
}

// ---- coreference --------------------------------------------------------------------------
TEST(ActorsCorefTest, ShortNameJoinsFullName) {
  Document d = run("قال الرئيس التونسي نبيل كمال السعدي إن النظام عاد. وأمر السعدي بفتح الطرق.");
  const Entity* p = entity(d, EntityType::kPer, "نبيل كمال السعدي");
  ASSERT_TRUE(p) << listing(d);
  EXPECT_EQ(p->mentions.size(), 2u) << listing(d);
  int persons = 0;
  for (const auto& e : d.entities) persons += e.type == EntityType::kPer;
  EXPECT_EQ(persons, 1);
}

TEST(ActorsCorefTest, EarlierShortNameTakesLaterFullForm) {
  Document d = run("بيرلوني يرفض الشروط\nوقال وزير الدفاع زاكوفيتش بيرلوني إن الشروط مجحفة.");
  const Entity* p = entity(d, EntityType::kPer, "زاكوفيتش بيرلوني");
  ASSERT_TRUE(p) << listing(d);
  EXPECT_EQ(p->canonical, "زاكوفيتش بيرلوني");
  EXPECT_EQ(p->mentions.size(), 2u) << listing(d);
}

TEST(ActorsCorefTest, RoleDescriptionJoinsPerson) {
  Document d = run("وقال رئيس تونس نبيل كمال السعدي إن البلاد آمنة. وفي كلمة متلفزة، قال الرئيس التونسي إن الهدوء عاد.");
  const Entity* p = entity(d, EntityType::kPer, "نبيل كمال السعدي");
  ASSERT_TRUE(p) << listing(d);
  const ActorMention* r = actor(d, "الرئيس التونسي");
  ASSERT_TRUE(r) << listing(d);
  EXPECT_EQ(r->entity, index_of(d, p));
  EXPECT_EQ(p->mentions.size(), 2u);
}

TEST(ActorsCorefTest, BareHeadJoinsLastOrganisation) {
  Document d = run("أفادت وزارة الداخلية الأردنية بتوقيف العشرات. وأعلنت وزارة الداخلية مقتل شرطيين. وأضافت الوزارة أن التحقيق مستمر.");
  const Entity* o = entity(d, EntityType::kOrg, "وزارة الداخلية الأردنية");
  ASSERT_TRUE(o) << listing(d);
  EXPECT_EQ(o->mentions.size(), 3u) << listing(d);
  ASSERT_TRUE(actor(d, "الوزارة"));
  EXPECT_EQ(actor(d, "الوزارة")->entity, index_of(d, o));
  EXPECT_EQ(actor(d, "الوزارة")->country, "JO");
}

// ---- tagger votes -------------------------------------------------------------------------
TEST(ActorsTest, TaggerCandidatesAreVotes) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.text = "وحضر الاجتماع نور صباحي ممثلا عن الجمعية.";
  raw.published = "2023-01-01";
  Document d = pipeline.run(raw);
  d.name_candidates.clear();
  // A weak vote for «نور صباحي» is not enough, a strong one is.
  uint32_t first = 0;
  while (first < d.tokens.size() && d.tokens[first].span.of(d.text) != "نور") ++first;
  ASSERT_LT(first + 1, d.tokens.size());
  NameCandidate c;
  c.first_token = first;
  c.end_token = first + 2;
  c.span = {d.tokens[first].span.begin, d.tokens[first + 1].span.end};
  c.type = EntityType::kPer;
  c.score = 1;
  Document weak = d;
  weak.name_candidates.push_back(c);
  find_actors(weak);
  EXPECT_FALSE(entity(weak, EntityType::kPer, "نور صباحي")) << listing(weak);
  c.score = kStrongVote + 1;
  d.name_candidates.push_back(c);
  find_actors(d);
  EXPECT_TRUE(entity(d, EntityType::kPer, "نور صباحي")) << listing(d);
}

// ---- tables: every row --------------------------------------------------------------------
TEST(ActorsTablesTest, EveryTitleBeforeAForeignName) {
  const auto& t = data::table("actors/titles");
  ASSERT_GT(t.rows(), 50u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string title(t.get(r, "title"));
    Document d = run("وصرح " + title + " زاكوفيتش بيرلوني للصحفيين.");
    const ActorMention* a = actor(d, "زاكوفيتش بيرلوني");
    ASSERT_TRUE(a) << title << listing(d);
    std::string sector(t.get(r, "sector"));
    EXPECT_EQ(a->sector, sector == "*" ? "UNK" : sector) << title;
    EXPECT_EQ(a->role, title);
    EXPECT_TRUE(entity(d, EntityType::kPer, "زاكوفيتش بيرلوني")) << title;
  }
}

TEST(ActorsTablesTest, EveryOrganisationHead) {
  const auto& t = data::table("actors/org_heads");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string head(t.get(r, "head"));
    bool whole = head.find(' ') != std::string::npos;  // «قوات الأمن» is a name by itself
    std::string name = whole ? head : head + " زاكوفيتش";
    Document d = run("وقالت " + name + " إن الوضع هادئ.");
    // A head that is also a place type word («جبهة») before an unknown word reads as a place
    // first: then no organisation may overlap it.
    if (!d.places.empty()) {
      for (const auto& e : d.entities) EXPECT_EQ(e.type, EntityType::kLoc) << head << listing(d);
      continue;
    }
    const ActorMention* a = actor(d, name);
    ASSERT_TRUE(a) << head << listing(d);
    EXPECT_EQ(a->sector, t.get(r, "sector")) << head;
    EXPECT_TRUE(entity(d, EntityType::kOrg, name)) << head << listing(d);
  }
}

TEST(ActorsTablesTest, EveryNamedOrganisation) {
  const auto& t = data::table("actors/named_orgs");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string name(t.get(r, "name"));
    Document d = run("وقالت " + name + " في بيان إن الوضع هادئ.");
    const ActorMention* a = actor(d, name);
    ASSERT_TRUE(a) << name << listing(d);
    EXPECT_EQ(a->sector, t.get(r, "sector")) << name;
    EXPECT_EQ(a->country, t.get(r, "country")) << name;
  }
}

// match_phrase grows a phrase only while some key goes on from its words: every leading part of
// every multi-word key is indexed, so every named organisation still matches whole, and a key
// followed by a word no key continues with ends there.
TEST(ActorsTablesTest, PhraseMatchStopsOnlyWhereNoKeyGoesOn) {
  const Lexicon& lex = lexicon();
  for (const PhraseTable* table : {&lex.titles, &lex.heads, &lex.orgs, &lex.nouns})
    for (const auto& [key, row] : table->rows)
      for (size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1))
        EXPECT_TRUE(table->continued.count(std::string_view(key).substr(0, p))) << key;
  const auto& t = data::table("actors/named_orgs");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string name(t.get(r, "name"));
    Document d = test_support::run_pipeline("قال " + name + " زاكوفيتش إن الوضع هادئ.", "2023-01-01");
    ASSERT_GE(d.tokens.size(), 3u) << name;
    uint32_t words = 1 + static_cast<uint32_t>(std::count(name.begin(), name.end(), ' '));
    PhraseMatch m = match_phrase(lex.orgs, d, 1, static_cast<uint32_t>(d.tokens.size()), false);
    EXPECT_GE(m.row, 0) << name;
    EXPECT_EQ(m.end, 1 + words) << name;  // not past the made-up name after it
  }
}

// A word form's key, readings and demonym reading are worked out once and shared: the answers
// are those of word_key and the demonym table, whichever token asks first.
TEST(ActorsTablesTest, WordFormAnswersAsTheTables) {
  Document d = test_support::run_pipeline("وصل الوفد الألماني ثم وصل الوفد والروس ومسؤولون روس.", "2023-01-01");
  ASSERT_GE(d.tokens.size(), 9u);
  for (const Token& t : d.tokens) EXPECT_EQ(word_form(t).key, word_key(t.key)) << t.key;
  bool definite = false;
  EXPECT_EQ(demonym_country(d.tokens[2], &definite), "DE");
  EXPECT_TRUE(definite);
  definite = false;
  EXPECT_EQ(demonym_country(d.tokens[6], &definite), "RU");  // «والروس»: the plural, conjunction and article off
  EXPECT_TRUE(definite);
  definite = true;
  EXPECT_EQ(demonym_country(d.tokens[8], &definite), "RU");  // «روس»: indefinite
  EXPECT_FALSE(definite);
  definite = true;
  EXPECT_EQ(demonym_country(d.tokens[1], &definite), "");  // «الوفد» is no demonym
  EXPECT_TRUE(definite);  // and leaves the flag alone
  EXPECT_EQ(&word_form(d.tokens[1]), &word_form(d.tokens[5]));  // one entry per form
}

// The per-document token table answers as the memo does, for the document's own tokens and for
// any other token (a copy, another document's) alike.
TEST(ActorsTablesTest, TokenTableAnswersAsTheMemo) {
  Document d = test_support::run_pipeline("وصل الوفد الألماني ثم غادر الوفد.", "2023-01-01");
  Document other = test_support::run_pipeline("غادر الوفد الروسي.", "2023-01-01");
  forget_readings(&d);
  for (const Token& t : d.tokens) {
    Token copy = t;
    EXPECT_EQ(&word_form(t), &word_form(copy)) << t.key;
    EXPECT_EQ(&word_form(t), &word_form(t)) << t.key;
    EXPECT_EQ(word_form(t).key, word_key(t.key));
  }
  for (const Token& t : other.tokens) EXPECT_EQ(word_form(t).key, word_key(t.key)) << t.key;
  // A token changed after it was asked about is answered by its new key.
  Token& first = d.tokens[0];
  const std::string before = word_form(first).key;
  first.key = other.tokens[0].key;
  EXPECT_EQ(word_form(first).key, word_key(other.tokens[0].key));
  EXPECT_NE(word_form(first).key, before);
  forget_readings();
}

TEST(ActorsTablesTest, EveryDemonymInflection) {
  const auto& t = data::table("actors/demonyms");
  ASSERT_GE(t.rows(), 80u);
  const Lexicon& lex = lexicon();
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string m(t.get(r, "nisba"));
    std::string cc(t.get(r, "country"));
    std::vector<std::string> forms = {"ال" + m, "ال" + m + "ة", "ال" + m + "ين", m + "ون", "وال" + m + "ات"};
    if (!t.get(r, "plural").empty()) forms.push_back("ال" + std::string(t.get(r, "plural")));
    std::string text;
    for (const auto& f : forms) text += f + " ";
    static const Pipeline pipeline;
    RawDocument raw;
    raw.text = text;
    Document d = pipeline.run(raw);
    ASSERT_EQ(d.tokens.size(), forms.size()) << m;
    for (size_t i = 0; i < forms.size(); ++i) EXPECT_EQ(demonym_country(d.tokens[i]), cc) << forms[i];
  }
  EXPECT_GE(lex.demonyms.size(), 5 * t.rows());
}

TEST(ActorsTablesTest, EveryActorNoun) {
  const auto& t = data::table("actors/actor_nouns");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string noun(t.get(r, "noun"));
    Document d = run("وتجمع " + noun + " قرب المبنى.");
    const ActorMention* a = actor(d, noun);
    ASSERT_TRUE(a) << noun << listing(d);
    EXPECT_EQ(a->sector, t.get(r, "sector")) << noun;  // «قوات الأمن» is also an organisation head
  }
}

// After a title a name runs on past two words only through words the lexicon does not know: the
// verb after the name is not part of it.
TEST(ActorsTablesTest, NameAfterATitleEndsBeforeAKnownWord) {
  Document d = run("وقال إن الرئيس زاكوفيتش بيرلوني رفض العرض.");
  EXPECT_TRUE(entity(d, EntityType::kPer, "زاكوفيتش بيرلوني")) << listing(d);
  EXPECT_FALSE(entity(d, EntityType::kPer, "زاكوفيتش بيرلوني رفض")) << listing(d);
}

// Upper-house members (both spellings), a woman deputy and a rabbi are titles: the name
// after them is the person, not the title with it; alone the title is its holder, no person.
TEST(ActorsTablesTest, SenatorDeputyAndClergyTitles) {
  Document d = run("وانتقد السيناتور زاكوفيتش بيرلوني والنائبة سارة ميلر والحاخام جون سميث القرار.");
  ASSERT_TRUE(actor(d, "زاكوفيتش بيرلوني")) << listing(d);
  EXPECT_EQ(actor(d, "زاكوفيتش بيرلوني")->sector, "LEG");
  EXPECT_FALSE(entity(d, EntityType::kPer, "السيناتور زاكوفيتش بيرلوني")) << listing(d);
  Document e = run("وانتقد السناتور زاكوفيتش بيرلوني القرار.");
  EXPECT_TRUE(entity(e, EntityType::kPer, "زاكوفيتش بيرلوني")) << listing(e);
  EXPECT_FALSE(entity(e, EntityType::kPer, "السناتور زاكوفيتش بيرلوني")) << listing(e);
  Document f = run("وقالت النائبة إن القانون لم يصدر بعد.");
  EXPECT_TRUE(actor(f, "النائبة")) << listing(f);
  for (const auto& x : f.entities) EXPECT_NE(x.type, EntityType::kPer) << listing(f);
}

// «في» + a place or a qualifier row between a title and a name: the name is still the title's
// holder; «في» + anything else («في مؤتمر») is no qualifier, and no name is read after it.
TEST(ActorsTablesTest, EveryTitleQualifierBeforeAName) {
  const auto& t = data::table("actors/title_qualifiers");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string q(t.get(r, "word"));
    Document d = run("وانتقد وزير الخارجية في " + q + " زاكوفيتش بيرلوني القرار.");
    const ActorMention* a = actor(d, "زاكوفيتش بيرلوني");
    ASSERT_TRUE(a) << q << listing(d);
    EXPECT_EQ(a->sector, "GOV") << q;
  }
  Document p = run("وانتقد وزير الدفاع في تركيا زاكوفيتش بيرلوني القرار.");
  ASSERT_TRUE(actor(p, "زاكوفيتش بيرلوني")) << listing(p);
  EXPECT_EQ(actor(p, "زاكوفيتش بيرلوني")->country, "TR");
  Document n = run("وقال وزير الخارجية في مؤتمر صحفي إن الطريق مغلق.");
  EXPECT_TRUE(actor(n, "وزير الخارجية")) << listing(n);
  for (const auto& x : n.entities) EXPECT_NE(x.type, EntityType::kPer) << listing(n);
}

// A definite title with nothing name-like after it («وقال وزير الداخلية إن») is its holder, unnamed;
// an indefinite one-word title alone («وزير») is not.
TEST(ActorsTablesTest, TitleAloneIsItsHolder) {
  Document d = run("وقال وزير الداخلية إن الطريق مغلق.");
  ASSERT_TRUE(actor(d, "وزير الداخلية")) << listing(d);
  EXPECT_EQ(actor(d, "وزير الداخلية")->sector, "GOV");
  Document e = run("وقال الوزير إن الطريق مغلق.");
  EXPECT_TRUE(actor(e, "الوزير")) << listing(e);
  Document f = run("ولم يعين وزير حتى الآن.");
  EXPECT_FALSE(actor(f, "وزير")) << listing(f);
}

// A plural nationality stands for its people (civilians of that country), unless it is the
// adjective of the word before it.
TEST(ActorsTablesTest, PluralNationalityIsItsPeople) {
  Document d = run("وتظاهر آلاف الأردنيين أمام السفارة.");
  const ActorMention* a = actor(d, "الأردنيين");
  ASSERT_TRUE(a) << listing(d);
  EXPECT_EQ(a->country, "JO");
  EXPECT_EQ(a->sector, "CVL");
  Document e = run("وعاد المقاتلون العراقيون إلى مواقعهم.");
  EXPECT_FALSE(actor(e, "العراقيون")) << listing(e);
  Document f = run("وأصيب 25 أردنيا في الحادث.");  // counted, in the accusative
  ASSERT_TRUE(actor(f, "أردنيا")) << listing(f);
  EXPECT_EQ(actor(f, "أردنيا")->country, "JO");
}

// A count of eleven and more takes the accusative singular: the noun is found in that form too.
TEST(ActorsTablesTest, CountedNounInTheAccusative) {
  Document d = run("وقتل 14 شخصا وأصيب 30 مدنيا في القصف.");
  ASSERT_TRUE(actor(d, "شخصا")) << listing(d);
  EXPECT_EQ(actor(d, "شخصا")->sector, "CVL");
  EXPECT_TRUE(actor(d, "مدنيا")) << listing(d);
}

// A nisba noun right after a definite word agreeing with it is that word's adjective, no party:
// «الهجوم الانتحاري» names no bomber, «الدفاع المدني» no civilian; alone or counted it is one.
TEST(ActorsTablesTest, NisbaNounAfterADefiniteWordIsAnAdjective) {
  Document d = run("وأدان الوزير الهجوم الانتحاري وشكر الدفاع المدني.");
  EXPECT_FALSE(actor(d, "الانتحاري")) << listing(d);
  EXPECT_FALSE(actor(d, "المدني")) << listing(d);
  Document e = run("وفجر الانتحاري نفسه قرب الحاجز.");
  EXPECT_TRUE(actor(e, "الانتحاري")) << listing(e);
}

TEST(ActorsTablesTest, EveryAdjectiveAfterATitle) {
  const auto& t = data::table("actors/adjectives");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string adj(t.get(r, "word"));
    Document d = run("وصرح الرئيس " + adj + " زاكوفيتش بيرلوني للصحفيين.");
    EXPECT_TRUE(entity(d, EntityType::kPer, "زاكوفيتش بيرلوني")) << adj << listing(d);
  }
}

// The speech cues the actor layer reads (data/quotes/speech_cues.tsv, actor = name).
std::vector<std::string> speech_verbs() {
  std::vector<std::string> out;
  const auto& t = data::table("quotes/speech_cues");
  for (size_t r = 0; r < t.rows(); ++r)
    if (t.get(r, "actor") == "name") out.emplace_back(t.get(r, "cue"));
  return out;
}

TEST(ActorsTablesTest, EverySpeechVerb) {
  ASSERT_FALSE(speech_verbs().empty());
  for (const std::string& verb : speech_verbs()) {
    Document d = run("و" + verb + " زاكوفيتش إن المفاوضات ستستأنف.");
    EXPECT_TRUE(entity(d, EntityType::kPer, "زاكوفيتش")) << verb << listing(d);
  }
}

// The signal is weak: an everyday word after the verb stays a word.
TEST(ActorsTablesTest, NoSpeechVerbMakesAPersonOfAnOrdinaryWord) {
  for (const std::string& verb : speech_verbs()) {
    Document d = run("و" + verb + " كذلك إن المفاوضات ستستأنف.");
    for (const auto& e : d.entities) EXPECT_NE(e.type, EntityType::kPer) << verb << listing(d);
  }
}

// A speech verb after a name («المستشارة زاكوفيتش بيرلوني أكدت») ends it: SVO order.
TEST(ActorsTablesTest, EverySpeechVerbEndsTheNameBeforeIt) {
  for (const std::string& verb : speech_verbs()) {
    Document d = run("وكان وزير الخارجية الفرنسي زاكوفيتش بيرلوني " + verb + " أن المفاوضات ستستأنف.");
    EXPECT_TRUE(entity(d, EntityType::kPer, "زاكوفيتش بيرلوني")) << verb << listing(d);
  }
}

// A regnal ordinal ends a ruler's name after a title («الملك فيصل الثالث»), not the name of the
// holder left out; after an ordinary noun it is only an ordinal.
TEST(ActorsTablesTest, RegnalOrdinalEndsTheName) {
  Document d = run("وانتقد العاهل الأردني الملك فيصل الثالث القرار.");
  ASSERT_TRUE(actor(d, "فيصل الثالث")) << listing(d);
  EXPECT_EQ(actor(d, "فيصل الثالث")->country, "JO");
  Document e = run("وعقد الاجتماع الثالث في المدينة أمس.");
  for (const auto& x : e.entities) EXPECT_NE(x.type, EntityType::kPer) << listing(e);
}

TEST(ActorsTablesTest, EveryNameWord) {
  const auto& t = data::table("actors/name_words");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string role(t.get(r, "role"));
    std::string name = role == "given" ? w + " بن زاكوفيتش" : role == "particle" ? "محمد " + w + " زاكوفيتش" : "جمال " + w;
    Document d = run("ووصل " + name + " إلى المطار.");
    EXPECT_TRUE(entity(d, EntityType::kPer, name)) << role << " " << w << listing(d);
  }
}

}  // namespace
}  // namespace rasd::actors

namespace rasd::actors {
namespace {

// People and organisations carry a Latin transliteration for readers without Arabic.
TEST(ActorsLatinTest, EntitiesCarryALatinForm) {
  EXPECT_EQ(to_latin("كريم"), "krym");
  // Word by word, spaces kept as written (the words are transliterated apart and remembered).
  EXPECT_EQ(to_latin("كريم  سالم"), "krym  salm");
  EXPECT_EQ(to_latin(" كريم "), " krym ");
  EXPECT_EQ(to_latin("كريم"), "krym");
  EXPECT_EQ(to_latin(""), "");
  static const Pipeline pipeline;
  RawDocument raw;
  raw.text = "وقال وزير الخارجية الفنلندي يوكا سالوفيتش إن الوضع هادئ.";
  Document d = pipeline.run(raw);
  bool person = false;
  for (const auto& e : d.entities)
    if (e.type == EntityType::kPer) {
      person = true;
      EXPECT_FALSE(e.name_latin.empty()) << e.name;
      for (char c : e.name_latin) EXPECT_LT(static_cast<unsigned char>(c), 0x80) << e.name_latin;
    }
  EXPECT_TRUE(person);
}

}  // namespace
}  // namespace rasd::actors
