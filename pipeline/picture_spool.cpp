#include "pipeline/picture_spool.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "pipeline/prepare_pictures.hpp"

namespace ekonte::pipeline {

PictureSpool::File::~File() {
  if (fd >= 0) ::close(fd);
}

PictureSpool::PictureSpool(const std::string& folder) : file_(std::make_shared<File>()) {
  std::string path = (std::filesystem::path(folder) / ".pictures-XXXXXX").string();
  file_->fd = ::mkstemp(path.data());
  if (file_->fd < 0) {
    error_ = "cannot make a picture spool in `" + folder + "`: " + std::strerror(errno);
    return;
  }
  ::unlink(path.c_str());
}

PictureSpool::~PictureSpool() = default;

layout::ShotPicture PictureSpool::park(const std::string& shot_id, layout::ShotPicture picture, int source_width,
                                       int source_height) {
  if (file_->fd < 0 || !picture.image || picture.image->load) return picture;
  const std::string bytes = encode_prepared_picture(
      PreparedPicture{source_width, source_height, std::const_pointer_cast<layout::ImageData>(picture.image)});
  uint64_t at = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    at = size_;
    size_ += bytes.size();
  }
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t w = ::pwrite(file_->fd, bytes.data() + done, bytes.size() - done, off_t(at + done));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return picture;  // the disk is full: this one stays in memory
    done += size_t(w);
  }
  const int width = picture.image->width, height = picture.image->height;
  std::shared_ptr<File> file = file_;
  const size_t length = bytes.size();
  auto load = [file, at, length, width, height]() -> std::shared_ptr<const layout::ImageData> {
    std::string back(length, '\0');
    for (size_t done = 0; done < length;) {
      const ssize_t r = ::pread(file->fd, back.data() + done, length - done, off_t(at + done));
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) return nullptr;
      done += size_t(r);
    }
    PreparedPicture p;
    if (!decode_prepared_picture(back, &p) || p.image->width != width || p.image->height != height) return nullptr;
    return p.image;
  };
  layout::ShotPicture parked = layout::lazy_shot_picture(shot_id, width, height, source_width, source_height,
                                                         render::ShotLandmarks{}, std::move(load));
  parked.landmarks = std::move(picture.landmarks);  // already in the picture's pixels
  return parked;
}

}  // namespace ekonte::pipeline
