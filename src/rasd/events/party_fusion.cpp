// Fusing tellings' parties (events/arguments.h fuse_parties). A party a telling's own sentence
// names in a role slot (medium or strong: a subject, object, genitive, agent or target phrase) is
// not displaced by another telling's party; a guess (weak: nearest mention, carried subject) is
// displaced by a named one (a guessed doer only by one told as often as it), and another telling
// fills a role left empty. When two tellings name
// different parties in one role, the one more tellings name wins (each telling is an independent
// reading of the happening, so agreement is the best evidence); on a tie the surer finding (an
// adjacent subject over one at a distance), then the earlier telling. Keeping the earlier telling
// over a surer later one was measured worse on the gold articles (an actor lost for a recipient won).
// A telling whose doer lost to a plainly other side tells another act of the happening: its
// recipient only fills. A named doer that an earlier telling read as the recipient swaps the sides
// of that telling's guess. After fusion no party is both the doer and the recipient (drop_self_party).
#include <algorithm>
#include <string>
#include <string_view>

#include "rasd/events/arguments.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr uint8_t kNamed = static_cast<uint8_t>(ArgStrength::kMedium);

// A name with its sound masculine plurals in one case: «المتمردون» (nominative) and «المتمردين»
// (accusative/genitive) are one party told in two roles of the clause.
std::string caseless(std::string_view name) {
  static constexpr std::string_view kNom = "\xD9\x88\xD9\x86", kObl = "\xD9\x8A\xD9\x86";  // ون، ين
  std::string out;
  size_t i = 0;
  while (i <= name.size()) {
    size_t sp = name.find(' ', i);
    if (sp == std::string_view::npos) sp = name.size();
    std::string_view w = name.substr(i, sp - i);
    if (!out.empty()) out += ' ';
    if (w.size() > 2 * kNom.size() && w.ends_with(kNom)) {
      out += w.substr(0, w.size() - kNom.size());
      out += kObl;
    } else {
      out += w;
    }
    i = sp + 1;
  }
  return out;
}

bool same_party(const EventParty& x, const EventParty& y) {
  return (x.entity >= 0 && x.entity == y.entity) || x.name == y.name ||
         (x.entity < 0 && y.entity < 0 && caseless(x.name) == caseless(y.name));
}

// Whether one unnamed party's words are a whole-word run of the other's («جنود» in «ثلاثة جنود»):
// one party told twice, once by its head alone, so it cannot be both the doer and the recipient.
bool part_of(const EventParty& x, const EventParty& y) {
  if (x.entity >= 0 || y.entity >= 0) return false;
  std::string a = " " + caseless(x.name) + " ", b = " " + caseless(y.name) + " ";
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() > 2 && b.find(a) != std::string::npos;
}

// Whether two doers are plainly different sides: not one party, and of different known countries
// or sectors (a president and his country's sanctions are one side).
bool plainly_other(const EventParty& x, const EventParty& y) {
  if (same_party(x, y)) return false;
  bool countries = !x.country.empty() && !y.country.empty() && x.country != y.country;
  bool sectors = !x.sector.empty() && !y.sector.empty() && x.sector != "UNK" && y.sector != "UNK" && x.sector != y.sector;
  return countries || sectors;
}

// Whether the offered party should replace the role's.
// `other_doer`: the offering telling's doer lost to another party, so it tells another act of the
// happening (the air raids within an army's offensive); its party fills only a role left empty
// or guessed, never displaces a named one.
bool displaces(const std::vector<EventParty>& role, const std::vector<EventParty>& offer, bool doer, bool other_doer) {
  if (offer.empty()) return false;
  if (role.empty()) return true;
  const EventParty& r = role.front();
  const EventParty& o = offer.front();
  if (o.strength < kNamed) return false;  // a guess never displaces anything
  if (other_doer && r.strength >= kNamed) return false;
  // A named party displaces a guess, unless more tellings agree on a guessed doer: each is an
  // independent reading, and a doer several tellings find near their words («تقدمت الفرقة بعد
  // اشتباكات», «وخاضت الفرقة مواجهات») outweighs one named by a single telling of a neighbouring
  // act. Not for the recipient: on 3,000 corpus articles no recipient guess kept so was better than
  // the named party, and several were a counted noun (those captured) or the reporting party.
  if (r.strength < kNamed) return !doer || o.tellings >= r.tellings;
  // Both named: the more often told, then the surer, then the earlier.
  return o.tellings > r.tellings || (o.tellings == r.tellings && o.strength > r.strength);
}

void take(std::vector<EventParty>& role, std::vector<EventParty>& other, const std::vector<EventParty>& offer, bool doer,
          bool other_doer = false) {
  if (!role.empty() && !offer.empty() && same_party(role.front(), offer.front())) {
    // Told again in the same role: it gains support and keeps the surer finding.
    EventParty& r = role.front();
    r.tellings = static_cast<uint8_t>(std::min(255, r.tellings + offer.front().tellings));
    r.strength = std::max(r.strength, offer.front().strength);
    return;
  }
  if (!displaces(role, offer, doer, other_doer)) return;
  // A party taken for one role leaves the other when it held it less surely.
  if (!other.empty() && (same_party(offer.front(), other.front()) || part_of(offer.front(), other.front()))) {
    if (offer.front().strength <= other.front().strength) return;
    // The earlier telling had the two sides the wrong way round: its guessed doer is the
    // recipient («اشتباكات المسلحين ... قصف الجيش» guessed the gunmen as the doer and the army
    // as the recipient; «وقصف الجيش مواقعهم» names the army the doer). Not the other way: a
    // guessed recipient is as often a thing or a count, no doer.
    if (doer && !role.empty() && role.front().strength < kNamed && !same_party(role.front(), offer.front()) &&
        !part_of(role.front(), offer.front())) {
      other = role;
      role = offer;
      return;
    }
    other.clear();
  }
  role = offer;
}

// A name's words as compared for one party: normalised, quotation marks dropped, the article
// off a word it leaves three letters of, sound plurals in one case («"الخوذ البيضاء"» and
// «منظمة الخوذ البيضاء», «المسلحون» and «مسلحين»).
std::vector<std::string> name_words(std::string_view name) {
  static constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
  constexpr size_t kMinStem = 3 * 2;
  std::vector<std::string> out;
  std::string key = caseless(text::normalize_key(name));
  size_t i = 0;
  while (i < key.size()) {
    size_t sp = key.find(' ', i);
    if (sp == std::string::npos) sp = key.size();
    std::string w = key.substr(i, sp - i);
    i = sp + 1;
    std::erase_if(w, [](char c) { return c == '"' || c == '\'' || c == '(' || c == ')'; });
    if (w.starts_with(kAl) && w.size() >= kAl.size() + kMinStem) w.erase(0, kAl.size());
    if (!w.empty()) out.push_back(std::move(w));
  }
  return out;
}

}  // namespace

// Not any run of words: a first name («محمد») or a head word («قوات») is a part of many names.
bool one_party(const EventParty& x, const EventParty& y) {
  if (same_party(x, y)) return true;
  std::vector<std::string> a = name_words(x.name), b = name_words(y.name);
  if (a.empty() || b.empty()) return false;
  if (a.size() > b.size()) std::swap(a, b);
  return std::equal(a.rbegin(), a.rend(), b.rbegin());
}

void drop_self_party(Event& e) {
  if (e.actor.empty() || e.recipient.empty() || !one_party(e.actor.front(), e.recipient.front())) return;
  // The surer reading keeps the party; on a tie the doer (a party named as the doer is as often
  // told again as its own object by a guess: «أعلن الجيش ... قصف الجيش»).
  if (e.recipient.front().strength > e.actor.front().strength) e.actor.clear();
  else e.recipient.clear();
}

void fuse_parties(Event& a, const Event& b) {
  take(a.actor, a.recipient, b.actor, true);
  bool other_doer = !a.actor.empty() && !b.actor.empty() && plainly_other(a.actor.front(), b.actor.front());
  take(a.recipient, a.actor, b.recipient, false, other_doer);
}

}  // namespace rasd::events
