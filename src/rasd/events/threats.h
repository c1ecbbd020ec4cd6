// Threats: a harmful act a speaker says, in the first person, that his side will do («سوف نضرب
// بقوة إذا …», «سنعتقل كل من …») is a THREATEN event by that speaker, its mode the content of
// the threat (data/events/threat_contents.tsv) — not an ASSAULT or COERCE that is only planned.
// Runs after build_events on its fused events; reads quotes and tokens.
#pragma once

#include "rasd/core/document.h"

namespace rasd::events {

void read_threats(Document& doc);

}  // namespace rasd::events
