#include "pipeline/make_animatic.hpp"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>

#include "animatic/clip_key.hpp"
#include "animatic/encode_clip.hpp"
#include "audio/subtitles.hpp"
#include "editorial/cut.hpp"
#include "layout/text/font_library.hpp"
#include "pipeline/scratch_audio.hpp"
#include "pipeline/sound_captions.hpp"
#include "pipeline/subtitle_overlays.hpp"
#include "support/atomic_write.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/plan_shot_motion.hpp"
#include "pipeline/render_shots.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/cache/render_key.hpp"
#include "render/shot_files.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::pipeline {
namespace fs = std::filesystem;
using render::cache::EntryParts;
using render::cache::LoadStatus;

namespace {

// What the animatic knows of one shot before any picture is read.
struct ShotPlan {
  MotionPlan motion;
  std::string before_key, passing_key;  // render keys of the extra drawings; empty: none
  std::vector<animatic::Overlay> overlays;  // burnt-in subtitles
  std::string clip_key;
  std::optional<animatic::VideoSegment> clip;  // from the clip cache, or encoded now
  bool needs_layers = false;                   // its clip or a transition beside it must be encoded
  bool first_needed = false, last_needed = false;
  render::ImageRgba first, last;               // boundary frames for transitions
};

struct TransitionPlan {
  const timeline::TransitionSpan* span = nullptr;
  std::string key;
  std::optional<animatic::VideoSegment> segment;
};

std::optional<animatic::VideoSegment> load_segment(const render::cache::RenderCache& cache, const std::string& key,
                                                   uint32_t frames, const animatic::EncoderSettings& es) {
  std::string bytes;
  if (cache.load_extra(key, animatic::kClipCacheKind, &bytes) != LoadStatus::Hit) return std::nullopt;
  auto s = animatic::parse_segment(bytes);
  if (!s || s->frames != frames || s->width != es.width || s->height != es.height || s->fps != es.fps) return std::nullopt;
  return s;
}

// A drawing the motion needs besides the shot's own: from the render cache, else the generator.
bool load_or_render(const render::cache::RenderCache& cache, render::ShotGenerator& generator,
                    const render::ShotRenderInput& input, const std::string& key, render::ShotRender* out,
                    size_t* rendered, std::string* error) {
  if (cache.load(key, out, nullptr, EntryParts::All) == LoadStatus::Hit) return true;
  try {
    render::GenerateOptions go;
    auto renders = generator.render_batch({input}, go);
    if (renders.empty()) {
      *error = "the generator returned no picture";
      return false;
    }
    *out = std::move(renders.front());
  } catch (const std::exception& e) {
    *error = e.what();
    return false;
  }
  ++*rendered;
  std::string ignored;  // a drawing the cache cannot keep is only drawn again next time
  cache.store(key, *out, &ignored);
  return true;
}

void find_walkers(animatic::ShotMotion& motion, const render::ShotLandmarks& landmarks) {
  for (animatic::Walker& w : motion.walkers)
    for (size_t k = 0; k < landmarks.characters.size(); ++k)
      if (landmarks.characters[k].character_id == w.character) w.instance = uint32_t(k + 1);
}

}  // namespace

AnimaticReport make_animatic(const CompiledScript& script, render::ShotGenerator& generator, const AnimaticOptions& o,
                             const animatic::PcmAudio* audio) {
  AnimaticReport report;
  const ShotGraph& graph = script.graph();
  const std::string& path = script.source().path;
  const size_t n = graph.shots.size();
  const timeline::Timeline tl = timeline::make_timeline(graph);
  report.fps = tl.fps;
  report.frames = tl.total_frames;
  report.clips = n;
  if (n == 0 || tl.total_frames == 0) {
    report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, path, {}, "the script has no shots to play",
                              "add a shot with a duration");
    return report;
  }

  RenderOptions ro;
  ro.cache_dir = o.cache_dir.empty() ? render::cache::default_cache_dir(fs::path(o.out_path).parent_path().string(), "")
                                     : o.cache_dir;
  ro.jobs = o.jobs;
  ro.cancel = o.cancel;
  if (o.progress) ro.progress = [&](size_t done, size_t total) { o.progress(AnimaticStage::Rendering, done, total); };
  const RenderContext context =
      make_render_context(graph, script.models, generator.input(), frame_size(graph.meta, o.width, o.height));
  const auto input_of = [&](size_t i) { return shot_render_input(context, graph.shots[i]); };
  ShotRenderer renderer(graph, path, input_of, generator, ro);
  const render::cache::RenderCache& cache = renderer.cache();
  animatic::EncoderSettings es;
  es.width = context.size.width;
  es.height = context.size.height;
  es.fps = tl.fps;
  const std::string encoder = animatic::encoder_identity(es);

  // The sound: the scratch voices, synthesised per line through their own cache.
  std::optional<ScratchAudioReport> scratch;
  if (!audio && (o.audio || o.burn_subtitles)) {
    ScratchAudioOptions so;
    so.cache_dir = (fs::path(ro.cache_dir) / "speech").string();
    scratch = make_scratch_audio(script, so);
    report.diagnostics.append(scratch->diagnostics);
    if (scratch->diagnostics.has_errors()) return report;
    report.lines_spoken = scratch->track.lines.size();
    report.lines_synthesised = scratch->track.lines_synthesised;
  }
  // Fonts for what is lettered over the frames: burnt-in subtitles and sound-effect captions.
  std::shared_ptr<layout::FontLibrary> fonts;
  const bool any_sfx = std::any_of(graph.shots.begin(), graph.shots.end(), [](const Shot& s) { return !s.sfx.empty(); });
  if ((o.burn_subtitles && scratch) || any_sfx) {
    fonts = layout::FontLibrary::load(report.diagnostics);
    if (!fonts) return report;
  }
  std::optional<SubtitleOverlays> subtitles;
  if (o.burn_subtitles && scratch)
    subtitles.emplace(*fonts, scratch->track.lines, tl.fps, context.size.width, context.size.height);

  // The plan: every shot's motion and clip key, and which clips the cache already holds.
  std::vector<ShotPlan> plan(n);
  for (size_t i = 0; i < n; ++i) {
    ShotPlan& p = plan[i];
    p.motion = plan_shot_motion(graph, i, input_of(i), input_of);
    if (p.motion.before) p.before_key = render::cache::render_key(*p.motion.before).hash;
    if (p.motion.passing) p.passing_key = render::cache::render_key(*p.motion.passing).hash;
    animatic::ClipKeyInputs k;
    k.still = renderer.key(i).hash;
    k.before = p.before_key;
    k.passing = p.passing_key;
    k.frames = graph.shots[i].duration_frames;
    k.fps = tl.fps;
    k.width = es.width;
    k.height = es.height;
    k.motion = p.motion.motion;
    k.encoder = encoder;
    if (fonts)
      p.overlays = sound_captions(*fonts, graph.shots[i], context.size.width, context.size.height, &k.overlay);
    if (subtitles) {
      auto lines = subtitles->for_shot(tl.shots[i], &k.overlay);
      p.overlays.insert(p.overlays.end(), lines.begin(), lines.end());
    }
    p.clip_key = animatic::clip_key(k);
    p.clip = load_segment(cache, p.clip_key, k.frames, es);
    p.needs_layers = !p.clip;
  }
  std::vector<TransitionPlan> transitions;
  for (const timeline::TransitionSpan& t : tl.transitions) {
    TransitionPlan tp;
    tp.span = &t;
    const auto key_of = [&](uint32_t shot) { return shot == timeline::TransitionSpan::kNone ? std::string("black") : plan[shot].clip_key; };
    tp.key = animatic::transition_key(t.kind, t.frames, key_of(t.from), key_of(t.to), encoder);
    tp.segment = load_segment(cache, tp.key, t.frames, es);
    // The transition's frames are drawn from the shots' first and last frames; per-shot clips
    // (--clips) also hold those frames as handles, so they need them even when the transition
    // itself is cached.
    if (!tp.segment || !o.clips_dir.empty()) {
      if (t.from != timeline::TransitionSpan::kNone) plan[t.from].needs_layers = plan[t.from].last_needed = true;
      if (t.to != timeline::TransitionSpan::kNone) plan[t.to].needs_layers = plan[t.to].first_needed = true;
    }
    transitions.push_back(std::move(tp));
  }
  report.transitions = transitions.size();

  // Encoding: shots a few at a time (their drawings read or rendered, clips encoded in
  // parallel, one encoder per job), so memory is bounded by --jobs.
  size_t to_encode = 0, encoded_frames = 0;
  for (size_t i = 0; i < n; ++i)
    if (!plan[i].clip) to_encode += graph.shots[i].duration_frames;
  for (const TransitionPlan& t : transitions)
    if (!t.segment) to_encode += t.span->frames;
  std::mutex progress_lock;
  const auto encoded = [&](size_t frames) {
    std::lock_guard<std::mutex> lock(progress_lock);
    encoded_frames += frames;
    report.frames_encoded += frames;
    if (o.progress) o.progress(AnimaticStage::Encoding, encoded_frames, to_encode);
  };
  if (o.progress && to_encode) o.progress(AnimaticStage::Encoding, 0, to_encode);
  // A few shots per job at a time: long shots (a 5 s dolly) and short ones balance across the
  // jobs, and memory stays bounded by --jobs.
  const size_t window = size_t(std::max(1, o.jobs)) * 4;
  std::vector<render::ShotRender> renders(n);
  std::vector<std::string> errors(n);
  for (size_t start = 0; start < n; start += window) {
    const size_t end = std::min(n, start + window);
    std::vector<size_t> wanted;
    for (size_t i = start; i < end; ++i)
      if (plan[i].needs_layers) wanted.push_back(i);
    if (wanted.empty()) continue;
    size_t rendered = 0;
    if (!renderer.read_or_render(wanted, EntryParts::All, renders, report.diagnostics, &report.interrupted, &rendered))
      return report;
    report.pictures_rendered += rendered;
    parallel_for(wanted.size(), o.jobs, [&](size_t w) {
      const size_t i = wanted[w];
      ShotPlan& p = plan[i];
      animatic::ShotClip clip;
      clip.frames = graph.shots[i].duration_frames;
      clip.fps = tl.fps;
      clip.motion = p.motion.motion;
      clip.overlays = p.overlays;
      find_walkers(clip.motion, renders[i].landmarks);
      size_t extra_renders = 0;
      for (auto [input, key, layers] : {std::tuple{&p.motion.before, &p.before_key, &clip.before},
                                        std::tuple{&p.motion.passing, &p.passing_key, &clip.passing}}) {
        if (!*input) continue;
        render::ShotRender r;
        if (!load_or_render(cache, generator, **input, *key, &r, &extra_renders, &errors[i])) return;
        *layers = animatic::layers_from_render(std::move(r));
      }
      clip.still = animatic::layers_from_render(std::move(renders[i]));
      renders[i] = {};
      {
        std::lock_guard<std::mutex> lock(progress_lock);
        report.pictures_rendered += extra_renders;
      }
      animatic::ClipPainter painter(clip);
      if (p.first_needed) painter.draw(0, &p.first);
      if (p.last_needed) painter.draw(clip.frames - 1, &p.last);
      if (p.clip) return;
      p.clip = animatic::encode_clip(clip, es, o.cancel, &errors[i]);
      if (!p.clip) return;
      std::string ignored;  // a clip the cache cannot keep is encoded again next time
      cache.store_extra(p.clip_key, animatic::kClipCacheKind, animatic::serialize_segment(*p.clip), &ignored);
      {
        std::lock_guard<std::mutex> lock(progress_lock);
        ++report.clips_encoded;
      }
      encoded(clip.frames);
    });
    if (o.cancel && o.cancel->load()) {
      report.interrupted = true;
      return report;
    }
    for (size_t i : wanted)
      if (!errors[i].empty())
        report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, path, graph.shots[i].span,
                                  "cannot encode the animatic clip of shot `" + graph.shots[i].id + "`: " + errors[i]);
    if (report.diagnostics.has_errors()) return report;
  }
  for (TransitionPlan& t : transitions) {
    if (t.segment) continue;
    const auto frame = [&](uint32_t shot, bool last) -> const render::ImageRgba* {
      if (shot == timeline::TransitionSpan::kNone) return nullptr;
      return last ? &plan[shot].last : &plan[shot].first;
    };
    std::string error;
    t.segment = animatic::encode_transition(frame(t.span->from, true), frame(t.span->to, false), t.span->frames, es, &error);
    if (!t.segment) {
      report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, path, {},
                                "cannot encode a " + std::string(name_of(t.span->kind)) + " of the animatic: " + error);
      return report;
    }
    std::string ignored;
    cache.store_extra(t.key, animatic::kClipCacheKind, animatic::serialize_segment(*t.segment), &ignored);
    ++report.transitions_encoded;
    encoded(t.span->frames);
  }

  // The film: segments in time order (a transition sits between the shots it joins).
  animatic::Mp4Streams streams;
  size_t next_transition = 0;
  for (size_t i = 0; i < n; ++i) {
    while (next_transition < transitions.size() &&
           transitions[next_transition].span->start_frame <= tl.shots[i].start_frame)
      streams.video.push_back(&*transitions[next_transition++].segment);
    streams.video.push_back(&*plan[i].clip);
  }
  while (next_transition < transitions.size()) streams.video.push_back(&*transitions[next_transition++].segment);
  animatic::PcmAudio voices;
  if (scratch) {
    voices.sample_rate = scratch->track.sample_rate;
    voices.samples = std::move(scratch->track.samples);
  }
  if (o.audio) streams.audio = audio ? audio : &voices;
  std::string error;
  if (!animatic::write_mp4(o.out_path, streams, &error)) {
    report.diagnostics.report(DiagnosticKind::CannotWriteAnimatic, o.out_path, {}, error,
                              "check that the folder is writable and has room; the previous video is unchanged");
    return report;
  }
  report.written.push_back(o.out_path);
  std::error_code ec;
  report.bytes = fs::file_size(o.out_path, ec);
  // The subtitles beside the video, once the video is in place.
  if (scratch && o.audio) {
    for (const auto& [extension, text] : {std::pair{".vtt", audio::webvtt(scratch->track.lines)},
                                          std::pair{".srt", audio::srt(scratch->track.lines)}}) {
      const std::string path = fs::path(o.out_path).replace_extension(extension).string();
      if (!write_file_atomically(path, text, &error)) {
        report.diagnostics.report(DiagnosticKind::CannotWriteAnimatic, path, {}, error,
                                  "check that the folder is writable and has room");
        return report;
      }
      report.written.push_back(path);
    }
  }

  if (!o.clips_dir.empty()) {
    for (size_t i = 0; i < n; ++i) {
      const std::string clip_path =
          (fs::path(o.clips_dir) / (render::shot_file_stem(graph.shots[i].id) + ".mp4")).string();
      // Editors' transitions overlap the shots they join and read frames past the edit point:
      // the clip holds the shot's first frame for the transition into it and its last frame for
      // the transition out of it (editorial::clip_media, docs/editorial.md).
      const editorial::ClipMedia media = editorial::clip_media(tl, static_cast<uint32_t>(i));
      std::optional<animatic::VideoSegment> head, tail;
      if (media.head) head = animatic::encode_transition(&plan[i].first, &plan[i].first, media.head, es, &error);
      if (media.tail && (!media.head || head))
        tail = animatic::encode_transition(&plan[i].last, &plan[i].last, media.tail, es, &error);
      if ((media.head && !head) || (media.tail && !tail)) {
        report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, clip_path, graph.shots[i].span,
                                  "cannot encode the handles of shot `" + graph.shots[i].id + "`'s clip: " + error);
        return report;
      }
      animatic::Mp4Streams one;
      if (head) one.video.push_back(&*head);
      one.video.push_back(&*plan[i].clip);
      if (tail) one.video.push_back(&*tail);
      if (!animatic::write_mp4(clip_path, one, &error)) {
        report.diagnostics.report(DiagnosticKind::CannotWriteAnimatic, clip_path, graph.shots[i].span, error,
                                  "check that the clips folder is writable and has room");
        return report;
      }
      report.written.push_back(clip_path);
    }
  }
  return report;
}

}  // namespace ekonte::pipeline
