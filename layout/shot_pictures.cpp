#include "layout/shot_pictures.hpp"

#include <jpeglib.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "layout/backend/cairo_backend.hpp"

namespace ekonte::layout {

namespace {

render::Box box_from_json(const nlohmann::json& j) {
  render::Box b;
  if (j.is_object()) {
    b.x = j.value("x", 0.0);
    b.y = j.value("y", 0.0);
    b.w = j.value("w", j.value("width", 0.0));
    b.h = j.value("h", j.value("height", 0.0));
  } else if (j.is_array() && j.size() == 4) {
    b = {j[0].get<double>(), j[1].get<double>(), j[2].get<double>(), j[3].get<double>()};
  }
  return b;
}
render::Point point_from_json(const nlohmann::json& j) {
  if (j.is_object()) return {j.value("x", 0.0), j.value("y", 0.0)};
  if (j.is_array() && j.size() == 2) return {j[0].get<double>(), j[1].get<double>()};
  return {};
}
nlohmann::json to_json(const render::Box& b) { return {{"x", b.x}, {"y", b.y}, {"w", b.w}, {"h", b.h}}; }
nlohmann::json to_json(const render::Point& p) { return {{"x", p.x}, {"y", p.y}}; }

// Box-filter downscale so that the width is at most `max_width`.
render::ImageRgba downscale(const render::ImageRgba& src, int max_width) {
  if (src.width <= max_width) return src;
  const double f = static_cast<double>(src.width) / max_width;
  render::ImageRgba dst;
  dst.width = max_width;
  dst.height = std::max(1, static_cast<int>(std::lround(src.height / f)));
  dst.pixels.resize(static_cast<size_t>(dst.width) * dst.height * 4);
  for (int y = 0; y < dst.height; ++y) {
    const int y0 = static_cast<int>(y * f), y1 = std::min(src.height, std::max(y0 + 1, static_cast<int>((y + 1) * f)));
    for (int x = 0; x < dst.width; ++x) {
      const int x0 = static_cast<int>(x * f), x1 = std::min(src.width, std::max(x0 + 1, static_cast<int>((x + 1) * f)));
      uint32_t acc[4] = {0, 0, 0, 0};
      for (int yy = y0; yy < y1; ++yy)
        for (int xx = x0; xx < x1; ++xx)
          for (int c = 0; c < 4; ++c) acc[c] += src.pixels[(static_cast<size_t>(yy) * src.width + xx) * 4 + c];
      const uint32_t n = (y1 - y0) * (x1 - x0);
      for (int c = 0; c < 4; ++c) dst.pixels[(static_cast<size_t>(y) * dst.width + x) * 4 + c] = static_cast<uint8_t>(acc[c] / n);
    }
  }
  return dst;
}

render::ShotLandmarks rescale(render::ShotLandmarks lm, double f) {
  auto sb = [f](render::Box& b) { b = {b.x * f, b.y * f, b.w * f, b.h * f}; };
  auto sp = [f](render::Point& p) { p = {p.x * f, p.y * f}; };
  for (auto& c : lm.characters) {
    sb(c.head);
    sb(c.body);
    sp(c.face_center);
    sp(c.mouth);
  }
  sb(lm.subject);
  lm.width = static_cast<int>(std::lround(lm.width * f));
  lm.height = static_cast<int>(std::lround(lm.height * f));
  return lm;
}

}  // namespace

render::ShotLandmarks landmarks_from_json(const nlohmann::json& j) {
  render::ShotLandmarks lm;
  lm.shot_id = j.value("shot_id", j.value("shot", std::string()));
  lm.width = j.value("width", 0);
  lm.height = j.value("height", 0);
  if (j.contains("subject")) lm.subject = box_from_json(j["subject"]);
  if (j.contains("characters") && j["characters"].is_array()) {
    for (const auto& c : j["characters"]) {
      render::CharacterLandmarks cl;
      cl.character_id = c.value("character_id", c.value("character", c.value("id", std::string())));
      cl.in_frame = c.value("in_frame", true);
      if (c.contains("head")) cl.head = box_from_json(c["head"]);
      if (c.contains("face_center")) cl.face_center = point_from_json(c["face_center"]);
      if (c.contains("mouth")) cl.mouth = point_from_json(c["mouth"]);
      if (c.contains("body")) cl.body = box_from_json(c["body"]);
      lm.characters.push_back(cl);
    }
  }
  return lm;
}

nlohmann::json landmarks_to_json(const render::ShotLandmarks& lm) {
  nlohmann::json chars = nlohmann::json::array();
  for (const auto& c : lm.characters)
    chars.push_back({{"character_id", c.character_id}, {"in_frame", c.in_frame}, {"head", to_json(c.head)},
                     {"face_center", to_json(c.face_center)}, {"mouth", to_json(c.mouth)}, {"body", to_json(c.body)}});
  return {{"shot_id", lm.shot_id}, {"width", lm.width}, {"height", lm.height}, {"characters", chars},
          {"subject", to_json(lm.subject)}};
}

std::vector<uint8_t> encode_jpeg(const render::ImageRgba& image, int quality) {
  jpeg_compress_struct cinfo;
  jpeg_error_mgr jerr;
  cinfo.err = jpeg_std_error(&jerr);
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = image.width;
  cinfo.image_height = image.height;
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, quality, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<uint8_t> row(static_cast<size_t>(image.width) * 3);
  while (cinfo.next_scanline < cinfo.image_height) {
    const uint8_t* src = image.pixels.data() + static_cast<size_t>(cinfo.next_scanline) * image.width * 4;
    // Transparent pixels become paper white, as on the page.
    for (int x = 0; x < image.width; ++x) {
      const uint32_t a = src[4 * x + 3];
      for (int c = 0; c < 3; ++c) row[3 * x + c] = static_cast<uint8_t>((src[4 * x + c] * a + 255 * (255 - a)) / 255);
    }
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::vector<uint8_t> out(buffer, buffer + size);
  free(buffer);
  return out;
}

std::string prepared_picture_kind(int max_width, int jpeg_quality) {
  return "layout-picture-v2-w" + std::to_string(max_width) + "-q" + std::to_string(jpeg_quality);
}

namespace {

// A prepared picture as cached: source width (u32) | source height (u32) | width (u32) |
// height (u32) | JPEG byte count (u64) | JPEG | RGBA byte count (u64) | RGBA. The RGBA pixels
// are left out (count 0) when every pixel is opaque: PDFs embed the JPEG alone, and reading
// back a tenth of the bytes is most of what makes a rebuild fast. The landmarks are not
// stored: they come with the input and are rescaled from the source size.
struct Prepared {
  int source_width = 0, source_height = 0;
  std::shared_ptr<ImageData> data;
};

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }

std::string encode_prepared(const Prepared& p) {
  std::string out;
  out.reserve(32 + p.data->jpeg.size() + p.data->rgba.size());
  put_u32(out, uint32_t(p.source_width));
  put_u32(out, uint32_t(p.source_height));
  put_u32(out, uint32_t(p.data->width));
  put_u32(out, uint32_t(p.data->height));
  put_u64(out, p.data->jpeg.size());
  out.append(reinterpret_cast<const char*>(p.data->jpeg.data()), p.data->jpeg.size());
  const std::vector<uint8_t>& rgba = p.data->rgba;
  bool opaque = true;
  for (size_t i = 3; i < rgba.size() && opaque; i += 4) opaque = rgba[i] == 255;
  put_u64(out, opaque ? 0 : rgba.size());
  if (!opaque) out.append(reinterpret_cast<const char*>(rgba.data()), rgba.size());
  return out;
}

std::optional<Prepared> decode_prepared(std::string_view bytes) {
  size_t at = 0;
  auto get = [&](auto* v) {
    if (bytes.size() - at < sizeof(*v)) return false;
    std::memcpy(v, bytes.data() + at, sizeof(*v));
    at += sizeof(*v);
    return true;
  };
  auto blob = [&](std::vector<uint8_t>* out) {
    uint64_t n;
    if (!get(&n) || bytes.size() - at < n) return false;
    out->assign(bytes.data() + at, bytes.data() + at + n);
    at += n;
    return true;
  };
  uint32_t sw, sh, w, h;
  Prepared p;
  p.data = std::make_shared<ImageData>();
  if (!get(&sw) || !get(&sh) || !get(&w) || !get(&h) || !blob(&p.data->jpeg) || !blob(&p.data->rgba) ||
      at != bytes.size() || sw == 0 || sh == 0 || w == 0 || h == 0 || p.data->jpeg.empty() ||
      (!p.data->rgba.empty() && p.data->rgba.size() != size_t(w) * h * 4))
    return std::nullopt;
  p.source_width = int(sw);
  p.source_height = int(sh);
  p.data->width = int(w);
  p.data->height = int(h);
  return p;
}

struct PreparedShot {
  std::optional<ShotPicture> picture;
  std::string missing_path, missing_message;  // set when the picture could not be read
  std::string cache_problem;                  // a damaged cached picture
  bool reused = false;
};

PreparedShot prepare_one(const LaidOutShotInput& in, PictureCache* cache, const std::string& kind, int max_width,
                         int jpeg_quality) {
  PreparedShot result;
  const bool cached = cache && cache->load && !in.cache_key.empty();
  std::optional<Prepared> prepared;
  if (cached) {
    std::string bytes, problem;
    if (cache->load(in.cache_key, kind, &bytes, &problem)) {
      prepared = decode_prepared(bytes);
      if (!prepared) problem = "bad picture";
    }
    if (!problem.empty()) result.cache_problem = problem;
    result.reused = prepared.has_value();
  }
  if (!prepared) {
    render::ImageRgba loaded;
    const render::ImageRgba* src = &in.image;
    if (!in.image_path.empty()) {
      auto img = load_png(in.image_path);
      if (!img) {
        result.missing_path = in.image_path;
        result.missing_message = "cannot read the picture of shot `" + in.shot_id + "`; its panels stay empty";
        return result;
      }
      loaded = std::move(*img);
      src = &loaded;
    } else if (in.image.pixels.empty() && in.load_image) {
      std::string problem;
      auto img = in.load_image(&problem);
      if (!img) {
        result.missing_message = "cannot read the picture of shot `" + in.shot_id + "`" +
                                 (problem.empty() ? "" : " (" + problem + ")") + "; its panels stay empty";
        return result;
      }
      loaded = std::move(*img);
      src = &loaded;
    }
    if (src->width <= 0 || src->height <= 0) return result;
    render::ImageRgba small = downscale(*src, max_width);
    Prepared p;
    p.source_width = src->width;
    p.source_height = src->height;
    p.data = std::make_shared<ImageData>();
    p.data->width = small.width;
    p.data->height = small.height;
    p.data->jpeg = encode_jpeg(small, jpeg_quality);
    p.data->rgba = std::move(small.pixels);
    if (cached && cache->store) cache->store(in.cache_key, kind, encode_prepared(p));
    prepared = std::move(p);
  }
  const int source_width = prepared->source_width;
  ImageData& data = *prepared->data;
  const double f = static_cast<double>(data.width) / source_width;
  render::ShotLandmarks lm = in.landmarks;
  if (lm.width <= 0 || lm.height <= 0) {
    lm.width = source_width;
    lm.height = prepared->source_height;
  }
  // Landmarks may have been measured on a differently sized picture.
  const double lf = static_cast<double>(source_width) / lm.width * f;
  data.key = "shot-" + in.shot_id + "-" + std::to_string(data.width) + "x" + std::to_string(data.height);
  result.picture = ShotPicture{std::move(prepared->data), rescale(lm, lf)};
  return result;
}

}  // namespace

ShotPictures prepare_pictures(const std::vector<LaidOutShotInput>& inputs, DiagnosticSink& sink, int max_width,
                              int jpeg_quality, PictureCache* cache, int jobs) {
  const std::string kind = prepared_picture_kind(max_width, jpeg_quality);
  std::vector<PreparedShot> results(inputs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < inputs.size(); i = next++)
      results[i] = prepare_one(inputs[i], cache, kind, max_width, jpeg_quality);
  };
  const size_t threads = std::min(inputs.size(), size_t(std::max(1, jobs)));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  ShotPictures out;
  for (size_t i = 0; i < inputs.size(); ++i) {
    PreparedShot& r = results[i];
    if (!r.missing_message.empty())
      sink.report(DiagnosticKind::MissingShotImage, r.missing_path, {}, r.missing_message,
                  "run `ekonte build` to render the shots first");
    if (cache) {
      if (!r.cache_problem.empty())
        cache->warnings.push_back("cached picture of shot `" + inputs[i].shot_id + "` is damaged (" + r.cache_problem +
                                  "); prepared again");
      if (r.reused) ++cache->reused;
      else if (r.picture) ++cache->prepared;
    }
    if (r.picture) out[inputs[i].shot_id] = std::move(*r.picture);
  }
  return out;
}

// The renderer's file names: shot ids keep [A-Za-z0-9._-], anything else becomes `_`
// (render::shot_file_stem; repeated here so layout reads only files, not the renderer).
static std::string shot_file_stem(const std::string& id) {
  std::string out;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    out.push_back(ok ? c : '_');
  }
  return out.empty() ? "shot" : out;
}

std::vector<LaidOutShotInput> load_shot_inputs(const ShotGraph& graph, const std::string& dir, DiagnosticSink& sink) {
  std::vector<LaidOutShotInput> out;
  for (const auto& shot : graph.shots) {
    LaidOutShotInput in;
    in.shot_id = shot.id;
    const std::filesystem::path png = std::filesystem::path(dir) / (shot_file_stem(shot.id) + ".png");
    const std::filesystem::path json = std::filesystem::path(dir) / (shot_file_stem(shot.id) + ".landmarks.json");
    if (!std::filesystem::exists(png)) {
      sink.report(DiagnosticKind::MissingShotImage, png.string(), {},
                  "the picture of shot `" + shot.id + "` does not exist; its panels stay empty",
                  "run `ekonte build` to render the shots first");
      continue;
    }
    in.image_path = png.string();
    std::ifstream f(json);
    if (f) {
      try {
        in.landmarks = landmarks_from_json(nlohmann::json::parse(f));
      } catch (const std::exception& e) {
        sink.report(DiagnosticKind::MissingShotImage, json.string(), {},
                    "cannot read the landmarks of shot `" + shot.id + "`: " + e.what());
      }
    } else {
      sink.report(DiagnosticKind::MissingShotImage, json.string(), {},
                  "the landmarks of shot `" + shot.id + "` do not exist; balloons may cover faces");
    }
    out.push_back(std::move(in));
  }
  return out;
}

Rect crop_window(const ShotPicture& picture, double aspect) {
  const double W = picture.image->width, H = picture.image->height;
  double ww = W, wh = W / aspect;
  if (wh > H) {
    wh = H;
    ww = H * aspect;
  }
  const auto& lm = picture.landmarks;
  Point target{W / 2, H / 2};
  if (lm.subject.w > 0 && lm.subject.h > 0) target = {lm.subject.x + lm.subject.w / 2, lm.subject.y + lm.subject.h / 2};
  // Union of the visible parts of every face in frame.
  bool any = false;
  double fx0 = 0, fy0 = 0, fx1 = 0, fy1 = 0;
  for (const auto& c : lm.characters) {
    if (!c.in_frame || c.head.w <= 0) continue;
    const double x0 = std::max(0.0, c.head.x), y0 = std::max(0.0, c.head.y);
    const double x1 = std::min(W, c.head.x + c.head.w), y1 = std::min(H, c.head.y + c.head.h);
    if (x1 <= x0 || y1 <= y0) continue;
    if (!any) { fx0 = x0; fy0 = y0; fx1 = x1; fy1 = y1; any = true; }
    fx0 = std::min(fx0, x0); fy0 = std::min(fy0, y0); fx1 = std::max(fx1, x1); fy1 = std::max(fy1, y1);
  }
  if (any && fx1 - fx0 > ww) {
    // Too narrow for every face: widen past the picture (the panel shows paper above and below).
    ww = (fx1 - fx0) * 1.04;
    wh = ww / aspect;
  }
  if (any && fy1 - fy0 > wh) {
    wh = (fy1 - fy0) * 1.04;
    ww = wh * aspect;
  }
  double x = target.x - ww / 2, y = target.y - wh / 2;
  if (any) {
    x = std::min(x, fx0);
    x = std::max(x, fx1 - ww);
    y = std::min(y, fy0);
    y = std::max(y, fy1 - wh);
  }
  // Stay on the picture where it is large enough; otherwise centre the picture in the window.
  x = ww <= W ? std::clamp(x, 0.0, W - ww) : (W - ww) / 2;
  y = wh <= H ? std::clamp(y, 0.0, H - wh) : (H - wh) / 2;
  if (any && ww <= W) { x = std::min(x, fx0); x = std::max(x, fx1 - ww); }
  if (any && wh <= H) { y = std::min(y, fy0); y = std::max(y, fy1 - wh); }
  return {x, y, ww, wh};
}

}  // namespace ekonte::layout
