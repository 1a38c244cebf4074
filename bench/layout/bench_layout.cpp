// Layout benchmark: a 500-shot script (the sample's 20 shots repeated) with pre-rendered
// 1280x720 pictures; measures page layout + PDF assembly per format, single-threaded.
// usage: bench_layout [SHOTS] [OUTDIR]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "layout/backend/cairo_backend.hpp"
#include "layout/manga/build_manga.hpp"
#include "layout/pages/page_builders.hpp"
#include "tests/layout/layout_fixture.hpp"

using namespace ekonte;
using namespace ekonte::layout;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 500;
  const std::string out = argc > 2 ? argv[2] : "bench-layout-out";
  std::filesystem::create_directories(out);
  const ShotGraph base = testing::sample_like_graph();
  ShotGraph g = base;
  g.shots.clear();
  for (auto& sc : g.scenes) sc.shots.clear();
  for (int i = 0; i < count; ++i) {
    Shot s = base.shots[i % base.shots.size()];
    s.id = std::to_string(i + 1);
    s.index = static_cast<uint32_t>(i);
    g.scenes[s.scene.value].shots.push_back(ShotId{static_cast<uint32_t>(i)});
    g.shots.push_back(s);
  }
  DiagnosticSink sink;
  auto fonts = FontLibrary::load(sink);
  if (!fonts) return 1;
  std::vector<testing::SyntheticShot> inputs;
  for (const auto& s : g.shots) inputs.push_back(testing::synthetic_shot(g, s, 1280, 720));
  auto t0 = Clock::now();
  ShotPictures pictures;
  for (const auto& in : inputs) pictures[in.shot_id] = make_shot_picture(in.shot_id, in.image, in.landmarks);
  const double prepare_s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("shots: %d, picture preparation (downscale + JPEG): %.2f s (%.1f ms/shot)\n", count, prepare_s,
              prepare_s * 1000 / count);
  int total_pages = 0;
  double total_s = 0;
  for (const char* name : {"ekonte", "storyboard", "manga"}) {
    t0 = Clock::now();
    Document doc = std::string(name) == "storyboard" ? build_storyboard(g, pictures, *fonts)
                   : std::string(name) == "ekonte"   ? build_ekonte(g, pictures, *fonts)
                                                     : build_manga(g, pictures, *fonts, sink);
    const double layout_s = std::chrono::duration<double>(Clock::now() - t0).count();
    const std::string path = out + "/" + name + ".pdf";
    t0 = Clock::now();
    if (!write_pdf(doc, path)) return 1;
    const double pdf_s = std::chrono::duration<double>(Clock::now() - t0).count();
    const double mb = std::filesystem::file_size(path) / 1048576.0;
    const int pages = static_cast<int>(doc.pages.size());
    std::printf("%-10s %4d pages  layout %.2f s  pdf %.2f s  %6.1f pages/s  %.3f MB/page\n", name, pages, layout_s,
                pdf_s, pages / (layout_s + pdf_s), mb / pages);
    total_pages += pages;
    total_s += layout_s + pdf_s;
  }
  std::printf("all formats: %d pages in %.2f s: %.1f pages/s on one core\n", total_pages, total_s, total_pages / total_s);
  return 0;
}
