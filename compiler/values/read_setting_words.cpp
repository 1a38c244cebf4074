#include "compiler/values/read_setting_words.hpp"

#include <algorithm>

#include "compiler/values/prop_by_meaning.hpp"
#include "compiler/values/read_prop_colours.hpp"
#include "support/text.hpp"
#include "vocabulary/world.hpp"

namespace ekonte {
namespace {

// The items of a comma-separated value, each with its span.
std::vector<ast::Text> list_items(const ast::Text& value) {
  std::vector<ast::Text> out;
  const std::string& v = value.value;
  size_t start = 0;
  while (start <= v.size()) {
    size_t end = v.find(',', start);
    if (end == std::string::npos) end = v.size();
    const std::string raw = v.substr(start, end - start);
    const std::string item = trim(raw);
    if (!item.empty()) out.push_back({to_lower(item), ast::sub_span(value, start + raw.find(item), item.size())});
    start = end + 1;
  }
  return out;
}

std::string quoted(std::string_view name) { return "`" + std::string(name) + "`"; }

}  // namespace

bool read_setting_word(const ast::Property& p, Setting& s, const std::string& file, DiagnosticSink& sink,
                       const std::vector<CustomProp>& custom) {
  const std::string& key = p.key.value;
  if (key == "time") {
    s.time = to_lower(trim(p.value.value));
    if (!s.time.empty() && !vocabulary::match_time(s.time))
      sink.report(DiagnosticKind::UnknownTimeOfDay, file, p.value.span, "`" + s.time + "` is not a time of day; day is drawn",
                  "the nearest time is " + quoted(vocabulary::row(vocabulary::nearest_time(s.time)).name) +
                      " (see `ekonte vocabulary time`)");
  } else if (key == "kind") {
    s.kind = to_lower(trim(p.value.value));  // checked with the name, in check_setting_kind
  } else if (key == "weather") {
    for (const ast::Text& item : list_items(p.value)) {
      s.weather.push_back(item.value);
      if (!vocabulary::match_weather(item.value))
        sink.report(DiagnosticKind::UnknownWeather, file, item.span, "`" + item.value + "` is not a kind of weather; it is not drawn",
                    "the nearest weather is " + quoted(vocabulary::row(vocabulary::nearest_weather(item.value)).name) +
                        " (see `ekonte vocabulary weather`)");
    }
  } else if (key == "props") {
    for (const ast::Text& item : list_items(p.value)) {
      s.props.push_back(item.value);
      for (PropColour& c : read_prop_colours(item)) s.prop_colours.push_back(std::move(c));
      if (vocabulary::match_prop(item.value)) continue;
      if (std::any_of(custom.begin(), custom.end(), [&](const CustomProp& c) { return to_lower(c.id) == item.value; }))
        continue;
      if (const auto by_meaning = prop_by_meaning(item.value))
        sink.report(DiagnosticKind::PropByMeaning, file, item.span,
                    "`" + item.value + "` is not in the prop table; it is drawn as " +
                        quoted(vocabulary::row(by_meaning->prop).name),
                    "read by meaning: " + by_meaning->path + " (see `ekonte vocabulary prop`)");
      else
        sink.report(DiagnosticKind::UnknownProp, file, item.span,
                    "`" + item.value + "` is not a known prop; it is drawn as a labelled silhouette",
                    "the nearest prop is " + quoted(vocabulary::row(vocabulary::nearest_prop(item.value)).name) +
                        "; a new prop is a row in vocabulary/props.def (see `ekonte vocabulary prop`)");
    }
  } else {
    return false;
  }
  return true;
}

void check_setting_kind(const ast::SettingDecl& decl, const Setting& s, const std::string& file, DiagnosticSink& sink) {
  if (!s.kind.empty()) {
    if (vocabulary::match_setting_kind(s.kind)) return;
    SourceSpan span = decl.span;
    for (const ast::Property& p : decl.properties)
      if (p.key.value == "kind") span = p.value.span;
    sink.report(DiagnosticKind::UnknownSettingKind, file, span,
                "`" + s.kind + "` is not a kind of place; setting `" + s.id + "` is drawn with a plain backdrop",
                "the nearest kind is " + quoted(vocabulary::row(vocabulary::nearest_setting_kind(s.kind)).name) +
                    " (see `ekonte vocabulary setting-kind`)");
    return;
  }
  if (vocabulary::match_setting_kind(s.name) || vocabulary::match_setting_kind(s.id)) return;
  const SourceSpan span = decl.name.span.valid() ? decl.name.span : decl.id.span;
  const std::string_view nearest = vocabulary::row(vocabulary::nearest_setting_kind(s.name + " " + s.id)).name;
  sink.report(DiagnosticKind::UnknownSettingKind, file, span,
              "no kind of place in the name of setting `" + s.id + "`; it is drawn with a plain backdrop",
              "the nearest kind is " + quoted(nearest) + "; say which with `kind: " + std::string(nearest) +
                  "` (see `ekonte vocabulary setting-kind`)");
}

}  // namespace ekonte
