#pragma once
// Temporary files a killed build left behind. Every atomic write goes through `NAME.tmp-PID`
// (support/atomic_write.hpp), renamed over NAME when whole; a build killed mid-write leaves the
// temporary file. A build removes them when it starts, holding its output folder's lock.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ekonte::render::cache {

// The writer's process id when `name` is a temporary file name (`*.tmp-PID`), else nothing.
std::optional<long> temp_file_writer(const std::string& name);

struct StaleTempFiles {
  size_t removed = 0;
  uint64_t bytes = 0;
};

// Removes the temporary files directly in `folder` (not below it) that are stale: their writer
// is no longer running, or they were last written before `cutoff` (a writer that is running
// holds no file that long; this catches a reused process id).
StaleTempFiles remove_stale_temp_files(const std::string& folder, std::filesystem::file_time_type cutoff);

// What a build cleans when it starts, just after taking OUTDIR's lock at `locked_at`:
// OUTDIR/shots, where only builds write, under that lock, so a temporary file older than the
// lock is stale; OUTDIR itself (other commands, `sheet -o`, may write there without the lock)
// and the cache folder with its entry folders and build records (a cache may be shared by
// builds into other folders, which hold other locks): there a file must have no running writer,
// or be an hour older than the lock.
StaleTempFiles remove_stale_build_temp_files(const std::string& out_dir, const std::string& cache_dir,
                                             std::filesystem::file_time_type locked_at);

}  // namespace ekonte::render::cache
