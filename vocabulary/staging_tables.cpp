#include "vocabulary/staging.hpp"
#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {
namespace {

constexpr std::string_view kWhere = "`stage:` clauses and action prose";

// Rows no phrase spells (a side a `profile` takes by itself) are left out of the listing.
template <size_t N>
Table staging_table(std::string_view kind, std::string_view title, const StagingRow (&rows)[N]) {
  Table t{kind, title, kWhere, {}};
  for (const StagingRow& r : rows)
    if (!r.phrases.empty() || !r.stage_phrases.empty())
      t.entries.push_back({r.name, r.phrases, "", r.description, r.stage_phrases});
  return t;
}

}  // namespace

Table position_table() { return staging_table("position", "Screen positions", kPositionRows); }
Table depth_table() { return staging_table("depth", "Depths", kDepthRows); }
Table pose_table() { return staging_table("pose", "Poses", kPoseRows); }
Table expression_table() { return staging_table("expression", "Expressions", kExpressionRows); }
Table view_table() { return staging_table("view", "Views", kViewRows); }

Table facing_table() {
  Table t = staging_table("facing", "Facings", kFacingRows);
  for (Entry& e : t.entries)
    if (e.name == row(Facing::Character).name) e.category = "+ character";
  return t;
}

Table delivery_table() {
  Table t{"delivery", "Dialogue deliveries", "dialogue parentheticals (`HARU (whispering): ...`)", {}};
  for (const DeliveryRow& r : kDeliveryRows)
    if (!r.words.empty()) t.entries.push_back({r.name, r.words, "", r.description});
  return t;
}

}  // namespace ekonte::vocabulary
