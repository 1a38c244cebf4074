#include "pipeline/staged_outputs.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/atomic_write.hpp"

namespace ekonte::pipeline {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCommitFile = "commit";
// A line of the commit list that starts with this names an output to remove, not to move:
// relative paths never start with it.
constexpr char kRemoveMark = '/';

// Moves each listed file from staging over its output (a symlinked output keeps its link), and
// removes the outputs listed for removal.
bool move_into_place(const fs::path& out, const std::vector<std::string>& files, std::string* error) {
  const fs::path staging = out / kStagingFolder;
  for (const std::string& relative : files) {
    if (!relative.empty() && relative[0] == kRemoveMark) {
      std::error_code ec;
      fs::remove(out / relative.substr(1), ec);  // already gone: removed before the build was killed
      continue;
    }
    const fs::path from = staging / relative;
    std::error_code ec;
    if (!fs::exists(from, ec)) continue;  // moved before the build was killed
    const fs::path to = output_target((out / relative).string());
    fs::create_directories(to.parent_path(), ec);
    fs::rename(from, to, ec);
    if (ec) {
      *error = "cannot move `" + from.string() + "` to `" + to.string() + "`: " + ec.message();
      return false;
    }
  }
  std::error_code ec;
  fs::remove_all(staging, ec);
  return true;
}

}  // namespace

bool recover_staged_outputs(const std::string& out_dir, std::string* what, std::string* error) {
  what->clear();
  const fs::path staging = fs::path(out_dir) / kStagingFolder;
  std::error_code ec;
  if (!fs::exists(staging, ec)) return true;
  std::ifstream list(staging / kCommitFile);
  if (!list) {
    fs::remove_all(staging, ec);
    *what = "discarded";
    return true;
  }
  std::vector<std::string> files;
  for (std::string line; std::getline(list, line);)
    if (!line.empty()) files.push_back(line);
  *what = "finished";
  return move_into_place(out_dir, files, error);
}

StagedOutputs::StagedOutputs(std::string out_dir) : out_dir_(std::move(out_dir)) {
  if (!recover_staged_outputs(out_dir_, &recovered_, &error_)) return;
  std::error_code ec;
  fs::create_directories(staging_dir(), ec);
  if (ec) error_ = "cannot create the folder `" + staging_dir() + "`: " + ec.message();
}

std::string StagedOutputs::staging_dir() const { return (fs::path(out_dir_) / kStagingFolder).string(); }

std::string StagedOutputs::staged_path(const std::string& relative) const {
  return (fs::path(staging_dir()) / relative).string();
}

bool StagedOutputs::commit(std::string* error) {
  // What can be known to block a move is checked before the commit point, so that a folder
  // in the way fails this build cleanly instead of leaving a commit no later build can finish.
  for (const std::string& relative : files_) {
    if (!relative.empty() && relative[0] == kRemoveMark) continue;
    const fs::path to = output_target((fs::path(out_dir_) / relative).string());
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    if (ec || fs::is_directory(to)) {
      *error = "cannot write `" + to.string() + "`: " +
               (ec ? "cannot create its folder (" + ec.message() + ")" : std::string("a folder is in the way"));
      discard();
      return false;
    }
  }
  std::ostringstream list;
  for (const std::string& f : files_) list << f << "\n";
  if (!write_file_atomically((fs::path(staging_dir()) / kCommitFile).string(), list.str(), error)) return false;
  return move_into_place(out_dir_, files_, error);
}

void StagedOutputs::remove(const std::string& relative) { files_.push_back(kRemoveMark + relative); }

void StagedOutputs::discard() {
  std::error_code ec;
  fs::remove_all(staging_dir(), ec);
  files_.clear();
}

}  // namespace ekonte::pipeline
