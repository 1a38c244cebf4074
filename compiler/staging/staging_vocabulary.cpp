#include "compiler/staging/staging_vocabulary.hpp"

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {
namespace {

template <size_t N>
void add_rows(std::vector<StagingPhrase>& out, Attr attr, const vocabulary::StagingRow (&rows)[N], int skip = -1) {
  for (size_t i = 0; i < N; ++i) {
    if (static_cast<int>(i) == skip) continue;
    for (std::string& p : vocabulary::split_phrases(rows[i].phrases)) out.push_back({std::move(p), attr, int(i)});
    for (std::string& p : vocabulary::split_phrases(rows[i].stage_phrases))
      out.push_back({std::move(p), attr, int(i), true});
  }
}

}  // namespace

const std::vector<StagingPhrase>& staging_phrases() {
  static const std::vector<StagingPhrase> phrases = [] {
    std::vector<StagingPhrase> t;
    add_rows(t, Attr::Position, vocabulary::kPositionRows);
    add_rows(t, Attr::Depth, vocabulary::kDepthRows);
    add_rows(t, Attr::Pose, vocabulary::kPoseRows);
    add_rows(t, Attr::Expression, vocabulary::kExpressionRows);
    add_rows(t, Attr::Facing, vocabulary::kFacingRows, int(Facing::Character));
    add_rows(t, Attr::View, vocabulary::kViewRows);
    return t;
  }();
  return phrases;
}

const std::set<std::string>& object_markers() {
  // Prepositions and verbs of looking: the character after them is looked at, not acting.
  static const std::set<std::string> markers = {"to", "at", "toward", "towards", "facing", "beside", "with",
                                                "from", "behind", "near", "of", "in", "on", "for", "like",
                                                "than", "watches", "watching", "faces", "and"};
  return markers;
}

// The phrase tables split into words once.
const std::vector<std::vector<std::string>>& facing_words() {
  static const auto table = [] {
    std::vector<std::vector<std::string>> t;
    for (const std::string& f : vocabulary::split_phrases(vocabulary::row(Facing::Character).phrases))
      t.push_back(split_words(f));
    return t;
  }();
  return table;
}

const std::vector<std::vector<std::string>>& staging_words() {
  static const auto table = [] {
    std::vector<std::vector<std::string>> t;
    for (const auto& p : staging_phrases()) t.push_back(split_words(p.words));
    return t;
  }();
  return table;
}

}  // namespace ekonte::staging
