// End-to-end speed of `rasd extract` (issue 19): MB/s and articles/s over the first
// RASD_BENCH_MB (default 21) megabytes of ../shared/corpus/news-ar.jsonl.zst (via zstdcat; the
// bundled examples, repeated, when the corpus is absent), at 1 and 2 threads (RASD_BENCH_THREADS,
// e.g. "1,2,4"), each beside a same-run reference: reading and parsing the same JSON Lines alone
// (the readers' own parser), so that a figure means something on a busy machine. Also: CPU time
// (on a shared machine wall time lies; CPU time per MB does not), peak RSS, the time to create
// the engine, the CLI's start-up on empty input and on one short article, and whether the
// output at every thread count is byte-identical to one thread's.
//
//   build/extract_bench                 RASD_BENCH_MB=5 RASD_BENCH_THREADS=1,2 build/extract_bench
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/io/jsonl_reader.h"
#include "rasd/rasd.h"

namespace {

using Clock = std::chrono::steady_clock;

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

std::string read_slice(size_t budget, std::string& from) {
  std::string corpus = std::string(RASD_SOURCE_DIR) + "/../shared/corpus/news-ar.jsonl.zst";
  std::string out;
  if (std::ifstream(corpus)) {
    from = corpus;
    std::string cmd = "zstdcat '" + corpus + "' 2>/dev/null";
    if (FILE* p = popen(cmd.c_str(), "r")) {
      std::vector<char> buf(1 << 16);
      size_t n;
      while (out.size() < budget && (n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
      pclose(p);
    }
  }
  if (out.empty()) {
    from = "examples/articles.jsonl, repeated";
    std::ifstream f(std::string(RASD_SOURCE_DIR) + "/examples/articles.jsonl");
    std::stringstream s;
    s << f.rdbuf();
    while (out.size() < budget && !s.str().empty()) out += s.str();
  }
  if (out.size() > budget) out.resize(budget);
  size_t last = out.rfind('\n');  // whole lines only
  out.resize(last == std::string::npos ? 0 : last + 1);
  return out;
}

struct Run {
  double wall = 0, cpu = 0;
  size_t records = 0;
  uint64_t hash = 0;
};

// Reading and parsing the JSON alone: the reference every other figure stands beside.
Run reference(const std::string& input) {
  Run r;
  auto t0 = Clock::now();
  double c0 = cpu_seconds();
  size_t begin = 0;
  while (begin < input.size()) {
    size_t end = input.find('\n', begin);
    if (end == std::string::npos) end = input.size();
    rasd::RawDocument raw = rasd::io::read_jsonl_record(std::string_view(input).substr(begin, end - begin), "x");
    r.hash += raw.text.size();
    ++r.records;
    begin = end + 1;
  }
  r.cpu = cpu_seconds() - c0;
  r.wall = std::chrono::duration<double>(Clock::now() - t0).count();
  return r;
}

Run extract(const rasd::Engine& engine, const std::string& input, unsigned threads) {
  Run r;
  rasd::io::ExtractConfig config;
  config.format = rasd::io::InputFormat::kJsonl;
  config.threads = threads;
  rasd::io::RecordOutput output;
  output.render = [](const rasd::Document& d, std::string& out) { rasd::io::write_record(d, {}, out); };
  output.write = [&](std::string_view bytes) {
    for (unsigned char c : bytes) r.hash = (r.hash ^ c) * 1099511628211ull;  // FNV-1a of the output
  };
  r.hash = 14695981039346656037ull;
  auto t0 = Clock::now();
  double c0 = cpu_seconds();
  rasd::io::Extractor extractor(engine.pipeline(), config, output);
  std::istringstream in(input);
  extractor.read(in, "bench");
  extractor.finish();
  r.cpu = cpu_seconds() - c0;
  r.wall = std::chrono::duration<double>(Clock::now() - t0).count();
  r.records = extractor.stats().records;
  return r;
}

// Median wall time of `rasd extract` on the given stdin, over a few runs (a fresh process each).
double cli_startup(const std::string& rasd, const std::string& stdin_path) {
  std::vector<double> times;
  for (int i = 0; i < 5; ++i) {
    std::fflush(nullptr);  // the child must not write our buffered output again
    auto t0 = Clock::now();
    pid_t pid = fork();
    if (pid == 0) {
      int in = open(stdin_path.c_str(), O_RDONLY), out = open("/dev/null", O_WRONLY);
      if (in < 0 || out < 0) _exit(127);
      dup2(in, 0);
      dup2(out, 1);
      execl(rasd.c_str(), rasd.c_str(), "extract", "--threads", "1", static_cast<char*>(nullptr));
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) return -1;
    times.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main() {
  const char* mb_env = std::getenv("RASD_BENCH_MB");
  size_t mb = mb_env ? std::strtoul(mb_env, nullptr, 10) : 21;
  std::vector<unsigned> thread_counts;
  {
    std::string list = std::getenv("RASD_BENCH_THREADS") ? std::getenv("RASD_BENCH_THREADS") : "1,2";
    std::stringstream s(list);
    for (std::string item; std::getline(s, item, ',');)
      if (unsigned n = std::strtoul(item.c_str(), nullptr, 10)) thread_counts.push_back(n);
  }
  std::string from;
  std::string input = read_slice(mb << 20, from);
  const double in_mb = input.size() / 1048576.0;
  std::printf("input: %.1f MB of %s\n", in_mb, from.c_str());

  // Start-up: the CLI on empty input (models and dictionary loaded, nothing else), then on one
  // short article (the tables every stage builds on first use as well).
  // The CLI beside this program (both land in the build directory), or $RASD_BIN.
  std::string rasd = std::getenv("RASD_BIN") ? std::getenv("RASD_BIN") : "";
  if (rasd.empty()) {
    std::string self(4096, '\0');
    ssize_t n = readlink("/proc/self/exe", self.data(), self.size());
    self.resize(n > 0 ? static_cast<size_t>(n) : 0);
    rasd = self.substr(0, self.rfind('/') + 1) + "rasd";
  }
  std::string empty = "/dev/null", one = "/tmp/rasd_bench_one_" + std::to_string(getpid()) + ".txt";
  std::ofstream(one) << "أعلنت الشرطة اعتقال رجلين في المدينة.\n";
  double s_empty = cli_startup(rasd, empty), s_one = cli_startup(rasd, one);
  std::remove(one.c_str());
  std::printf("start-up (rasd extract, median of 5): empty input %.3f s, one short article %.3f s\n", s_empty, s_one);

  auto t0 = Clock::now();
  std::string error;
  auto engine = rasd::Engine::create({}, &error);
  if (!engine) {
    std::fprintf(stderr, "extract_bench: %s\n", error.c_str());
    return 2;
  }
  std::printf("Engine::create: %.3f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
  extract(*engine, input.substr(0, input.find('\n') + 1), 1);  // warm the lazily built tables

  std::printf("%-22s %8s %8s %9s %10s %11s %12s %9s\n", "run", "wall s", "CPU s", "MB/s", "arts/s", "MB/CPU-s",
              "x reference", "RSS MB");
  auto line = [&](const std::string& name, const Run& r, const Run& ref) {
    std::printf("%-22s %8.2f %8.2f %9.2f %10.1f %11.2f %12.1f %9.0f\n", name.c_str(), r.wall, r.cpu, in_mb / r.wall,
                r.records / r.wall, in_mb / r.cpu, r.wall / ref.wall, peak_rss_mb());
  };
  Run first_ref = reference(input);
  line("reference (JSON only)", first_ref, first_ref);
  std::vector<Run> runs;
  for (unsigned n : thread_counts) {
    Run ref = reference(input);  // beside each run: the machine's state at that moment
    Run r = extract(*engine, input, n);
    runs.push_back(r);
    line("extract, " + std::to_string(n) + " thread" + (n > 1 ? "s" : ""), r, ref);
  }
  for (size_t i = 1; i < runs.size(); ++i)
    std::printf("%u threads: speed-up %.2fx wall, CPU %.2fx of one thread's, output %s one thread's\n",
                thread_counts[i], runs[0].wall / runs[i].wall, runs[i].cpu / runs[0].cpu,
                runs[i].hash == runs[0].hash && runs[i].records == runs[0].records ? "identical to" : "DIFFERENT from");
  std::printf("peak RSS %.0f MB (the input held in memory: %.0f MB)\n", peak_rss_mb(), in_mb);
  return 0;
}
