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

Article article(std::string text, std::optional<std::string> published, std::string id, std::optional<std::string> title,
                std::optional<std::string> url, std::optional<std::string> outlet) {
  return Article{std::move(id), std::move(text), std::move(published), std::move(title), std::move(url), std::move(outlet)};
}

}  // namespace

PYBIND11_MODULE(_rasd, m) {
  m.doc() = "rasd's engine (use the rasd package, not this module)";
  py::register_exception<EngineError>(m, "EngineError", PyExc_RuntimeError);

  py::class_<Engine>(m, "Engine")
      .def(py::init([](size_t max_document_bytes, bool name_tagger, std::string event_model, bool include_text,
                       bool include_layers) {
             EngineOptions o;
             o.max_document_bytes = max_document_bytes;
             o.name_tagger = name_tagger;
             o.event_model = std::move(event_model);
             o.include_text = include_text;
             o.include_layers = include_layers;
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
           py::arg("name_tagger") = true, py::arg("event_model") = "", py::arg("include_text") = false,
           py::arg("include_layers") = true)
      .def(
          "extract_json",
          [](const Engine& e, std::string text, std::optional<std::string> published, std::string id,
             std::optional<std::string> title, std::optional<std::string> url, std::optional<std::string> outlet) {
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
          "One record as UTF-8 JSON bytes (no newline).")
      .def(
          "extract_jsonl_line",
          [](const Engine& e, std::string line, std::string fallback_id) {
            std::string json;
            {
              py::gil_scoped_release release;
              // As the CLI reads a JSON Lines line: its id, text and metadata, or an error record.
              rasd::RawDocument raw = rasd::io::read_jsonl_record(line, fallback_id);
              json = e.extract_raw(std::move(raw));
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
            rasd_python::StreamStats stats;
            {
              py::gil_scoped_release release;
              stats = e.extract_stream(
                  source, name, f,
                  [&](const std::string& json, size_t events, bool failed) {
                    py::gil_scoped_acquire gil;
                    try {
                      sink(py::bytes(json), events, failed);
                    } catch (py::error_already_set& err) {
                      sink_error.emplace(std::move(err));
                    }
                  },
                  [&] { return !sink_error; });
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
