#pragma once
// A build's output files move into place as one set. Every file is first written under
// OUTDIR/.ekonte-staging/ (same names, same sub-folders); when all are written, the list of
// them is written to .ekonte-staging/commit (the commit point), then each file is renamed over
// its old version and the staging folder removed. A build killed before the commit point
// leaves the old set untouched (its staging folder is discarded by the next build); one killed
// after it is finished by the next build into that folder, before anything else happens
// there. See docs/reliability.md.
#include <string>
#include <vector>

namespace ekonte::pipeline {

inline constexpr const char* kStagingFolder = ".ekonte-staging";

// What a killed build left in `out_dir`: a committed set is moved into place, an uncommitted
// one removed. Returns what it did ("", "finished", "discarded"); false with `error` when a
// committed file cannot be moved.
bool recover_staged_outputs(const std::string& out_dir, std::string* what, std::string* error);

class StagedOutputs {
 public:
  // Recovers what a killed build left (see above), then starts an empty staging folder.
  explicit StagedOutputs(std::string out_dir);
  const std::string& error() const { return error_; }  // set when the folder cannot be made
  const std::string& recovered() const { return recovered_; }
  std::string staging_dir() const;
  // Where to write the output `relative` (e.g. "shots/s1.png") for it to be committed.
  std::string staged_path(const std::string& relative) const;
  void add(const std::string& relative) { files_.push_back(relative); }
  // The output `relative` is removed at the commit (an old file the new set no longer has).
  void remove(const std::string& relative);
  const std::vector<std::string>& files() const { return files_; }  // a removal starts with '/' 
  // The commit point, then the moves. False with `error` when the list cannot be written
  // (nothing moved) or a file cannot be moved (the next build finishes the set).
  bool commit(std::string* error);
  // Drops everything staged (a failed build): the old outputs stay.
  void discard();

 private:
  std::string out_dir_;
  std::vector<std::string> files_;
  std::string error_, recovered_;
};

}  // namespace ekonte::pipeline
