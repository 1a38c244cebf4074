#include "pipeline/make_animatic.hpp"

#include <algorithm>
#include <condition_variable>
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

  // The sound, encoded while the pictures are.
  animatic::PcmAudio voices;
  if (scratch) {
    voices.sample_rate = scratch->track.sample_rate;
    voices.samples = std::move(scratch->track.samples);
  }
  const animatic::PcmAudio* sound = o.audio ? (audio ? audio : &voices) : nullptr;

  // Encoding: one pool of tasks on --jobs threads (docs/animatic.md, "Encoding and the clip
  // cache"): the sound, then every shot that needs its drawings (read from the render cache or
  // drawn, then its clip encoded; the dearest first, so the long moves do not end up last on
  // one thread), then the transitions, each waiting for the two shots it joins. Nothing waits
  // for a batch to finish, and a task holds one shot's drawings, so memory is bounded by --jobs.
  size_t to_encode = 0, encoded_frames = 0;
  for (size_t i = 0; i < n; ++i)
    if (!plan[i].clip) to_encode += graph.shots[i].duration_frames;
  for (const TransitionPlan& t : transitions)
    if (!t.segment) to_encode += t.span->frames;
  std::mutex lock;  // the report, the progress, the shots' done flags
  std::condition_variable shot_done;
  std::vector<char> done(n, 0);
  const auto encoded = [&](size_t frames) {
    std::lock_guard<std::mutex> hold(lock);
    encoded_frames += frames;
    report.frames_encoded += frames;
    if (o.progress) o.progress(AnimaticStage::Encoding, encoded_frames, to_encode);
  };
  if (o.progress && to_encode) o.progress(AnimaticStage::Encoding, 0, to_encode);
  std::vector<size_t> wanted;
  for (size_t i = 0; i < n; ++i)
    if (plan[i].needs_layers) wanted.push_back(i);
  const auto cost = [&](size_t i) -> uint64_t {
    if (plan[i].clip) return 1;  // only its first or last frame is drawn
    return plan[i].motion.motion.any() ? uint64_t(graph.shots[i].duration_frames) * 8 : 8;
  };
  std::stable_sort(wanted.begin(), wanted.end(), [&](size_t a, size_t b) { return cost(a) > cost(b); });
  std::vector<TransitionPlan*> transitions_wanted;
  for (TransitionPlan& t : transitions)
    if (!t.segment) transitions_wanted.push_back(&t);
  std::vector<std::string> errors(n), transition_errors(transitions.size());
  std::optional<animatic::EncodedAudio> encoded_sound;
  std::string sound_error;
  // Drawing goes through one generator at a time: a generator need not be thread-safe.
  std::mutex generator_lock;
  const auto cancelled = [&] { return o.cancel && o.cancel->load(); };

  const auto encode_shot = [&](size_t i) {
    ShotPlan& p = plan[i];
    render::ShotRender still;
    DiagnosticSink sink;
    size_t drawn = 0;
    if (!renderer.read(i, EntryParts::All, &still, sink)) {
      std::lock_guard<std::mutex> hold(generator_lock);
      std::vector<render::ShotRender> one(n);
      bool stopped = false;
      if (!renderer.render({i}, one, sink, &stopped)) {
        if (!stopped && !sink.has_errors()) errors[i] = "the shot could not be drawn";
        std::lock_guard<std::mutex> hold_report(lock);
        report.diagnostics.append(sink);
        report.interrupted = report.interrupted || stopped;
        return;
      }
      still = std::move(one[i]);
      ++drawn;
    }
    animatic::ShotClip clip;
    clip.frames = graph.shots[i].duration_frames;
    clip.fps = tl.fps;
    clip.motion = p.motion.motion;
    clip.overlays = p.overlays;
    find_walkers(clip.motion, still.landmarks);
    for (auto [input, key, layers] : {std::tuple{&p.motion.before, &p.before_key, &clip.before},
                                      std::tuple{&p.motion.passing, &p.passing_key, &clip.passing}}) {
      if (!*input) continue;
      render::ShotRender r;
      if (cache.load(*key, &r, nullptr, EntryParts::All) != LoadStatus::Hit) {
        std::lock_guard<std::mutex> hold(generator_lock);
        if (!load_or_render(cache, generator, **input, *key, &r, &drawn, &errors[i])) break;
      }
      *layers = animatic::layers_from_render(std::move(r));
    }
    clip.still = animatic::layers_from_render(std::move(still));
    {
      std::lock_guard<std::mutex> hold(lock);
      report.diagnostics.append(sink);
      report.pictures_rendered += drawn;
    }
    if (!errors[i].empty()) return;
    animatic::ClipPainter painter(clip);
    if (p.first_needed) painter.draw(0, &p.first);
    if (p.last_needed) painter.draw(clip.frames - 1, &p.last);
    if (p.clip) return;
    p.clip = animatic::encode_clip(clip, es, o.cancel, &errors[i]);
    if (!p.clip) return;
    std::string ignored;  // a clip the cache cannot keep is encoded again next time
    cache.store_extra(p.clip_key, animatic::kClipCacheKind, animatic::serialize_segment(*p.clip), &ignored);
    {
      std::lock_guard<std::mutex> hold(lock);
      ++report.clips_encoded;
    }
    encoded(clip.frames);
  };
  const auto encode_transition = [&](size_t k) {
    TransitionPlan& t = *transitions_wanted[k];
    const size_t index = size_t(&t - transitions.data());
    bool sides_ok = true;
    {
      std::unique_lock<std::mutex> hold(lock);
      for (uint32_t side : {t.span->from, t.span->to})
        if (side != timeline::TransitionSpan::kNone) {
          shot_done.wait(hold, [&] { return done[side] != 0; });
          sides_ok = sides_ok && errors[side].empty() && !report.diagnostics.has_errors();
        }
    }
    if (!sides_ok || cancelled()) return;
    const auto frame = [&](uint32_t shot, bool last) -> const render::ImageRgba* {
      if (shot == timeline::TransitionSpan::kNone) return nullptr;
      return last ? &plan[shot].last : &plan[shot].first;
    };
    t.segment = animatic::encode_transition(frame(t.span->from, true), frame(t.span->to, false), t.span->frames, es,
                                            &transition_errors[index]);
    if (!t.segment) return;
    std::string ignored;
    cache.store_extra(t.key, animatic::kClipCacheKind, animatic::serialize_segment(*t.segment), &ignored);
    {
      std::lock_guard<std::mutex> hold(lock);
      ++report.transitions_encoded;
    }
    encoded(t.span->frames);
  };
  const size_t sound_tasks = sound ? 1 : 0;
  parallel_for(sound_tasks + wanted.size() + transitions_wanted.size(), o.jobs, [&](size_t task) {
    if (task < sound_tasks) {
      encoded_sound = animatic::encode_audio(*sound, animatic::audio_samples_for(tl.total_frames, tl.fps, sound->sample_rate),
                                             &sound_error);
      return;
    }
    task -= sound_tasks;
    if (task < wanted.size()) {
      const size_t i = wanted[task];
      if (!cancelled()) encode_shot(i);
      std::lock_guard<std::mutex> hold(lock);
      done[i] = 1;
      shot_done.notify_all();
      return;
    }
    encode_transition(task - wanted.size());
  });
  if (cancelled() || report.interrupted) {
    report.interrupted = true;
    return report;
  }
  for (size_t i : wanted)
    if (!errors[i].empty())
      report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, path, graph.shots[i].span,
                                "cannot encode the animatic clip of shot `" + graph.shots[i].id + "`: " + errors[i]);
  for (size_t k = 0; k < transitions.size(); ++k)
    if (!transition_errors[k].empty())
      report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, path, {},
                                "cannot encode a " + std::string(name_of(transitions[k].span->kind)) +
                                    " of the animatic: " + transition_errors[k]);
  if (sound && !encoded_sound)
    report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, path, {}, "cannot encode the sound: " + sound_error);
  if (report.diagnostics.has_errors()) return report;

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
  if (encoded_sound) streams.encoded_audio = &*encoded_sound;
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
    // Each clip in its own task: handles, its slice of the sound, the MP4.
    struct ClipResult {
      std::string error;
      bool cannot_write = false;
    };
    std::vector<ClipResult> results(n);
    const auto clip_path = [&](size_t i) {
      return (fs::path(o.clips_dir) / (render::shot_file_stem(graph.shots[i].id) + ".mp4")).string();
    };
    parallel_for(n, o.jobs, [&](size_t i) {
      ClipResult& r = results[i];
      // Editors' transitions overlap the shots they join and read frames past the edit point:
      // the clip holds the shot's first frame for the transition into it and its last frame for
      // the transition out of it (editorial::clip_media, docs/editorial.md).
      const editorial::ClipMedia media = editorial::clip_media(tl, static_cast<uint32_t>(i));
      std::optional<animatic::VideoSegment> head, tail;
      if (media.head) head = animatic::encode_transition(&plan[i].first, &plan[i].first, media.head, es, &r.error);
      if (media.tail && (!media.head || head))
        tail = animatic::encode_transition(&plan[i].last, &plan[i].last, media.tail, es, &r.error);
      if ((media.head && !head) || (media.tail && !tail)) return;
      animatic::Mp4Streams one;
      if (head) one.video.push_back(&*head);
      one.video.push_back(&*plan[i].clip);
      if (tail) one.video.push_back(&*tail);
      // The handles lie where the transitions play in the film, so the clip's sound is the
      // film's from the transition into the shot to the end of the transition out of it: the
      // editor hears the lines, and a line running on past the cut runs on into the tail.
      animatic::PcmAudio slice;
      if (sound) {
        const uint64_t first = tl.shots[i].start_frame - media.head;
        const uint64_t from = animatic::audio_samples_for(first, tl.fps, sound->sample_rate);
        const uint64_t to = animatic::audio_samples_for(first + media.length(), tl.fps, sound->sample_rate);
        slice.sample_rate = sound->sample_rate;
        if (from < sound->samples.size())
          slice.samples.assign(sound->samples.begin() + ptrdiff_t(from),
                               sound->samples.begin() + ptrdiff_t(std::min<uint64_t>(to, sound->samples.size())));
        one.audio = &slice;
      }
      r.cannot_write = !animatic::write_mp4(clip_path(i), one, &r.error);
    });
    for (size_t i = 0; i < n; ++i) {
      const ClipResult& r = results[i];
      if (r.cannot_write) {
        report.diagnostics.report(DiagnosticKind::CannotWriteAnimatic, clip_path(i), graph.shots[i].span, r.error,
                                  "check that the clips folder is writable and has room");
      } else if (!r.error.empty()) {
        report.diagnostics.report(DiagnosticKind::CannotEncodeAnimatic, clip_path(i), graph.shots[i].span,
                                  "cannot encode the handles of shot `" + graph.shots[i].id + "`'s clip: " + r.error);
      } else {
        report.written.push_back(clip_path(i));
      }
    }
  }
  return report;
}

}  // namespace ekonte::pipeline
