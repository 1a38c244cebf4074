#include "editorial/cmx_edl.hpp"

#include <cstdio>

#include "editorial/cut.hpp"

namespace ekonte::editorial {

namespace {

// The reel of every clip: "auxiliary source", the name editors use for file-based media.
constexpr const char* kClipReel = "AX";
constexpr const char* kBlackReel = "BL";

// An EDL is read by old parsers one line at a time: no line breaks or control characters in
// titles and comments, and CMX limits the title's length.
std::string one_line(const std::string& text, size_t max_bytes) {
  std::string out;
  for (unsigned char c : text) out.push_back(c < 0x20 || c == 0x7f ? ' ' : static_cast<char>(c));
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
    out.resize(cut);
  }
  return out;
}

class EdlWriter {
 public:
  explicit EdlWriter(uint32_t fps) : fps_(fps) {}

  // `kind`: "C", or "D" with `frames` the dissolve's length.
  void line(unsigned event, const char* reel, const char* kind, uint32_t frames, uint64_t src_in, uint64_t src_out,
            uint64_t rec_in, uint64_t rec_out) {
    char head[64];
    char length[16] = "   ";
    if (frames) std::snprintf(length, sizeof length, "%03u", frames);
    std::snprintf(head, sizeof head, "%03u  %-8s V     %-4s %s ", event % 1000, reel, kind, length);
    out_ += head;
    out_ += timeline::timecode(src_in, fps_) + " " + timeline::timecode(src_out, fps_) + " " +
            timeline::timecode(rec_in, fps_) + " " + timeline::timecode(rec_out, fps_) + "\n";
  }
  void comment(const std::string& text) { out_ += "* " + one_line(text, 250) + "\n"; }
  void raw(const std::string& text) { out_ += text; }
  std::string take() { return std::move(out_); }

 private:
  uint32_t fps_;
  std::string out_;
};

std::string shot_comment(const ShotGraph& graph, const Shot& shot) {
  std::string text = "COMMENT: SHOT " + shot.id;
  if (shot.scene.valid()) text += " SCENE " + graph.scenes[shot.scene.value].number;
  return text;
}

}  // namespace

std::string cmx3600_edl(const ShotGraph& graph, const timeline::Timeline& timeline) {
  const Cut cut = make_cut(timeline, EditPoint::TransitionStart);
  EdlWriter edl(cut.fps);
  const std::string title = graph.meta.title.empty() ? "EKONTE" : graph.meta.title;
  edl.raw("TITLE: " + one_line(title, 70) + "\nFCM: NON-DROP FRAME\n\n");
  const auto clip_of = [&](const CutItem& item) { return clip_file_name(graph.shots[item.shot]); };
  unsigned event = 0;
  for (uint32_t k = 0; k < cut.items.size(); ++k) {
    const CutItem& item = cut.items[k];
    const char* reel = item.black() ? kBlackReel : kClipReel;
    const CutTransition* into = nullptr;
    for (const auto& t : cut.transitions)
      if (t.to_item == k) into = &t;
    ++event;
    if (!into) {
      edl.line(event, reel, "C", 0, item.source_in, item.source_out(), item.record_in, item.record_out);
      if (!item.black()) edl.comment("FROM CLIP NAME: " + clip_of(item));
    } else {
      // The outgoing side at zero length where the dissolve starts, then the dissolve itself.
      const CutItem* from = into->from_item != kNoItem ? &cut.items[into->from_item] : nullptr;
      const bool from_black = !from || from->black();
      const uint64_t from_at = from_black ? 0 : from->source_out();
      edl.line(event, from_black ? kBlackReel : kClipReel, "C", 0, from_at, from_at, into->edit, into->edit);
      edl.line(event, reel, "D", into->frames, item.source_in, item.source_out(), item.record_in, item.record_out);
      if (!from_black) edl.comment("FROM CLIP NAME: " + clip_of(*from));
      if (!item.black()) edl.comment("TO CLIP NAME: " + clip_of(item));
    }
    if (!item.black()) edl.comment(shot_comment(graph, graph.shots[item.shot]));
  }
  return edl.take();
}

}  // namespace ekonte::editorial
