#include "clusters_command.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "event_filters.h"
#include "rasd/store/cluster_json.h"
#include "rasd/store/store.h"

namespace rasd::cli {
namespace {

struct ClustersArgs {
  std::string db = "rasd.db";
  size_t min_articles = 2;
  EventFilterArgs filters;
};

int run(ClustersArgs a) {
  if (int rc = check_event_filters(a.filters, "rasd clusters")) return rc;
  std::unique_ptr<store::Store> db;
  store::StoreOptions options;
  options.read_only = true;
  if (store::Status s = store::open_store(a.db, options, db); !s) {
    std::fprintf(stderr, "rasd clusters: %s\n", s.message.c_str());
    return 3;
  }
  std::vector<store::StoredEvent> events;
  if (store::Status s = db->query(a.filters.q, [&](const store::StoredEvent& e) { events.push_back(e); }); !s) {
    std::fprintf(stderr, "rasd clusters: %s\n", s.message.c_str());
    return 3;
  }
  std::string out;
  store::append_clusters_jsonl(events, store::stored_clusters(events), a.min_articles, out);
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "rasd clusters: cannot write the output\n");
    return 3;
  }
  return 0;
}

}  // namespace

void add_clusters_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ClustersArgs>();
  CLI::App* cmd = app.add_subcommand(
      "clusters",
      "Print the happenings that several articles tell, from a store's events: one JSON line per\n"
      "group (cluster_id = its first report's event id, type, articles, outlets, first_report, the\n"
      "member events, and each role's figures from every member side by side), as the store\n"
      "labelled them at ingest (query's cluster_id). Events group when\n"
      "they are of one type and status, dated within a day, at one spot or in places one inside the\n"
      "other with a party named by both (HACKING.md). The grouping labels; it never merges events.\n"
      "The filters of `rasd query` choose the events grouped (asserted only by default).\n"
      "Exit status: 0 done; 2 usage error; 3 store or output error.");
  cmd->add_option("--db", args->db, "Store: a SQLite file PATH or sqlite:PATH, or postgresql://...")
      ->capture_default_str();
  cmd->add_option("--min-articles", args->min_articles, "Print groups of at least this many articles (1: all)")
      ->check(CLI::PositiveNumber)->capture_default_str();
  add_event_filters(cmd, args->filters);
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli
