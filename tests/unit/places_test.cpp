#include <gtest/gtest.h>

#include "rasd/core/table.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/geo/place_finder.h"
#include "rasd/pipeline.h"
#include "run_pipeline.h"

namespace rasd::geo {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }

const Entity* entity_named(const Document& d, std::string_view name) {
  for (const auto& e : d.entities)
    if (e.type == EntityType::kLoc && (e.name == name || e.canonical == name)) return &e;
  return nullptr;
}

std::vector<std::string> loc_names(const Document& d) {
  std::vector<std::string> out;
  for (const auto& e : d.entities)
    if (e.type == EntityType::kLoc) out.push_back(e.name);
  return out;
}

testing::AssertionResult has_place(const Document& d, std::string_view name) {
  if (entity_named(d, name)) return testing::AssertionSuccess();
  std::string all;
  for (const auto& n : loc_names(d)) all += " [" + n + "]";
  return testing::AssertionFailure() << "no place «" << name << "» among" << all;
}

TEST(GazetteerTest, LoadsCountriesCitiesAndVariants) {
  const Gazetteer& g = Gazetteer::get();
  EXPECT_GT(g.size(), 10000u);
  int32_t kz = g.country("KZ");
  ASSERT_GE(kz, 0);
  EXPECT_EQ(g.place(kz).geonames_id, 1522867u);
  EXPECT_FALSE(g.lookup(place_key("ألماتي")).empty());
  EXPECT_EQ(place_key("الكونغو - برازافيل"), place_key("الكونغو برازافيل"));
}

// Every row of the reviewed variants table is a name the gazetteer answers with the row's kind.
TEST(GazetteerTest, EveryVariantRowResolves) {
  const Gazetteer& g = Gazetteer::get();
  const auto& t = data::table("places/variants");
  ASSERT_GT(t.rows(), 50u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string key = place_key(t.get(r, "name"));
    int32_t p = g.reviewed(key);
    ASSERT_GE(p, 0) << t.get(r, "name");
    if (t.get(r, "country") == "*") EXPECT_TRUE(g.place(p).local) << t.get(r, "name");
    else EXPECT_EQ(g.place(p).country, t.get(r, "country")) << t.get(r, "name");
    EXPECT_STREQ(precision_name(g.place(p).precision), t.get(r, "kind") == "country" ? "country"
                                                       : t.get(r, "kind") == "region" ? "region"
                                                       : t.get(r, "kind") == "admin1" ? "admin1" : "city")
        << t.get(r, "name");
  }
}

// Longest match over clitic-aware keys: the preposition, conjunction and article come off.
TEST(PlaceFinderTest, CliticsAroundKnownNames) {
  Document d = run("وصل الوفد بألماتي ثم توجه إلى موسكو، وفي لندن عقد لقاء لكازاخستان.");
  EXPECT_TRUE(has_place(d, "ألماتي"));
  EXPECT_TRUE(has_place(d, "موسكو"));
  EXPECT_TRUE(has_place(d, "لندن"));
  EXPECT_TRUE(has_place(d, "كازاخستان"));
  const Entity* a = entity_named(d, "ألماتي");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(*a->geonames_id, 1526384u);
  EXPECT_FALSE(a->admin1.empty());  // GeoNames' admin1 code of Almaty
  EXPECT_EQ(a->mentions[0].of(d.text), "ألماتي");  // the clitic ب is not in the mention
}

// Ambiguity: population and kind decide; the reviewed reading wins for everyday names.
TEST(PlaceFinderTest, AmbiguousNamesResolved) {
  Document d = run("وصل وزير الخارجية إلى موسكو قادما من واشنطن.");
  const Entity* m = entity_named(d, "موسكو");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->country, "RU");  // not Moscow, Idaho
  const Entity* w = entity_named(d, "واشنطن");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(*w->geonames_id, 4140963u);  // the capital, not Washington state
}

// The article's country settles a name two countries share.
TEST(PlaceFinderTest, ArticleCountryDecidesBetweenNamesakes) {
  Document d = run("قصفت الطائرات مواقع في محافظة حجة شمال اليمن، وسقطت قذائف في حجة أمس.");
  for (const auto& e : d.entities)
    if (e.type == EntityType::kLoc) {
      EXPECT_EQ(e.country, "YE") << e.name;
    }
}

// Each type word introduces a name the gazetteer need not know.
TEST(PlaceFinderTest, EveryTypeWordIntroducesAName) {
  const auto& t = data::table("places/type_words");
  ASSERT_GT(t.rows(), 30u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string word(t.get(r, "word"));
    // «زقطونة» is a made-up name no dictionary or gazetteer knows.
    Document d = run("وقعت اشتباكات في " + word + " زقطونة بعد ظهر أمس.");
    bool found = false;
    for (const auto& p : d.places) found |= p.name_span.of(d.text) == "زقطونة";
    EXPECT_TRUE(found) << word;
  }
}

TEST(PlaceFinderTest, TypeWordWithKnownPlace) {
  Document d = run("سيطرت القوات على مطار ألماتي، وانتشرت في الشوارع المحيطة بالمطار.");
  bool airport = false;
  for (const auto& p : d.places) {
    if (p.span.of(d.text) == "مطار ألماتي") {
      airport = true;
      EXPECT_EQ(p.precision, PlacePrecision::kLandmark);
      EXPECT_GE(p.within, 0);  // inside Almaty, not Almaty itself
      EXPECT_EQ(p.country, "KZ");
    }
  }
  EXPECT_TRUE(airport);
}

// Not a type word with the article, nor before an indefinite ordinary word (an adjective).
TEST(PlaceFinderTest, TypeWordsNeedANameAfterThem) {
  Document d = run("وتعهد بالقضاء التام على الفساد، وأقام في منطقة عسكرية داخل مدينة كبيرة، "
                   "وتحدث عن سوق العمل ومحافظات البلاد.");
  EXPECT_TRUE(d.places.empty()) << loc_names(d).size();
}

// Heads take the next word into the name; tails close it.
TEST(PlaceFinderTest, MultiWordNamesThroughHeadsAndTails) {
  Document d = run("سقطت قذيفة على قرية آل زقطون، ونزح السكان من مدينة دير زقطونة إلى الغوطة الشرقية.");
  EXPECT_TRUE(has_place(d, "آل زقطون"));
  EXPECT_TRUE(has_place(d, "دير زقطونة"));
  EXPECT_TRUE(has_place(d, "الغوطة الشرقية"));
}

// A typed list: «مديريات أ وب وج».
TEST(PlaceFinderTest, ConjoinedNamesAfterAPlace) {
  Document d = run("تركزت المعارك في مديريات زقطونة وبيت زقطون والزقاطين، حسب مصادر محلية في اليمن.");
  EXPECT_TRUE(has_place(d, "زقطونة"));
  EXPECT_TRUE(has_place(d, "بيت زقطون"));
  EXPECT_TRUE(has_place(d, "الزقاطين"));
  EXPECT_FALSE(has_place(d, "حسب"));
}

// Common nouns that a gazetteer lists as villages are not places.
TEST(PlaceFinderTest, EveryNotPlacesRowIsNotRead) {
  const auto& t = data::table("places/not_places");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string word(t.get(r, "word"));
    Document d = run("وقال مسؤول في " + word + " إن الوضع هادئ.");
    EXPECT_FALSE(has_place(d, word)) << word;
  }
}

// A country's name used as its adjective after a noun is not a place mention.
TEST(PlaceFinderTest, CountryAdjectiveIsNotAPlace) {
  Document d = run("وأعلنت القوات السعودية أنها اعترضت صاروخا.");
  EXPECT_TRUE(d.places.empty());
  Document e = run("وأعلنت السعودية أنها اعترضت صاروخا.");
  EXPECT_TRUE(has_place(e, "السعودية"));
}

// A word with the article is never read as a name without it («الأمن» is not «إمن»).
TEST(PlaceFinderTest, ArticleStaysWithTheName) {
  Document d = run("وقالت قوات الأمن إن الهدوء عاد.");
  EXPECT_TRUE(d.places.empty()) << (d.places.empty() ? "" : std::string(d.places[0].span.of(d.text)));
}

// A small town's one-word name needs a place cue, and the article's country must confirm it.
TEST(PlaceFinderTest, SmallTownsNeedACueAndTheArticlesCountry) {
  Document d = run("وقصفت الطائرات مواقع في زبيد غرب اليمن.");
  EXPECT_TRUE(has_place(d, "زبيد"));
  Document e = run("وتحدث الوزير عن زبيد في مؤتمر صحفي عقده في باريس.");
  EXPECT_FALSE(has_place(e, "زبيد"));
}

// Every locative cue lets a confirmed small town through.
TEST(PlaceFinderTest, EveryLocativeCueRow) {
  const auto& t = data::table("places/locative_cues");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string cue(t.get(r, "word"));
    Document d = run("قال شهود في اليمن إن القصف طال مواقع " + cue + " زبيد أمس.");
    EXPECT_TRUE(has_place(d, "زبيد")) << cue;
  }
}

// Dates read weekday names first.
// The gazetteer holds Arabic spellings only: a Persian or Urdu spelling of a place that normalises
// onto an Arabic word («کیف», Kyiv) is that word in Arabic news, and only a place when cued.
TEST(GazetteerTest, ArabicSpellingsOnly) {
  const Gazetteer& g = Gazetteer::get();
  for (size_t i = 0; i < g.size(); ++i)
    for (unsigned char c : g.place(static_cast<int32_t>(i)).name_ar) ASSERT_TRUE(c != 0xDA && c != 0xDB) << g.place(static_cast<int32_t>(i)).name_ar;
  EXPECT_FALSE(g.lookup(place_key("كابول")).empty());  // an Arabic spelling kept from a Persian row
}

TEST(PlaceFinderTest, QuestionWordsAreNotPlaces) {
  Document d = run("كيف يمكن للمزارعين أن يواجهوا موجة الحر؟ وكيف تستعد الأسواق لها؟");
  EXPECT_TRUE(loc_names(d).empty()) << loc_names(d).size();
  EXPECT_TRUE(has_place(run("وصل الوفد إلى كابول صباح اليوم."), "كابول"));
}

// A word that some small town is also named is the word when the corpus seldom cues it as a
// place; «من» ("of", "from") is no place cue for that count («من طراز» is "of the model").
TEST(PlaceFinderTest, WordsNamedLikeTownsAreWords) {
  Document d = run("أطلقت الشركة سيارة جديدة من طراز رياضي، وأعلن التحالف الحاكم دعمه للمشروع.");
  EXPECT_TRUE(loc_names(d).empty()) << loc_names(d).front();
}

TEST(PlaceFinderTest, WeekdaysAreNotPlaces) {
  Document d = run("وفي اليمن قتل ثلاثة أشخاص يوم الجمعة الماضي.");
  EXPECT_FALSE(has_place(d, "الجمعة"));
}

// Page furniture is never read.
TEST(PlaceFinderTest, BoilerplateIsNotRead) {
  Document d = run("قتل جنديان في اشتباكات بدمشق.\nاقرأ أيضا\nانفجار في بيروت\nالمصدر : رصد");
  EXPECT_TRUE(has_place(d, "دمشق"));
  EXPECT_FALSE(has_place(d, "بيروت"));
}

TEST(PlaceFinderTest, RegionsHaveNoGuessedCoordinates) {
  Document d = run("تشهد آسيا الوسطى توترا، وعبرت سفن البحر الأحمر.");
  const Entity* a = entity_named(d, "آسيا الوسطى");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->precision, "region");
  EXPECT_FALSE(a->lat);
  EXPECT_FALSE(a->geonames_id);
  EXPECT_TRUE(has_place(d, "البحر الأحمر"));
}

// «صنعاء» and «صنعا»: the hamza after a final alef is optional in every look-up.
TEST(GazetteerTest, FinalHamzaIsOptional) {
  const Gazetteer& g = Gazetteer::get();
  auto with = g.lookup(place_key("صنعاء"));
  auto without = g.lookup(place_key("صنعا"));
  ASSERT_FALSE(with.empty());
  EXPECT_EQ(std::vector<int32_t>(with.begin(), with.end()), std::vector<int32_t>(without.begin(), without.end()));
  Document d = run("وصل الوفد إلى صنعا مساء أمس.");
  const Entity* e = entity_named(d, "صنعا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "YE");
}

// GeoNames names provinces with their type word; the bare name finds them after a type word
// only («إقليم شمالي» must not make every «شمالي» a place).
TEST(GazetteerTest, ProvincesUnderTheirBareName) {
  const Gazetteer& g = Gazetteer::get();
  bool yemeni = false;
  for (int32_t p : g.provinces(place_key("الجوف")))
    yemeni |= g.place(p).country == "YE" && g.place(p).precision == PlacePrecision::kAdmin1;
  EXPECT_TRUE(yemeni);
  Document d = run("وتواصلت المعارك في محافظة الجوف شمال شرقي اليمن.");
  const Entity* e = entity_named(d, "الجوف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "YE");
  EXPECT_EQ(e->precision, "admin1");
  Document n = run("وتقع القرية في الجزء الشمالي من البلاد، شمالي النهر.");
  EXPECT_FALSE(has_place(n, "شمالي"));
}

// A type word alone in brackets glosses the name after it as a type word before it does: «حجة»
// bare is a word (an argument), «(محافظة) حجة» the province. A bracketed word that is no type
// word makes no place.
TEST(PlaceFinderTest, ATypeWordInBracketsBeforeTheName) {
  Document d = run("وقصفت المدفعية مواقع في (محافظة) حجة شمال غربي البلاد.");
  const Entity* e = entity_named(d, "حجة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->precision, "admin1");
  Document n = run("وقال (المصدر) إن حجة الوزير ضعيفة.");
  EXPECT_FALSE(has_place(n, "حجة"));
}

// Cities count as context when the article names no country: «البيضاء» beside Yemeni cities
// is the Yemeni town, not the larger Libyan one.
TEST(PlaceFinderTest, CitiesAreWeakContext) {
  Document d = run("وسقطت قذائف على أحياء في صنعاء وذمار، كما استهدفت غارة مواقع في البيضاء.");
  const Entity* e = entity_named(d, "البيضاء");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "YE");
}

// A district whose only gazetteer reading is a province abroad is a namesake in the article's
// country the gazetteer lacks: unknown, in that country, with no borrowed coordinates.
TEST(PlaceFinderTest, ForeignNamesakeOfATypedPlaceStaysUnknown) {
  Document d = run("وقال مصدر عسكري في اليمن إن القوات تقدمت في مديرية حيران التابعة لمحافظة حجة.");
  const Entity* e = entity_named(d, "حيران");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "YE");
  EXPECT_FALSE(e->geonames_id.has_value());
  EXPECT_FALSE(e->lat.has_value());
}

// A name introduced with a type word is the same place when it comes back bare.
TEST(PlaceFinderTest, TypedNameRepeatsBare) {
  Document d = run("تقدمت القوات في منطقة زقطونة صباحا.\nوقال سكان إن الاشتباكات في زقطونة توقفت ظهرا.");
  const Entity* e = entity_named(d, "زقطونة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
  // A one-word name the Arabic lexicon knows comes back only after a place cue: bare, it is
  // most often the word.
  Document w = run("وصلت القوات إلى مدينة الأمل أمس.\nوقال إن الأمل في الحل قائم، وإن القصف في الأمل توقف.");
  const Entity* a = entity_named(w, "الأمل");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->mentions.size(), 2u);
}

// «المنطقة» with no name after it refers back to the last «منطقة …» of the article.
TEST(PlaceFinderTest, DefiniteTypeWordRefersBack) {
  Document d = run("حاصر المسلحون منطقة زقطونة الجبلية.\nوقال سكان إن القصف طال المنطقة ليلا.");
  const Entity* e = entity_named(d, "زقطونة");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(e->mentions[1].of(d.text), "المنطقة");
  // Without an earlier «منطقة …» it is no place.
  Document n = run("وقال سكان إن القصف طال المنطقة ليلا.");
  EXPECT_TRUE(loc_names(n).empty());
}

// «المنطقة» refers to the nearest earlier «منطقة …» within reach (about four sentences), however
// many the article names; past the reach it is no place.
TEST(PlaceFinderTest, DefiniteTypeWordTakesTheNearestAntecedent) {
  Document d = run("حاصر المسلحون منطقة زقطونة الجبلية. ثم تقدموا نحو منطقة دهشورة الشرقية.\n"
                   "وقال سكان إن القصف طال المنطقة ليلا.");
  const Entity* near = entity_named(d, "دهشورة الشرقية");
  ASSERT_NE(near, nullptr);
  ASSERT_EQ(near->mentions.size(), 2u);
  EXPECT_EQ(near->mentions[1].of(d.text), "المنطقة");
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "وصلت الحافلات إلى المحطة صباحا بعد رحلة طويلة.\n";
  Document far = run("حاصر المسلحون منطقة زقطونة الجبلية.\n" + filler + "وقال سكان إن القصف طال المنطقة ليلا.");
  const Entity* e = entity_named(far, "زقطونة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 1u);
  // A name typed many times: each «المنطقة» still refers back, and every repeat is found.
  std::string many;
  for (int i = 0; i < 300; ++i) many += "حاصر المسلحون منطقة زقطونة الجبلية وقصفوا المنطقة ليلا.\n";
  Document m = run(many);
  const Entity* z = entity_named(m, "زقطونة");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->mentions.size(), 600u);
}

// «قرب دمشق», «شمالي العاصمة»: places the scene is described from are marked relative.
TEST(PlaceFinderTest, RelativeCuesMarkTheirPlace) {
  Document d = run("قتل ثلاثة أشخاص في الغوطة الشرقية قرب دمشق، وفي مديرية أرحب شرقي العاصمة صنعاء.");
  bool damascus = false, sanaa = false;
  for (const PlaceMention& m : d.places) {
    std::string_view name = m.name_span.of(d.text);
    if (name == "دمشق") damascus = m.relative;
    if (name == "صنعاء") sanaa = m.relative;
    if (name == "الغوطة الشرقية" || name == "أرحب") {
      EXPECT_FALSE(m.relative) << name;
    }
  }
  EXPECT_TRUE(damascus);
  EXPECT_TRUE(sanaa);
}

// A region named relative to the story (variants country «*») lies in the article's country.
TEST(PlaceFinderTest, LocalRegionTakesTheArticlesCountry) {
  Document d = run("وقالت مصادر في اليمن إن المعارك تجددت في الساحل الغربي ليلة أمس.");
  const Entity* e = entity_named(d, "الساحل الغربي");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "YE");
  Document s = run("وقالت مصادر في السودان إن المعارك تجددت في الساحل الغربي.");
  const Entity* f = entity_named(s, "الساحل الغربي");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->country, "SD");
}

// A word the lexicon knows is a name after a type word when a known place follows it with «ب»
// or «في»: «منطقة الغور بصعدة».
TEST(PlaceFinderTest, TypedNameAnchoredInAKnownPlace) {
  Document d = run("وقصفت المدفعية مواقع في منطقة الغور بصعدة.");
  EXPECT_TRUE(has_place(d, "الغور"));
  Document e = run("وقصفت المدفعية مواقع في منطقة الغور في محافظة صعدة.");
  EXPECT_TRUE(has_place(e, "الغور"));
  Document n = run("وقصفت المدفعية مواقع في منطقة الغور أمس.");
  EXPECT_FALSE(has_place(n, "الغور"));
}

// A type word's key must not come from a word written with a hamza the type word lacks:
// «وأدى القصف» (and the shelling led) is no valley. A hashtag sign may stand before the name.
TEST(PlaceFinderTest, TypeWordsKeepTheirHamzas) {
  Document d = run("وأدى القصف إلى مقتل خمسة مدنيين في حلب.");
  EXPECT_FALSE(has_place(d, "القصف"));
  Document h = run("وتقدمت القوات في مديرية #زقطونة شمال العاصمة.");
  EXPECT_TRUE(has_place(h, "زقطونة"));
  Document q = run("وتقدمت القوات في إقليم زقطونة واقليم بلقونة.");
  EXPECT_TRUE(has_place(q, "زقطونة"));
}

// A preposition glued to the article after a type word opens a phrase, not a name: «معسكر
// للجيش» is the army's camp; «معسكر زقطونة» is a camp's name.
TEST(PlaceFinderTest, TypeWordBeforeAPrepositionalPhraseNamesNothing) {
  Document d = run("سقطت قذائف على معسكر للجيش في ريف حماة.");
  EXPECT_FALSE(has_place(d, "للجيش"));
  EXPECT_FALSE(has_place(d, "الجيش"));
  EXPECT_TRUE(has_place(d, "حماة"));
  Document n = run("سقطت قذائف على معسكر زقطونة في ريف حماة.");
  EXPECT_TRUE(has_place(n, "زقطونة"));
}

// A list head before a colon announces places: every item, split at «،» and at a و-word, is
// one, known or not; the list ends at prose («، مشيرا إلى …»). Without a list head a colon
// opens no list.
TEST(PlaceFinderTest, ColonListAfterAListHead) {
  Document d = run("وقصفت المدفعية المواقع المجاورة: تلة زقطونة، وبلقونة وسهل العطاشة، مشيرا إلى سقوط قتلى.");
  EXPECT_TRUE(has_place(d, "تلة زقطونة"));
  EXPECT_TRUE(has_place(d, "بلقونة"));
  EXPECT_TRUE(has_place(d, "العطاشة"));  // after its type word «سهل», read as typed names are
  EXPECT_FALSE(has_place(d, "مشيرا"));
  Document q = run("وشملت الحملة قرى عدة منها: زقطونة، وبلقونة.");
  EXPECT_TRUE(has_place(q, "زقطونة"));
  Document n = run("وقال المتحدث العسكري: زقطونة وبلقونة هدفان.");
  EXPECT_FALSE(has_place(n, "زقطونة"));
  // Every row of the table announces a list.
  const auto& t = data::table("places/list_heads");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    Document x = run("وشمل القصف " + std::string(t.get(r, "word")) + " أخرى منها: زقطونة، وبلقونة.");
    EXPECT_TRUE(has_place(x, "بلقونة")) << t.get(r, "word");
  }
}

// A direction word begins a longer name the gazetteer knows (a country, a province), but is never
// a place alone, and a direction before a known place still describes the place.
TEST(PlaceFinderTest, DirectionWordsBeginLongerNames) {
  Document d = run("وصل الوفد إلى جنوب السودان بعد زيارة شمال دارفور.");
  const Entity* ss = entity_named(d, "جنوب السودان");
  ASSERT_NE(ss, nullptr);
  EXPECT_EQ(ss->country, "SS");
  EXPECT_FALSE(has_place(d, "السودان"));
  const Entity* nd = entity_named(d, "شمال دارفور");
  ASSERT_NE(nd, nullptr);
  EXPECT_EQ(nd->country, "SD");
  Document e = run("سقطت قذائف جنوب دمشق أمس.");
  EXPECT_TRUE(has_place(e, "دمشق"));
  EXPECT_FALSE(has_place(e, "جنوب"));
}

// Provinces the import lacks (variants rows of kind admin1) resolve after their type word with
// the province's admin1 code, and a province's full name («منطقة عسير») keeps its kind.
TEST(PlaceFinderTest, ProvincesFromTheVariantsTable) {
  Document d = run("قتل جندي في هجوم على نقطة أمنية في محافظة الضالع.");
  ASSERT_FALSE(d.events.empty());
  ASSERT_TRUE(d.events[0].location.has_value());
  EXPECT_EQ(d.events[0].location->precision, "admin1");
  EXPECT_EQ(d.events[0].location->admin1, "18");
  Document e = run("سقطت قذيفة على قرية في منطقة عسير.");
  ASSERT_FALSE(e.events.empty());
  ASSERT_TRUE(e.events[0].location.has_value());
  EXPECT_EQ(e.events[0].location->precision, "admin1");
  EXPECT_EQ(e.events[0].location->country, "SA");
  // A Saudi province and its city: the city is not pulled abroad by a namesake province.
  Document f = run("قتل متظاهر في مدينة القطيف بالمنطقة الشرقية.");
  const Entity* q = entity_named(f, "القطيف");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->country, "SA");
}

// A word after a title or a given name continues a person's name, even when a clitic read off it
// would leave a town («الرئيس باراك» is no «ب» + Arak); a given name spelt like a function word
// («على») is the function word, and after a given name a word with a locative clitic is a place.
TEST(PlaceFinderTest, NamesAfterTitlesAndGivenNamesArePeople) {
  Document d = run("استقبل الرئيس باراك ضيوفه أمس، والتقى النائب حسين الخليل بالوفد.");
  EXPECT_FALSE(has_place(d, "اراك"));
  EXPECT_FALSE(has_place(d, "باراك"));
  EXPECT_FALSE(has_place(d, "الخليل"));
  Document e = run("فرضت واشنطن عقوبات جديدة على طهران، وافتتح جناح في مستشفى الملك فهد بجدة.");
  EXPECT_TRUE(has_place(e, "طهران"));
  EXPECT_TRUE(has_place(e, "جدة"));
  // A common noun is none of its clitic readings either.
  Document f = run("ارتفعت الإصابات بفيروس كورونا، وتراجع اليورو أمام الدولار.");
  EXPECT_TRUE(f.places.empty()) << f.places.size();
}

// A quoted name after a type word runs to its closing quote, even through words the lexicon knows.
TEST(PlaceFinderTest, QuotedNameRunsToItsClosingQuote) {
  Document d = run("تقدمت القوات على جبهة \"الزعفرينة الحمراء\" شرق المدينة.");
  EXPECT_NE(entity_named(d, "الزعفرينة الحمراء"), nullptr) << d.places.size();
  Document f = run("تقدمت القوات على جبهة \"الزعفرينة\" الحمراء شرق المدينة.");
  EXPECT_EQ(entity_named(f, "الزعفرينة الحمراء"), nullptr);
  EXPECT_NE(entity_named(f, "الزعفرينة"), nullptr);
}

// The article's country: a country named once with three of its towns outweighs a neighbour
// named twice (a country mention counts double, a town once; counting countries alone would say
// Saudi Arabia).
TEST(MainCountryTest, TownsCountWithTheirCountry) {
  Document d = run(
      "وصل وفد من السعودية إلى اليمن أمس. وعقد الوفد لقاءات في عدن وفي المكلا وفي الحديدة. "
      "وقال مسؤول في السعودية إن الزيارة ناجحة.");
  EXPECT_EQ(main_country(d), "YE");
  Document none = run("قال المتحدث إن الاجتماع انتهى دون اتفاق.");
  EXPECT_EQ(main_country(none), "");
}

TEST(MainCountryTest, ACountryNamedOnlyOnceStillLeadsAlone) {
  Document d = run("وأعلنت الحكومة في تركيا أمس خطة جديدة للاقتصاد.");
  EXPECT_EQ(main_country(d), "TR");
}

}  // namespace
}  // namespace rasd::geo
