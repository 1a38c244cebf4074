#include "editorial/fcpxml.hpp"

#include <libxml/xmlwriter.h>

#include <memory>

#include "editorial/clip_url.hpp"
#include "editorial/cut.hpp"

namespace ekonte::editorial {

std::string fcpxml_time(uint64_t frames, uint32_t fps) {
  if (frames == 0) return "0s";
  return std::to_string(frames) + "/" + std::to_string(fps) + "s";
}

namespace {

// Final Cut Pro's built-in Cross Dissolve, as its own exports name it.
constexpr const char* kCrossDissolveUid = "FxPlug:4731E73A-8DAC-4113-9A30-AE85B1761265";

class XmlWriter {
 public:
  XmlWriter() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, BAD_CAST "  ");
    xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr);
  }
  ~XmlWriter() {
    if (writer_) xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
  }
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void doctype(const char* name) { xmlTextWriterWriteDTD(writer_, BAD_CAST name, nullptr, nullptr, nullptr); }
  void open(const char* name) { xmlTextWriterStartElement(writer_, BAD_CAST name); }
  void close() { xmlTextWriterEndElement(writer_); }
  void attribute(const char* name, const std::string& value) {
    xmlTextWriterWriteAttribute(writer_, BAD_CAST name, BAD_CAST value.c_str());
  }
  void text_element(const char* name, const std::string& text) {
    xmlTextWriterWriteElement(writer_, BAD_CAST name, BAD_CAST text.c_str());
  }
  std::string finish() {
    xmlTextWriterEndDocument(writer_);
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)), xmlBufferLength(buffer_));
  }

 private:
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
};

// "Scene 1, shot 3. HARU (whispering): Is anyone there?"
std::string shot_note(const ShotGraph& graph, const Shot& shot) {
  std::string note;
  if (shot.scene.valid()) note = "Scene " + graph.scenes[shot.scene.value].number + ", ";
  note += "shot " + shot.id + ".";
  for (const DialogueLine& line : shot.dialogue) {
    note += "\n" + (line.speaker.valid() ? graph.characters[line.speaker.value].id : line.voice);
    if (!line.parenthetical.empty()) note += " (" + line.parenthetical + ")";
    note += ": " + line.text;
  }
  return note;
}

}  // namespace

std::string fcpxml_project(const ShotGraph& graph, const timeline::Timeline& tl, const ExportOptions& options) {
  const Cut cut = make_cut(tl, EditPoint::Centered);
  const uint32_t fps = cut.fps;
  const auto t = [&](uint64_t frames) { return fcpxml_time(frames, fps); };
  const std::string title = graph.meta.title.empty() ? std::string("ekonte") : graph.meta.title;
  const std::string format_id = "r1", dissolve_id = "r2";
  const auto asset_id = [](uint32_t position) {
    std::string id = "r";
    id += std::to_string(position + 3);
    return id;
  };

  XmlWriter xml;
  xml.doctype("fcpxml");
  xml.open("fcpxml");
  xml.attribute("version", kFcpxmlVersion);

  xml.open("resources");
  xml.open("format");
  xml.attribute("id", format_id);
  xml.attribute("frameDuration", "1/" + std::to_string(fps) + "s");
  xml.attribute("width", std::to_string(options.width));
  xml.attribute("height", std::to_string(options.height));
  xml.close();
  if (!cut.transitions.empty()) {
    xml.open("effect");
    xml.attribute("id", dissolve_id);
    xml.attribute("name", "Cross Dissolve");
    xml.attribute("uid", kCrossDissolveUid);
    xml.close();
  }
  for (uint32_t i = 0; i < tl.shots.size(); ++i) {
    const Shot& shot = graph.shots[tl.shots[i].shot_index];
    const std::string file = clip_file_name(shot);
    xml.open("asset");
    xml.attribute("id", asset_id(i));
    xml.attribute("name", file);
    xml.attribute("start", "0s");
    xml.attribute("duration", t(cut.media[i].length()));
    xml.attribute("hasVideo", "1");
    xml.attribute("format", format_id);
    xml.attribute("videoSources", "1");
    xml.open("media-rep");
    xml.attribute("kind", "original-media");
    xml.attribute("src", clip_url(options.clips_dir, file));
    xml.close();
    xml.close();
  }
  xml.close();  // resources

  xml.open("library");
  xml.open("event");
  xml.attribute("name", title);
  xml.open("project");
  xml.attribute("name", title);
  xml.open("sequence");
  xml.attribute("format", format_id);
  xml.attribute("duration", t(cut.total_frames));
  xml.attribute("tcStart", "0s");
  xml.attribute("tcFormat", "NDF");
  xml.open("spine");
  for (uint32_t k = 0; k < cut.items.size(); ++k) {
    for (const CutTransition& tr : cut.transitions) {
      if (tr.to_item != k || tr.from_item == kNoItem) continue;
      xml.open("transition");
      xml.attribute("name", "Cross Dissolve");
      xml.attribute("offset", t(tr.record_in));
      xml.attribute("duration", t(tr.frames));
      xml.open("filter-video");
      xml.attribute("ref", dissolve_id);
      xml.attribute("name", "Cross Dissolve");
      xml.close();
      xml.close();
    }
    const CutItem& item = cut.items[k];
    if (item.black()) {
      xml.open("gap");
      xml.attribute("name", "Gap");
      xml.attribute("offset", t(item.record_in));
      xml.attribute("duration", t(item.frames()));
      xml.close();
      continue;
    }
    const Shot& shot = graph.shots[item.shot];
    xml.open("asset-clip");
    xml.attribute("ref", asset_id(item.shot));
    xml.attribute("offset", t(item.record_in));
    xml.attribute("name", "shot " + shot.id);
    xml.attribute("start", t(item.source_in));
    xml.attribute("duration", t(item.frames()));
    xml.attribute("format", format_id);
    xml.attribute("tcFormat", "NDF");
    xml.text_element("note", shot_note(graph, shot));
    xml.close();
  }
  xml.close();  // spine
  xml.close();  // sequence
  xml.close();  // project
  xml.close();  // event
  xml.close();  // library
  xml.close();  // fcpxml
  return xml.finish();
}

}  // namespace ekonte::editorial
