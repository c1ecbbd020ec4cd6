#include "rasd/store/table_export.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cmath>

namespace rasd::store {
namespace {

constexpr std::string_view kLrm = "\u200E";

struct Cell {
  std::string_view header;
  size_t width;
  bool text;  // may hold right-to-left text: ends with LRM
};

// date, type, mode, dead, injured, country, place, actor, recipient.
constexpr Cell kCells[] = {{"date", 10, false}, {"type", 9, false},  {"mode", 13, false},
                           {"dead", 4, false},  {"inj.", 4, false},  {"cc", 2, false},
                           {"place", 14, true}, {"actor", 16, true}, {"recipient", 16, true}};

int cell_width(UChar32 c) {
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F) return 0;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR || type == U_CONTROL_CHAR)
    return 0;
  int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

std::string text(const StoredEvent& e, std::string_view column) {
  const Value& v = e.row.at(column);
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

std::string count(const StoredEvent& e, std::string_view column) {
  const Value& v = e.row.at(column);
  if (const auto* d = std::get_if<double>(&v); d && std::isfinite(*d)) return std::to_string(std::llround(*d));
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  return {};
}

// Control characters (a newline in a name) would break the row: shown as spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

void row(std::string& out, const std::string (&values)[std::size(kCells)]) {
  constexpr size_t last = std::size(kCells) - 1;
  for (size_t i = 0; i <= last; ++i) {
    if (i) out += i == last ? " → " : " ";
    std::string_view v = values[i].empty() ? std::string_view("-") : std::string_view(values[i]);
    std::string cell = fit(one_line(v), kCells[i].width);
    size_t end = cell.find_last_not_of(' ');
    if (i == 3 || i == 4)  // numbers right-aligned
      cell = std::string(cell.size() - end - 1, ' ') + cell.substr(0, end + 1);
    if (i == last) {
      cell.resize(end + 1);  // no padding at the end of a line, and nothing after it to reorder
    } else if (kCells[i].text) {
      cell += kLrm;
    }
    out += cell;
  }
  out += '\n';
}

}  // namespace

size_t display_width(std::string_view s) {
  size_t width = 0;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    width += c < 0 ? 1 : cell_width(c);
  }
  return width;
}

std::string fit(std::string_view s, size_t width) {
  if (width == 0) return {};
  if (display_width(s) <= width) return std::string(s) + std::string(width - display_width(s), ' ');
  // Cut on a character boundary, keeping marks with their letter, leaving one cell for "…".
  std::string out;
  size_t used = 0;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    int w = c < 0 ? 1 : cell_width(c);
    if (used + w > width - 1) break;  // a mark (w = 0) after a kept letter stays with it
    used += w;
    out.append(s.substr(start, i - start));
  }
  out += "…";
  used += 1;
  return out + std::string(width - used, ' ');
}

void write_table_header(std::string& out) {
  std::string values[std::size(kCells)];
  for (size_t i = 0; i < std::size(kCells); ++i) values[i] = kCells[i].header;
  row(out, values);
}

void write_event_table(const StoredEvent& e, std::string& out) {
  std::string values[std::size(kCells)] = {
      text(e, "event_date"), e.row.type(),        text(e, "modes"),  count(e, "dead"),
      count(e, "injured"),   text(e, "country"),  text(e, "location"), text(e, "actor"),
      text(e, "recipient")};
  row(out, values);
}

}  // namespace rasd::store
