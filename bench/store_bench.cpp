// Ingest into the SQLite and PostgreSQL stores next to extract on the same articles, in
// articles/s: storing must not halve the pipeline's throughput (issue 17). Each iteration
// processes every article once: BM_Extract runs the pipeline and writes the JSON record;
// BM_Ingest/<backend> runs the pipeline, flattens and stores it (one transaction per 100
// articles, into a fresh store); BM_StoreOnly/<backend> stores already processed documents, to
// show the store's own cost. The end prints each ingest rate as a share of extract's, same run.
// PostgreSQL: $RASD_BENCH_PG_URL names an existing server's database to create stores beside
// (postgresql://...); without it a throw-away local server is started (tests/unit/pg_test_server.h).
// Articles: the first RASD_BENCH_ARTICLES (default 200) of ../shared/corpus/news-ar.jsonl.zst when
// present (via zstdcat), the bundled examples otherwise.
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/store/store.h"
#include "../tests/unit/pg_test_server.h"

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

enum Backend { kSqlite = 0, kPostgres = 1 };
const char* const kBackendNames[] = {"SQLite", "PostgreSQL"};
std::map<std::string, double> g_rates;  // articles/s of each benchmark, for the closing summary

std::string fresh_sqlite_path() {
  auto p = std::filesystem::temp_directory_path() / ("rasd-store-bench-" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

// A fresh, empty PostgreSQL database per call.
std::string fresh_pg_url() {
  static int n = 0;
  const char* external = std::getenv("RASD_BENCH_PG_URL");
  if (!external) return rasd::store::test_support::PgTestServer::instance().new_database();
  std::string name = "rasd_bench_" + std::to_string(::getpid()) + "_" + std::to_string(n++);
  pqxx::connection admin(external);
  pqxx::nontransaction tx(admin);
  tx.exec("CREATE DATABASE " + name);
  std::string url = external;
  size_t slash = url.find('/', url.find("://") + 3), query = url.find('?');
  return url.substr(0, slash) + "/" + name + (query == std::string::npos ? "" : url.substr(query));
}

// Stores every article into a fresh store, 100 per transaction; `processed` when given, else
// the pipeline runs on each raw article first. Returns the seconds spent.
double store_all(const std::vector<rasd::Document>* processed, Backend backend, benchmark::State& state) {
  std::string url;
  if (backend == kSqlite) {
    url = fresh_sqlite_path();
  } else {
    if (!std::getenv("RASD_BENCH_PG_URL") && !rasd::store::test_support::PgTestServer::instance().ok()) {
      state.SkipWithError(rasd::store::test_support::PgTestServer::instance().error().c_str());
      return 0;
    }
    url = fresh_pg_url();
  }
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<rasd::store::Store> store;
  if (rasd::store::Status s = rasd::store::open_store(url, {}, store); !s) {
    state.SkipWithError(("cannot open store: " + s.message).c_str());
    return 0;
  }
  size_t n = 0;
  rasd::store::PutResult r;
  for (size_t i = 0; i < docs().size(); ++i) {
    if (n % 100 == 0 && !store->begin().ok) { state.SkipWithError("begin"); return 0; }
    rasd::Document doc = processed ? (*processed)[i] : pipeline().run(docs()[i]);
    if (rasd::store::Status s = store->put(rasd::store::flatten(doc, "bench"), r); !s) {
      state.SkipWithError(("put: " + s.message).c_str());
      return 0;
    }
    if (++n % 100 == 0 && !store->commit().ok) { state.SkipWithError("commit"); return 0; }
  }
  if (n % 100 && !store->commit().ok) state.SkipWithError("commit");
  store.reset();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (backend == kSqlite)
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(url + suffix);
  return secs;
}

void BM_Extract(benchmark::State& state) {
  std::string out;
  double secs = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    for (const auto& raw : docs()) {
      rasd::Document doc = pipeline().run(raw);
      out.clear();
      rasd::io::write_record(doc, {}, out);
      benchmark::DoNotOptimize(out.data());
    }
    secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  state.counters["articles/s"] = benchmark::Counter(double(docs().size()), benchmark::Counter::kIsIterationInvariantRate);
  g_rates["extract"] = secs > 0 ? double(docs().size() * state.iterations()) / secs : 0;
}

void BM_Ingest(benchmark::State& state) {
  Backend backend = static_cast<Backend>(state.range(0));
  state.SetLabel(kBackendNames[backend]);
  double secs = 0;
  for (auto _ : state) secs += store_all(nullptr, backend, state);
  state.counters["articles/s"] = benchmark::Counter(double(docs().size()), benchmark::Counter::kIsIterationInvariantRate);
  g_rates[std::string("ingest ") + kBackendNames[backend]] = secs > 0 ? double(docs().size() * state.iterations()) / secs : 0;
}

void BM_StoreOnly(benchmark::State& state) {
  Backend backend = static_cast<Backend>(state.range(0));
  state.SetLabel(kBackendNames[backend]);
  std::vector<rasd::Document> processed;
  for (const auto& raw : docs()) processed.push_back(pipeline().run(raw));
  double secs = 0;
  for (auto _ : state) secs += store_all(&processed, backend, state);
  state.counters["articles/s"] = benchmark::Counter(double(docs().size()), benchmark::Counter::kIsIterationInvariantRate);
  g_rates[std::string("store only ") + kBackendNames[backend]] = secs > 0 ? double(docs().size() * state.iterations()) / secs : 0;
}

BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Ingest)->Arg(kSqlite)->Arg(kPostgres)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_StoreOnly)->Arg(kSqlite)->Arg(kPostgres)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  // The measure, from this run: each ingest rate beside extract's.
  double extract = g_rates.count("extract") ? g_rates["extract"] : 0;
  for (const auto& [name, rate] : g_rates) {
    if (extract > 0 && name != "extract")
      std::printf("%-22s %8.1f articles/s = %3.0f%% of extract's %.1f\n", name.c_str(), rate, 100 * rate / extract, extract);
    else if (name == "extract")
      std::printf("%-22s %8.1f articles/s\n", name.c_str(), rate);
  }
  return 0;
}
