// `ekonte watch FILE [build options]`: build, then rebuild whenever the script or a referenced
// sheet image changes (inotify on their folders, since editors often save by renaming).
// Ctrl-C stops the watch (and a build in progress, between shots).
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "cli/args.hpp"
#include "cli/build_safety.hpp"
#include "cli/commands.hpp"
#include "cli/run_build.hpp"

namespace ekonte::cli {
namespace fs = std::filesystem;
namespace {

constexpr int kSettleMs = 150;  // editors write in bursts: wait for quiet before rebuilding

// Adds the folders of `files` to the inotify instance `fd` and their names to `names`.
// Watching folders, not files, survives editors that save by writing a new file and renaming.
void watch_files(int fd, const std::vector<std::string>& files, std::map<int, fs::path>* dirs, std::set<fs::path>* names) {
  for (const std::string& f : files) {
    std::error_code ec;
    const fs::path abs = fs::absolute(f, ec);
    const fs::path dir = abs.parent_path();
    const int wd = inotify_add_watch(fd, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE);
    if (wd >= 0) (*dirs)[wd] = dir;
    names->insert(abs);
  }
}

// True when an event named a watched file; drains what is readable.
bool drain(int fd, const std::map<int, fs::path>& dirs, const std::set<fs::path>& names) {
  bool relevant = false;
  alignas(inotify_event) char buf[8192];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) {
    for (char* p = buf; p < buf + n;) {
      const auto* e = reinterpret_cast<const inotify_event*>(p);
      auto it = dirs.find(e->wd);
      if (it != dirs.end() && e->len > 0 && names.count(it->second / e->name)) relevant = true;
      p += sizeof(inotify_event) + e->len;
    }
  }
  return relevant;
}

}  // namespace

int command_watch(const CommandArgs& raw) {
  const Args args(raw, kBuildFlags);
  if (!args.error().empty() || args.positionals().size() != 1 || !args.unknown(kBuildOptionNames).empty()) {
    std::cerr << "usage: ekonte watch FILE [-o OUTDIR] [--size WxH] [--jobs N] [--explain] [--quiet] ...\n";
    return kExitUsage;
  }
  const auto& interrupted = install_interrupt_flag();
  // One inotify instance for the whole session, registered before the first build: a save
  // made while a build runs is queued and starts the next build as soon as this one ends.
  const int fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (fd < 0) {
    std::cerr << "ekonte: error: cannot watch files (inotify unavailable)\n";
    return kExitUsage;
  }
  std::map<int, fs::path> dirs;
  std::set<fs::path> names;
  watch_files(fd, {args.positionals()[0]}, &dirs, &names);
  while (!interrupted) {
    BuildRequest request;
    request.script = args.positionals()[0];
    if (!parse_build_request(args, &request)) {
      close(fd);
      return kExitUsage;
    }
    run_build(request, args);  // diagnostics and the summary are printed; failures wait for the next edit
    if (interrupted) break;
    watch_files(fd, request.referenced_files, &dirs, &names);  // sheet images may have been added
    std::cerr << "ekonte: watching " << names.size() << " file" << (names.size() == 1 ? "" : "s")
              << "; Ctrl-C to stop\n";
    bool changed = false;
    while (!interrupted && !changed) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 500) > 0) changed = drain(fd, dirs, names);
    }
    if (changed) {  // let the burst of writes settle
      for (pollfd p{fd, POLLIN, 0}; poll(&p, 1, kSettleMs) > 0;) drain(fd, dirs, names);
    }
  }
  close(fd);
  std::cerr << "ekonte: watch stopped\n";
  return kExitOk;
}

}  // namespace ekonte::cli
