#include "pipeline/prepare_pictures.hpp"

#include <cstring>
#include <mutex>

#include "render/image/image_limits.hpp"

namespace ekonte::pipeline {
namespace {

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }

}  // namespace

std::string prepared_picture_kind(int max_width, int jpeg_quality) {
  return "page-picture-v3-w" + std::to_string(max_width) + "-q" + std::to_string(jpeg_quality);
}

std::string encode_prepared_picture(const PreparedPicture& p) {
  std::string out;
  out.reserve(32 + p.image->jpeg.size() + p.image->rgba.size());
  put_u32(out, uint32_t(p.source_width));
  put_u32(out, uint32_t(p.source_height));
  put_u32(out, uint32_t(p.image->width));
  put_u32(out, uint32_t(p.image->height));
  put_u64(out, p.image->jpeg.size());
  out.append(reinterpret_cast<const char*>(p.image->jpeg.data()), p.image->jpeg.size());
  const std::vector<uint8_t>& rgba = p.image->rgba;
  bool opaque = true;
  for (size_t i = 3; i < rgba.size() && opaque; i += 4) opaque = rgba[i] == 255;
  put_u64(out, opaque ? 0 : rgba.size());
  if (!opaque) out.append(reinterpret_cast<const char*>(rgba.data()), rgba.size());
  return out;
}

bool decode_prepared_picture(std::string_view bytes, PreparedPicture* out) {
  size_t at = 0;
  auto get = [&](auto* v) {
    if (bytes.size() - at < sizeof(*v)) return false;
    std::memcpy(v, bytes.data() + at, sizeof(*v));
    at += sizeof(*v);
    return true;
  };
  auto blob = [&](std::vector<uint8_t>* to) {
    uint64_t n;
    if (!get(&n) || bytes.size() - at < n) return false;
    to->assign(bytes.data() + at, bytes.data() + at + n);
    at += n;
    return true;
  };
  uint32_t sw, sh, w, h;
  PreparedPicture p;
  p.image = std::make_shared<layout::ImageData>();
  if (!get(&sw) || !get(&sh) || !get(&w) || !get(&h) || !blob(&p.image->jpeg) || !blob(&p.image->rgba) ||
      at != bytes.size() || !render::image_size_problem(sw, sh).empty() || !render::image_size_problem(w, h).empty() ||
      p.image->jpeg.empty() ||
      (!p.image->rgba.empty() && p.image->rgba.size() != size_t(w) * h * 4))
    return false;
  p.source_width = int(sw);
  p.source_height = int(sh);
  p.image->width = int(w);
  p.image->height = int(h);
  *out = std::move(p);
  return true;
}

bool load_prepared_picture(const render::cache::RenderCache& cache, const std::string& key, PreparedPicture* out,
                           std::string* problem) {
  std::string bytes;
  const auto status = cache.load_extra(key, prepared_picture_kind(), &bytes, problem);
  if (status != render::cache::LoadStatus::Hit) return false;
  if (decode_prepared_picture(bytes, out)) return true;
  *problem = "bad picture";
  return false;
}

layout::ShotPicture prepare_picture(const render::cache::RenderCache* cache, const std::string& key,
                                    const std::string& shot_id, const render::ImageRgba& picture,
                                    const render::ShotLandmarks& landmarks, bool* stored) {
  layout::ShotPicture made = layout::make_shot_picture(shot_id, picture, landmarks);
  bool kept = false;
  if (cache && !key.empty()) {
    PreparedPicture p{picture.width, picture.height, std::const_pointer_cast<layout::ImageData>(made.image)};
    std::string ignored;  // a picture that could not be kept is only prepared again next time
    kept = cache->store_extra(key, prepared_picture_kind(), encode_prepared_picture(p), &ignored);
  }
  if (stored) *stored = kept;
  return made;
}

layout::ShotPicture cached_shot_picture(const render::cache::RenderCache& cache, const std::string& key,
                                        const std::string& shot_id, int width, int height, int source_width,
                                        int source_height, const render::ShotLandmarks& landmarks,
                                        std::vector<std::string>* unreadable) {
  auto load = [&cache, key, shot_id, width, height, unreadable]() -> std::shared_ptr<const layout::ImageData> {
    PreparedPicture p;
    std::string problem;
    if (load_prepared_picture(cache, key, &p, &problem) && p.image->width == width && p.image->height == height)
      return p.image;
    // The PDFs are written on several threads, each reading the pictures it shows.
    static std::mutex unreadable_mutex;
    std::lock_guard<std::mutex> lock(unreadable_mutex);
    if (unreadable) unreadable->push_back(shot_id);
    return nullptr;
  };
  return layout::lazy_shot_picture(shot_id, width, height, source_width, source_height, landmarks, std::move(load));
}

}  // namespace ekonte::pipeline
