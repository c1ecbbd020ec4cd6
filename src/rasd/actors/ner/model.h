// The name tagger's model: BIO tags over PER, ORG, LOC and MISC, one weight row per hashed
// feature, first-order tag transitions, and the name lists its features consult. Decoded with
// Viterbi under the BIO constraint (I-X only after B-X or I-X), so no path opens a name with I-.
//
// File format (little-endian), written by save() and checked by load():
//   "RASDNER\0" | u32 format version | u32 feature version | u64 options hash | str options
//   | u32 tags | f32 transitions[(tags+1) * tags] (row tags = sentence start)
//   | u32 list entries, each u8 type bits + str | f32 scale | u32 features
//   | u64 keys[features] (ascending) | i16 weights[features * tags] | u64 FNV-1a of all before
// where str is u32 length + bytes. Weights are quantised to int16 (weight = q * scale): the model
// in memory after training is quantised the same way, so a saved and loaded model tags
// identically to the trained one.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/actors/ner/features.h"

namespace rasd::actors::ner {

// Tags: 0 O, then B/I pairs for each type in this order.
enum class NameType : uint8_t { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
inline constexpr int kTypes = 4;
inline constexpr int kTags = 1 + 2 * kTypes;
inline constexpr int kStart = kTags;  // the transition row of the sentence start

inline constexpr int begin_tag(NameType t) { return 1 + 2 * static_cast<int>(t); }
inline constexpr bool is_begin(int tag) { return tag > 0 && tag % 2 == 1; }
inline constexpr bool is_inside(int tag) { return tag > 0 && tag % 2 == 0; }
inline constexpr NameType type_of(int tag) { return static_cast<NameType>((tag - 1) / 2); }
// The BIO constraint: may `tag` follow `prev` (kStart at the sentence start)?
inline constexpr bool allowed(int prev, int tag) {
  return !is_inside(tag) || (prev != kStart && prev != 0 && type_of(prev) == type_of(tag));
}
std::string_view tag_name(int tag);             // "O", "B-PER", ...
std::string_view type_name(NameType t);         // "PER", "ORG", "LOC", "MISC"
// A tag as written in ANERcorp (PERS, MISC), AQMAR (PER, MIS) or Wojood (PERS, GPE -> LOC);
// nullopt when unknown (Wojood's other 17 types, DATE, NORP, FAC ...: read as O).
std::optional<int> parse_tag(std::string_view s);

struct Decoded {
  std::vector<int> tags;
  // Per token: best path score minus the best path that gives this token another tag (>= 0).
  std::vector<float> margin;
};

// Viterbi (and, with `margins`, the max-marginal margins) over emission scores emit[i * kTags + t]
// and transitions trans[prev * kTags + t] (prev kStart at the start), under the BIO constraint.
Decoded decode_emissions(const std::vector<float>& emit, size_t n, std::span<const float> trans, bool margins);

class Model {
 public:
  // Weight row of a feature, or nullptr when the model has none.
  const float* row(uint64_t key) const;
  std::span<const float> transitions() const { return trans_; }

  Decoded decode(const std::vector<std::vector<uint64_t>>& features, bool margins) const;

  // Writes the file format above; false with `error` set on an I/O failure.
  bool save(const std::string& path, std::string* error) const;
  // Reads and checks a model file; nullopt with `error` set when the file is missing,
  // truncated, corrupt (checksum) or of another format or feature version.
  static std::optional<Model> load(const std::string& path, std::string* error);
  static std::optional<Model> parse(std::string_view bytes, std::string* error);
  std::string serialise() const;

  const NameLists& lists() const { return lists_; }
  uint64_t options_hash() const { return options_hash_; }
  const std::string& options() const { return options_; }
  size_t features() const { return keys_.size(); }
  // A number no other model built or loaded in this process has (copies share it): the key of
  // caches of this model's sums.
  uint64_t instance() const { return instance_; }
  // Where this model's weight rows live: row()'s pointers are valid while the model is. A cache
  // of rows keys on this as well as instance(): a copy shares the instance, not the rows.
  const float* rows_data() const { return weights_.data(); }

  // Built by the trainer: weights keyed by feature hash (rows of kTags), quantised here.
  static Model from_weights(std::vector<std::pair<uint64_t, std::array<float, kTags>>> weights,
                            std::vector<float> transitions, NameLists lists, uint64_t options_hash,
                            std::string options);

 private:
  void build_index();
  std::vector<uint64_t> keys_;   // ascending
  std::vector<float> weights_;   // keys_.size() * kTags, dequantised
  std::vector<float> trans_ = std::vector<float>((kTags + 1) * kTags, 0.f);
  std::vector<std::pair<uint8_t, std::string>> list_entries_;  // as saved, sorted
  NameLists lists_;
  float scale_ = 0;
  std::vector<int16_t> quant_;   // what save() writes
  // Open-addressing index, power-of-two size: each slot holds its key beside the row + 1 (0 empty),
  // so a probe reads one cache line instead of a slot and then a key elsewhere.
  struct Slot {
    uint64_t key = 0;
    uint32_t row = 0;
  };
  std::vector<Slot> slots_;
  uint64_t options_hash_ = 0;
  std::string options_;
  uint64_t instance_ = 0;
};

}  // namespace rasd::actors::ner
