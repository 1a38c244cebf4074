#pragma once
// A held picture without the encoder: an H.264 P-frame in which every macroblock is skipped
// (no motion, no residual), so the decoder shows the previous frame again, bit for bit. x264
// analyses every macroblock of every frame it is given, a few milliseconds per 720p frame even
// when nothing changed; writing the skipped frame ourselves costs microseconds and a few bytes.
//
// The slice is written for the parameter sets the encoder chose (read from its extradata):
// frame numbers counted on from the encoder's last frame, picture order type 2 (output order
// is decoding order, as with no B-frames), CABAC or CAVLC. Anything else (interlace, slice
// groups, picture order type 0 or 1) is refused and the caller lets the encoder do it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ekonte::animatic {

class SkipFrameWriter {
 public:
  // From Annex B or avcC extradata (SPS and PPS); nothing when the stream is one this writer
  // cannot continue.
  static std::optional<SkipFrameWriter> from_extradata(std::string_view extradata);

  // The frame_num of the slice in an Annex B packet (0 for an IDR); nothing if none is found.
  std::optional<uint32_t> frame_num_of(std::string_view packet) const;

  // An Annex B access unit that repeats the previous frame; `frame_num` is the previous
  // reference frame's plus one, modulo the SPS's range (wrapped here).
  std::string skipped_frame(uint32_t frame_num) const;

  uint32_t max_frame_num() const { return 1u << log2_max_frame_num_; }

 private:
  int log2_max_frame_num_ = 4;
  int chroma_format_idc_ = 1;
  uint32_t macroblocks_ = 0;
  uint32_t pps_id_ = 0;
  bool cabac_ = false;
  bool weighted_pred_ = false;
  bool deblocking_control_ = false;
  bool redundant_pic_cnt_ = false;
  int pic_init_qp_ = 26;
};

}  // namespace ekonte::animatic
