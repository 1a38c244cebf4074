#pragma once
// A small command-line reader shared by every `ekonte` command.
#include <optional>
#include <string>
#include <vector>

namespace ekonte::cli {

// Splits `args` into positionals and `--name value` / `--name=value` / `-o value` options.
// Options listed in `flags` take no value.
class Args {
 public:
  Args(std::vector<std::string> args, std::vector<std::string> flags);
  const std::vector<std::string>& positionals() const { return positionals_; }
  bool has(const std::string& name) const;
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, const std::string& fallback) const;
  // Options given but not in `known`: the caller reports them as a usage error.
  std::vector<std::string> unknown(const std::vector<std::string>& known) const;
  // Set when a value-taking option was last with no value.
  const std::string& error() const { return error_; }

 private:
  std::vector<std::string> positionals_;
  std::vector<std::pair<std::string, std::string>> options_;
  std::string error_;
};

// Exit codes shared by all commands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitScriptErrors = 1;
inline constexpr int kExitUsage = 2;

}  // namespace ekonte::cli
