#include "compiler/camera/read_shot_header.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>
#include <unordered_map>

#include "support/text.hpp"
#include "compiler/values/parse_values.hpp"
#include "vocabulary/camera.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte {
namespace {

// A shot longer than this is almost always a unit slip (`600s` for `60s`); an animatic of it is
// minutes of one still.
constexpr uint32_t kLongestShotSeconds = 600;

std::string minutes_text(uint32_t frames, uint32_t fps) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.1f minutes", double(frames) / fps / 60.0);
  return buf;
}

enum class Category { Framing, Angle, Movement };

struct Phrase {
  std::string words;  // normalised: lowercase, hyphens as spaces
  Category category;
  int value;
};

// The camera vocabulary (vocabulary/camera_*.def), one entry per phrase, normalised like
// script words (lowercase, hyphens as spaces).
const std::vector<Phrase>& camera_phrases() {
  static const std::vector<Phrase> table = [] {
    std::vector<Phrase> t;
    auto add = [&t](std::string_view phrases, Category category, int value) {
      for (std::string p : vocabulary::split_phrases(phrases)) {
        for (char& c : p) c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        t.push_back({p, category, value});
      }
    };
    for (size_t i = 0; i < std::size(vocabulary::kFramingRows); ++i)
      add(vocabulary::kFramingRows[i].phrases, Category::Framing, int(i));
    for (size_t i = 0; i < std::size(vocabulary::kAngleRows); ++i)
      add(vocabulary::kAngleRows[i].phrases, Category::Angle, int(i));
    for (size_t i = 0; i < std::size(vocabulary::kMoveRows); ++i)
      add(vocabulary::kMoveRows[i].phrases, Category::Movement, int(i));
    return t;
  }();
  return table;
}

// Lowercases and splits hyphenated words: "Close-up" -> {"close", "up"}.
std::vector<std::string> normalise(const std::string& word) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : word) {
    if (c == '-') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// A normalised word with the index of the script word it came from.
struct Piece {
  std::string word;
  size_t source = 0;
};

// The phrases split into words once.
const std::vector<std::vector<std::string>>& phrase_words() {
  static const std::vector<std::vector<std::string>> table = [] {
    std::vector<std::vector<std::string>> t;
    for (const auto& p : camera_phrases()) t.push_back(split_words(p.words));
    return t;
  }();
  return table;
}

// The phrases by their first word, each list in the order of camera_phrases().
const std::unordered_map<std::string, std::vector<size_t>>& phrases_by_first_word() {
  static const auto table = [] {
    std::unordered_map<std::string, std::vector<size_t>> t;
    const auto& words = phrase_words();
    for (size_t pi = 0; pi < words.size(); ++pi)
      if (!words[pi].empty()) t[words[pi][0]].push_back(pi);
    return t;
  }();
  return table;
}

// Longest vocabulary phrase starting at `pieces[at]` (the first listed of the longest); returns
// its length in pieces (0 if none).
size_t match_phrase(const std::vector<Piece>& pieces, size_t at, const Phrase** found) {
  size_t best = 0;
  if (at >= pieces.size()) return 0;
  const auto candidates = phrases_by_first_word().find(pieces[at].word);
  if (candidates == phrases_by_first_word().end()) return 0;
  const auto& table = phrase_words();
  const auto& phrases = camera_phrases();
  for (const size_t pi : candidates->second) {
    const auto& words = table[pi];
    if (words.size() <= best || at + words.size() > pieces.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < words.size() && ok; ++k) ok = pieces[at + k].word == words[k];
    if (ok) {
      best = words.size();
      *found = &phrases[pi];
    }
  }
  return best;
}

bool is_vocabulary_start(const std::string& word) {
  std::vector<Piece> pieces;
  for (auto& w : normalise(word)) pieces.push_back({w, 0});
  const Phrase* p = nullptr;
  if (pieces.empty()) return false;
  // A single word starts a phrase if some phrase's first word is it.
  for (const auto& words : phrase_words())
    if (words[0] == pieces[0].word) return true;
  return match_phrase(pieces, 0, &p) > 0;
}

SourceSpan join(SourceSpan a, const SourceSpan& b) {
  if (b.offset + b.length > a.offset) a.length = b.offset + b.length - a.offset;
  return a;
}

}  // namespace

std::vector<std::string> camera_vocabulary() {
  std::vector<std::string> out;
  for (const auto& p : camera_phrases()) out.push_back(p.words);
  return out;
}

input::Camera read_shot_header(const std::vector<std::vector<SpannedText>>& items, const SourceSpan& header,
                               uint32_t fps, const std::string& file, DiagnosticSink& sink) {
  input::Camera r;
  bool have_angle = false, have_movement = false, duration_reported = false;
  std::optional<Sourced<Framing>> size, relation;
  static const auto vocabulary = camera_vocabulary();

  for (size_t item_index = 0; item_index < items.size(); ++item_index) {
    std::vector<SpannedText> words = items[item_index];
    if (words.empty()) continue;
    // The id, when given, is the first word of the header: a word that is not camera
    // vocabulary and, standing alone in its item, not a valid duration either.
    if (item_index == 0 && !is_vocabulary_start(words[0].value)) {
      const bool alone = words.size() == 1;
      std::string ignored;
      const bool is_duration = alone && parse_duration_frames(words[0].value, fps, &ignored).has_value();
      if (!is_duration && !(alone && items.size() == 1)) {
        r.id = words[0];
        words.erase(words.begin());
        if (words.empty()) continue;
      }
    }
    // `take N`
    if (!words.empty() && normalise(words[0].value) == std::vector<std::string>{"take"}) {
      const auto n = words.size() == 2 ? parse_whole_number(words[1].value) : std::nullopt;
      if (!n || *n < 1) {
        sink.report(DiagnosticKind::BadTake, file, join(words[0].span, words.back().span),
                    "`take` needs a positive whole number", "write `take 3` to pin the third variant");
      } else {
        r.take = static_cast<uint32_t>(*n);
      }
      continue;
    }
    // A duration stands alone in its item.
    if (words.size() == 1 && looks_like_duration(words[0].value)) {
      std::string error;
      bool zero = false;
      const auto frames = parse_duration_frames(words[0].value, fps, &error, &zero);
      if (!frames && zero) {
        duration_reported = true;
        sink.report(DiagnosticKind::ZeroDurationShot, file, words[0].span,
                    "shot duration `" + words[0].value + "` is zero frames at " + std::to_string(fps) +
                        " fps: the shot would never be seen",
                    "a shot lasts at least one frame, e.g. `1f` or `2s`");
      } else if (!frames) {
        duration_reported = true;
        sink.report(DiagnosticKind::BadDuration, file, words[0].span,
                    "cannot read duration `" + words[0].value + "`: " + error,
                    "durations read `3s`, `1.5s`, `2+12` (seconds+frames) or `36f`");
      } else {
        if (*frames > kLongestShotSeconds * fps)
          sink.report(DiagnosticKind::OverlongShot, file, words[0].span,
                      "shot duration `" + words[0].value + "` is " + minutes_text(*frames, fps) +
                          ": longer than ten minutes",
                      "check the unit: `90s` is a minute and a half, `90f` under four seconds");
        r.duration_frames = frames;
        r.duration_text = words[0].value;
      }
      continue;
    }

    std::vector<Piece> pieces;
    for (size_t i = 0; i < words.size(); ++i)
      for (auto& w : normalise(words[i].value)) pieces.push_back({w, i});

    bool collecting_subject = false;
    size_t i = 0;
    while (i < pieces.size()) {
      const Phrase* phrase = nullptr;
      const size_t n = match_phrase(pieces, i, &phrase);
      if (n == 0) {
        const SpannedText& word = words[pieces[i].source];
        if (collecting_subject) {
          if (r.subject.empty() || r.subject.back().span.offset != word.span.offset)
            r.subject.push_back(word);
          ++i;
          continue;
        }
        // A two-word phrase with one word mistyped (`pan rihgt`) is one mistake, not two.
        if (i + 1 < pieces.size() && pieces[i + 1].source != pieces[i].source) {
          const std::string pair = pieces[i].word + " " + pieces[i + 1].word;
          const std::string guess = closest_match(pair, vocabulary);
          const Phrase* next = nullptr;
          if (!guess.empty() && match_phrase(pieces, i + 1, &next) == 0) {
            const SpannedText& second = words[pieces[i + 1].source];
            sink.report(DiagnosticKind::UnknownCameraWord, file, join(word.span, second.span),
                        "`" + word.value + " " + second.value + "` is not a framing, angle or movement",
                        "did you mean `" + guess + "`?");
            const size_t src = pieces[i + 1].source;
            while (i < pieces.size() && pieces[i].source <= src) ++i;
            continue;
          }
        }
        const std::string suggestion = closest_match(pieces[i].word, vocabulary);
        sink.report(DiagnosticKind::UnknownCameraWord, file, word.span,
                    "`" + word.value + "` is not a framing, angle or movement",
                    suggestion.empty() ? "see docs/language.md for the camera vocabulary"
                                       : "did you mean `" + suggestion + "`?");
        // Skip the rest of the script word.
        const size_t src = pieces[i].source;
        while (i < pieces.size() && pieces[i].source == src) ++i;
        continue;
      }
      const SpannedText& first = words[pieces[i].source];
      const SpannedText& last = words[pieces[i + n - 1].source];
      std::string phrase_text;
      for (size_t k = pieces[i].source; k <= pieces[i + n - 1].source; ++k)
        phrase_text += (phrase_text.empty() ? "" : " ") + words[k].value;
      const SourceSpan span = join(first.span, last.span);
      auto conflict = [&](const char* what) {
        sink.report(DiagnosticKind::ConflictingCameraWords, file, span,
                    std::string("the shot already has ") + what + "; `" + phrase_text + "` is ignored",
                    "give one framing, one angle and one movement per shot");
      };
      collecting_subject = false;
      switch (phrase->category) {
        case Category::Framing: {
          const auto f = static_cast<Framing>(phrase->value);
          const bool is_relation = vocabulary::row(f).category == vocabulary::FramingCategory::Relation;
          auto& slot = is_relation ? relation : size;
          if (slot) {
            conflict(is_relation ? "a two-shot, over-the-shoulder or POV framing" : "a shot size");
          } else {
            slot = Sourced<Framing>{f, Origin::Header, phrase_text, span};
          }
          collecting_subject = true;
          break;
        }
        case Category::Angle:
          if (have_angle) {
            conflict("an angle");
          } else {
            r.angle = {static_cast<Angle>(phrase->value), Origin::Header, phrase_text, span};
            have_angle = true;
          }
          break;
        case Category::Movement:
          if (have_movement) {
            conflict("a movement");
          } else {
            r.movement = {static_cast<Movement>(phrase->value), Origin::Header, phrase_text, span};
            have_movement = true;
          }
          break;
      }
      i += n;
    }
  }
  if (relation) {
    r.framing = *relation;
    // Without a size, a relation takes its usual one (vocabulary/camera_framings.def).
    r.size = size ? size->value : vocabulary::row(relation->value).usual_size;
  } else if (size) {
    r.framing = *size;
    r.size = size->value;
  }
  if (!r.duration_frames && !duration_reported) {
    sink.report(DiagnosticKind::MissingDuration, file, header, "the shot header has no duration",
                "add one before the colon, e.g. `, 3s:` or `, 2+12:`");
  }
  return r;
}

}  // namespace ekonte
