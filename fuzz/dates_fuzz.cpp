// Dates: spans in range and on boundaries, resolved dates valid calendar days. The first two bytes
// pick the publication date (or none), so resolution arithmetic is exercised across the calendar.
#include "fuzz_checks.h"
#include "rasd/core/civil_date.h"
#include "rasd/text/dates.h"
#include "rasd/text/quantities.h"
#include "rasd/text/sentences.h"
#include "rasd/text/tokenize.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Document doc;
  if (size >= 2) {
    unsigned k = data[0] | (data[1] << 8);
    if (k % 7 != 0) {  // one in seven: no publication date
      CivilDate d = civil_from_days(static_cast<long>(k) * 2 - 20000);  // ~1915 .. ~2150
      FUZZ_CHECK(is_valid_date(d));
      FUZZ_CHECK(days_from_civil(d) == static_cast<long>(k) * 2 - 20000);
      doc.published = d;
    }
    data += 2;
    size -= 2;
  }
  doc.text = text::sanitize(fuzz::bytes(data, size)).text;
  text::tokenize(doc);
  text::split_sentences(doc);
  text::find_quantities(doc);
  text::find_dates(doc);
  fuzz::check_document(doc);
  if (!doc.published)
    for (const DateMention& m : doc.dates)
      if (m.kind == "weekday" || m.kind == "yesterday" || m.kind == "today" || m.kind == "tomorrow")
        FUZZ_CHECK(!m.date);  // relative dates need a publication date to resolve
  return 0;
}
