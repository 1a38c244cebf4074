#pragma once
// Output files are written to a temporary name in the same folder and renamed into place,
// so a failed or interrupted build never leaves a half-written file where a good one was.
// Atomic replacement is for regular files: a symlink is followed (the link is kept and its
// target replaced), and a device, FIFO or socket is written straight through.
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace ekonte {

// Creates missing parent folders. On failure returns false and sets `error` (naming the file).
bool write_file_atomically(const std::string& path, std::string_view bytes, std::string* error);
// The same for a file written piece by piece (a large JSON text streamed out rather than held
// whole in memory): `write` writes the bytes to the stream it is given.
bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string* error);

// The file a write to `path` replaces: `path` with symlinks followed.
std::string output_target(const std::string& path);

// For writers that produce a file themselves (Cairo, libpng): write to temp_path_for(path),
// then commit_temp_file(path) renames it into place (or discard_temp_file on failure).
std::string temp_path_for(const std::string& path);
bool commit_temp_file(const std::string& path, std::string* error);
void discard_temp_file(const std::string& path);

}  // namespace ekonte
