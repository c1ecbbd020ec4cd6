// HTML input via gumbo. The page is parsed once; we then pick the story's root element
// (itemprop=articleBody, else the <article> with most paragraph text, else the element whose
// direct <p> children hold the most text, else <body>) and read its blocks in document order,
// skipping furniture subtrees. Every walk is iterative (an explicit stack): tag soup can nest
// elements as deep as the input is long, and a recursive walk would overflow the C++ stack.
#include "rasd/io/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "rasd/io/html_prefilter.h"
#include "rasd/text/utf8.h"

namespace rasd::io {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool attr_is(const GumboNode* n, const char* name, std::string_view value) {
  const char* v = attr(n, name);
  return v && lower(v) == value;
}

GumboTag tag_of(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

// Elements whose text runs on inside the current block; every other element breaks blocks.
bool is_inline(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_I:
    case GUMBO_TAG_EM: case GUMBO_TAG_U: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_MARK: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q: case GUMBO_TAG_TIME:
    case GUMBO_TAG_FONT: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO: case GUMBO_TAG_CODE: case GUMBO_TAG_S:
    case GUMBO_TAG_DEL: case GUMBO_TAG_INS: case GUMBO_TAG_LABEL: case GUMBO_TAG_WBR: case GUMBO_TAG_BIG:
    case GUMBO_TAG_TT: case GUMBO_TAG_VAR: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_DFN:
    case GUMBO_TAG_NOBR:
      return true;
    default:
      return false;
  }
}

// Parts of class/id names that mark page furniture. A class token is split at '-', '_' and
// spaces and each part compared whole, so "main-nav" and "share_buttons" match but "canvas" or
// "unavailable" do not; the compound hints are matched as substrings of the whole token.
bool furniture_name(std::string_view raw) {
  static const std::string_view kCompound[] = {"sr-only", "visually-hidden", "visuallyhidden",
                                               "screen-reader", "screenreader", "sronly"};
  static const std::string_view kParts[] = {
      "related", "share", "sharing", "social", "breadcrumb", "breadcrumbs", "menu", "nav",
      "navbar", "navigation", "footer", "comments", "comment", "newsletter", "advert",
      "advertisement", "ad", "ads", "promo", "sidebar", "subscribe", "cookie", "cookies", "popup",
      "modal", "tags", "outbrain", "taboola", "widget"};
  std::string s = lower(raw);
  for (std::string_view c : kCompound)
    if (s.find(c) != std::string::npos) return true;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find_first_of(" \t\n-_", b);
    if (e == std::string::npos) e = s.size();
    std::string_view part(s.data() + b, e - b);
    for (std::string_view p : kParts)
      if (part == p) return true;
    b = e + 1;
  }
  return false;
}

// Subtrees never read: code, forms, chrome, hidden and screen-reader text, furniture by name.
bool dropped(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MATH: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
      return true;
    default: break;
  }
  if (attr_is(n, "aria-hidden", "true") || attr(n, "hidden")) return true;
  if (const char* role = attr(n, "role")) {
    std::string r = lower(role);
    if (r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" || r == "search")
      return true;
  }
  if (const char* style = attr(n, "style")) {
    std::string st = lower(style);
    st.erase(std::remove(st.begin(), st.end(), ' '), st.end());
    if (st.find("display:none") != std::string::npos || st.find("visibility:hidden") != std::string::npos)
      return true;
  }
  const char* cls = attr(n, "class");
  const char* id = attr(n, "id");
  return (cls && furniture_name(cls)) || (id && furniture_name(id));
}

// Appends text with white space collapsed (ASCII white space and NBSP become one space).
void append_collapsed(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) space = true, ++i;
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
}

std::string trimmed(std::string s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

// Depth-first pre-order over `root`, skipping subtrees `skip` rejects; `visit(node, entering)`
// is called on entry and, for elements, on exit.
template <class Skip, class Visit>
void walk(const GumboNode* root, Skip skip, Visit visit) {
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, true}};
  while (!stack.empty()) {
    auto [n, entering] = stack.back();
    stack.pop_back();
    if (!entering) { visit(n, false); continue; }
    if (skip(n)) continue;
    visit(n, true);
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& ch = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    stack.push_back({n, false});
    for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), true});
  }
}

// All the text under `n` (furniture included), collapsed and trimmed.
std::string text_of(const GumboNode* n) {
  std::string out;
  walk(n, [](const GumboNode* x) { return tag_of(x) == GUMBO_TAG_SCRIPT || tag_of(x) == GUMBO_TAG_STYLE; },
       [&](const GumboNode* x, bool entering) {
         if (entering && (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE || x->type == GUMBO_NODE_CDATA))
           append_collapsed(out, x->v.text.text);
         else if (x->type == GUMBO_NODE_ELEMENT && !is_inline(tag_of(x)) && !out.empty() && out.back() != ' ')
           out += ' ';
       });
  return trimmed(std::move(out));
}

// A list (ul/ol) that is nearly all link text: a list of other stories, not of this one.
bool link_list(const GumboNode* list) {
  size_t all = 0, linked = 0;
  std::vector<std::pair<const GumboNode*, bool>> stack{{list, false}};
  while (!stack.empty()) {
    auto [n, in_link] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      size_t len = std::string_view(n->v.text.text).find_first_not_of(" \t\r\n") == std::string_view::npos
                       ? 0 : std::string_view(n->v.text.text).size();
      all += len;
      if (in_link) linked += len;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      bool link = in_link || n->v.element.tag == GUMBO_TAG_A;
      for (unsigned i = 0; i < n->v.element.children.length; ++i)
        stack.push_back({static_cast<const GumboNode*>(n->v.element.children.data[i]), link});
    }
  }
  return all > 0 && linked * 10 >= all * 8;
}

std::vector<std::string> read_blocks(const GumboNode* root);

struct Meta {
  std::string title, og_title, published, time_datetime, canonical, og_url;
  std::vector<std::string> h1s;  // the first few, furniture included (a logo may be an <h1>)
};

void read_meta(const GumboNode* doc, Meta& m) {
  walk(doc, [](const GumboNode*) { return false; }, [&](const GumboNode* n, bool entering) {
    if (!entering || n->type != GUMBO_NODE_ELEMENT) return;
    switch (n->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (m.title.empty()) m.title = text_of(n);
        break;
      case GUMBO_TAG_H1:
        if (m.h1s.size() < 8) {
          // Its first block only: an unclosed <h1> in tag soup holds the whole story.
          std::vector<std::string> b = read_blocks(n);
          if (!b.empty()) m.h1s.push_back(std::move(b.front()));
        }
        break;
      case GUMBO_TAG_META: {
        const char* prop = attr(n, "property");
        if (!prop) prop = attr(n, "name");
        if (!prop) prop = attr(n, "itemprop");
        const char* content = attr(n, "content");
        if (!prop || !content) break;
        std::string p = lower(prop);
        if (p == "og:title" && m.og_title.empty()) m.og_title = trimmed(content);
        else if ((p == "article:published_time" || p == "datepublished") && m.published.empty()) m.published = content;
        else if (p == "og:url" && m.og_url.empty()) m.og_url = content;
        break;
      }
      case GUMBO_TAG_LINK:
        if (attr_is(n, "rel", "canonical") && attr(n, "href") && m.canonical.empty()) m.canonical = attr(n, "href");
        break;
      case GUMBO_TAG_TIME:
        if (const char* dt = attr(n, "datetime"); dt && m.time_datetime.empty()) m.time_datetime = dt;
        break;
      default: break;
    }
  });
}

// "2022-01-08T10:00:00Z" -> "2022-01-08"; anything else as given (the pipeline reports it).
std::string day_of(std::string s) {
  s = trimmed(std::move(s));
  auto digit = [&](size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); };
  if (s.size() >= 10 && digit(0) && digit(1) && digit(2) && digit(3) && s[4] == '-' && digit(5) &&
      digit(6) && s[7] == '-' && digit(8) && digit(9))
    return s.substr(0, 10);
  return s;
}

// Text held by the direct <p> children of `n`: the readability score of a container.
size_t paragraph_text(const GumboNode* n) {
  size_t total = 0;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    const GumboNode* c = static_cast<const GumboNode*>(ch.data[i]);
    if (tag_of(c) == GUMBO_TAG_P && !dropped(c)) total += text_of(c).size();
  }
  return total;
}

const GumboNode* choose_root(const GumboNode* doc) {
  const GumboNode* body = nullptr;
  const GumboNode* article_body = nullptr;
  const GumboNode* article = nullptr;
  const GumboNode* best = nullptr;
  size_t article_score = 0, best_score = 0;
  walk(doc, [](const GumboNode* n) { return dropped(n); }, [&](const GumboNode* n, bool entering) {
    if (!entering || n->type != GUMBO_NODE_ELEMENT) return;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_BODY && !body) body = n;
    if (!article_body && attr_is(n, "itemprop", "articlebody")) article_body = n;
    // Each <p> counts once, for its parent: linear over the page.
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_MAIN ||
        t == GUMBO_TAG_TD || t == GUMBO_TAG_BODY) {
      size_t score = paragraph_text(n);
      if (t == GUMBO_TAG_ARTICLE && (!article || score > article_score)) article = n, article_score = score;
      if (score > best_score) best = n, best_score = score;
    }
  });
  if (article_body) return article_body;
  // An <article> wins unless it holds far less story text than the best container elsewhere
  // (a teaser card marked up as <article>).
  if (article && (article_score * 4 >= best_score)) return article;
  if (best && best_score > 0) return best;
  return body ? body : doc;
}

// The text blocks under `root` in document order, one per block element, furniture skipped.
std::vector<std::string> read_blocks(const GumboNode* root) {
  std::vector<std::string> blocks;
  std::string cur;
  auto flush = [&] {
    std::string b = trimmed(std::move(cur));
    cur.clear();
    if (!b.empty()) blocks.push_back(std::move(b));
  };
  walk(root,
       [](const GumboNode* n) {
         GumboTag t = tag_of(n);
         return dropped(n) || ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && link_list(n));
       },
       [&](const GumboNode* n, bool entering) {
         if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
           append_collapsed(cur, n->v.text.text);
         } else if (n->type == GUMBO_NODE_ELEMENT && !is_inline(n->v.element.tag)) {
           flush();  // block boundary on both sides: headings, p, li, blockquote, div, br, ...
         }
         (void)entering;
       });
  flush();
  return blocks;
}

// ---- bounding the tree before gumbo sees it -------------------------------------------------
// gumbo keeps every unclosed element open, checks "in scope" by scanning its open-element stack
// and frees the tree recursively: «<div>» repeated 300,000 times takes minutes and then
// overflows the stack. Real pages nest well under 100 deep, so a linear pre-scan drops start
// tags (and as many end tags) beyond kMaxDepth; pages within the bound are parsed untouched.
constexpr int kMaxDepth = 256;

bool ieq_prefix(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
  return true;
}

// Elements that never stay open under themselves or have no content: they add no depth.
bool adds_no_depth(std::string_view name) {
  static const std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "rb", "rt", "rp",
      "html", "head", "body"};
  for (std::string_view n : kNames)
    if (name == n) return true;
  return false;
}

// gumbo's tree costs about 250 bytes a node: a 10 MB page of «<br>» took 600 MB. Real pages have
// a few thousand tags, so tags beyond kMaxTags become spaces (their text stays, in one block).
constexpr size_t kMaxTags = 200000;

struct Bounded {
  bool too_deep = false, too_many = false;
  bool changed() const { return too_deep || too_many; }
};

// Fills `out` (and says why) when tags had to be dropped.
Bounded bound_tree(std::string_view s, std::string& out) {
  int depth = 0, excess = 0;
  size_t tags = 0;
  Bounded result;
  bool changed = false;
  size_t copied = 0;  // s[0, copied) is already in out (only once changed)
  auto drop = [&](size_t b, size_t e, bool space) {
    if (!changed) { out.reserve(s.size()); changed = true; }
    out.append(s.substr(copied, b - copied));
    if (space) out += ' ';
    copied = e;
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '<') { ++i; continue; }
    size_t b = i;
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
      // A comment, doctype or processing instruction: one node each.
      size_t e = ieq_prefix(s, i, "<!--") ? s.find("-->", i + 4) : s.find('>', i + 2);
      i = e == std::string_view::npos ? s.size() : e + (ieq_prefix(s, b, "<!--") ? 3 : 1);
      if (++tags > kMaxTags) result.too_many = true, drop(b, i, false);
      continue;
    }
    bool end = i + 1 < s.size() && s[i + 1] == '/';
    size_t n = i + (end ? 2 : 1);
    size_t name_end = n;
    while (name_end < s.size() && std::isalnum(static_cast<unsigned char>(s[name_end]))) ++name_end;
    if (name_end == n || !std::isalpha(static_cast<unsigned char>(s[n]))) { ++i; continue; }
    std::string name = lower(s.substr(n, name_end - n));
    // The end of the tag, minding quoted attribute values.
    size_t e = name_end;
    char quote = 0;
    for (; e < s.size(); ++e) {
      if (quote) { if (s[e] == quote) quote = 0; }
      else if (s[e] == '"' || s[e] == '\'') quote = s[e];
      else if (s[e] == '>') break;
    }
    bool self_closing = e < s.size() && e > name_end && s[e - 1] == '/';
    i = e < s.size() ? e + 1 : s.size();
    bool over = ++tags > kMaxTags;
    if (!end && (name == "script" || name == "style" || name == "textarea" || name == "title" ||
                 name == "xmp" || name == "noembed" || name == "noframes")) {
      // Raw text: no tags inside until the matching end tag.
      std::string close = "</" + name;
      size_t k = i;
      while (k < s.size() && !ieq_prefix(s, k, close)) {
        size_t next_lt = s.find('<', k + 1);
        k = next_lt == std::string_view::npos ? s.size() : next_lt;
      }
      i = k;
      if (over) {
        // Dropped with its content (a script's code must not become text) and its end tag.
        size_t gt = s.find('>', k);
        i = gt == std::string_view::npos ? s.size() : gt + 1;
        result.too_many = true;
        drop(b, i, true);
      }
      continue;
    }
    if (over) {
      result.too_many = true;
      drop(b, i, true);
      continue;
    }
    if (adds_no_depth(name) || self_closing) continue;
    if (end) {
      if (excess > 0) { --excess; drop(b, i, false); }
      else if (depth > 0) --depth;
    } else if (depth >= kMaxDepth) {
      ++excess;
      result.too_deep = true;
      drop(b, i, false);
    } else {
      ++depth;
    }
  }
  if (changed) out.append(s.substr(copied));
  return result;
}

}  // namespace

RawDocument read_html(std::string_view bytes, std::string_view id, size_t max_bytes) {
  RawDocument raw;
  raw.id = std::string(id);
  raw.text_is_extracted = true;
  if (bytes.size() > max_bytes) {
    raw.errors.push_back({"document-truncated",
                          "HTML of " + std::to_string(bytes.size()) + " bytes cut to the limit of " +
                              std::to_string(max_bytes) + " bytes before parsing; the rest was not read",
                          std::nullopt, false});
    bytes = bytes.substr(0, text::floor_boundary(bytes, max_bytes));  // not mid-character
  }
  // gumbo would quietly turn bad bytes into U+FFFD; repair them ourselves, the way the pipeline
  // does for text, so the record reports them. Positions are in the HTML source, not in the
  // extracted text the record's offsets count, so none is given.
  std::string repaired;
  if (!text::is_valid(bytes)) {
    text::SanitizeResult clean = text::sanitize(bytes);
    for (RecordError& e : clean.errors) {
      e.message += " (in the HTML source)";
      e.start.reset();
      raw.errors.push_back(std::move(e));
    }
    repaired = std::move(clean.text);
    bytes = repaired;
  }
  std::string bounded;
  Bounded b = bound_tree(bytes, bounded);
  if (b.too_deep)
    raw.errors.push_back({"html-too-deep",
                          "elements nested deeper than " + std::to_string(kMaxDepth) +
                              " levels were flattened before parsing",
                          std::nullopt, false});
  if (b.too_many)
    raw.errors.push_back({"html-too-many-tags",
                          "the page has more than " + std::to_string(kMaxTags) +
                              " tags; those beyond were dropped before parsing (their text kept)",
                          std::nullopt, false});
  if (b.changed()) bytes = bounded;
  std::string unattributed;  // gumbo is quadratic in one tag's attributes (html_prefilter.h)
  if (bound_attributes(bytes, unattributed)) bytes = unattributed;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 64;  // parse errors are not used; don't let tag soup allocate millions
  GumboOutput* out = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
  if (out) {
    Meta meta;
    read_meta(out->document, meta);
    if (!meta.title.empty()) raw.title = meta.title;
    else if (!meta.og_title.empty()) raw.title = meta.og_title;
    std::string pub = !meta.published.empty() ? meta.published : meta.time_datetime;
    if (!pub.empty()) raw.published = day_of(pub);
    if (!meta.canonical.empty()) raw.url = trimmed(meta.canonical);
    else if (!meta.og_url.empty()) raw.url = trimmed(meta.og_url);

    std::vector<std::string> blocks = read_blocks(choose_root(out->document));
    // The title line: the <h1> that og:title or <title> confirms (their text often carries a
    // site-name suffix, and a site logo may be an <h1> too), else og:title, else the first <h1>,
    // else <title> — unless the story root already starts with it.
    std::string title;
    const std::string& ref = !meta.og_title.empty() ? meta.og_title : meta.title;
    for (const std::string& h : meta.h1s)
      if (h.size() >= 4 && ref.find(h) != std::string::npos) { title = h; break; }
    if (title.empty()) title = !meta.og_title.empty() ? meta.og_title
                               : !meta.h1s.empty()   ? meta.h1s.front() : meta.title;
    bool has_title = title.empty() ||
                     std::find(blocks.begin(), blocks.begin() + std::min<size_t>(blocks.size(), 3), title) !=
                         blocks.begin() + std::min<size_t>(blocks.size(), 3);
    if (!has_title && !blocks.empty()) blocks.insert(blocks.begin(), title);
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (i) raw.text += '\n';
      raw.text += blocks[i];
    }
    gumbo_destroy_output(&options, out);
  }
  if (raw.text.empty())
    raw.errors.push_back({"empty-html", "the page has no article text (no body, or only navigation and scripts)",
                          std::nullopt, false});
  return raw;
}

}  // namespace rasd::io
