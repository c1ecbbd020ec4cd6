// The public interface (include/rasd/rasd.h) and the threaded extract path: an Engine refuses
// missing or malformed models instead of running weaker; its record is byte for byte the one
// `rasd extract` writes; concurrent calls and any thread count give the same bytes as one thread,
// in input order, with a bounded window, and a stop ends the run without losing order.
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/rasd.h"

namespace rasd {
namespace {

// Short news items written for these tests (none from the gold or the corpus).
const std::vector<std::string> kTexts = {
    "قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة قرب سوق شعبي في مدينة الموصل يوم الأحد.",
    "اعتقلت قوات الأمن خمسة متظاهرين في العاصمة عمان بعد احتجاجات على ارتفاع أسعار الوقود.",
    "قال وزير الخارجية المصري إن بلاده ترفض أي تدخل عسكري في ليبيا، داعيا إلى حوار بين الأطراف.",
    "تظاهر مئات الطلاب أمام مبنى البرلمان في بيروت مطالبين بإصلاح النظام التعليمي.",
    "شنت طائرات حربية غارات على مواقع في ريف إدلب، ما أسفر عن مقتل سبعة مدنيين بحسب ناشطين.",
    "وقع البلدان اتفاقا للتعاون التجاري خلال زيارة الرئيس التونسي إلى الجزائر أمس.",
    "text in English only, with no Arabic letter at all",
    "",
};

std::string temp_path(const std::string& name) {
  return ::testing::TempDir() + "rasd_engine_" + name + "_" + std::to_string(::getpid());
}

void write_file(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string json_line(const Article& a) {
  std::string line = "{\"id\":";
  io::append_json_string(line, a.id);
  line += ",\"text\":";
  io::append_json_string(line, a.text);
  if (!a.published.empty()) line += ",\"published\":", io::append_json_string(line, a.published);
  if (!a.title.empty()) line += ",\"title\":", io::append_json_string(line, a.title);
  if (!a.outlet.empty()) line += ",\"outlet\":", io::append_json_string(line, a.outlet);
  if (!a.url.empty()) line += ",\"url\":", io::append_json_string(line, a.url);
  return line + "}\n";
}

std::vector<Article> articles() {
  std::vector<Article> out;
  for (size_t i = 0; i < kTexts.size(); ++i) {
    Article a;
    a.id = "t" + std::to_string(i);
    a.text = kTexts[i];
    if (i % 2 == 0) a.published = "2021-04-1" + std::to_string(i % 10);
    if (i % 3 == 0) a.title = "خبر " + std::to_string(i);
    if (i == 1) a.outlet = "test-outlet", a.url = "https://example.org/1";
    out.push_back(a);
  }
  return out;
}

std::unique_ptr<Engine> make(EngineOptions options = {}) {
  std::string error;
  auto engine = Engine::create(options, &error);
  EXPECT_TRUE(engine) << error;
  return engine;
}

// ---- create(): what is missing or bad is an error, named

TEST(EngineTest, ShippedModelsLoad) {
  std::string error = "untouched";
  auto engine = Engine::create({}, &error);
  ASSERT_TRUE(engine) << error;
  EXPECT_TRUE(engine->options().name_tagger);
}

TEST(EngineTest, MissingEventModelIsAnError) {
  EngineOptions o;
  o.event_model = temp_path("no_such_model");
  std::string error;
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_NE(error.find(o.event_model), std::string::npos) << error;
  EXPECT_FALSE(Engine::create(o, nullptr));  // no error string wanted: still refused
}

TEST(EngineTest, MalformedEventModelIsAnError) {
  EngineOptions o;
  o.event_model = temp_path("bad_events");
  write_file(o.event_model, "this is not a model\n1 2 3\n");
  std::string error;
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_NE(error.find("event filter"), std::string::npos) << error;
  std::remove(o.event_model.c_str());
}

TEST(EngineTest, EventFilterOffNeedsNoFile) {
  EngineOptions o;
  o.event_model = "none";
  EXPECT_TRUE(make(o));
}

// The status classifier is chosen like the event filter: a file that cannot be read is refused,
// "none" needs none, and the choice (not the environment) decides the output.
TEST(EngineTest, MissingOrMalformedStatusModelIsAnError) {
  EngineOptions o;
  o.status_model = temp_path("no_such_status_model");
  std::string error;
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_NE(error.find("status model"), std::string::npos) << error;
  EXPECT_NE(error.find(o.status_model), std::string::npos) << error;
  o.status_model = temp_path("bad_status");
  write_file(o.status_model, "this is not a model\n1 2 3\n");
  error.clear();
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_NE(error.find("status model"), std::string::npos) << error;
  std::remove(o.status_model.c_str());
  o.status_model = "none";
  EXPECT_TRUE(make(o));
}

TEST(EngineTest, StatusModelOptionDecidesTheReading) {
  // A model with one feature weighted down everywhere: every report it scores becomes generic.
  EngineOptions rules, harsh;
  rules.event_model = harsh.event_model = "none";
  rules.status_model = "none";
  harsh.status_model = temp_path("harsh_status");
  write_file(harsh.status_model, "rasd-events-filter 1\nfeatures 1\nthreshold 0\noptions test\nbias\t-100.0000\n");
  std::string error;
  auto a = Engine::create(rules, &error);
  ASSERT_TRUE(a) << error;
  auto b = Engine::create(harsh, &error);
  ASSERT_TRUE(b) << error;
  Article art;
  art.text = "قصفت الطائرات القرية أمس فقتلت ثلاثة مدنيين.";
  art.published = "2023-06-10";
  std::string ra = a->extract_json(art), rb = b->extract_json(art);
  EXPECT_EQ(ra.find("\"modality\":\"generic\""), std::string::npos) << ra;
  EXPECT_NE(rb.find("\"modality\":\"generic\""), std::string::npos) << rb;
  std::remove(harsh.status_model.c_str());
}

TEST(EngineTest, MissingOrMalformedNameModelIsAnError) {
  EngineOptions o;
  o.name_model = temp_path("no_such_ner");
  std::string error;
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_NE(error.find("name tagger"), std::string::npos) << error;
  o.name_model = temp_path("bad_ner");
  write_file(o.name_model, std::string(64, 'x'));
  error.clear();
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_FALSE(error.empty());
  // With the tagger off its model is never read.
  o.name_tagger = false;
  EXPECT_TRUE(make(o));
  std::remove(o.name_model.c_str());
}

TEST(EngineTest, ZeroSizeLimitIsAnError) {
  EngineOptions o;
  o.max_document_bytes = 0;
  std::string error;
  EXPECT_FALSE(Engine::create(o, &error));
  EXPECT_FALSE(error.empty());
}

// ---- one call, the CLI's record

// What `rasd extract --format jsonl` writes for these articles: the Extractor over JSON lines.
std::vector<std::string> extractor_records(const Engine& engine, const std::vector<Article>& in, unsigned threads,
                                           size_t window = 0) {
  std::string input;
  for (const Article& a : in) input += json_line(a);
  io::ExtractConfig config;
  config.format = io::InputFormat::kJsonl;
  config.threads = threads;
  config.window = window;
  io::WriteOptions write;
  write.include_text = engine.options().include_text;
  std::vector<std::string> out;
  io::RecordOutput output;
  output.render = [&](const Document& d, std::string& bytes) { io::write_record(d, write, bytes); };
  output.write = [&](std::string_view bytes) { out.emplace_back(bytes); };
  io::Extractor extractor(engine.pipeline(), config, output);
  std::istringstream stream(input);
  extractor.read(stream, "mem");
  extractor.finish();
  EXPECT_EQ(extractor.stats().records, in.size());
  return out;
}

TEST(EngineTest, ExtractJsonIsTheRecordExtractWrites) {
  for (bool include_text : {false, true}) {
    EngineOptions o;
    o.include_text = include_text;
    auto engine = make(o);
    ASSERT_TRUE(engine);
    std::vector<Article> in = articles();
    std::vector<std::string> cli = extractor_records(*engine, in, 1);
    ASSERT_EQ(cli.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      std::string record = engine->extract_json(in[i]);
      EXPECT_EQ(record, cli[i]) << in[i].id;
      EXPECT_EQ(record.back(), '\n');
      EXPECT_EQ(record.find('\n'), record.size() - 1);  // one line
      std::string whole = "\"text\":";
      io::append_json_string(whole, in[i].text);
      EXPECT_EQ(include_text, record.find(whole) != std::string::npos) << record.substr(0, 200);
    }
  }
}

TEST(EngineTest, DocumentHasTheLayers) {
  auto engine = make();
  ASSERT_TRUE(engine);
  Article a = articles()[0];
  Document doc = engine->extract(a);
  EXPECT_EQ(doc.id, a.id);
  EXPECT_FALSE(doc.tokens.empty());
  EXPECT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.published);
  EXPECT_EQ(engine->to_json(doc), engine->extract_json(a));
  // Bad input is the record's errors, never an exception.
  Article bad;
  bad.id = "bad";
  bad.text = std::string("\xFF\xFE\xC0", 3) + kTexts[1];
  bad.published = "not-a-date";
  Document d = engine->extract(bad);
  EXPECT_FALSE(d.errors.empty());
  EXPECT_FALSE(d.failed());
}

TEST(EngineTest, ConcurrentCallsGiveTheSequentialRecords) {
  auto engine = make();
  ASSERT_TRUE(engine);
  std::vector<Article> in = articles();
  std::vector<std::string> want;
  for (const Article& a : in) want.push_back(engine->extract_json(a));
  constexpr int kThreads = 4, kRounds = 3;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRounds; ++r)
        for (size_t i = 0; i < in.size(); ++i) got[t].push_back(engine->extract_json(in[(i + t) % in.size()]));
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t)
    for (size_t k = 0; k < got[t].size(); ++k) EXPECT_EQ(got[t][k], want[(k % in.size() + t) % in.size()]);
}

// ---- --threads: the same bytes, in order, at any count and window

std::string examples_jsonl() {
  std::ifstream f(std::string(RASD_SOURCE_DIR) + "/examples/articles.jsonl");
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// Runs the extract path over `input` (JSON Lines) and returns all output and the stats.
std::string run_jsonl(const Pipeline& pipeline, const std::string& input, unsigned threads, size_t window,
                      io::ExtractStats* stats = nullptr) {
  io::ExtractConfig config;
  config.format = io::InputFormat::kJsonl;
  config.threads = threads;
  config.window = window;
  std::string out;
  io::RecordOutput output;
  output.render = [](const Document& d, std::string& bytes) { io::write_record(d, {}, bytes); };
  output.write = [&](std::string_view bytes) { out += bytes; };
  io::Extractor extractor(pipeline, config, output);
  std::istringstream a(input), b(input);
  extractor.read(a, "first");
  extractor.read(b, "second");  // two inputs: ids and order run on across them
  extractor.finish();
  if (stats) *stats = extractor.stats();
  return out;
}

TEST(ExtractThreadsTest, SameBytesAtAnyThreadCountAndWindow) {
  auto engine = make();
  ASSERT_TRUE(engine);
  std::string input = examples_jsonl();
  for (const Article& a : articles()) input += json_line(a);
  // Records that fail or carry errors keep them, in their place.
  input += "{\"id\":\"broken\",\"text\":\n\n[1,2]\n{\"id\":\"no-text\"}\n";
  input += json_line(articles()[4]);
  io::ExtractStats one_stats;
  std::string one = run_jsonl(engine->pipeline(), input, 1, 0, &one_stats);
  ASSERT_GT(one_stats.records, 10u);
  ASSERT_GT(one_stats.failed, 0u);
  for (unsigned threads : {2u, 3u, 5u})
    for (size_t window : {size_t{0}, size_t{1}, size_t{2}, size_t{7}}) {
      io::ExtractStats stats;
      EXPECT_EQ(run_jsonl(engine->pipeline(), input, threads, window, &stats), one)
          << threads << " threads, window " << window;
      EXPECT_EQ(stats.records, one_stats.records);
      EXPECT_EQ(stats.failed, one_stats.failed);
    }
}

TEST(ExtractThreadsTest, SinkGetsDocumentsInInputOrderOneAtATime) {
  auto engine = make();
  ASSERT_TRUE(engine);
  std::string input;
  for (int round = 0; round < 4; ++round)
    for (const Article& a : articles()) {
      Article b = a;
      b.id += "-" + std::to_string(round);
      input += json_line(b);
    }
  io::ExtractConfig config;
  config.format = io::InputFormat::kJsonl;
  config.threads = 3;
  std::vector<std::string> ids;
  std::atomic<int> inside{0};
  bool overlapped = false;
  io::Extractor extractor(engine->pipeline(), config, [&](const Document& d) {
    if (inside.fetch_add(1) != 0) overlapped = true;
    ids.push_back(d.id);
    inside.fetch_sub(1);
  });
  std::istringstream s(input);
  extractor.read(s, "mem");
  extractor.finish();
  EXPECT_FALSE(overlapped);
  ASSERT_EQ(ids.size(), 4 * articles().size());
  for (size_t i = 0; i < ids.size(); ++i)
    EXPECT_EQ(ids[i], articles()[i % articles().size()].id + "-" + std::to_string(i / articles().size()));
}

TEST(ExtractThreadsTest, StopInTheSinkEndsTheRunAtThatRecord) {
  auto engine = make();
  ASSERT_TRUE(engine);
  std::string input;
  for (int round = 0; round < 5; ++round)
    for (const Article& a : articles()) input += json_line(a);
  for (unsigned threads : {1u, 2u, 4u}) {
    io::ExtractConfig config;
    config.format = io::InputFormat::kJsonl;
    config.threads = threads;
    std::vector<std::string> written;
    io::Extractor* running = nullptr;
    io::RecordOutput output;
    output.render = [](const Document& d, std::string& bytes) { bytes = d.id; };
    output.write = [&](std::string_view bytes) {
      written.emplace_back(bytes);
      if (written.size() == 3) running->stop();  // the third write "fails"
    };
    io::Extractor extractor(engine->pipeline(), config, output);
    running = &extractor;
    std::istringstream s(input);
    extractor.read(s, "mem");
    extractor.finish();
    EXPECT_TRUE(extractor.stopped());
    ASSERT_EQ(written.size(), 3u) << threads;  // nothing after the stop
    EXPECT_EQ(written, (std::vector<std::string>{"t0", "t1", "t2"}));
    EXPECT_EQ(extractor.stats().records, 3u);
  }
}

}  // namespace
}  // namespace rasd
