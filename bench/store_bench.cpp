// Ingest into the SQLite store next to extract on the same articles, in articles/s: storing must
// not halve the pipeline's throughput (issue 17). Each iteration processes every article once:
// BM_Extract runs the pipeline and writes the JSON record; BM_Ingest runs the pipeline, flattens
// and stores it (one transaction per 100 articles, into a fresh store); BM_StoreOnly stores
// already processed documents, to show the store's own cost.
// Articles: the first RASD_BENCH_ARTICLES (default 200) of ../shared/corpus/news-ar.jsonl.zst when
// present (via zstdcat), the bundled examples otherwise.
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/store/store.h"

namespace {

std::vector<rasd::RawDocument> load() {
  size_t want = std::getenv("RASD_BENCH_ARTICLES") ? std::atol(std::getenv("RASD_BENCH_ARTICLES")) : 200;
  std::string corpus = std::string(RASD_SOURCE_DIR) + "/../shared/corpus/news-ar.jsonl.zst";
  std::vector<rasd::RawDocument> docs;
  simdjson::dom::parser parser;
  auto take = [&](const std::string& line) {
    simdjson::dom::element e;
    std::string_view id, text, published;
    if (parser.parse(line).get(e) || e["id"].get(id) || e["text"].get(text)) return;
    rasd::RawDocument raw;
    raw.id = std::string(id);
    raw.text = std::string(text);
    if (!e["published"].get(published)) raw.published = std::string(published);
    docs.push_back(std::move(raw));
  };
  if (std::ifstream(corpus)) {
    if (FILE* p = popen(("zstdcat '" + corpus + "'").c_str(), "r")) {
      std::string line;
      char buf[1 << 16];
      while (docs.size() < want && fgets(buf, sizeof buf, p)) {
        line += buf;
        if (line.back() != '\n') continue;
        take(line);
        line.clear();
      }
      pclose(p);
    }
  }
  if (docs.empty()) {
    std::ifstream in(std::string(RASD_SOURCE_DIR) + "/examples/articles.jsonl");
    std::string line;
    while (std::getline(in, line)) take(line);
  }
  std::fprintf(stderr, "store bench: %zu articles\n", docs.size());
  return docs;
}

const std::vector<rasd::RawDocument>& docs() {
  static const auto d = load();
  return d;
}

const rasd::Pipeline& pipeline() {
  static const rasd::Pipeline p;
  return p;
}

std::string fresh_store_path() {
  auto p = std::filesystem::temp_directory_path() / ("rasd-store-bench-" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

void BM_Extract(benchmark::State& state) {
  std::string out;
  for (auto _ : state) {
    for (const auto& raw : docs()) {
      rasd::Document doc = pipeline().run(raw);
      out.clear();
      rasd::io::write_record(doc, {}, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.counters["articles/s"] = benchmark::Counter(double(docs().size()), benchmark::Counter::kIsIterationInvariantRate);
}

// Stores `documents` into a fresh store, 100 per transaction.
void store_all(const std::vector<rasd::Document>* processed, benchmark::State& state) {
  std::string path = fresh_store_path();
  std::unique_ptr<rasd::store::Store> store;
  if (!rasd::store::open_store(path, {}, store).ok) { state.SkipWithError("cannot open store"); return; }
  size_t n = 0;
  rasd::store::PutResult r;
  for (size_t i = 0; i < docs().size(); ++i) {
    if (n % 100 == 0 && !store->begin().ok) { state.SkipWithError("begin"); return; }
    rasd::Document doc = processed ? (*processed)[i] : pipeline().run(docs()[i]);
    if (!store->put(rasd::store::flatten(doc, "bench"), r).ok) { state.SkipWithError("put"); return; }
    if (++n % 100 == 0 && !store->commit().ok) { state.SkipWithError("commit"); return; }
  }
  if (n % 100 && !store->commit().ok) state.SkipWithError("commit");
  store.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

void BM_Ingest(benchmark::State& state) {
  for (auto _ : state) store_all(nullptr, state);
  state.counters["articles/s"] = benchmark::Counter(double(docs().size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_StoreOnly(benchmark::State& state) {
  std::vector<rasd::Document> processed;
  for (const auto& raw : docs()) processed.push_back(pipeline().run(raw));
  for (auto _ : state) store_all(&processed, state);
  state.counters["articles/s"] = benchmark::Counter(double(docs().size()), benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_StoreOnly)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
