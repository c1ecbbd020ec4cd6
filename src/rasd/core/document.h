// The Document: the untouched article text plus the layers each pipeline stage adds.
// One owner (the Document), many views: layers refer to the text by byte Spans, to each
// other by index, never by pointer. A Document is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rasd/core/error.h"
#include "rasd/core/span.h"
#include "rasd/geo/place.h"

namespace rasd {

// A calendar day; also used for partial dates with a precision.
struct CivilDate {
  int year = 0, month = 0, day = 0;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// ---- text layer --------------------------------------------------------------------------
enum class TokenKind : uint8_t {
  kWord,    // Arabic (or other-script) letters
  kLatin,   // Latin-script word
  kNumber,  // digits of any script, with internal separators (1,500 / 2.5 / ٢٠٢٢)
  kPunct,   // punctuation, quotation marks, dashes
  kSymbol,  // anything else visible (%, $, emoji, ...)
};

struct Token {
  Span span;            // bytes in Document::text
  TokenKind kind = TokenKind::kWord;
  std::string key;      // normalised form of the whole token (see text/normalize.h)
  std::string stem;     // key with conjunction, preposition and article removed (text/clitics.h);
                        // matchers that need every reading call analyse_clitics(key)
};

// One clitic reading of a token's key (text/clitics.h CliticAnalysis) as byte lengths: the
// proclitics are the key's first `prefix` bytes, the enclitic pronoun its last `suffix`, the stem
// what lies between. Lengths, not views, so the layer stays valid when the tokens move.
struct CliticCut {
  uint8_t prefix = 0, suffix = 0;  // at most four letters before, three after: a byte each
  bool article = false;            // the prefix ends with the article ال (or the ل of لل)
  bool future = false;             // the prefix holds the future marker س
};

enum class SentenceKind : uint8_t {
  kBody,        // story text
  kSubheading,  // a short line without final punctuation between paragraphs
  kBoilerplate, // page furniture ("end of list", "اقرأ أيضا", ...)
  kSourceLine,  // the credit line ("المصدر : الجزيرة + وكالات")
};

struct Sentence {
  Span span;                       // trimmed of surrounding white space
  uint32_t first_token = 0;        // index into Document::tokens
  uint32_t end_token = 0;          // one past the last token
  uint32_t paragraph = 0;          // paragraph (line block) number, from 0
  SentenceKind kind = SentenceKind::kBody;
};

enum class Qualifier : uint8_t { kExact, kApprox, kAtLeast, kAtMost, kRange, kVague };

struct Quantity {
  Span span;                    // the whole expression, qualifier words included («أكثر من 70»)
  std::optional<double> value;  // the conservative reading (GUIDELINES.md): «أكثر من 70» 70, «عشرات» 10
  std::optional<double> min, max;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;             // what it measures when not a head count: percent, money, year, ... (text/quantities.h)
  uint32_t first_token = 0, end_token = 0;
};

enum class DatePrecision : uint8_t { kDay, kWeek, kMonth, kYear };

struct DateMention {
  Span span;
  std::optional<CivilDate> date;  // resolved start day; nullopt when unresolved (no publication date)
  DatePrecision precision = DatePrecision::kDay;
  std::string kind;               // what was recognised: "weekday", "yesterday", "explicit", ...
  uint32_t first_token = 0, end_token = 0;
};

struct SourceLine {
  Span span;
  std::vector<std::string> outlets;  // as written, e.g. "الجزيرة"
  bool agencies = false;             // "+ وكالات" or a named agency
};

// ---- entities ----------------------------------------------------------------------------
enum class EntityType : uint8_t { kPer, kOrg, kLoc };

struct Entity {
  EntityType type = EntityType::kLoc;
  std::string name;                  // as written in its first full mention, clitics off
  std::string canonical;             // the reference form (gazetteer name, full person name)
  std::string name_latin;            // a Latin form when known
  std::vector<Span> mentions;        // every mention, in text order
  // Places only:
  std::optional<uint32_t> geonames_id;
  std::string country;               // ISO 3166-1 alpha-2
  std::string admin1;                // GeoNames admin1 code of the place (or the place it lies in)
  std::optional<double> lat, lon;
  std::string precision;             // geo/place.h precision_name
};

// ---- actors ------------------------------------------------------------------------------
// A name the statistical tagger proposes (actors/ner): candidates, not answers; the actor
// finder decides with its patterns which become entities.
struct NameCandidate {
  Span span;
  uint32_t first_token = 0, end_token = 0;
  EntityType type = EntityType::kPer;
  float score = 0;  // the tagger's margin, higher is surer
};

// A mention of who did something or to whom: a named entity («توكاييف»), a described one
// («الرئيس الكازاخي», «قوات الأمن»), or an unnamed group («مسلحون مجهولون»).
struct ActorMention {
  Span span;                      // the whole description («وزير الخارجية الفرنسي جان مارتان»)
  uint32_t first_token = 0, end_token = 0;
  int32_t entity = -1;            // index into Document::entities (PER/ORG/LOC), -1 when unnamed
  std::string name;               // the name as written, or the description for unnamed actors
  std::string country;            // ISO 3166-1 alpha-2 from demonyms and context, "" unknown
  std::string sector;             // PLOVER sector code: GOV MIL COP JUD ... UAF UNK IGO JRN ...
  std::string role;               // title or role words («الرئيس», «وزير الخارجية»)
};

// ---- events ------------------------------------------------------------------------------
// A trigger: a word or phrase that names a PLOVER event («اعتقال», «أطلقوا النار»).
struct TriggerMention {
  Span span;
  uint32_t first_token = 0, end_token = 0;
  std::string type;     // PLOVER type: ASSAULT, COERCE, PROTEST, ...
  std::string mode;     // PLOVER mode or "" (arrest, demo, riot, firearms, ...)
  std::string lemma;    // the table row's lemma, for evidence and debugging
  bool nominal = false; // a verbal noun or participle («اعتقال») rather than a finite verb («اعتقلت»)
  bool participle = false; // a participle naming the people («المحتجين», «متظاهرون»), not the act
  bool passive = false; // «اعتُقل», «قُتل»: the grammatical subject is the recipient
  bool many_senses = false; // its table row has everyday senses too: the event filter judges it
};

// An event record: one real-world happening, with every telling of it in `mentions`.
struct EventParty {
  std::string name;      // as written
  std::string country;   // ISO alpha-2, "" unknown
  std::string sector;    // PLOVER sector code, "" unknown
  int32_t actor = -1;    // index into Document::actors
  int32_t entity = -1;   // index into Document::entities, -1 when unnamed
  uint8_t strength = 0;  // how surely it was found (events/arguments.h ArgStrength); fusion keeps the surer
  uint8_t tellings = 1;  // how many fused tellings named it in this role (events/party_fusion.cpp)
};

struct EventPlace {
  std::string name;                  // as written («مطار ألماتي»), "" when only the country is known
  std::optional<uint32_t> geonames_id;
  std::string country;
  std::string admin1;                // GeoNames admin1 code, "" when unknown
  std::optional<double> lat, lon;
  std::string precision;             // landmark | village | city | admin2 | admin1 | country | region
  int32_t place = -1;                // index into Document::places, -1 for the article's country
};

struct EventCount {
  // The count itself: a copy of a Document::quantities entry, or one a noun implies without a
  // numeral («مقتل القيادي» 1, «قتل طفلان» 2; events/counts.h), whose span is that noun.
  Quantity quantity;
  Span evidence;
};

// How Event::counts picks one figure per role among its tellings' (written with each count).
inline constexpr const char* kCountRule = "first-precise-telling";

struct Event {
  std::string type;
  std::vector<std::string> modes;
  std::string modality = "asserted";  // asserted | reported | future | hypothetical | negated | generic
  bool negated = false;
  // No telling reports it: each only refers to it («أدان الهجوم», «بعد التفجير») or dates it
  // long before publication (events/discourse_status.h). A reporting telling clears it on fusion.
  bool background = false;
  std::string reported_by;            // who the text says reports it
  std::vector<EventParty> actor, recipient;
  std::optional<EventPlace> location;
  std::optional<CivilDate> date;
  int32_t date_mention = -1;          // index into Document::dates
  // One figure per role (dead | injured | arrested | size): the first telling's, unless it is vague
  // («عشرات») and a later one gives a number (kCountRule names the rule in the output).
  std::vector<std::pair<std::string, EventCount>> counts;
  // Every telling's figures in the order told, the chosen ones included: tolls are updated and
  // disputed within an article, and an analyst sees them side by side.
  std::vector<std::pair<std::string, EventCount>> count_claims;
  std::vector<Span> mentions;         // one per telling, each covering its trigger
  std::vector<uint32_t> triggers;     // indices into Document::triggers
};

// ---- quotes ------------------------------------------------------------------------------
// Who said what (quotes/quote_finder.h): a direct quotation in marks or a reported statement
// after a speech cue («قال الوزير إن ...», «بحسب الوزارة»).
struct Quote {
  Span span;                   // the quoted or reported words (inside the marks, after «أن»)
  Span cue;                    // the speech verb or cue phrase («وقال», «بحسب»)
  bool direct = false;         // the words are in quotation marks
  int32_t speaker = -1;        // index into Document::actors, -1 when not an actor («مصدر أمني»)
  std::string speaker_name;    // as written, or carried from the last speaker («وأضاف»); "" unknown
  Span speaker_span;           // where the speaker is written (for a carried one, its earlier mention)
  int32_t speaker_entity = -1; // index into Document::entities, -1 when unnamed
  uint32_t first_token = 0, end_token = 0;  // the quoted words' tokens
};

// ---- the document ------------------------------------------------------------------------
struct Document {
  // Input fields, as given.
  std::string id;
  std::string text;  // valid UTF-8 (invalid bytes were replaced by U+FFFD, one per bad sequence)
  std::optional<std::string> title, url, outlet;
  std::optional<std::string> published_raw;  // as given
  std::optional<CivilDate> published;        // parsed; nullopt when absent or not a date
  bool text_is_extracted = false;            // HTML input: `text` was extracted by the engine

  // Layers, in pipeline order.
  std::vector<Token> tokens;
  // Every token's clitic readings, read once by the tokens stage (text/token_readings.h) for the
  // stages that look a word up through its clitics: token i's are
  // clitic_cuts[clitic_first[i], clitic_first[i + 1]).
  std::vector<CliticCut> clitic_cuts;
  std::vector<uint32_t> clitic_first;
  std::vector<Sentence> sentences;
  std::vector<Span> boilerplate;
  std::optional<SourceLine> source_line;
  std::vector<Quantity> quantities;
  std::vector<DateMention> dates;
  std::vector<PlaceMention> places;
  std::vector<NameCandidate> name_candidates;
  std::vector<ActorMention> actors;
  std::vector<Quote> quotes;
  std::vector<TriggerMention> triggers;
  std::vector<Event> events;
  std::vector<Entity> entities;  // LOC from places; PER and ORG from the actor finder

  std::vector<RecordError> errors;

  void add_error(std::string code, std::string message, std::optional<uint32_t> at = std::nullopt,
                 bool fatal = false) {
    errors.push_back({std::move(code), std::move(message), at, fatal});
  }
  bool failed() const {
    for (const auto& e : errors) if (e.fatal) return true;
    return false;
  }
};

}  // namespace rasd
