// The statistical name tagger: model load time and the resident memory it adds (measured once,
// before any benchmark), and tagging throughput in tokens per second on tokenised text (the
// pipeline's earlier stages are run outside the timed loop).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "rasd/actors/ner/name_tagger.h"
#include "rasd/pipeline.h"
#include "rasd/text/lexicon.h"
#include "rasd/geo/gazetteer.h"

namespace {

long rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

struct LoadFigures {
  LoadFigures() {
    // The gazetteer and lexicon are shared with other stages: load them first so the figures
    // are the model's own.
    rasd::geo::Gazetteer::get();
    rasd::text::ArabicLexicon::get().known("كتاب");
    long before = rss_kb();
    auto t0 = std::chrono::steady_clock::now();
    const auto* m = rasd::actors::default_name_model();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (m)
      std::fprintf(stderr, "ner model: %zu features loaded in %.1f ms, +%.1f MB resident (%s)\n", m->features(), ms,
                   (rss_kb() - before) / 1024.0, rasd::actors::name_model_path().c_str());
    else
      std::fprintf(stderr, "ner model: not loaded: %s\n", rasd::actors::name_model_error().c_str());
  }
};
const LoadFigures kLoad;

// News-like paragraphs written for this benchmark, with names of every kind.
const char* kParagraph =
    "وقال الرئيس الكازاخي قاسم جومارت توكاييف في كلمة متلفزة إن قوات الأمن استعادت السيطرة على "
    "مطار ألماتي، فيما أعلنت وزارة الداخلية اعتقال عشرات المحتجين. وأضاف المتحدث باسم منظمة معاهدة "
    "الأمن الجماعي أن قوات من روسيا وبيلاروسيا وصلت إلى العاصمة نور سلطان. ونقلت وكالة رويترز عن "
    "مسؤول في حزب نور أوتان أن الحكومة ستجتمع غدا لبحث أسعار الوقود.\n";

void BM_TagNames(benchmark::State& state) {
  const auto* model = rasd::actors::default_name_model();
  if (!model) { state.SkipWithError("no model"); return; }
  rasd::Pipeline pipeline;
  rasd::RawDocument raw;
  for (int i = 0; i < 20; ++i) raw.text += kParagraph;
  rasd::Document doc = pipeline.run(raw);
  rasd::actors::tag_names(doc, *model);  // warm the lexicon cache: news repeats its words
  for (auto _ : state) {
    rasd::actors::tag_names(doc, *model);
    benchmark::DoNotOptimize(doc.name_candidates.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * doc.tokens.size()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagNames)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
