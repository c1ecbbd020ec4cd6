// Within-document coreference for the actor finder: turns each named mention into a PER or ORG
// entity of Document::entities, joining it to an earlier one when
//   - persons: the names are equal, or one is the last word(s) of the other («توكاييف» and
//     «قاسم جومارت توكاييف»; the longer becomes the canonical form whichever came first);
//   - organisations: the names are equal, one is the other's words cut short («وزارة الداخلية» and
//     «وزارة الداخلية الكازاخية»), or one is the other's parenthesised short name («حماس»);
// and links descriptions to the entity they name:
//   - a role without a name («الرئيس الكازاخي», «رئيس كازاخستان») -> the last person introduced
//     with that role and country;
//   - a bare definite head («المنظمة», «الوزارة», «الجيش») -> the last organisation of that head.
// short_names() then finds later (or earlier) bare mentions of known persons' family names.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/core/hash.h"

namespace rasd::actors {

class EntityBook {
 public:
  explicit EntityBook(Document& doc);

  // A person's name span [first, end) in tokens; `name` is the span as written, clitics off.
  int32_t person(Span name, const std::string& role, const std::string& country);
  // An organisation; `head` is its head word's key («وزاره») or "" for named ones. `written`
  // overrides the name's text («الجيش اليمني» for the span «جيش اليمني» of «للجيش اليمني»).
  int32_t org(Span name, const std::string& head, const std::string& country, const std::string& written = {});
  // Registers a short name («حماس» of «حركة المقاومة الإسلامية (حماس)») as a mention of org e.
  void alias(int32_t e, Span name);
  // The last person with this role (and country, when given); -1 when none.
  int32_t person_by_role(const std::string& role, const std::string& country) const;
  // The last organisation with this head; -1 when none.
  int32_t org_by_head(const std::string& head) const;
  // Adds a mention span to entity e (kept in text order).
  void mention(int32_t e, Span s);

  // Bare family names of known persons in tokens not yet covered: each becomes a mention and an
  // ActorMention like the entity's first one. `covered` marks tokens already read.
  void short_names(std::vector<bool>& covered);

 private:
  struct Info {
    std::vector<std::string> words;  // loose keys of the fullest name
    std::string role, country, head;
    size_t actor = SIZE_MAX;         // first ActorMention naming it
  };
  static std::vector<std::string> words_of(std::string_view written);
  int32_t add(EntityType type, Span name, std::vector<std::string> words, const std::string& written = {});

  Document& doc_;
  std::unordered_map<int32_t, Info> info_;
  StringMap<int32_t> by_key_;  // "P|key" / "O|key" -> entity
  std::vector<int32_t> persons_, orgs_;              // in order of introduction
 public:
  void set_actor(int32_t e, size_t actor) { if (e >= 0 && info_[e].actor == SIZE_MAX) info_[e].actor = actor; }
};

}  // namespace rasd::actors
