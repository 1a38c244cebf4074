// The studio plugin's one exported entry point (see plugin_api.hpp).
#include "cli/commands.hpp"
#include "cli/studio/plugin_api.hpp"

namespace {

const ekonte::cli::studio::Command kCommands[] = {
    {"build", ekonte::cli::command_build},         {"animatic", ekonte::cli::command_animatic},
    {"render", ekonte::cli::command_render},       {"watch", ekonte::cli::command_watch},
    {"sheet", ekonte::cli::command_sheet},         {"cache", ekonte::cli::command_cache},
    {"audio", ekonte::cli::command_audio},         {"layout", ekonte::cli::command_layout},
    {"export", ekonte::cli::command_export},       {"vocabulary", ekonte::cli::command_vocabulary_sheet},
    {"train", ekonte::cli::command_train},         {"eval", ekonte::cli::command_eval},
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const ekonte::cli::studio::PluginApi* ekonte_studio_plugin_v1() {
  static const ekonte::cli::studio::PluginApi api = [] {
    ekonte::cli::studio::PluginApi a;
    a.commands = kCommands;
    a.command_count = std::size(kCommands);
    return a;
  }();
  return &api;
}
