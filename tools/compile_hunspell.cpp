// Build-time compiler of a hunspell dictionary (Debian's hunspell-ar) into constant arrays
// (layout in src/rasd/text/affix_dictionary_data.h), read at run time by text/affix_dictionary
// without parsing anything: the stems go into an open-addressing hash table, each .dic line's
// flags into a shared flag set, the PFX/SFX rules into a table.
// usage: rasd_compile_hunspell AFF DIC OUT.cpp
// Only the .aff features text/affix_dictionary implements are accepted (FLAG long, SET UTF-8,
// AF/AM aliases, PFX/SFX with two-level continuation classes, ICONV, IGNORE, and the
// suggestion-only REP/MAP/TRY/KEY); anything else, or missing files, writes a dictionary marked
// absent, so the engine keeps asking libhunspell and the answers never change.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/text/affix_dictionary_data.h"

namespace {

struct Rule {
  bool suffix;
  uint16_t flag;
  bool cross;
  std::string strip, append, condition;
  bool has_continuation = false;
  std::string continuation;  // the AF alias number after '/'
};

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string f;
  while (in >> f) out.push_back(f);
  return out;
}

// FLAG long: each flag is two bytes.
std::vector<uint16_t> decode_long(const std::string& s) {
  std::vector<uint16_t> out;
  for (size_t i = 0; i + 1 < s.size(); i += 2)
    out.push_back(static_cast<uint16_t>((static_cast<unsigned char>(s[i]) << 8) | static_cast<unsigned char>(s[i + 1])));
  std::sort(out.begin(), out.end());
  return out;
}

// UTF-8 code points of s.
std::vector<std::string> chars(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

std::string remove_ignored(const std::string& s, const std::set<std::string>& ignored) {
  if (ignored.empty()) return s;
  std::string out;
  for (const std::string& c : chars(s))
    if (!ignored.count(c)) out += c;
  return out;
}

struct Dictionary {
  bool ok = true;
  std::string why;
  std::vector<std::vector<uint16_t>> aliases;  // AF, 1-based in the files
  std::vector<Rule> rules;
  std::vector<std::pair<std::string, std::string>> iconv;
  std::set<std::string> ignored;
  std::vector<std::pair<std::string, std::vector<uint16_t>>> words;  // one per .dic line

  void fail(const std::string& reason) {
    if (ok) why = reason;
    ok = false;
  }
  std::vector<uint16_t> alias(const std::string& number) const {
    int i = std::atoi(number.c_str());
    if (i < 1 || static_cast<size_t>(i) > aliases.size()) return {};
    return aliases[i - 1];
  }
};

void read_aff(const std::string& path, Dictionary& d) {
  std::ifstream in(path);
  if (!in) return d.fail("no " + path);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    lines.push_back(l);
  }
  bool flag_long = false, utf8 = false, af_count = false, iconv_count = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string> f = fields(lines[i]);
    if (f.empty() || f[0][0] == '#') continue;
    const std::string& k = f[0];
    if (k == "FLAG") flag_long = f.size() > 1 && f[1] == "long";
    else if (k == "SET") utf8 = f.size() > 1 && f[1] == "UTF-8";
    else if (k == "AF") {
      if (!af_count) { af_count = true; continue; }
      d.aliases.push_back(decode_long(f.size() > 1 ? f[1] : ""));
    } else if (k == "ICONV") {
      if (!iconv_count) { iconv_count = true; continue; }
      if (f.size() < 3) return d.fail("short ICONV line");
      if ((f[1] + f[2]).find('_') != std::string::npos) return d.fail("anchored ICONV pattern");
      d.iconv.emplace_back(f[1], f[2]);
    } else if (k == "IGNORE") {
      if (f.size() > 1)
        for (const std::string& c : chars(f[1])) d.ignored.insert(c);
    } else if (k == "PFX" || k == "SFX") {
      if (f.size() < 4) return d.fail("short affix header");
      int n = std::atoi(f[3].c_str());
      if (f[1].size() != 2) return d.fail("affix flag " + f[1]);
      Rule head{k == "SFX", decode_long(f[1])[0], f[2] == "Y", "", "", "", false, ""};
      for (int j = 0; j < n; ++j) {
        if (++i >= lines.size()) return d.fail("affix " + f[1] + " cut short");
        std::vector<std::string> e = fields(lines[i]);
        // hunspell reads a line without a condition as one with none (".")
        if (e.size() < 4 || e[0] != k || e[1] != f[1]) return d.fail("affix line " + lines[i]);
        if (e.size() > 5) return d.fail("affix with morphology: " + lines[i]);
        Rule r = head;
        r.strip = e[2] == "0" ? "" : e[2];
        std::string app = e[3];
        size_t slash = app.find('/');
        if (slash != std::string::npos) {
          r.has_continuation = true;
          r.continuation = app.substr(slash + 1);
          app = app.substr(0, slash);
        }
        r.append = app == "0" ? "" : app;
        r.condition = e.size() > 4 ? e[4] : ".";
        if (r.condition.find_first_of("\\") != std::string::npos) return d.fail("escaped condition");
        d.rules.push_back(r);
      }
    } else if (k == "AM" || k == "REP" || k == "MAP" || k == "TRY" || k == "KEY") {
      continue;  // morphology and suggestions: no part in whether a word is spelled right
    } else {
      return d.fail("unsupported .aff keyword " + k);
    }
  }
  if (!flag_long || !utf8 || !af_count) return d.fail("needs FLAG long, SET UTF-8 and AF aliases");
  for (Rule& r : d.rules) {
    r.append = remove_ignored(r.append, d.ignored);
    if (r.append.find('.') != std::string::npos) return d.fail("'.' in an affix");
  }
}

// The .dic line rules of hunspell's HashMgr: morphology after a tab (or a space before "xx:"),
// flags after the first unescaped '/' past the first byte, as an AF alias number.
void read_dic(const std::string& path, Dictionary& d) {
  std::ifstream in(path);
  if (!in) return d.fail("no " + path);
  std::string line;
  std::getline(in, line);  // the word count
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t dp = std::string::npos;
    for (size_t p = line.find(':'); p != std::string::npos; p = line.find(':', p + 1)) {
      if (p > 3 && (line[p - 3] == ' ' || line[p - 3] == '\t')) {
        size_t q = p - 3;
        while (q > 0 && (line[q - 1] == ' ' || line[q - 1] == '\t')) --q;
        dp = q == 0 ? std::string::npos : q + 1;
        break;
      }
    }
    size_t tab = line.find('\t');
    if (tab != std::string::npos && (dp == std::string::npos || tab < dp)) dp = tab + 1;
    if (dp != std::string::npos) line.resize(dp - 1);
    std::vector<uint16_t> flags;
    size_t slash = line.find('/', 1);
    while (slash != std::string::npos && line[slash - 1] == '\\') {
      line.erase(slash - 1, 1);
      slash = line.find('/', slash);
    }
    if (slash != std::string::npos) {
      flags = d.alias(line.substr(slash + 1));
      line.resize(slash);
    }
    line = remove_ignored(line, d.ignored);
    if (line.empty()) continue;
    d.words.emplace_back(line, flags);
  }
}

std::string literal_bytes(const std::string& s) {
  std::string out;
  out.reserve(s.size() * 4 + s.size() / 20 * 4);
  size_t col = 0;
  out += '"';
  for (unsigned char c : s) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\%03o", c);
    out += buf;
    if (++col == 64) {
      out += "\"\n\"";
      col = 0;
    }
  }
  out += '"';
  return out;
}

template <class T>
void array(std::ostream& o, const char* type, const char* name, const std::vector<T>& v) {
  o << "const " << type << " " << name << "[] = {";
  for (size_t i = 0; i < v.size(); ++i) o << (i == 0 ? "" : i % 24 ? "," : ",\n") << +v[i];
  if (v.empty()) o << "0";
  o << "};\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: rasd_compile_hunspell AFF DIC OUT.cpp\n";
    return 2;
  }
  Dictionary d;
  read_aff(argv[1], d);
  if (d.ok) read_dic(argv[2], d);

  std::ostringstream o;
  o << "// Generated by tools/compile_hunspell.cpp from " << argv[1] << " and " << argv[2] << ": do not edit.\n"
    << "#include \"rasd/text/affix_dictionary_data.h\"\n\nnamespace rasd::text::affix_data {\nnamespace {\n";
  if (!d.ok) {
    std::cerr << "rasd_compile_hunspell: " << d.why << "; the engine will load the dictionary with libhunspell\n";
    o << "}  // namespace\nconst Compiled& compiled() {\n  static const Compiled c{};\n  return c;\n}\n}  // namespace rasd::text::affix_data\n";
  } else {
    std::string pool;
    auto add = [&](const std::string& s) {
      uint32_t at = static_cast<uint32_t>(pool.size());
      pool += s;
      return at;
    };
    // Flag sets: every distinct set once (the AF aliases and the continuation classes).
    std::map<std::vector<uint16_t>, uint32_t> set_index;
    std::vector<std::vector<uint16_t>> sets;
    auto set_of = [&](const std::vector<uint16_t>& s) {
      auto [it, fresh] = set_index.emplace(s, static_cast<uint32_t>(sets.size()));
      if (fresh) sets.push_back(s);
      return it->second;
    };
    // Stems in .dic order of first appearance, homonyms in line order.
    std::map<std::string, uint32_t> stem_index;
    std::vector<std::string> stems;
    std::vector<std::vector<uint32_t>> homonyms;
    for (const auto& [w, flags] : d.words) {
      auto [it, fresh] = stem_index.emplace(w, static_cast<uint32_t>(stems.size()));
      if (fresh) {
        stems.push_back(w);
        homonyms.emplace_back();
      }
      homonyms[it->second].push_back(set_of(flags));
    }
    std::vector<uint32_t> stem_offset, homonym_begin, homonym_set;
    std::vector<uint16_t> stem_length;
    for (size_t i = 0; i < stems.size(); ++i) {
      if (stems[i].size() > 0xFFFF) {
        std::cerr << "rasd_compile_hunspell: stem too long\n";
        return 1;
      }
      stem_offset.push_back(add(stems[i]));
      stem_length.push_back(static_cast<uint16_t>(stems[i].size()));
      homonym_begin.push_back(static_cast<uint32_t>(homonym_set.size()));
      for (uint32_t s : homonyms[i]) homonym_set.push_back(s);
    }
    homonym_begin.push_back(static_cast<uint32_t>(homonym_set.size()));
    uint32_t size = 1;
    while (size < stems.size() * 2) size <<= 1;
    std::vector<uint32_t> slots(size, 0);
    for (size_t i = 0; i < stems.size(); ++i) {
      uint32_t at = static_cast<uint32_t>(rasd::text::affix_data::hash(stems[i])) & (size - 1);
      while (slots[at]) at = (at + 1) & (size - 1);
      slots[at] = static_cast<uint32_t>(i + 1);
    }
    // Affix tables; continuation classes name an AF alias.
    std::ostringstream pfx, sfx;
    uint32_t npfx = 0, nsfx = 0;
    for (const Rule& r : d.rules) {
      int32_t cont = -1;
      if (r.has_continuation) cont = static_cast<int32_t>(set_of(d.alias(r.continuation)));
      std::ostringstream& out = r.suffix ? sfx : pfx;
      (r.suffix ? nsfx : npfx)++;
      std::string cond = r.condition == "." ? "" : r.condition;
      uint32_t s = add(r.strip), a = add(r.append), c = add(cond);
      out << "{" << r.flag << "," << (r.cross ? 1 : 0) << "," << s << "," << r.strip.size() << "," << a << ","
          << r.append.size() << "," << c << "," << cond.size() << "," << cont << "},\n";
    }
    std::vector<uint32_t> set_begin, iconv;
    std::vector<uint16_t> flags;
    for (const auto& s : sets) {
      set_begin.push_back(static_cast<uint32_t>(flags.size()));
      flags.insert(flags.end(), s.begin(), s.end());
    }
    set_begin.push_back(static_cast<uint32_t>(flags.size()));
    for (const auto& [from, to] : d.iconv) {
      uint32_t f = add(from), t = add(to);
      iconv.insert(iconv.end(), {f, static_cast<uint32_t>(from.size()), t, static_cast<uint32_t>(to.size())});
    }
    o << "const char kPool[] =\n" << literal_bytes(pool) << ";\n";
    array(o, "uint32_t", "kStemOffset", stem_offset);
    array(o, "uint16_t", "kStemLength", stem_length);
    array(o, "uint32_t", "kHomonymBegin", homonym_begin);
    array(o, "uint32_t", "kHomonymSet", homonym_set);
    array(o, "uint32_t", "kSetBegin", set_begin);
    array(o, "uint16_t", "kFlags", flags);
    array(o, "uint32_t", "kSlots", slots);
    array(o, "uint32_t", "kIconv", iconv);
    o << "const Affix kPrefixes[] = {\n" << pfx.str() << (npfx ? "" : "{}") << "};\n";
    o << "const Affix kSuffixes[] = {\n" << sfx.str() << (nsfx ? "" : "{}") << "};\n";
    o << "}  // namespace\nconst Compiled& compiled() {\n  static const Compiled c{true, kPool, kStemOffset, kStemLength, "
      << "kHomonymBegin, kHomonymSet, " << stems.size() << ", kSetBegin, kFlags, " << sets.size() << ", kSlots, "
      << (size - 1) << ", kPrefixes, " << npfx << ", kSuffixes, " << nsfx << ", kIconv, " << d.iconv.size()
      << "};\n  return c;\n}\n}  // namespace rasd::text::affix_data\n";
  }
  std::string tmp = std::string(argv[3]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << o.str();
    if (!out) {
      std::cerr << "rasd_compile_hunspell: cannot write " << tmp << "\n";
      return 1;
    }
  }
  return std::rename(tmp.c_str(), argv[3]) == 0 ? 0 : 1;
}
