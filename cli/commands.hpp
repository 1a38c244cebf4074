#pragma once
// One function per `ekonte` command; each lives in cli/command_<name>.cpp.
#include <string>
#include <vector>

namespace ekonte::cli {

using CommandArgs = std::vector<std::string>;  // arguments after the command name

int command_check(const CommandArgs& args);
int command_compile(const CommandArgs& args);
int command_explain(const CommandArgs& args);
int command_vocabulary(const CommandArgs& args);
int command_build(const CommandArgs& args);
int command_sheet(const CommandArgs& args);
int command_render(const CommandArgs& args);
int command_watch(const CommandArgs& args);
int command_layout(const CommandArgs& args);
#ifdef HAVE_EKONTE_NEURAL
int command_train(const CommandArgs& args);
int command_eval(const CommandArgs& args);
#endif

}  // namespace ekonte::cli
