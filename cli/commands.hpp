#pragma once
// One function per `ekonte` command; each lives in cli/command_<name>.cpp. The `ekonte`
// executable holds check, compile, import, explain and vocabulary; the others are in the studio
// plugin (cli/studio/plugin_api.hpp), which it opens only to run them. Tests link both.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ekonte::cli {

using CommandArgs = std::vector<std::string>;  // arguments after the command name

int command_check(const CommandArgs& args);
int command_compile(const CommandArgs& args);
int command_import(const CommandArgs& args);
int command_explain(const CommandArgs& args);
int command_vocabulary(const CommandArgs& args);
// `ekonte vocabulary KIND --sheet ...`, drawing a catalogue (in the studio plugin).
int command_vocabulary_sheet(const CommandArgs& args);
int command_build(const CommandArgs& args);
int command_sheet(const CommandArgs& args);
int command_render(const CommandArgs& args);
int command_watch(const CommandArgs& args);
int command_layout(const CommandArgs& args);
int command_cache(const CommandArgs& args);
int command_export(const CommandArgs& args);
int command_animatic(const CommandArgs& args);
int command_audio(const CommandArgs& args);
// `--max-size` of `ekonte cache gc`: bytes, or K, M, G, T (powers of 1024); nothing when malformed.
std::optional<uint64_t> parse_byte_size(const std::string& text);
// In the neural plugin (cli/command_neural.cpp opens it): a clear error when it cannot be loaded.
int command_train(const CommandArgs& args);
int command_eval(const CommandArgs& args);

}  // namespace ekonte::cli
