// Calendar arithmetic on proleptic Gregorian days (Howard Hinnant's days_from_civil algorithm),
// and the strict ISO date parser used for publication dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rasd/core/document.h"

namespace rasd {

// Days since 1970-01-01 (negative before).
long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);
// 0 = Sunday ... 6 = Saturday (the Arabic week starts on الأحد).
int weekday(const CivilDate& d);
CivilDate add_days(const CivilDate& d, long n);
int days_in_month(int year, int month);
bool is_valid_date(const CivilDate& d);
// "YYYY-MM-DD" (a longer ISO timestamp "YYYY-MM-DDT..." is read by its date part); nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view s);
std::string to_iso(const CivilDate& d);

}  // namespace rasd
