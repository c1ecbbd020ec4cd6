#include "rasd/events/event_filter_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "rasd/core/hash.h"

#ifndef RASD_DATA_DIR
#define RASD_DATA_DIR "data"
#endif

namespace rasd::events {
namespace {

constexpr std::string_view kMagic = "rasd-events-filter 1";

// splitmix64: a fixed, portable generator, so shuffles are the same on every platform
// (std::shuffle's use of the engine is implementation-defined).
struct SplitMix {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
};

bool parse_float(std::string_view s, float& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

float FilterModel::score(const std::vector<std::string>& features) const {
  float s = 0;
  for (const auto& f : features) {
    auto it = weights_.find(f);
    if (it != weights_.end()) s += it->second;
  }
  return s;
}

FilterModel FilterModel::from_weights(StringMap<float> weights, float threshold,
                                      std::string options) {
  FilterModel m;
  // Round as the file does, so a trained model and its saved copy decide alike.
  for (auto& [f, w] : weights) {
    float r = std::round(w * 10000.f) / 10000.f;
    if (r != 0.f) m.weights_.emplace(f, r);
  }
  m.threshold_ = threshold;
  m.options_ = std::move(options);
  return m;
}

std::string FilterModel::serialise() const {
  std::map<std::string_view, float> sorted;
  for (const auto& [f, w] : weights_) sorted.emplace(f, w);
  std::string out(kMagic);
  char buf[64];
  out += "\nfeatures " + std::to_string(kFilterFeatureVersion);
  std::snprintf(buf, sizeof buf, "\nthreshold %.4f", threshold_);
  out += buf;
  out += "\noptions " + options_ + "\n";
  for (const auto& [f, w] : sorted) {
    std::snprintf(buf, sizeof buf, "\t%.4f\n", w);
    out += f;
    out += buf;
  }
  return out;
}

std::optional<FilterModel> FilterModel::parse(std::string_view text, std::string* error) {
  auto fail = [&](std::string msg) -> std::optional<FilterModel> {
    if (error) *error = std::move(msg);
    return std::nullopt;
  };
  FilterModel m;
  size_t at = 0, line_no = 0;
  auto next_line = [&](std::string_view& line) {
    if (at >= text.size()) return false;
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    line = text.substr(at, nl - at);
    at = nl + 1;
    ++line_no;
    return true;
  };
  std::string_view line;
  if (!next_line(line) || line != kMagic) return fail("not an event filter model (first line is not «" + std::string(kMagic) + "»)");
  if (!next_line(line) || line != "features " + std::to_string(kFilterFeatureVersion))
    return fail("the model's feature version is not " + std::to_string(kFilterFeatureVersion) + ": retrain it");
  if (!next_line(line) || !line.starts_with("threshold ") || !parse_float(line.substr(10), m.threshold_))
    return fail("line 3: no threshold");
  if (!next_line(line) || !line.starts_with("options ")) return fail("line 4: no options");
  m.options_ = std::string(line.substr(8));
  while (next_line(line)) {
    if (line.empty()) continue;
    size_t tab = line.rfind('\t');
    float w = 0;
    if (tab == std::string_view::npos || !parse_float(line.substr(tab + 1), w))
      return fail("line " + std::to_string(line_no) + ": not «feature<TAB>weight»");
    m.weights_.emplace(std::string(line.substr(0, tab)), w);
  }
  return m;
}

std::optional<FilterModel> FilterModel::load(const std::string& path, std::string* error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    if (error) *error = "cannot open " + path;
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << f.rdbuf();
  auto m = parse(buf.str(), error);
  if (!m && error) *error = path + ": " + *error;
  return m;
}

bool FilterModel::save(const std::string& path, std::string* error) const {
  std::ofstream f(path, std::ios::binary);
  std::string bytes = serialise();
  if (!f || !f.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !f.flush()) {
    if (error) *error = "cannot write " + path;
    return false;
  }
  return true;
}

FilterModel train_filter(const std::vector<FilterExample>& examples, const FilterTrainOptions& options) {
  // Features seen in fewer than min_count examples are dropped before training.
  StringMap<int> seen;
  for (const auto& e : examples) {
    std::vector<std::string> f = e.features;
    std::sort(f.begin(), f.end());
    f.erase(std::unique(f.begin(), f.end()), f.end());
    for (const auto& x : f) ++seen[x];
  }
  StringMap<uint32_t> index;
  std::vector<std::string> names;
  {
    std::vector<std::string> kept;
    for (const auto& [f, n] : seen) if (n >= options.min_count) kept.push_back(f);
    std::sort(kept.begin(), kept.end());  // indices independent of hash order
    for (auto& f : kept) {
      index.emplace(f, static_cast<uint32_t>(names.size()));
      names.push_back(std::move(f));
    }
  }
  std::vector<std::vector<uint32_t>> xs;
  xs.reserve(examples.size());
  for (const auto& e : examples) {
    std::vector<uint32_t> x;
    for (const auto& f : e.features) {
      auto it = index.find(f);
      if (it != index.end()) x.push_back(it->second);
    }
    xs.push_back(std::move(x));
  }
  // Averaged perceptron (Collins 2002) with the usual lazy trick: w the current weights, u the
  // weights times the step they changed at; the average is w - u / c.
  std::vector<double> w(names.size(), 0), u(names.size(), 0);
  double c = 1;
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{options.seed};
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.next() % i]);
    for (size_t i : order) {
      double s = 0;
      for (uint32_t f : xs[i]) s += w[f];
      int y = examples[i].event ? 1 : -1;
      if (y * s <= 0) {
        for (uint32_t f : xs[i]) {
          w[f] += y;
          u[f] += y * c;
        }
      }
      c += 1;
    }
  }
  StringMap<float> avg;
  for (size_t f = 0; f < names.size(); ++f) avg.emplace(names[f], static_cast<float>(w[f] - u[f] / c));
  return FilterModel::from_weights(std::move(avg), options.threshold, options.description);
}

bool sense_label(std::string_view type, std::string_view trigger_text,
                 const std::vector<std::vector<std::string>>& event_types,
                 const std::vector<std::string>& non_event_words) {
  for (const auto& w : non_event_words)
    if (!w.empty() && !trigger_text.empty() && (w.find(trigger_text) != std::string::npos || trigger_text.find(w) != std::string_view::npos))
      return false;
  for (const auto& ts : event_types)
    if (std::find(ts.begin(), ts.end(), type) != ts.end()) return true;
  return false;
}

std::string shipped_model_path(std::string_view file) {
  const char* env = std::getenv("RASD_DATA_DIR");
  std::string dir = env && *env ? env : RASD_DATA_DIR;
  return dir + "/models/" + std::string(file);
}

const FilterModel* shared_model(const std::string& which, std::string_view shipped_file, std::string* error) {
  if (which == "none") return nullptr;
  struct Loaded {
    std::optional<FilterModel> model;
    std::string error;
  };
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Loaded>> cache;
  std::string path = which.empty() ? shipped_model_path(shipped_file) : which;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[path];
  if (!slot) {
    slot = std::make_unique<Loaded>();
    slot->model = FilterModel::load(path, &slot->error);
  }
  if (error) *error = slot->error;
  return slot->model ? &*slot->model : nullptr;
}

}  // namespace rasd::events
