#pragma once
// The sheet formats: shot graph + pictures -> a Document (display list), no drawing here.
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"
#include "layout/shot_pictures.hpp"
#include "layout/text/font_library.hpp"

namespace ekonte::layout {

struct StoryboardOptions {
  int columns = 2;  // `--grid CxR`
  int rows = 3;
};

// Western storyboard sheets: A4 landscape, a grid of panels, each the picture with the shot's
// camera data, action, dialogue, sound and notes; scene headings and transitions where they
// occur; header with title, episode and scenes; footer with page n/N and running time.
Document build_storyboard(const ShotGraph& graph, const ShotPictures& pictures, const FontLibrary& fonts,
                          const StoryboardOptions& options = {});

// Cuts per ekonte sheet.
inline constexpr int kEkonteCutsPerPage = 5;

// Japanese anime ekonte sheets: A4 portrait, five cuts per page in the columns
// カット | 画面 | 内容 | セリフ | 秒, page total time at the bottom.
Document build_ekonte(const ShotGraph& graph, const ShotPictures& pictures, const FontLibrary& fonts);

}  // namespace ekonte::layout
