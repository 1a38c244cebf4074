#include "render/neural/checkpoint.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/neural/evaluate_generator.hpp"
#include "render/neural/neural_generator.hpp"

namespace ekonte::neural {
namespace {

// Headers bigger than this are not ours (a stray file that happens to start with the magic).
constexpr uint64_t kMaxHeaderBytes = 1 << 20;

void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

bool get_u64(const std::string& in, size_t& pos, uint64_t& v) {
  if (pos + 8 > in.size()) return false;
  v = 0;
  for (int i = 0; i < 8; ++i) v |= uint64_t(static_cast<unsigned char>(in[pos + i])) << (8 * i);
  pos += 8;
  return true;
}

std::string fnv1a_hex(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64 offset basis
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;  // FNV-1a 64 prime
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw NeuralError("cannot read weights file `" + path + "`: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CheckpointMeta meta_from_json(const nlohmann::json& j) {
  CheckpointMeta m;
  m.architecture_version = j.at("architecture_version").get<int>();
  m.config.base_channels = j.at("base_channels").get<int>();
  m.config.heads = j.at("heads").get<int>();
  m.config.reference_size = j.at("reference_size").get<int>();
  m.train_size = j.value("train_size", 64);
  m.steps = j.value("steps", int64_t{0});
  m.seed = j.value("seed", uint64_t{0});
  m.data = j.value("data", std::string());
  m.identities = j.value("identities", std::string("classic-1"));
  m.command_line = j.value("command_line", std::string());
  m.eval = j.value("eval", nlohmann::json::object());
  m.parameters = j.value("parameters", int64_t{0});
  m.tone_model = j.value("tone_model", nlohmann::json::array());
  return m;
}

struct Sections {
  nlohmann::json header;
  std::string model, optimizer;
};

Sections split_file(const std::string& path, const std::string& bytes) {
  const size_t magic_len = std::strlen(kWeightsMagic);
  if (bytes.size() < magic_len || bytes.compare(0, magic_len, kWeightsMagic) != 0)
    throw NeuralError("`" + path + "` is not an Ekonte generator weights file (it does not start with `EKONTE-GENERATOR`)");
  size_t pos = magic_len;
  uint64_t header_len = 0, model_len = 0, opt_len = 0;
  const std::string truncated = "weights file `" + path + "` is truncated (" + std::to_string(bytes.size()) +
                                " bytes); copy it again or retrain";
  if (!get_u64(bytes, pos, header_len) || header_len > kMaxHeaderBytes || pos + header_len > bytes.size())
    throw NeuralError(truncated);
  Sections s;
  try {
    s.header = nlohmann::json::parse(bytes.substr(pos, header_len));
  } catch (const std::exception& e) {
    throw NeuralError("weights file `" + path + "` has an unreadable header: " + e.what());
  }
  pos += header_len;
  if (!get_u64(bytes, pos, model_len) || pos + model_len > bytes.size()) throw NeuralError(truncated);
  s.model = bytes.substr(pos, model_len);
  pos += model_len;
  if (!get_u64(bytes, pos, opt_len) || pos + opt_len > bytes.size()) throw NeuralError(truncated);
  s.optimizer = bytes.substr(pos, opt_len);
  pos += opt_len;
  if (pos != bytes.size())
    throw NeuralError("weights file `" + path + "` has " + std::to_string(bytes.size() - pos) +
                      " unexpected bytes at the end");
  return s;
}

// Bounds on the header's numbers, checked before anything is allocated from them: a damaged
// or hostile header must not ask for gigabytes (`base_channels: 4096` would be 4.8 GB).
struct HeaderLimit {
  const char* key;
  int64_t min, max;
  bool required;
};
constexpr HeaderLimit kHeaderLimits[] = {
    {"base_channels", 1, 256, true},   // 16 ships; 256 is already a 250M-parameter network
    {"heads", 1, 64, true},
    {"reference_size", 8, 1024, true},  // reference height in pixels
    {"train_size", 8, 4096, false},
    {"steps", 0, int64_t{1} << 40, false},
    {"parameters", 0, int64_t{1} << 34, false},
};

void check_architecture(const std::string& path, const nlohmann::json& header) {
  if (header.value("format", std::string()) != "ekonte-generator")
    throw NeuralError("`" + path + "` is not an Ekonte generator weights file (header format is not `ekonte-generator`)");
  const int version = header.value("architecture_version", -1);
  if (version != kArchitectureVersion && version != kLabellerArchitectureVersion)
    throw NeuralError("weights file `" + path + "` was made for generator architecture version " +
                      std::to_string(version) + ", but this ekonte reads versions " +
                      std::to_string(kArchitectureVersion) + " and " + std::to_string(kLabellerArchitectureVersion) +
                      "; retrain with `ekonte train` or use a matching ekonte");
  for (const HeaderLimit& limit : kHeaderLimits) {
    const auto it = header.find(limit.key);
    if (it == header.end()) {
      if (limit.required) throw NeuralError("weights file `" + path + "` lacks a valid `" + limit.key + "` in its header");
      continue;
    }
    if (!it->is_number_integer() || it->get<int64_t>() < limit.min || it->get<int64_t>() > limit.max)
      throw NeuralError("weights file `" + path + "` has `" + limit.key + ": " + it->dump() + "` in its header; it must be a whole number from " +
                        std::to_string(limit.min) + " to " + std::to_string(limit.max) +
                        " (the file is damaged or was not written by `ekonte train`)");
  }
  // Attention splits the 1/4-resolution features (4 x base_channels) evenly across the heads.
  if ((4 * header["base_channels"].get<int64_t>()) % header["heads"].get<int64_t>() != 0)
    throw NeuralError("weights file `" + path + "` has " + header["heads"].dump() + " attention heads, which do not divide " +
                      std::to_string(4 * header["base_channels"].get<int64_t>()) + " channels");
}

}  // namespace

nlohmann::json to_json(const CheckpointMeta& m) {
  return {{"format", "ekonte-generator"},
          {"architecture_version", m.architecture_version},
          {"base_channels", m.config.base_channels},
          {"heads", m.config.heads},
          {"reference_size", m.config.reference_size},
          {"train_size", m.train_size},
          {"steps", m.steps},
          {"seed", m.seed},
          {"data", m.data},
          {"identities", m.identities},
          {"command_line", m.command_line},
          {"parameters", m.parameters},
          {"eval", m.eval},
          {"tone_model", m.tone_model}};
}

void save_checkpoint(const std::string& path, torch::nn::Module& model, const CheckpointMeta& meta_in,
                     torch::optim::Optimizer* optimizer) {
  CheckpointMeta meta = meta_in;
  meta.parameters = parameter_count(model);
  std::string out = kWeightsMagic;
  const std::string header = to_json(meta).dump();
  put_u64(out, header.size());
  out += header;
  {
    torch::serialize::OutputArchive archive;
    model.save(archive);
    std::ostringstream ss;
    archive.save_to(ss);
    put_u64(out, ss.str().size());
    out += ss.str();
  }
  if (optimizer) {
    torch::serialize::OutputArchive archive;
    optimizer->save(archive);
    std::ostringstream ss;
    archive.save_to(ss);
    put_u64(out, ss.str().size());
    out += ss.str();
  } else {
    put_u64(out, 0);
  }
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) throw NeuralError("cannot write weights file `" + tmp + "`: " + std::strerror(errno));
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f) throw NeuralError("cannot write weights file `" + tmp + "`");
  }
  std::filesystem::rename(tmp, path);
}

CheckpointMeta read_checkpoint_meta(const std::string& path) {
  const std::string bytes = read_file(path);
  auto sections = split_file(path, bytes);
  check_architecture(path, sections.header);
  return meta_from_json(sections.header);
}

LoadedCheckpoint load_checkpoint(const std::string& path, torch::Device device) {
  if (!std::filesystem::exists(path))
    throw NeuralError("weights file `" + path + "` does not exist; train one with `ekonte train --out " + path +
                      "` or pass `--model FILE`");
  const std::string bytes = read_file(path);
  auto sections = split_file(path, bytes);
  check_architecture(path, sections.header);
  LoadedCheckpoint loaded;
  loaded.meta = meta_from_json(sections.header);
  loaded.digest = fnv1a_hex(bytes);
  // The network the header's architecture version names.
  torch::nn::Module* module = nullptr;
  if (loaded.meta.architecture_version == kLabellerArchitectureVersion) {
    loaded.labeller = ReferenceLabeller(loaded.meta.config.base_channels);
    module = loaded.labeller.get();
  } else {
    loaded.model = ReferenceGenerator(loaded.meta.config);
    module = loaded.model.get();
  }
  // Module::load replaces a parameter of another shape without complaint: compare shapes.
  std::vector<std::pair<std::string, std::vector<int64_t>>> expected;
  for (const auto& p : module->named_parameters()) expected.emplace_back(p.key(), p.value().sizes().vec());
  try {
    torch::serialize::InputArchive archive;
    std::istringstream ss(sections.model);
    archive.load_from(ss, torch::kCPU);
    module->load(archive);
    const auto params = module->named_parameters();
    for (const auto& [name, sizes] : expected)
      if (params[name].sizes().vec() != sizes)
        throw NeuralError("weights in `" + path + "` do not fit the generator architecture its header describes (`" +
                          name + "` has shape " + c10::str(params[name].sizes()) + ", expected " +
                          c10::str(c10::IntArrayRef(sizes)) + ")");
  } catch (const c10::Error& e) {
    std::string what = e.what_without_backtrace();
    throw NeuralError("weights in `" + path + "` do not fit the generator architecture its header describes (" +
                      what.substr(0, what.find('\n')) + ")");
  }
  module->to(device);
  loaded.optimizer_state = std::move(sections.optimizer);
  loaded.path = path;
  return loaded;
}

bool restore_optimizer(const LoadedCheckpoint& checkpoint, torch::optim::Optimizer& optimizer, torch::Device device) {
  if (checkpoint.optimizer_state.empty()) return false;
  try {
    torch::serialize::InputArchive archive;
    std::istringstream ss(checkpoint.optimizer_state);
    archive.load_from(ss, device);
    optimizer.load(archive);
  } catch (const c10::Error& e) {
    std::string what = e.what_without_backtrace();
    throw NeuralError("optimizer state in `" + checkpoint.path + "` cannot be restored (" +
                      what.substr(0, what.find('\n')) + ")");
  }
  return true;
}

}  // namespace ekonte::neural

namespace ekonte::neural {

void record_eval_summary(const std::string& path, const nlohmann::json& summary) {
  const std::string bytes = read_file(path);
  auto sections = split_file(path, bytes);
  check_architecture(path, sections.header);
  sections.header["eval"] = summary;
  std::string out = kWeightsMagic;
  const std::string header = sections.header.dump();
  put_u64(out, header.size());
  out += header;
  put_u64(out, sections.model.size());
  out += sections.model;
  put_u64(out, sections.optimizer.size());
  out += sections.optimizer;
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f) throw NeuralError("cannot write weights file `" + tmp + "`");
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace ekonte::neural
