// The compiled half of `import rasd` (python/rasd/__init__.py is the Python half, which checks
// argument types and turns records into dicts). Every call that runs the engine releases the GIL,
// so other Python threads run meanwhile; a streamed input takes the GIL back only to read a chunk
// from its Python file object or to hand a record to the Python sink.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>

#include "engine_adapter.h"
#include "rasd/io/byte_source.h"
#include "rasd/io/extract.h"
#include "rasd/io/jsonl_reader.h"

namespace py = pybind11;
using rasd_python::Article;
using rasd_python::Engine;
using rasd_python::EngineOptions;

namespace {

struct EngineError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A Python binary file object as the engine's byte source. A Python exception in read() ends the
// input (as an I/O error ends a file for the CLI) and is raised again once the engine is done.
class PyFileSource final : public rasd::io::ByteSource {
 public:
  explicit PyFileSource(py::object file) : read_(file.attr("read")) {}
  size_t read(char* buf, size_t n) override {
    if (error_) return 0;
    py::gil_scoped_acquire gil;
    try {
      py::object chunk = read_(n);
      if (!PyBytes_Check(chunk.ptr())) throw py::type_error("the input must be a binary file (opened with 'rb')");
      char* data = nullptr;
      Py_ssize_t size = 0;
      PyBytes_AsStringAndSize(chunk.ptr(), &data, &size);
      if (static_cast<size_t>(size) > n) throw py::value_error("read(n) returned more than n bytes");
      std::memcpy(buf, data, static_cast<size_t>(size));
      return static_cast<size_t>(size);
    } catch (py::error_already_set& e) {
      error_.emplace(std::move(e));
    } catch (const py::builtin_exception& e) {
      e.set_error();
      error_.emplace();
    }
    return 0;
  }
  bool failed() const override { return error_.has_value(); }
  std::optional<py::error_already_set>& error() { return error_; }

 private:
  py::object read_;
  std::optional<py::error_already_set> error_;
};

using Field = std::optional<std::string>;

Article article(std::string text, Field published, std::string id, Field title, Field url, Field outlet) {
  return Article{std::move(id), std::move(text), published.value_or(""), title.value_or(""), url.value_or(""),
                 outlet.value_or("")};
}

// One line as the CLI reads a JSON Lines line (its id, text and metadata, or an error record),
// run as io::Extractor runs it.
std::string extract_line(const Engine& e, const std::string& line, const std::string& fallback_id) {
  rasd::RawDocument raw = rasd::io::read_jsonl_record(line, fallback_id);
  std::string id = raw.id;
  try {
    return e.to_json(e.pipeline().run(std::move(raw)));
  } catch (const std::bad_alloc&) {
    rasd::Document doc;
    doc.id = std::move(id);
    doc.add_error("out-of-memory", "the record could not be processed within the memory available", std::nullopt, true);
    return e.to_json(doc);
  }
}

struct StreamStats {
  size_t records = 0, failed = 0, events = 0;
};

}  // namespace

PYBIND11_MODULE(_rasd, m) {
  m.doc() = "rasd's engine (use the rasd package, not this module)";
  py::register_exception<EngineError>(m, "EngineError", PyExc_RuntimeError);

  py::class_<Engine>(m, "Engine")
      .def(py::init([](size_t max_document_bytes, bool name_tagger, std::string event_model, std::string status_model,
                           bool include_text) {
             EngineOptions o;
             o.max_document_bytes = max_document_bytes;
             o.name_tagger = name_tagger;
             o.event_model = std::move(event_model);
             o.status_model = std::move(status_model);
             o.include_text = include_text;
             std::string error;
             std::unique_ptr<Engine> engine;
             {
               py::gil_scoped_release release;  // the first engine loads the models
               engine = Engine::create(o, &error);
             }
             if (!engine) throw EngineError(error);
             return engine;
           }),
           py::kw_only(), py::arg("max_document_bytes") = EngineOptions{}.max_document_bytes,
           py::arg("name_tagger") = true, py::arg("event_model") = "",
           py::arg("status_model") = "", py::arg("include_text") = false)
      .def(
          "extract_json",
          [](const Engine& e, std::string text, Field published, std::string id, Field title, Field url, Field outlet) {
            Article a = article(std::move(text), std::move(published), std::move(id), std::move(title), std::move(url),
                                std::move(outlet));
            std::string json;
            {
              py::gil_scoped_release release;
              json = e.extract_json(a);
            }
            return py::bytes(json);
          },
          py::arg("text"), py::arg("published"), py::arg("id"), py::arg("title"), py::arg("url"), py::arg("outlet"),
          "One record as a UTF-8 JSON line (bytes, with its newline).")
      .def(
          "extract_jsonl_line",
          [](const Engine& e, std::string line, std::string fallback_id) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = extract_line(e, line, fallback_id);
            }
            return py::bytes(json);
          },
          py::arg("line"), py::arg("fallback_id"), "One JSON Lines line read as the CLI reads it; the record as bytes.")
      .def(
          "extract_stream",
          [](const Engine& e, py::object file, py::object sink, std::string name, std::string format) {
            rasd::io::InputFormat f;
            if (!rasd::io::parse_input_format(format, f)) throw py::value_error("format must be text, jsonl or html");
            PyFileSource source(file);
            std::optional<py::error_already_set> sink_error;
            StreamStats stats;
            {
              py::gil_scoped_release release;
              rasd::io::ExtractConfig config;
              config.format = f;
              rasd::io::Extractor* running = nullptr;
              rasd::io::Extractor extractor(e.pipeline(), config, [&](const rasd::Document& doc) {
                std::string json = e.to_json(doc);
                stats.events += doc.events.size();
                py::gil_scoped_acquire gil;
                try {
                  sink(py::bytes(json), doc.events.size(), doc.failed());
                } catch (py::error_already_set& err) {
                  sink_error.emplace(std::move(err));
                  running->stop();  // as the CLI stops when its output fails
                }
              });
              running = &extractor;
              extractor.read(source, name);
              stats.records = extractor.stats().records;
              stats.failed = extractor.stats().failed;
            }
            if (sink_error) throw std::move(*sink_error);
            if (source.error()) throw std::move(*source.error());
            py::dict d;
            d["records"] = stats.records;
            d["failed"] = stats.failed;
            d["events"] = stats.events;
            return d;
          },
          py::arg("file"), py::arg("sink"), py::arg("name"), py::arg("format"),
          "Reads a binary file object as `rasd extract --format FORMAT` reads a file named NAME, calling "
          "sink(record_bytes_with_newline, events, failed) per record; returns {records, failed, events}.");
}
