// Fusing tellings' parties (events/arguments.h fuse_parties): each role keeps the surer party, and
// a party taken for one role leaves the other when it held it less surely.
#include "rasd/events/arguments.h"

namespace rasd::events {
namespace {

bool same_party(const EventParty& x, const EventParty& y) {
  return (x.entity >= 0 && x.entity == y.entity) || x.name == y.name;
}

void take_surer(std::vector<EventParty>& role, std::vector<EventParty>& other, const std::vector<EventParty>& offer) {
  if (strength_of(offer) <= strength_of(role)) return;
  if (!other.empty() && same_party(offer.front(), other.front())) {
    if (strength_of(offer) <= strength_of(other)) return;
    other.clear();
  }
  role = offer;
}

}  // namespace

void fuse_parties(Event& a, const Event& b) {
  take_surer(a.actor, a.recipient, b.actor);
  take_surer(a.recipient, a.actor, b.recipient);
}

}  // namespace rasd::events
