#include "animatic/h264_skip_frame.hpp"

#include <algorithm>
#include <vector>

namespace ekonte::animatic {

namespace {

// The NAL units of Annex B bytes (start codes dropped) or of avcC extradata.
std::vector<std::string_view> nal_units(std::string_view b) {
  std::vector<std::string_view> out;
  if (!b.empty() && b[0] == 1 && b.size() > 6) {  // avcC: SPS list, then PPS list, 16-bit lengths
    size_t at = 5;
    for (int list = 0; list < 2 && at < b.size(); ++list) {
      int count = uint8_t(b[at++]) & (list ? 0xff : 0x1f);
      while (count-- > 0 && at + 2 <= b.size()) {
        const size_t n = (size_t(uint8_t(b[at])) << 8) | uint8_t(b[at + 1]);
        at += 2;
        if (at + n > b.size()) return out;
        out.push_back(b.substr(at, n));
        at += n;
      }
    }
    return out;
  }
  size_t start = std::string_view::npos;
  for (size_t i = 0; i + 2 < b.size(); ++i) {
    if (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1) {
      if (start != std::string_view::npos) {
        size_t end = i;
        while (end > start && b[end - 1] == 0) --end;  // the zero byte of a 4-byte start code
        out.push_back(b.substr(start, end - start));
      }
      start = i + 3;
      i += 2;
    }
  }
  if (start != std::string_view::npos && start < b.size()) out.push_back(b.substr(start));
  return out;
}

// Reads an RBSP (emulation prevention bytes removed) bit by bit; reading past the end gives 0
// and sets `bad`.
class BitReader {
 public:
  explicit BitReader(std::string_view nal) {
    int zeros = 0;
    for (char c : nal) {
      const uint8_t b = uint8_t(c);
      if (zeros >= 2 && b == 3) {  // an emulation prevention byte
        zeros = 0;
        continue;
      }
      rbsp_.push_back(b);
      zeros = b == 0 ? zeros + 1 : 0;
    }
  }
  uint32_t u(int n) {
    uint32_t v = 0;
    for (int k = 0; k < n; ++k) v = (v << 1) | bit();
    return v;
  }
  uint32_t ue() {
    int zeros = 0;
    while (!bad && bit() == 0) ++zeros;
    if (zeros > 31) {
      bad = true;
      return 0;
    }
    return (1u << zeros) - 1 + u(zeros);
  }
  int32_t se() {
    const uint32_t k = ue();
    return k & 1 ? int32_t((k + 1) / 2) : -int32_t(k / 2);
  }
  bool bad = false;

 private:
  uint32_t bit() {
    if (pos_ >= rbsp_.size() * 8) {
      bad = true;
      return 0;
    }
    const uint32_t b = (rbsp_[pos_ / 8] >> (7 - pos_ % 8)) & 1;
    ++pos_;
    return b;
  }
  std::vector<uint8_t> rbsp_;
  size_t pos_ = 0;
};

class BitWriter {
 public:
  void u(uint32_t v, int n) {
    for (int k = n - 1; k >= 0; --k) bit((v >> k) & 1);
  }
  void ue(uint32_t v) {
    const uint32_t x = v + 1;
    int n = 0;
    while ((x >> n) > 1) ++n;
    u(0, n);
    u(x, n + 1);
  }
  void se(int32_t v) { ue(v > 0 ? uint32_t(2 * v - 1) : uint32_t(-2 * v)); }
  void bit(uint32_t b) {
    cur_ = uint8_t((cur_ << 1) | (b & 1));
    if (++n_ == 8) {
      bytes_.push_back(cur_);
      cur_ = 0, n_ = 0;
    }
  }
  bool aligned() const { return n_ == 0; }
  // rbsp_trailing_bits: a stop bit, then zeros to the byte.
  void trailing() {
    bit(1);
    while (n_) bit(0);
  }
  void zero_align() {
    while (n_) bit(0);
  }
  // The NAL unit's payload with emulation prevention bytes inserted.
  std::string escaped() const {
    std::string out;
    int zeros = 0;
    for (uint8_t b : bytes_) {
      if (zeros >= 2 && b <= 3) {
        out.push_back(3);
        zeros = 0;
      }
      out.push_back(char(b));
      zeros = b == 0 ? zeros + 1 : 0;
    }
    return out;
  }

 private:
  std::vector<uint8_t> bytes_;
  uint8_t cur_ = 0;
  int n_ = 0;
};

// H.264 9.3.1.2 and 9.3.4: the arithmetic coder, with the standard's state tables.
constexpr uint8_t kRangeLps[64][4] = {
    {128, 176, 208, 240}, {128, 167, 197, 227}, {128, 158, 187, 216}, {123, 150, 178, 205}, {116, 142, 169, 195},
    {111, 135, 160, 185}, {105, 128, 152, 175}, {100, 122, 144, 166}, {95, 116, 137, 158},  {90, 110, 130, 150},
    {85, 104, 123, 142},  {81, 99, 117, 135},   {77, 94, 111, 128},   {73, 89, 105, 122},   {69, 85, 100, 116},
    {66, 80, 95, 110},    {62, 76, 90, 104},    {59, 72, 86, 99},     {56, 69, 81, 94},     {53, 65, 77, 89},
    {51, 62, 73, 85},     {48, 59, 69, 80},     {46, 56, 66, 76},     {43, 53, 63, 72},     {41, 50, 59, 69},
    {39, 48, 56, 65},     {37, 45, 54, 62},     {35, 43, 51, 59},     {33, 41, 48, 56},     {32, 39, 46, 53},
    {30, 37, 43, 50},     {29, 35, 41, 48},     {27, 33, 39, 45},     {26, 31, 37, 43},     {24, 30, 35, 41},
    {23, 28, 33, 39},     {22, 27, 32, 37},     {21, 26, 30, 35},     {20, 24, 29, 33},     {19, 23, 27, 31},
    {18, 22, 26, 30},     {17, 21, 25, 28},     {16, 20, 23, 27},     {15, 19, 22, 25},     {14, 18, 21, 24},
    {14, 17, 20, 23},     {13, 16, 19, 22},     {12, 15, 18, 21},     {12, 14, 17, 20},     {11, 14, 16, 19},
    {11, 13, 15, 18},     {10, 12, 15, 17},     {10, 12, 14, 16},     {9, 11, 13, 15},      {9, 11, 12, 14},
    {8, 10, 12, 14},      {8, 9, 11, 13},       {7, 9, 11, 12},       {7, 9, 10, 12},       {7, 8, 10, 11},
    {6, 8, 9, 11},        {6, 7, 9, 10},        {6, 7, 8, 9},         {2, 2, 2, 2}};
constexpr uint8_t kTransLps[64] = {0,  0,  1,  2,  2,  4,  4,  5,  6,  7,  8,  9,  9,  11, 11, 12,
                                   13, 13, 15, 15, 16, 16, 18, 18, 19, 19, 21, 21, 22, 22, 23, 24,
                                   24, 25, 26, 26, 27, 27, 28, 29, 29, 30, 30, 30, 31, 32, 32, 33,
                                   33, 33, 34, 34, 35, 35, 35, 36, 36, 36, 37, 37, 37, 38, 38, 63};

class CabacWriter {
 public:
  CabacWriter(BitWriter& out, int m, int n, int qp) : out_(out) {
    const int pre = std::clamp(((m * std::clamp(qp, 0, 51)) >> 4) + n, 1, 126);
    state_ = pre <= 63 ? 63 - pre : pre - 64;
    mps_ = pre <= 63 ? 0 : 1;
  }
  void decision(int bin) {
    const int lps = kRangeLps[state_][(range_ >> 6) & 3];
    range_ -= lps;
    if (bin != mps_) {
      low_ += range_;
      range_ = lps;
      if (state_ == 0) mps_ = 1 - mps_;
      state_ = kTransLps[state_];
    } else {
      state_ = std::min(state_ + 1, 62);
    }
    renormalize();
  }
  void terminate(int bin) {
    range_ -= 2;
    if (bin) {
      low_ += range_;
      range_ = 2;
      renormalize();
      put((low_ >> 9) & 1);
      // The last of these two bits is 1: it is the slice's rbsp_stop_one_bit.
      out_.u(((low_ >> 7) & 3) | 1, 2);
    } else {
      renormalize();
    }
  }

 private:
  void renormalize() {
    while (range_ < 256) {
      if (low_ < 256) {
        put(0);
      } else if (low_ >= 512) {
        low_ -= 512;
        put(1);
      } else {
        low_ -= 256;
        ++outstanding_;
      }
      range_ <<= 1;
      low_ <<= 1;
    }
  }
  void put(int b) {
    if (first_)
      first_ = false;
    else
      out_.bit(b);
    for (; outstanding_ > 0; --outstanding_) out_.bit(1 - b);
  }
  BitWriter& out_;
  int state_ = 0, mps_ = 0;
  uint32_t low_ = 0, range_ = 510;
  int outstanding_ = 0;
  bool first_ = true;
};

// mb_skip_flag's context (ctxIdx 11, both neighbours skipped or absent) for cabac_init_idc 0:
// H.264 Table 9-13.
constexpr int kSkipFlagM = 23, kSkipFlagN = 33;

bool high_profile(uint32_t profile) {
  for (uint32_t p : {100u, 110u, 122u, 244u, 44u, 83u, 86u, 118u, 128u, 138u, 139u, 134u, 135u})
    if (profile == p) return true;
  return false;
}

}  // namespace

std::optional<SkipFrameWriter> SkipFrameWriter::from_extradata(std::string_view extradata) {
  std::optional<std::string_view> sps, pps;
  for (std::string_view nal : nal_units(extradata)) {
    if (nal.empty()) continue;
    const int type = nal[0] & 0x1f;
    if (type == 7 && !sps) sps = nal.substr(1);
    if (type == 8 && !pps) pps = nal.substr(1);
  }
  if (!sps || !pps) return std::nullopt;
  SkipFrameWriter w;
  BitReader s(*sps);
  const uint32_t profile = s.u(8);
  s.u(16);  // constraint flags, level
  s.ue();   // seq_parameter_set_id
  if (high_profile(profile)) {
    w.chroma_format_idc_ = int(s.ue());
    if (w.chroma_format_idc_ == 3) return std::nullopt;  // separate colour planes: not written here
    s.ue(), s.ue();                                       // bit depths
    s.u(1);                                               // qpprime_y_zero_transform_bypass
    if (s.u(1)) return std::nullopt;                      // scaling matrices: not parsed here
  }
  w.log2_max_frame_num_ = int(s.ue()) + 4;
  if (s.ue() != 2) return std::nullopt;  // picture order type 0/1 needs counts per frame
  s.ue();                                // max_num_ref_frames
  s.u(1);                                // gaps_in_frame_num_value_allowed
  const uint32_t mbs_wide = s.ue() + 1, mbs_high = s.ue() + 1;
  if (!s.u(1)) return std::nullopt;  // fields
  if (s.bad || w.log2_max_frame_num_ > 16) return std::nullopt;
  w.macroblocks_ = mbs_wide * mbs_high;

  BitReader p(*pps);
  w.pps_id_ = p.ue();
  p.ue();  // seq_parameter_set_id
  w.cabac_ = p.u(1);
  p.u(1);                            // bottom_field_pic_order_in_frame_present: fields only
  if (p.ue() != 0) return std::nullopt;  // slice groups
  p.ue(), p.ue();                    // default reference counts: the slice overrides them
  w.weighted_pred_ = p.u(1);
  p.u(2);  // weighted_bipred_idc
  w.pic_init_qp_ = 26 + p.se();
  p.se(), p.se();  // pic_init_qs, chroma_qp_index_offset
  w.deblocking_control_ = p.u(1);
  p.u(1);  // constrained_intra_pred
  w.redundant_pic_cnt_ = p.u(1);
  if (p.bad) return std::nullopt;
  return w;
}

std::optional<uint32_t> SkipFrameWriter::frame_num_of(std::string_view packet) const {
  for (std::string_view nal : nal_units(packet)) {
    if (nal.empty()) continue;
    const int type = nal[0] & 0x1f;
    if (type == 5) return 0;
    if (type != 1) continue;
    BitReader r(nal.substr(1));
    r.ue(), r.ue(), r.ue();  // first_mb_in_slice, slice_type, pic_parameter_set_id
    const uint32_t n = r.u(log2_max_frame_num_);
    if (r.bad) return std::nullopt;
    return n;
  }
  return std::nullopt;
}

std::string SkipFrameWriter::skipped_frame(uint32_t frame_num) const {
  BitWriter b;
  // slice_header (7.3.3) of a P slice that refers to the one frame before it.
  b.ue(0);  // first_mb_in_slice
  b.ue(5);  // slice_type: P, every slice of the picture
  b.ue(pps_id_);
  b.u(frame_num % max_frame_num(), log2_max_frame_num_);
  if (redundant_pic_cnt_) b.ue(0);  // the primary picture
  b.u(1, 1);  // num_ref_idx_active_override_flag
  b.ue(0);    // one reference frame
  b.u(0, 1);  // ref_pic_list_modification_flag_l0
  if (weighted_pred_) {
    b.ue(0);                                // luma_log2_weight_denom
    if (chroma_format_idc_ != 0) b.ue(0);   // chroma_log2_weight_denom
    b.u(0, 1);                              // luma_weight_l0_flag
    if (chroma_format_idc_ != 0) b.u(0, 1);  // chroma_weight_l0_flag
  }
  b.u(0, 1);  // adaptive_ref_pic_marking_mode_flag: the sliding window
  if (cabac_) b.ue(0);  // cabac_init_idc
  b.se(0);              // slice_qp_delta: no residual, so the QP means nothing
  if (deblocking_control_) b.ue(1);  // disable_deblocking_filter_idc: nothing to smooth
  // slice_data (7.3.4): every macroblock skipped.
  if (cabac_) {
    while (!b.aligned()) b.bit(1);  // cabac_alignment_one_bit
    CabacWriter c(b, kSkipFlagM, kSkipFlagN, pic_init_qp_);
    for (uint32_t mb = 0; mb < macroblocks_; ++mb) {
      c.decision(1);                         // mb_skip_flag
      c.terminate(mb + 1 == macroblocks_);  // end_of_slice_flag
    }
    b.zero_align();
  } else {
    b.ue(macroblocks_);  // mb_skip_run
    b.trailing();
  }
  // nal_ref_idc 2: a reference frame, as picture order type 2 wants every frame to be.
  return std::string("\0\0\0\1\x41", 5) + b.escaped();
}

}  // namespace ekonte::animatic
