// PLACEHOLDER until the date parser lands.
#include "rasd/text/dates.h"

namespace rasd::text {

void find_dates(Document&) {}

}  // namespace rasd::text
