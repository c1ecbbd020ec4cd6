// Throughput of the text layer, per stage and together, and of the whole pipeline (places,
// actors, events), in MB/s of article text and documents/s.
// Reads the first RASD_BENCH_MB (default 20) megabytes of article texts from
// ../shared/corpus/news-ar.jsonl.zst when present (via zstdcat), the bundled examples otherwise.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "rasd/core/civil_date.h"
#include "rasd/pipeline.h"
#include "rasd/text/dates.h"
#include "rasd/text/normalize.h"
#include "rasd/text/quantities.h"
#include "rasd/text/sentences.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

namespace {

std::vector<std::string> load_texts() {
  size_t budget = (std::getenv("RASD_BENCH_MB") ? std::atol(std::getenv("RASD_BENCH_MB")) : 20) << 20;
  std::string corpus = std::string(RASD_SOURCE_DIR) + "/../shared/corpus/news-ar.jsonl.zst";
  std::vector<std::string> texts;
  simdjson::dom::parser parser;
  auto take = [&](const std::string& line) {
    simdjson::dom::element e;
    std::string_view t;
    if (parser.parse(line).get(e) == simdjson::SUCCESS && e["text"].get(t) == simdjson::SUCCESS) texts.emplace_back(t);
  };
  size_t total = 0;
  if (std::ifstream(corpus)) {
    std::string cmd = "zstdcat '" + corpus + "'";
    if (FILE* p = popen(cmd.c_str(), "r")) {
      std::string line;
      char buf[1 << 16];
      while (total < budget && fgets(buf, sizeof buf, p)) {
        line += buf;
        if (line.back() != '\n') continue;
        take(line);
        if (!texts.empty()) total += texts.back().size();
        line.clear();
      }
      pclose(p);
    }
  }
  if (texts.empty()) {
    std::ifstream in(std::string(RASD_SOURCE_DIR) + "/examples/articles.jsonl");
    std::string line;
    while (std::getline(in, line)) take(line);
  }
  std::fprintf(stderr, "text layer bench: %zu texts, %.1f MB\n", texts.size(), total / 1e6);
  return texts;
}

const std::vector<std::string>& texts() {
  static const std::vector<std::string> t = load_texts();
  return t;
}

size_t total_bytes() {
  size_t n = 0;
  for (const auto& t : texts()) n += t.size();
  return n;
}

template <typename F>
void run_over_corpus(benchmark::State& state, F f) {
  for (auto _ : state)
    for (const auto& t : texts()) f(t);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * texts().size()),
                                                benchmark::Counter::kIsRate);
}

void BM_Sanitize(benchmark::State& state) {
  run_over_corpus(state, [](const std::string& t) { benchmark::DoNotOptimize(rasd::text::sanitize(t)); });
}
void BM_Normalize(benchmark::State& state) {
  run_over_corpus(state, [](const std::string& t) { benchmark::DoNotOptimize(rasd::text::normalize(t)); });
}
void BM_Tokenize(benchmark::State& state) {
  run_over_corpus(state, [](const std::string& t) { benchmark::DoNotOptimize(rasd::text::tokenize(t)); });
}
// The text layer alone: repair, tokens, sentences and structure, quantities, dates.
void BM_TextLayer(benchmark::State& state) {
  run_over_corpus(state, [](const std::string& t) {
    rasd::Document d;
    d.text = rasd::text::sanitize(t).text;
    d.published = rasd::CivilDate{2018, 1, 1};
    rasd::text::tokenize(d);
    rasd::text::split_sentences(d);
    rasd::text::find_quantities(d);
    rasd::text::find_dates(d);
    benchmark::DoNotOptimize(d);
  });
}

// The whole pipeline, as `rasd extract` runs it (without JSON writing).
void BM_Pipeline(benchmark::State& state) {
  rasd::Pipeline pipeline;
  run_over_corpus(state, [&](const std::string& t) {
    rasd::RawDocument raw;
    raw.text = t;
    raw.published = "2018-01-01";
    benchmark::DoNotOptimize(pipeline.run(std::move(raw)));
  });
}

BENCHMARK(BM_Sanitize)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_TextLayer)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
