// The gazetteer: load time (first use builds the index from the compiled tables), resident
// memory it adds, and look-up and place-finding throughput. Goals (issue 3): load < 50 ms,
// memory < 60 MB.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "rasd/geo/gazetteer.h"
#include "rasd/pipeline.h"

namespace {

long rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// Measured once, before any benchmark touches the gazetteer.
struct LoadFigures {
  double ms;
  long kb;
  LoadFigures() {
    long before = rss_kb();
    auto t0 = std::chrono::steady_clock::now();
    const auto& g = rasd::geo::Gazetteer::get();
    auto t1 = std::chrono::steady_clock::now();
    ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    kb = rss_kb() - before;
    std::fprintf(stderr, "gazetteer: %zu places loaded in %.1f ms, +%.1f MB resident\n", g.size(), ms, kb / 1024.0);
  }
};
const LoadFigures kLoad;

void BM_GazetteerLookup(benchmark::State& state) {
  const auto& g = rasd::geo::Gazetteer::get();
  const std::string keys[] = {rasd::geo::place_key("ألماتي"), rasd::geo::place_key("موسكو"),
                              rasd::geo::place_key("كلمة عادية"), rasd::geo::place_key("محافظة صعدة")};
  size_t n = 0;
  for (auto _ : state)
    for (const auto& k : keys) n += g.lookup(k).size();
  benchmark::DoNotOptimize(n);
  state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(BM_GazetteerLookup);

// The whole pipeline on a place-dense paragraph written for this benchmark.
void BM_PlacesInAParagraph(benchmark::State& state) {
  rasd::Pipeline pipeline;
  const std::string text =
      "قصفت الطائرات مواقع في مديرية باقم بمحافظة صعدة شمال اليمن، فيما وصل وفد من موسكو إلى "
      "ألماتي قادما من واشنطن. وفي سوريا، سقطت قذائف على مدينة دوما وحرستا في الغوطة الشرقية.\n";
  for (auto _ : state) {
    rasd::RawDocument raw;
    raw.text = text;
    benchmark::DoNotOptimize(pipeline.run(std::move(raw)));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_PlacesInAParagraph);

}  // namespace

BENCHMARK_MAIN();
