#include "cli/args.hpp"

#include <algorithm>

namespace ekonte::cli {

Args::Args(std::vector<std::string> args, std::vector<std::string> flags) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::string name = a.substr(a[1] == '-' ? 2 : 1);
      std::string value;
      const auto eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      } else if (std::find(flags.begin(), flags.end(), name) == flags.end()) {
        if (i + 1 < args.size()) {
          value = args[++i];
        } else {
          error_ = "option `" + a + "` needs a value";
        }
      }
      options_.emplace_back(name, value);
    } else {
      positionals_.push_back(a);
    }
  }
}

bool Args::has(const std::string& name) const {
  return std::any_of(options_.begin(), options_.end(), [&](const auto& o) { return o.first == name; });
}

std::optional<std::string> Args::get(const std::string& name) const {
  for (auto it = options_.rbegin(); it != options_.rend(); ++it)
    if (it->first == name) return it->second;
  return std::nullopt;
}

std::string Args::get_or(const std::string& name, const std::string& fallback) const {
  auto v = get(name);
  return v ? *v : fallback;
}

std::vector<std::string> Args::unknown(const std::vector<std::string>& known) const {
  std::vector<std::string> out;
  for (const auto& o : options_)
    if (std::find(known.begin(), known.end(), o.first) == known.end()) out.push_back(o.first);
  return out;
}

}  // namespace ekonte::cli
