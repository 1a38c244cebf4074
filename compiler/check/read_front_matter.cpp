#include <cctype>

#include "compiler/check/checks.hpp"
#include "compiler/values/parse_values.hpp"

namespace ekonte::check {

std::string suggest(const std::string& word, const std::vector<std::string>& candidates, const std::string& fallback) {
  const std::string guess = closest_match(word, candidates);
  return guess.empty() ? fallback : "did you mean `" + guess + "`?";
}

void read_front_matter(const input::ScriptInput& script, ShotGraph& graph, const PassContext& ctx) {
  static const std::vector<std::string> kKeys = {"title", "author", "episode", "aspect", "fps", "reading"};
  for (const auto& p : script.front_matter) {
    const std::string& key = p.key.value;
    const std::string& value = p.value.value;
    auto bad = [&](const std::string& message, const std::string& hint) {
      ctx.sink.report(DiagnosticKind::BadFrontMatterValue, ctx.file, p.value.span, message, hint);
    };
    if (key == "title") {
      graph.meta.title = value;
    } else if (key == "author") {
      graph.meta.author = value;
    } else if (key == "episode") {
      graph.meta.episode = value;
    } else if (key == "fps") {
      const auto fps = parse_fps(value);
      if (!fps) bad("`fps` must be a whole number from 1 to 120, got `" + value + "`", "e.g. `fps: 24`");
      else graph.meta.fps = *fps;
    } else if (key == "aspect") {
      // `16:9`, `4:3`, `2.39:1`: kept as a ratio of whole numbers.
      const auto colon = value.find(':');
      double w = 0, h = 0;
      bool ok = colon != std::string::npos;
      if (ok) {
        try {
          size_t used = 0;
          w = std::stod(value.substr(0, colon), &used);
          ok = used == colon;
          const std::string rest = value.substr(colon + 1);
          h = std::stod(rest, &used);
          ok = ok && used == rest.size();
        } catch (...) {
          ok = false;
        }
      }
      if (!ok || w <= 0 || h <= 0 || w / h > 4 || h / w > 4) {
        bad("cannot read aspect ratio `" + value + "`", "write it as `W:H`, e.g. `aspect: 16:9`");
      } else {
        uint32_t scale = 1;
        while ((w * scale != static_cast<uint32_t>(w * scale) || h * scale != static_cast<uint32_t>(h * scale)) && scale < 1000)
          scale *= 10;
        graph.meta.aspect_w = static_cast<uint32_t>(w * scale);
        graph.meta.aspect_h = static_cast<uint32_t>(h * scale);
      }
    } else if (key == "reading") {
      std::string v;
      for (char c : value) v += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (v == "right-to-left" || v == "rtl" || v == "right to left") graph.meta.reading = ReadingDirection::RightToLeft;
      else if (v == "left-to-right" || v == "ltr" || v == "left to right") graph.meta.reading = ReadingDirection::LeftToRight;
      else bad("`reading` is `left-to-right` or `right-to-left`, got `" + value + "`", "manga usually reads `right-to-left`");
    } else {
      ctx.sink.report(DiagnosticKind::UnknownFrontMatterKey, ctx.file, p.key.span,
                      "unknown front matter key `" + key + "`", suggest(key, kKeys, "known keys: title, author, episode, aspect, fps, reading"));
    }
  }
}

}  // namespace ekonte::check
