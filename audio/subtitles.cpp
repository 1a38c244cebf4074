#include "audio/subtitles.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ekonte::audio {
namespace {

// "HH:MM:SS" + separator + "mmm"; WebVTT uses '.', SubRip ','.
std::string stamp(double seconds, char separator) {
  const auto ms_total = static_cast<long long>(std::llround(std::max(0.0, seconds) * 1000.0));
  const long long ms = ms_total % 1000, s = (ms_total / 1000) % 60, m = (ms_total / 60000) % 60,
                  h = ms_total / 3600000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld%c%03lld", h, m, s, separator, ms);
  return buf;
}

// Cues in time order (lines of one shot keep their script order on ties).
std::vector<const SpokenLine*> in_time_order(const std::vector<SpokenLine>& lines) {
  std::vector<const SpokenLine*> order;
  for (const auto& l : lines) order.push_back(&l);
  std::stable_sort(order.begin(), order.end(),
                   [](const SpokenLine* a, const SpokenLine* b) { return a->start_s < b->start_s; });
  return order;
}

// A cue line may not hold a blank line (it would end the cue) nor, in WebVTT, "-->".
std::string cue_text(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  for (size_t at; (at = text.find("-->")) != std::string::npos;) text.replace(at, 3, "->");
  return text;
}

// WebVTT text is HTML-like: '&' and '<' must be escaped.
std::string vtt_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

}  // namespace

std::string webvtt(const std::vector<SpokenLine>& lines) {
  std::string out = "WEBVTT\n";
  for (const SpokenLine* l : in_time_order(lines)) {
    out += "\n" + stamp(l->start_s, '.') + " --> " + stamp(l->end_s, '.') + "\n";
    const std::string text = vtt_escape(cue_text(l->text));
    out += l->speaker.empty() ? text : "<v " + vtt_escape(cue_text(l->speaker)) + ">" + text;
    out += "\n";
  }
  return out;
}

std::string srt(const std::vector<SpokenLine>& lines) {
  std::string out;
  size_t number = 0;
  for (const SpokenLine* l : in_time_order(lines)) {
    if (number) out += "\n";
    out += std::to_string(++number) + "\n";
    out += stamp(l->start_s, ',') + " --> " + stamp(l->end_s, ',') + "\n";
    const std::string text = cue_text(l->text);
    out += (l->speaker.empty() ? text : cue_text(l->speaker) + ": " + text) + "\n";
  }
  return out;
}

}  // namespace ekonte::audio
