// The FCPXML project parsed back with libxml2 and checked:
// - well-formed, and valid against the part of Apple's FCPXML 1.10 DTD that Ekonte writes
//   (kFcpxmlSubsetDtd below, transcribed from Apple's published DTD descriptions, with content
//   models narrowed to the elements Ekonte writes, so a document valid here uses only what the
//   full DTD allows);
// - every `ref` and `format` names a resource of the right kind;
// - times are rational seconds `N/FPSs` (or `0s`), the format's frameDuration is `1/FPSs`;
// - the spine's clips and gaps lie end to end from 0 and add up to the sequence's duration,
//   each shot's own frames at the timeline's frames; each transition lies between two items,
//   over the timeline's transition segment, reading only frames its clips have.
#include <doctest/doctest.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "editorial/cut.hpp"
#include "editorial/fcpxml.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
using namespace ekonte::editorial;

namespace {

const char* kFcpxmlSubsetDtd = R"(
<!ENTITY % time "CDATA">
<!ELEMENT fcpxml (resources, library)>
<!ATTLIST fcpxml version CDATA #FIXED "1.10">
<!ELEMENT resources (format | effect | asset)*>
<!ELEMENT format EMPTY>
<!ATTLIST format id ID #REQUIRED name CDATA #IMPLIED frameDuration %time; #IMPLIED
                 width CDATA #IMPLIED height CDATA #IMPLIED>
<!ELEMENT effect EMPTY>
<!ATTLIST effect id ID #REQUIRED name CDATA #IMPLIED uid CDATA #REQUIRED>
<!ELEMENT asset (media-rep+)>
<!ATTLIST asset id ID #REQUIRED name CDATA #IMPLIED start %time; #IMPLIED duration %time; #IMPLIED
                hasVideo (0 | 1) "0" format IDREF #IMPLIED videoSources CDATA "0">
<!ELEMENT media-rep EMPTY>
<!ATTLIST media-rep kind (original-media | proxy-media) "original-media" src CDATA #REQUIRED>
<!ELEMENT library (event*)>
<!ELEMENT event (project*)>
<!ATTLIST event name CDATA #IMPLIED>
<!ELEMENT project (sequence)>
<!ATTLIST project name CDATA #IMPLIED>
<!ELEMENT sequence (spine)>
<!ATTLIST sequence format IDREF #REQUIRED duration %time; #IMPLIED tcStart %time; #IMPLIED
                   tcFormat (DF | NDF) #IMPLIED>
<!ELEMENT spine (asset-clip | gap | transition)*>
<!ELEMENT asset-clip (note?)>
<!ATTLIST asset-clip ref IDREF #REQUIRED offset %time; #IMPLIED name CDATA #IMPLIED start %time; #IMPLIED
                     duration %time; #REQUIRED format IDREF #IMPLIED tcFormat (DF | NDF) #IMPLIED>
<!ELEMENT note (#PCDATA)>
<!ELEMENT gap EMPTY>
<!ATTLIST gap name CDATA #IMPLIED offset %time; #IMPLIED start %time; #IMPLIED duration %time; #REQUIRED>
<!ELEMENT transition (filter-video?)>
<!ATTLIST transition name CDATA #IMPLIED offset %time; #IMPLIED duration %time; #REQUIRED>
<!ELEMENT filter-video EMPTY>
<!ATTLIST filter-video ref IDREF #REQUIRED name CDATA #IMPLIED>
)";

void collect_message(void* sink, const char* format, ...) {
  char buf[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  *static_cast<std::string*>(sink) += buf;
}

struct Doc {
  xmlDocPtr doc = nullptr;
  explicit Doc(const std::string& text) {
    doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "project.fcpxml", "UTF-8",
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  }
  ~Doc() {
    if (doc) xmlFreeDoc(doc);
  }
};

// The DTD problems of `doc`, empty when valid.
std::string dtd_problems(xmlDocPtr doc) {
  xmlParserInputBufferPtr input =
      xmlParserInputBufferCreateMem(kFcpxmlSubsetDtd, static_cast<int>(std::strlen(kFcpxmlSubsetDtd)),
                                    XML_CHAR_ENCODING_UTF8);
  xmlDtdPtr dtd = xmlIOParseDTD(nullptr, input, XML_CHAR_ENCODING_UTF8);
  REQUIRE_MESSAGE(dtd != nullptr, "the DTD subset parses");
  std::string problems;
  xmlValidCtxtPtr ctxt = xmlNewValidCtxt();
  ctxt->userData = &problems;
  ctxt->error = collect_message;
  ctxt->warning = collect_message;
  const int valid = xmlValidateDtd(ctxt, doc, dtd);
  xmlFreeValidCtxt(ctxt);
  xmlFreeDtd(dtd);
  if (!valid && problems.empty()) problems = "invalid";
  return problems;
}

std::string attr(xmlNodePtr node, const char* name) {
  xmlChar* v = xmlGetProp(node, BAD_CAST name);
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string name_of(xmlNodePtr node) { return reinterpret_cast<const char*>(node->name); }

std::vector<xmlNodePtr> elements(xmlNodePtr parent) {
  std::vector<xmlNodePtr> out;
  for (xmlNodePtr c = parent ? parent->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) out.push_back(c);
  return out;
}

xmlNodePtr child(xmlNodePtr parent, const char* name) {
  for (xmlNodePtr c : elements(parent))
    if (name_of(c) == name) return c;
  return nullptr;
}

// "0s" or "N/FPSs" in frames; fails on any other spelling.
int64_t frames_of(const std::string& time, uint32_t fps) {
  CAPTURE(time);
  if (time == "0s") return 0;
  static const std::regex rational(R"((\d+)/(\d+)s)");
  std::smatch m;
  REQUIRE(std::regex_match(time, m, rational));
  CHECK(std::stoul(m[2]) == fps);
  return std::stoll(m[1]);
}

void check_against_timeline(const ShotGraph& graph, const timeline::Timeline& tl, const std::string& text) {
  Doc parsed(text);
  REQUIRE_MESSAGE(parsed.doc != nullptr, "the FCPXML is well-formed");
  const std::string problems = dtd_problems(parsed.doc);
  CHECK_MESSAGE(problems.empty(), problems);
  xmlNodePtr root = xmlDocGetRootElement(parsed.doc);
  REQUIRE(name_of(root) == "fcpxml");
  CHECK(attr(root, "version") == kFcpxmlVersion);

  // Resources by id, each referenced by the right kind of element.
  std::map<std::string, xmlNodePtr> resources;
  for (xmlNodePtr r : elements(child(root, "resources"))) {
    CHECK(resources.emplace(attr(r, "id"), r).second);
  }
  const auto resource = [&](const std::string& id, const char* kind) {
    CAPTURE(id);
    auto it = resources.find(id);
    REQUIRE_MESSAGE(it != resources.end(), "the id names a resource");
    CHECK(name_of(it->second) == kind);
    return it->second;
  };
  xmlNodePtr spine = child(child(child(child(child(root, "library"), "event"), "project"), "sequence"), "spine");
  REQUIRE(spine);
  xmlNodePtr sequence = spine->parent;
  xmlNodePtr format = resource(attr(sequence, "format"), "format");
  CHECK(attr(format, "frameDuration") == "1/" + std::to_string(tl.fps) + "s");
  CHECK(frames_of(attr(sequence, "duration"), tl.fps) == int64_t(tl.total_frames));

  const std::vector<xmlNodePtr> items = elements(spine);
  int64_t at = 0;
  size_t transition = 0, clips = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    xmlNodePtr item = items[k];
    const std::string kind = name_of(item);
    if (kind == "transition") {
      REQUIRE(k > 0);
      REQUIRE(k + 1 < items.size());
      CHECK(name_of(items[k - 1]) != "transition");
      CHECK(name_of(items[k + 1]) != "transition");
      if (xmlNodePtr filter = child(item, "filter-video")) resource(attr(filter, "ref"), "effect");
      REQUIRE(transition < tl.transitions.size());
      const auto& span = tl.transitions[transition++];
      const int64_t offset = frames_of(attr(item, "offset"), tl.fps);
      const int64_t duration = frames_of(attr(item, "duration"), tl.fps);
      CHECK(offset == int64_t(span.start_frame));
      CHECK(duration == int64_t(span.frames));
      // It lies over the edit `at`, within the two items it joins.
      const int64_t edit = at;
      CHECK(offset <= edit);
      CHECK(offset + duration >= edit);
      xmlNodePtr before = items[k - 1], after = items[k + 1];
      CHECK(frames_of(attr(before, "offset"), tl.fps) <= offset);
      CHECK(frames_of(attr(after, "offset"), tl.fps) + frames_of(attr(after, "duration"), tl.fps) >= offset + duration);
      // Frames read past the edit exist in the clips' media.
      if (name_of(after) == "asset-clip") CHECK(frames_of(attr(after, "start"), tl.fps) >= edit - offset);
      if (name_of(before) == "asset-clip") {
        xmlNodePtr asset = resource(attr(before, "ref"), "asset");
        CHECK(frames_of(attr(before, "start"), tl.fps) + frames_of(attr(before, "duration"), tl.fps) +
                  (offset + duration - edit) <=
              frames_of(attr(asset, "duration"), tl.fps));
      }
      continue;
    }
    REQUIRE((kind == "asset-clip" || kind == "gap"));
    CHECK_MESSAGE(frames_of(attr(item, "offset"), tl.fps) == at, "items lie end to end");
    const int64_t duration = frames_of(attr(item, "duration"), tl.fps);
    CHECK(duration > 0);
    if (kind == "asset-clip") {
      xmlNodePtr asset = resource(attr(item, "ref"), "asset");
      resource(attr(item, "format"), "format");
      resource(attr(asset, "format"), "format");
      xmlNodePtr rep = child(asset, "media-rep");
      REQUIRE(rep);
      const std::string src = attr(rep, "src");
      uint32_t i = 0;
      while (i < tl.shots.size() && !src.ends_with("/" + clip_file_name(graph.shots[i]))) ++i;
      REQUIRE_MESSAGE(i < tl.shots.size(), "the asset is a shot's clip: " << src);
      ++clips;
      const ClipMedia media = clip_media(tl, i);
      CHECK(frames_of(attr(asset, "start"), tl.fps) == 0);
      CHECK(frames_of(attr(asset, "duration"), tl.fps) == media.length());
      const int64_t start = frames_of(attr(item, "start"), tl.fps);
      CHECK(at + (int64_t(media.head) - start) == int64_t(tl.shots[i].start_frame));
      CHECK(start + duration <= int64_t(media.length()));
      xmlNodePtr note = child(item, "note");
      REQUIRE(note);
      xmlChar* content = xmlNodeGetContent(note);
      const std::string note_text(reinterpret_cast<const char*>(content));
      xmlFree(content);
      CHECK(note_text.find("shot " + graph.shots[i].id + ".") != std::string::npos);
      for (const auto& line : graph.shots[i].dialogue) CHECK(note_text.find(line.text) != std::string::npos);
    }
    at += duration;
  }
  CHECK(at == int64_t(tl.total_frames));
  CHECK(transition == tl.transitions.size());
  CHECK(clips == tl.shots.size());
}

}  // namespace

TEST_CASE("FCPXML times are rational seconds at the script's fps") {
  CHECK(fcpxml_time(0, 24) == "0s");
  CHECK(fcpxml_time(48, 24) == "48/24s");
  CHECK(fcpxml_time(7, 30) == "7/30s");
}

TEST_CASE("the DTD check rejects what the FCPXML DTD does not allow") {
  Doc missing_duration(R"(<?xml version="1.0"?><fcpxml version="1.10"><resources><format id="r1"/></resources>
      <library><event><project><sequence format="r1"><spine><gap offset="0s"/></spine></sequence></project></event></library></fcpxml>)");
  REQUIRE(missing_duration.doc);
  CHECK(!dtd_problems(missing_duration.doc).empty());
  Doc unknown_element(R"(<?xml version="1.0"?><fcpxml version="1.10"><resources/><library><event><project>
      <sequence format="r1"><spine><clipx/></spine></sequence></project></event></library></fcpxml>)");
  REQUIRE(unknown_element.doc);
  CHECK(!dtd_problems(unknown_element.doc).empty());
}

TEST_CASE("the FCPXML project is valid and its spine follows the timeline's frames") {
  ExportOptions options;
  options.clips_dir = "/tmp/ekonte clips & more";
  for (const char* fps : {"24", "25", "30"}) {
    CAPTURE(fps);
    const ShotGraph graph = test::compile_text(test::transitions_script(fps));
    const timeline::Timeline tl = timeline::make_timeline(graph);
    check_against_timeline(graph, tl, fcpxml_project(graph, tl, options));
  }
  const ShotGraph sample = test::compile_sample();
  const timeline::Timeline tl = timeline::make_timeline(sample);
  check_against_timeline(sample, tl, fcpxml_project(sample, tl, options));
}

TEST_CASE("FCPXML assets point at the clips by file URL, with the frame size given") {
  const ShotGraph graph = test::compile_text(test::transitions_script());
  const timeline::Timeline tl = timeline::make_timeline(graph);
  ExportOptions options;
  options.clips_dir = "/tmp/ekonte clips";
  options.width = 640;
  options.height = 360;
  const std::string text = fcpxml_project(graph, tl, options);
  CHECK(text.find("src=\"file:///tmp/ekonte%20clips/2A.mp4\"") != std::string::npos);
  CHECK(text.find("width=\"640\" height=\"360\"") != std::string::npos);
  CHECK(text.find("<!DOCTYPE fcpxml>") != std::string::npos);
  CHECK(text.find("これはお守りだよ") != std::string::npos);  // UTF-8, not character references
}
