// The ACLED-style CSV export (`rasd query --format acled`): ACLED's current 31 columns in its
// order (the 2023 layout: disorder_type, civilian_targeting and tags added, data_id,
// event_id_no_cnty and iso3 gone; ../shared/notes/dashboard.md §2.1), then rasd's own. PLOVER
// types and modes become ACLED event and disorder types by data/store/acled_types.tsv, actor
// sectors inter codes by acled_inter.tsv; country names and numeric codes come from Debian's
// iso-codes when it is installed.
// Dates are ISO (YYYY-MM-DD), fatalities the conservative dead count (0 when none is reported),
// timestamp the Unix time of the event's last change, event_id_cnty rasd's stable event id, inter
// codes numeric (ACLED's inter_num=1 form). Columns rasd cannot fill stay empty.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/store.h"

namespace rasd::store {

struct AcledType {
  std::string event_type, sub_event_type;  // empty: not an ACLED event
  std::string disorder_type;               // Political violence | Demonstrations | both | Strategic developments
};

// The first row of acled_types.tsv that fits (see the table's header).
AcledType acled_type(std::string_view plover_type, const std::vector<std::string>& modes, size_t actors,
                     size_t recipients);

// ACLED inter code of a PLOVER sector; 0 when it has none.
int acled_inter(std::string_view sector);

// ACLED interaction: 10 × inter1 for one side alone, else the two codes lower first (17 = state
// forces and civilians); 0 when inter1 is unknown.
int acled_interaction(int inter1, int inter2);

void write_acled_header(std::string& out);
// Appends the row and returns true, or returns false (appending nothing) when the event is not
// an ACLED event.
bool write_event_acled(const StoredEvent& e, std::string& out);

}  // namespace rasd::store
