#include "rasd/events/earlier_telling.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

enum class Frame : uint8_t { kNone, kCopula, kAn, kParticle, kStop };

// How far back from the verb its copula may stand: the subject and an aside between commas.
constexpr uint32_t kCopulaReach = 24;
// How many words may stand between «سبق» and its «أن» («سبق للوزير أن زار»).
constexpr uint32_t kAnReach = 2;

Frame frame_of(std::string_view key) {
  static const StringMap<Frame> frames = [] {
    StringMap<Frame> m;
    const auto& t = data::table("events/earlier_frames");
    for (size_t r = 0; r < t.rows(); ++r) {
      std::string_view kind = t.get(r, "kind");
      Frame f = kind == "copula" ? Frame::kCopula : kind == "an" ? Frame::kAn : kind == "particle" ? Frame::kParticle : Frame::kStop;
      m.emplace(text::normalize_key(t.get(r, "word")), f);
    }
    return m;
  }();
  auto it = frames.find(key);
  // A leading conjunction (و, ف) aside: «وكان», «فقد».
  if (std::string_view bare = cues::without_conjunction(key); it == frames.end() && !bare.empty()) it = frames.find(bare);
  return it == frames.end() ? Frame::kNone : it->second;
}

bool is_an(std::string_view key) {
  static const std::string an = text::normalize_key("\xD8\xA3\xD9\x86");  // أن
  return key == an;
}

}  // namespace

bool told_earlier(const Document& doc, const TriggerMention& tr, const Sentence& s) {
  if (tr.nominal || tr.participle || tr.first_token <= s.first_token) return false;
  const uint32_t t = tr.first_token;
  // «واعتقل»: a verb with its own conjunction opens a clause of its own.
  if (tr.span.begin > doc.tokens[t].span.begin) return false;
  // «سبق أن زار», «سبق للوزير أن زار».
  if (is_an(doc.tokens[t - 1].key)) {
    for (uint32_t k = t - 1, n = 0; k-- > s.first_token && n <= kAnReach; ++n)
      if (doc.tokens[k].kind == TokenKind::kWord && frame_of(doc.tokens[k].key) == Frame::kAn) return true;
    return false;
  }
  auto comma = [&](uint32_t k) { return doc.tokens[k].key == "\xD8\x8C" || doc.tokens[k].key == ","; };
  for (uint32_t k = t; k-- > s.first_token && t - k <= kCopulaReach;) {
    const Token& w = doc.tokens[k];
    if (w.kind == TokenKind::kPunct && !comma(k)) return false;  // a stop, a quote, a bracket
    if (w.kind != TokenKind::kWord) continue;
    Frame f = frame_of(w.key);
    if (f == Frame::kStop) return false;
    if (f != Frame::kCopula) continue;
    // The verb is the copula's when «قد» stands right before it, or the copula's subject right after it.
    if (k + 1 == t) return false;
    if (frame_of(doc.tokens[t - 1].key) == Frame::kParticle) return true;
    // Mentions are in text order: one look-up, not a walk over the article's mentions per verb.
    auto a = std::partition_point(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& m) { return m.first_token <= k; });
    return a != doc.actors.end() && a->first_token == k + 1;
  }
  return false;
}

}  // namespace rasd::events
