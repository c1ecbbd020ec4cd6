// The input layer below the readers: sniffing an input's encoding and kind, decoding it to UTF-8
// through ICU, splitting JSON Lines, repairing JSON, writing records out, naming inputs.
#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "rasd/io/byte_source.h"
#include "rasd/io/encoding.h"
#include "rasd/io/extract.h"
#include "rasd/io/fd_writer.h"
#include "rasd/io/json_repair.h"
#include "rasd/io/line_reader.h"
#include "rasd/io/sniff.h"
#include "rasd/pipeline.h"
#include "rasd/text/utf8.h"

namespace rasd::io {
namespace {

// UTF-16 code units of valid UTF-8 `s`, as little- or big-endian bytes.
std::string utf16(std::string_view s, bool little) {
  std::string out;
  auto unit = [&](char16_t u) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little ? lo : hi;
    out += little ? hi : lo;
  };
  for (size_t i = 0; i < s.size();) {
    char32_t c = text::next(s, i);
    if (c >= 0x10000) {
      unit(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      unit(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      unit(static_cast<char16_t>(c));
    }
  }
  return out;
}

const std::string kSentence = "أعلنت الحكومة اليوم عن خطة جديدة للنقل في العاصمة.";

// ---- sniff_encoding
TEST(SniffTest, ByteOrderMarks) {
  EXPECT_EQ(sniff_encoding("\xFF\xFE" + utf16("نص", true)).charset, "UTF-16LE");
  EXPECT_EQ(sniff_encoding("\xFF\xFE" + utf16("نص", true)).bom, 2u);
  EXPECT_EQ(sniff_encoding("\xFE\xFF" + utf16("نص", false)).charset, "UTF-16BE");
  EXPECT_EQ(sniff_encoding(std::string("\xFF\xFE\0\0", 4) + "x").charset, "UTF-32LE");
  EXPECT_EQ(sniff_encoding(std::string("\0\0\xFE\xFF", 4)).charset, "UTF-32BE");
  // UTF-8 is the default: its mark is not reported (the text keeps it).
  EXPECT_EQ(sniff_encoding("\xEF\xBB\xBF" + kSentence).charset, "");
}

TEST(SniffTest, Utf16WithoutAMarkByItsPattern) {
  EXPECT_EQ(sniff_encoding(utf16(kSentence, true)).charset, "UTF-16LE");
  EXPECT_EQ(sniff_encoding(utf16(kSentence, false)).charset, "UTF-16BE");
  EXPECT_EQ(sniff_encoding(utf16("{\"text\": \"plain ASCII JSON\"}", true)).charset, "UTF-16LE");
  EXPECT_EQ(sniff_encoding(utf16(kSentence, true)).bom, 0u);
}

TEST(SniffTest, Utf8TextWithNulsIsNotUtf16) {
  EXPECT_EQ(sniff_encoding(kSentence).charset, "");
  EXPECT_EQ(sniff_encoding(std::string("قال", 6) + std::string(1, '\0') + "الوزير" + std::string(1, '\0') +
                           "إن الوضع مستقر").charset,
            "");
  EXPECT_EQ(sniff_encoding("ab").charset, "");  // too short to tell
}

// ---- declared_html_charset
TEST(SniffTest, DeclaredHtmlCharset) {
  EXPECT_EQ(declared_html_charset("<html><head><meta charset=\"windows-1256\"><title>x</title>"), "windows-1256");
  EXPECT_EQ(declared_html_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-6\">"),
            "iso-8859-6");
  EXPECT_EQ(declared_html_charset("<meta charset='utf-8'/>"), "utf-8");
  EXPECT_EQ(declared_html_charset("<meta name=\"description\" content=\"charset\"><p>charset=x</p>"), "");
  EXPECT_EQ(declared_html_charset("<p>no declaration</p>"), "");
  // Beyond the sniffed head, a declaration is not looked for.
  EXPECT_EQ(declared_html_charset(std::string(kSniffBytes, ' ') + "<meta charset=\"windows-1256\">"), "");
}

TEST(SniffTest, MostlyUtf8) {
  EXPECT_TRUE(mostly_utf8(kSentence));
  EXPECT_TRUE(mostly_utf8(kSentence + "\xC7\xE1"));  // a UTF-8 page with two stray bytes
  EXPECT_FALSE(mostly_utf8("\xC3\xDB\xE1\xDE\xCA\x20\xC7\xE1\xC8\xE1\xCF\xED\xC9"));  // windows-1256 Arabic
  EXPECT_FALSE(mostly_utf8("plain ASCII"));  // nothing multi-byte either way
}

// ---- looks_binary
TEST(SniffTest, BinaryIsControlBytes) {
  std::string elf = "\x7F" "ELF";
  for (int i = 0; i < 200; ++i) elf += std::string("\x02\x01\x01\0\0\0\0\0", 8) + "abc";
  EXPECT_TRUE(looks_binary(elf));
  std::string noise;
  uint32_t x = 12345;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((x = x * 1103515245 + 12345) >> 24);
  EXPECT_TRUE(looks_binary(noise));
  // Text in any ASCII-compatible encoding, line ends and tabs included, is not binary.
  EXPECT_FALSE(looks_binary(kSentence + "\r\n\t" + kSentence + "\f"));
  std::string cp1256(2000, '\xC7');  // legacy code page bytes are invalid UTF-8 but not controls
  EXPECT_FALSE(looks_binary(cp1256));
  // A few stray controls in a text do not make it binary.
  EXPECT_FALSE(looks_binary("قال" + std::string(1, '\0') + "الوزير" + std::string(1, '\x01')));
}

// ---- decode (ICU)
TEST(EncodingTest, DecodesLegacyArabicCodePages) {
  // «سلام» in windows-1256 and in ISO-8859-6 (different byte values for the same letters).
  Decoded w = decode("\xD3\xE1\xC7\xE3", "windows-1256");
  ASSERT_TRUE(w.ok);
  EXPECT_EQ(w.text, "سلام");
  EXPECT_EQ(w.replaced, 0u);
  Decoded iso = decode("\xD3\xE4\xC7\xE5", "iso-8859-6");
  ASSERT_TRUE(iso.ok);
  EXPECT_EQ(iso.text, "سلام");
  EXPECT_TRUE(known_charset("cp1256"));
  EXPECT_EQ(canonical_charset("cp1256"), canonical_charset("windows-1256"));
}

TEST(EncodingTest, UnknownCharsetAndUnmappableBytes) {
  EXPECT_FALSE(known_charset("no-such-charset"));
  EXPECT_FALSE(known_charset(""));
  EXPECT_FALSE(decode("abc", "no-such-charset").ok);
  // ISO-8859-6 leaves 0xA1 unassigned: it becomes U+FFFD and is counted.
  Decoded d = decode("\xD3\xA1\xD3", "iso-8859-6");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "س\uFFFDس");
  EXPECT_EQ(d.replaced, 1u);
  // A lone surrogate in UTF-16 likewise.
  Decoded u = decode(std::string("\x41\x00\x00\xD8\x42\x00", 6), "UTF-16LE");
  EXPECT_EQ(u.text, "A\uFFFDB");
  EXPECT_EQ(u.replaced, 1u);
}

TEST(EncodingTest, StreamingDecoderAcrossSmallReads) {
  std::string bytes = utf16(kSentence + "\n" + "😀" + kSentence, true);
  std::istringstream in(bytes);
  StreamSource stream(in);
  DecodingSource dec(stream, "UTF-16LE");
  std::string out;
  char buf[3];  // smaller than a code point's UTF-8: the decoder keeps the rest for the next read
  for (size_t n; (n = dec.read(buf, sizeof buf)) > 0;) out.append(buf, n);
  EXPECT_EQ(out, kSentence + "\n" + "😀" + kSentence);
  EXPECT_EQ(dec.replaced(), 0u);
  EXPECT_FALSE(dec.failed());
}

// ---- byte sources
TEST(ByteSourceTest, ReadAtMostStopsAtTheBound) {
  std::istringstream in(std::string(1000, 'a'));
  StreamSource s(in);
  std::string out;
  EXPECT_TRUE(read_at_most(s, 100, out));
  EXPECT_EQ(out.size(), 100u);
  std::istringstream small("abc");
  StreamSource t(small);
  out.clear();
  EXPECT_FALSE(read_at_most(t, 100, out));
  EXPECT_EQ(out, "abc");
  std::istringstream rest("def");
  StreamSource r(rest);
  PrefixSource p("abc", r);
  out.clear();
  EXPECT_FALSE(read_at_most(p, 10, out));
  EXPECT_EQ(out, "abcdef");
}

// ---- LineReader
std::vector<Line> lines_of(std::string bytes, size_t max_line = 100, size_t max_skip = 1000) {
  std::istringstream in(bytes);
  StreamSource s(in);
  LineReader r(s, max_line, max_skip);
  std::vector<Line> out;
  for (Line l; r.next(l);) out.push_back(l);
  return out;
}

TEST(LineReaderTest, LfCrLfAndLoneCrEndLines) {
  auto l = lines_of("a\nb\r\nc\rd");
  ASSERT_EQ(l.size(), 4u);
  EXPECT_EQ(l[0].bytes, "a");
  EXPECT_EQ(l[1].bytes, "b");
  EXPECT_EQ(l[2].bytes, "c");
  EXPECT_EQ(l[3].bytes, "d");
  EXPECT_EQ(l[3].number, 4u);  // CR-LF is one line end, not two
  EXPECT_EQ(lines_of("a\r\n\r\nb").size(), 3u);  // an empty line between is still a line
  EXPECT_TRUE(lines_of("").empty());
  EXPECT_EQ(lines_of("x\n").size(), 1u);
}

TEST(LineReaderTest, CrLfSplitAcrossReadChunks) {
  // The 64 KiB chunk boundary falls between CR and LF: still one line end.
  std::string first((64 << 10) - 1, 'a');
  auto l = lines_of(first + "\r\nb", 1 << 20);
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[1].bytes, "b");
}

TEST(LineReaderTest, ByteOrderMarkDroppedOnAnyLine) {
  auto l = lines_of("\xEF\xBB\xBF{}\n\xEF\xBB\xBF{}\nx\xEF\xBB\xBF");
  ASSERT_EQ(l.size(), 3u);
  EXPECT_EQ(l[0].bytes, "{}");
  EXPECT_EQ(l[1].bytes, "{}");
  EXPECT_EQ(l[2].bytes, "x\xEF\xBB\xBF");  // only at the start of a line
}

TEST(LineReaderTest, LongLinesAreCutAndTheRestSkipped) {
  auto l = lines_of(std::string(250, 'x') + "\nnext\n", 100, 1000);
  ASSERT_EQ(l.size(), 2u);
  EXPECT_TRUE(l[0].cut);
  EXPECT_FALSE(l[0].abandoned);
  EXPECT_EQ(l[0].bytes.size(), 100u);
  EXPECT_EQ(l[1].bytes, "next");
  EXPECT_EQ(l[1].number, 2u);
  // No line end within the skip allowance: the input is given up after this line.
  auto g = lines_of(std::string(5000, 'x') + "\nnever\n", 100, 1000);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_TRUE(g[0].abandoned);
}

// ---- JSON repairs
TEST(JsonRepairTest, LoneSurrogatesBecomeReplacementCharacters) {
  std::string j = R"({"text":"a\ud800b\uDC00c\ud83d\ude00d\\ud800"})";
  EXPECT_EQ(repair_lone_surrogates(j), 2u);
  EXPECT_EQ(j, R"({"text":"a\uFFFDb\uFFFDc\ud83d\ude00d\\ud800"})");  // a pair and an escaped backslash stay
  std::string k = R"({"a":"\ud800"})";
  EXPECT_EQ(repair_lone_surrogates(k), 1u);
  std::string outside = R"(["\u0041", "\udbff\udfff"])";
  EXPECT_EQ(repair_lone_surrogates(outside), 0u);
}

TEST(JsonRepairTest, ClosesACutPrefix) {
  auto closed = [](std::string s) { close_json_prefix(s); return s; };
  EXPECT_EQ(closed(R"({"id":"a","text":"نص طو)"), R"({"id":"a","text":"نص طو"})");
  EXPECT_EQ(closed(R"({"text":"ab\u06)"), R"({"text":"ab"})");   // half an escape dropped
  EXPECT_EQ(closed(R"({"text":"ab\)"), R"({"text":"ab"})");
  EXPECT_EQ(closed(R"({"text":"ab\"c)"), R"({"text":"ab\"c"})");  // a whole escape kept
  EXPECT_EQ(closed(R"({"text":"a","ti)"), R"({"text":"a","ti":null})");
  EXPECT_EQ(closed(R"({"text":"a","title")"), R"({"text":"a","title":null})");
  EXPECT_EQ(closed(R"({"text":"a","n":)"), R"({"text":"a","n":null})");
  EXPECT_EQ(closed(R"({"text":"a","n":12)"), R"({"text":"a","n":null})");
  EXPECT_EQ(closed(R"({"text":"a","tags":["x",)"), R"({"text":"a","tags":["x"]})");
  EXPECT_EQ(closed(R"({"text":"a","m":{"k":tru)"), R"({"text":"a","m":{"k":null}})");
}

// ---- FdWriter
TEST(FdWriterTest, WritesWholeRecordsAndNamesTheError) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  FdWriter w(fds[1]);
  EXPECT_TRUE(w.write("{\"id\":\"a\"}\n"));
  char buf[64] = {};
  ASSERT_EQ(::read(fds[0], buf, sizeof buf), 11);
  EXPECT_EQ(std::string(buf, 11), "{\"id\":\"a\"}\n");
  ::close(fds[0]);  // the reader goes away: EPIPE; SIGPIPE is blocked so the test is not killed
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  EXPECT_FALSE(w.write("x\n"));
  EXPECT_TRUE(w.failed());
  EXPECT_NE(w.error().find("Broken pipe"), std::string::npos) << w.error();
  EXPECT_FALSE(w.write("y\n"));  // stays failed
  // Drain the pending SIGPIPE before unblocking it.
  timespec zero{};
  sigtimedwait(&block, nullptr, &zero);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  ::close(fds[1]);
  EXPECT_FALSE(FdWriter::is_open(fds[1]));
}

TEST(FdWriterTest, FullDevice) {
  int fd = ::open("/dev/full", O_WRONLY);
  if (fd < 0) GTEST_SKIP() << "no /dev/full";
  FdWriter w(fd);
  EXPECT_FALSE(w.write("record\n"));
  EXPECT_NE(w.error().find("No space left"), std::string::npos) << w.error();
  ::close(fd);
}

// ---- names and ids
TEST(SourceNameTest, PathWithoutItsExtension) {
  EXPECT_EQ(source_name("a.txt"), "a");
  EXPECT_EQ(source_name("news/2023/a.txt"), "news/2023/a");
  EXPECT_EQ(source_name("a"), "a");
  EXPECT_EQ(source_name("dir.d/a"), "dir.d/a");  // a dot in a folder name is not an extension
  EXPECT_EQ(source_name(".hidden"), ".hidden");
  EXPECT_EQ(source_name("a.tar.gz"), "a.tar");
}

}  // namespace
}  // namespace rasd::io

namespace rasd::io {
namespace {

// ---- the Extractor's run-level promises
TEST(ExtractorTest, DefaultNamesAreUniqueWithinARun) {
  Pipeline pipeline;
  std::vector<std::string> ids;
  Extractor ex(pipeline, {}, [&](const Document& d) { ids.push_back(d.id); });
  for (int i = 0; i < 3; ++i) {
    std::istringstream in("نص");
    ex.read(in, "news/a");
  }
  std::istringstream other("نص");
  ex.read(other, "news/a-2");  // a name that a suffix already took gets its own suffix
  EXPECT_EQ(ids, (std::vector<std::string>{"news/a", "news/a-2", "news/a-3", "news/a-2-2"}));
}

TEST(ExtractorTest, StopEndsTheRunAtTheNextRecord) {
  Pipeline pipeline;
  ExtractConfig config;
  config.format = InputFormat::kJsonl;
  size_t seen = 0;
  Extractor* self = nullptr;
  Extractor ex(pipeline, config, [&](const Document&) { ++seen; self->stop(); });
  self = &ex;
  std::istringstream in("{\"text\":\"أ\"}\n{\"text\":\"ب\"}\n{\"text\":\"ج\"}\n");
  ex.read(in, "in");
  std::istringstream more("{\"text\":\"د\"}\n");
  ex.read(more, "more");
  EXPECT_EQ(seen, 1u);
  EXPECT_TRUE(ex.stopped());
}

TEST(ExtractorTest, DirectoriesAndMissingFilesAreUnreadable) {
  Pipeline pipeline;
  std::vector<Document> docs;
  Extractor ex(pipeline, {}, [&](const Document& d) { docs.push_back(d); });
  EXPECT_EQ(ex.read_file(RASD_SOURCE_DIR "/tests"), "it is a directory");
  EXPECT_FALSE(ex.read_file(RASD_SOURCE_DIR "/no/such/file.txt").empty());
  ASSERT_EQ(docs.size(), 2u);
  for (const Document& d : docs) {
    EXPECT_TRUE(d.failed());
    ASSERT_FALSE(d.errors.empty());
    EXPECT_EQ(d.errors[0].code, "file-unreadable");
  }
  EXPECT_EQ(docs[0].id, RASD_SOURCE_DIR "/tests");
  EXPECT_EQ(ex.stats().failed, 2u);
}

}  // namespace
}  // namespace rasd::io
