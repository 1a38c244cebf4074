#pragma once
// Page pictures parked in a file while pages are laid out, for pictures that have no render
// cache entry to be read back from (`ekonte layout`, which reads shot files; a build whose
// cache could not keep a picture). Each picture is written once; layout gets a small value
// per shot (layout::lazy_shot_picture) and reads the bytes back when a page shows it, so
// memory does not grow with the number of shots.
#include <memory>
#include <mutex>
#include <string>

#include "layout/shot_pictures.hpp"

namespace ekonte::pipeline {

class PictureSpool {
 public:
  // Makes the spool file in `folder` and unlinks it at once: the open file lives as long as
  // this object and the pictures it gave out, and nothing is left behind by a killed process.
  explicit PictureSpool(const std::string& folder);
  ~PictureSpool();
  PictureSpool(const PictureSpool&) = delete;
  PictureSpool& operator=(const PictureSpool&) = delete;

  const std::string& error() const { return error_; }  // set when the file cannot be made

  // Writes `picture`'s bytes to the spool (any thread) and returns the same picture without
  // them. Returns `picture` itself when the spool cannot be written (it then stays in memory).
  layout::ShotPicture park(const std::string& shot_id, layout::ShotPicture picture, int source_width,
                           int source_height);

 private:
  struct File {
    int fd = -1;
    ~File();
  };
  std::shared_ptr<File> file_;  // shared with the loaders of the pictures given out
  std::mutex mutex_;
  uint64_t size_ = 0;
  std::string error_;
};

}  // namespace ekonte::pipeline
