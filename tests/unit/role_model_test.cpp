// The learned role chooser (events/role_model.h): the scorer's name match training labels with,
// what the collector records of a telling's candidates, what the features say of them, that a
// model changes the choice (and where it may not), and that "none" leaves the rules' output.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

#include "rasd/events/role_model.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

using test_support::run_pipeline;

bool has(const std::vector<std::string>& f, const std::string& x) { return std::find(f.begin(), f.end(), x) != f.end(); }

// The army attacked the gunmen near the police headquarters in the city.
constexpr const char* kAttack = "هاجم الجيش المسلحين قرب مقر الشرطة في المدينة.";

const RoleCandidate* named(const Document& d, const RoleSample& s, std::string_view word) {
  for (const auto& c : s.candidates)
    for (const auto& n : candidate_names(d, c))
      if (n == word) return &c;
  return nullptr;
}

const Event* event_of(const Document& d, std::string_view type) {
  for (const auto& e : d.events)
    if (e.type == type) return &e;
  return nullptr;
}

bool names_party(const std::vector<EventParty>& ps, std::string_view name) {
  return std::any_of(ps.begin(), ps.end(), [&](const EventParty& p) { return p.name == name; });
}

TEST(RoleModelTest, NamesMatchAsTheScorerMatchesThem) {
  EXPECT_TRUE(name_match("الجيش", {"جيش"}));                  // the article off
  EXPECT_TRUE(name_match("قوات الجيش", {"الجيش"}));           // a whole-word run inside
  EXPECT_TRUE(name_match("الشرطة", {"الشرطه"}));              // taa marbuta folded
  EXPECT_TRUE(name_match("«الجيش»", {"الجيش"}));              // quotation marks are spaces
  EXPECT_FALSE(name_match("الشرطة", {"الجيش"}));
  EXPECT_FALSE(name_match("الجيشان", {"الجيش"}));            // a word inside a word is no match
  EXPECT_FALSE(name_match("", {"الجيش"}));
}

TEST(RoleModelTest, CollectorRecordsTheCandidatesAndTheRulesChoice) {
  RoleCollector collector;
  Document d = run_pipeline(kAttack);
  std::vector<RoleSample> samples = collector.take();
  ASSERT_FALSE(samples.empty());
  const RoleSample& s = samples.front();
  EXPECT_EQ(d.triggers[s.trigger].type, "ASSAULT");
  const RoleCandidate* army = named(d, s, "الجيش");
  const RoleCandidate* gunmen = named(d, s, "المسلحين");
  const RoleCandidate* police = named(d, s, "الشرطة");
  ASSERT_TRUE(army && gunmen && police);
  EXPECT_NE(army->as_actor, ArgStrength::kNone);
  EXPECT_EQ(army->as_recipient, ArgStrength::kNone);
  EXPECT_NE(gunmen->as_recipient, ArgStrength::kNone);
  EXPECT_EQ(police->as_actor, ArgStrength::kNone);
  EXPECT_EQ(police->as_recipient, ArgStrength::kNone);
  // The collector stands in for the model: the rules' output is what comes out.
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(names_party(e->actor, "الجيش"));
}

TEST(RoleModelTest, FeaturesDescribeWhereACandidateStandsAndWhatTheRulesMadeOfIt) {
  RoleCollector collector;
  Document d = run_pipeline(kAttack);
  std::vector<RoleSample> samples = collector.take();
  ASSERT_FALSE(samples.empty());
  const RoleSample& s = samples.front();
  const TriggerMention& tr = d.triggers[s.trigger];
  const Sentence& sentence = d.sentences[s.sentence];
  auto index = [&](const RoleCandidate* c) { return static_cast<size_t>(c - s.candidates.data()); };
  const RoleCandidate* army = named(d, s, "الجيش");
  const RoleCandidate* police = named(d, s, "الشرطة");
  ASSERT_TRUE(army && police);
  auto a = role_features(d, tr, sentence, s.candidates, index(army), RoleSlot::kActor);
  EXPECT_TRUE(has(a, "a:side=A|verb"));        // after the finite verb
  EXPECT_TRUE(has(a, "a:side=A|gap=0"));       // right after it
  EXPECT_TRUE(has(a, "a:rank=A1|verb"));       // the nearest after it
  EXPECT_TRUE(has(a, "a:def|A"));
  EXPECT_TRUE(has(a, "a:agree|A"));            // a masculine verb, a masculine subject
  EXPECT_FALSE(has(a, "a:src=finder"));        // the finder's own candidates carry no origin
  EXPECT_FALSE(has(a, "a:rule=no"));           // the rules took it as the actor
  EXPECT_FALSE(has(a, "a:between-comma|A"));
  auto r = role_features(d, tr, sentence, s.candidates, index(police), RoleSlot::kRecipient);
  EXPECT_TRUE(has(r, "r:rule=no"));
  EXPECT_FALSE(has(r, "r:rank=A1|verb"));
  EXPECT_TRUE(has(r, "r:vs-rule=further|A"));  // further from the trigger than the rules' recipient
  EXPECT_FALSE(std::any_of(a.begin(), a.end(), [](const std::string& x) { return x.starts_with("a:vs-rule"); }));
  EXPECT_TRUE(std::all_of(r.begin(), r.end(), [](const std::string& x) { return x.starts_with("r:"); }));
  auto n = none_features(tr, s.candidates, RoleSlot::kRecipient);
  EXPECT_TRUE(has(n, "r:none"));
  EXPECT_TRUE(has(n, "r:none|type=ASSAULT"));
}

// A model written here: the pipeline given it re-chooses; "none" runs the rules alone.
Document run_with(const std::string& role_model, const std::string& text) {
  Options o;
  o.role_model = role_model;
  Pipeline p(o);
  RawDocument raw;
  raw.id = "t";
  raw.text = text;
  raw.published = "2023-06-10";
  return p.run(raw);
}

std::string write_model(const std::string& name, StringMap<float> weights) {
  std::string path = ::testing::TempDir() + name;
  std::string error;
  EXPECT_TRUE(FilterModel::from_weights(std::move(weights), 0, "test").save(path, &error)) << error;
  return path;
}

TEST(RoleModelTest, AModelNeverMovesTheRulesChoiceNoneLeavesTheRules) {
  // A recipient the rules did not choose weighs more than theirs: the rules' choice stays (the
  // model fills only a role they left empty).
  std::string path = write_model("role-model-other.txt", {{"r:rule=no", 10.0f}, {"a:rule=no", 10.0f}});
  Document d = run_with(path, kAttack);
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(names_party(e->recipient, "المسلحين"));
  EXPECT_FALSE(names_party(e->recipient, "الشرطة"));
  EXPECT_TRUE(names_party(e->actor, "الجيش"));

  Document n = run_with("none", kAttack);
  const Event* r = event_of(n, "ASSAULT");
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(names_party(r->recipient, "المسلحين"));
  EXPECT_TRUE(names_party(r->actor, "الجيش"));
  std::remove(path.c_str());
}

TEST(RoleModelTest, NoneNeverDropsTheRulesChoiceNorTakesTheirRecipientAsActor) {
  // "None" scored highest: the rules' parties stay (a role left empty is never right).
  std::string none = write_model("role-model-none.txt", {{"a:none", 50.0f}, {"r:none", 50.0f}});
  Document d = run_with(none, kAttack);
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(names_party(e->actor, "الجيش"));
  EXPECT_TRUE(names_party(e->recipient, "المسلحين"));
  // The rules' recipient weighed as the doer: it stays the recipient; the actor moves elsewhere only
  // to a party the rules left free.
  std::string swap = write_model("role-model-swap.txt", {{"a:rule-other=strong", 50.0f}, {"a:rule-other=medium", 50.0f},
                                                         {"a:rule-other=weak", 50.0f}});
  Document s = run_with(swap, kAttack);
  const Event* f = event_of(s, "ASSAULT");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(names_party(f->recipient, "المسلحين"));
  EXPECT_FALSE(names_party(f->actor, "المسلحين"));
  std::remove(none.c_str());
  std::remove(swap.c_str());
}

TEST(RoleModelTest, AnEmptyActorIsFilledOnlyWhenTheModelIsFairlySure) {
  // Five of the police were killed near the government's convoy: no doer is named.
  const std::string text = "قتل خمسة من الشرطة قرب موكب الحكومة في المدينة.";
  std::string weak = write_model("role-model-weak.txt", {{"a:rule=no", 1.0f}});
  Document d = run_with(weak, text);
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->actor.empty());
  EXPECT_TRUE(names_party(e->recipient, "الشرطة"));
  std::string sure = write_model("role-model-sure.txt", {{"a:rule=no", 5.0f}});
  Document s = run_with(sure, text);
  const Event* f = event_of(s, "ASSAULT");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(names_party(f->actor, "الحكومة"));
  EXPECT_TRUE(names_party(f->recipient, "الشرطة"));  // the rules' recipient is not taken as the doer
  // The holder of a held thing («مقر الحكومة») suffered the deed: the grammar bars it as the doer,
  // however sure the model.
  Document h = run_with(sure, "قتل خمسة من الشرطة قرب مقر الحكومة في المدينة.");
  const Event* g = event_of(h, "ASSAULT");
  ASSERT_NE(g, nullptr);
  EXPECT_FALSE(names_party(g->actor, "الحكومة"));
  std::remove(weak.c_str());
  std::remove(sure.c_str());
}

// What the grammar bars the model never takes, however much it weighs an empty role's fill: a
// held thing with no holder, the one reporting the statement (as the recipient; as the doer of a
// deed another trigger reacts to), a party another trigger's target cue governs, a country the
// grammar places the deed in.
TEST(RoleModelTest, TheGrammarsBarsHoldAgainstAnyModel) {
  std::string eager = write_model("role-model-eager.txt", {{"a:rule=no", 50.0f}, {"r:rule=no", 50.0f}});
  struct Case {
    const char* text;
    const char* type;
    const char* barred;
    bool actor_too;  // barred as the doer as well
  };
  for (const Case& c : {Case{"وحاصرت القوات البيت طوال الليل.", "COERCE", "البيت", true},
                        Case{"وحذر النائب قبل القصف على المعارضة.", "THREATEN", "المعارضة", false},
                        Case{"وقالت الوزارة إن حملة التفتيش بدأت صباحا في القرية.", "COERCE", "الوزارة", false},
                        Case{"وقالت الوزارة إنها ترحب بطرد السفير الأجنبي.", "SANCTION", "الوزارة", true},
                        Case{"وقصفت المدفعية مواقع داخل لبنان وسوريا صباحا.", "ASSAULT", "سوريا", true}}) {
    Document d = run_with(eager, c.text);
    const Event* e = event_of(d, c.type);
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_FALSE(names_party(e->recipient, c.barred)) << c.text;
    if (c.actor_too) {
      EXPECT_FALSE(names_party(e->actor, c.barred)) << c.text;
    }
  }
  // Nor is the doer a mention of the sentence beyond the finder's window (another clause's party).
  const char* far = "قتل ثلاثة رجال قرب الحدود الشمالية مساء الأحد بعد مطاردة طويلة في الجبال والوديان الوعرة "
                    "البعيدة عن المدن حيث ينتشر الجيش منذ أشهر.";
  Document d = run_with(eager, far);
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(names_party(e->actor, "الجيش"));
  std::remove(eager.c_str());
}

const RoleCandidate* offered(const Document& d, const RoleSample& s, std::string_view word, RoleCandidate::Origin o) {
  for (const auto& c : s.candidates)
    if (c.origin == o && candidate_names(d, c).front() == word) return &c;
  return nullptr;
}

std::string listing(const Document& d, const RoleSample& s) {
  std::string out;
  for (const auto& c : s.candidates) out += candidate_names(d, c).front() + "/" + std::to_string(int(c.origin)) + " ";
  return out;
}

// The police arrested the smugglers and the traders in the market of the old town at dawn.
constexpr const char* kArrest = "اعتقلت الشرطة المهربين والتجار في سوق البلدة القديمة فجرا.";

TEST(RoleModelTest, TheModelAloneIsOfferedTheConjunctAndThePlainWordsOfTheWindow) {
  RoleCollector collector;
  Document d = run_pipeline(kArrest);
  std::vector<RoleSample> samples = collector.take();
  ASSERT_FALSE(samples.empty());
  const RoleSample& s = samples.front();
  // «X و Y»: the second conjunct after a candidate.
  const RoleCandidate* traders = offered(d, s, "والتجار", RoleCandidate::Origin::kConjunct);
  ASSERT_NE(traders, nullptr) << listing(d, s);
  EXPECT_EQ(traders->as_actor, ArgStrength::kNone);  // the rules never weigh it
  EXPECT_EQ(traders->as_recipient, ArgStrength::kNone);
  // A noun phrase of plain words at a free word of the window, with the preposition before it.
  const RoleCandidate* market = offered(d, s, "سوق البلدة", RoleCandidate::Origin::kWords);
  ASSERT_NE(market, nullptr) << listing(d, s);
  const TriggerMention& tr = d.triggers[s.trigger];
  auto f = role_features(d, tr, d.sentences[s.sentence], s.candidates, static_cast<size_t>(market - s.candidates.data()),
                         RoleSlot::kRecipient);
  EXPECT_TRUE(has(f, "r:src=words"));
  EXPECT_TRUE(has(f, "r:prev=في|A"));
  // No word is offered twice, nor a word of the trigger.
  for (size_t i = 0; i < s.candidates.size(); ++i)
    for (size_t j = i + 1; j < s.candidates.size(); ++j)
      EXPECT_FALSE(s.candidates[i].lead < s.candidates[j].end && s.candidates[j].lead < s.candidates[i].end) << listing(d, s);
  for (const auto& c : s.candidates) EXPECT_FALSE(c.lead < tr.end_token && tr.first_token < c.end) << listing(d, s);
  // With no model the rules' output stands: the conjunct is no party.
  const Event* e = event_of(d, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(names_party(e->recipient, "والتجار"));
}

TEST(RoleModelTest, TheModelIsOfferedAMentionBeyondTheWindow) {
  // The army arrested three men near the northern border on Sunday evening after a long chase in
  // the rugged mountains and valleys, according to what the interior ministry said.
  RoleCollector collector;
  Document d = run_pipeline(
      "اعتقل الجيش ثلاثة رجال قرب الحدود الشمالية مساء الأحد بعد مطاردة طويلة في الجبال والوديان الوعرة "
      "والبعيدة عن المدن، وفق ما ذكرت وزارة الداخلية.");
  std::vector<RoleSample> samples = collector.take();
  ASSERT_FALSE(samples.empty());
  const RoleSample& s = samples.front();
  const TriggerMention& tr = d.triggers[s.trigger];
  const RoleCandidate* ministry = nullptr;
  for (const auto& c : s.candidates)
    if (c.origin == RoleCandidate::Origin::kSentence && c.kind == RoleCandidate::Kind::kMention) ministry = &c;
  ASSERT_NE(ministry, nullptr) << listing(d, s);
  EXPECT_GT(ministry->lead, tr.end_token + 12);
  auto f = role_features(d, tr, d.sentences[s.sentence], s.candidates, static_cast<size_t>(ministry - s.candidates.data()),
                         RoleSlot::kActor);
  EXPECT_TRUE(has(f, "a:src=sentence"));
  EXPECT_TRUE(has(f, "a:side=A|gap=13+"));
}

TEST(RoleModelTest, AModelMayFillAnEmptyRoleWithACandidateOfferedToItAlone) {
  // Five of the police were killed near the government's headquarters in the city: no doer is
  // named, and the plain words of the window are offered to the model alone.
  const std::string text = "قتل خمسة من الشرطة قرب مقر الحكومة في المدينة.";
  std::string path = write_model("role-model-words.txt", {{"a:src=words", 10.0f}});
  Document d = run_with(path, text);
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  ASSERT_FALSE(e->actor.empty());
  EXPECT_FALSE(names_party(e->actor, "الحكومة"));  // a finder's candidate, no origin weight
  EXPECT_TRUE(e->actor.front().sector.empty());      // plain words name no sector
  EXPECT_TRUE(names_party(e->recipient, "الشرطة"));  // the rules' recipient stays
  Document n = run_with("none", text);
  const Event* r = event_of(n, "ASSAULT");
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->actor.empty());
  // Plain words no list or form knows as a party fill no role, however weighed (a table, a slope).
  Document t = run_with(path, "قتل خمسة من الشرطة قرب الطاولة الخشبية فوق المنحدر.");
  const Event* g = event_of(t, "ASSAULT");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(g->actor.empty()) << g->actor.front().name;
  std::remove(path.c_str());
}

}  // namespace
}  // namespace rasd::events
