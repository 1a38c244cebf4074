// WebVTT and SRT: the header, numbered cues in time order, timestamps in each format's own
// spelling, speaker names, and UTF-8 Japanese untouched.
#include <doctest/doctest.h>

#include "audio/subtitles.hpp"

using namespace ekonte;
using audio::SpokenLine;

namespace {
const std::vector<SpokenLine> kLines = {
    {2, 0, "KITSUNE", "You came back, little one.", 3661.15, 3663.9049},
    {0, 0, "HARU", "Is anyone there?", 0.15, 1.5},
    {1, 0, "GRANDMA", "これはお守りだよ。", 1.75, 4.0},
};
}  // namespace

TEST_CASE("WebVTT has its header and cues in time order with dotted millisecond timestamps") {
  const std::string vtt = audio::webvtt(kLines);
  CHECK(vtt ==
        "WEBVTT\n"
        "\n00:00:00.150 --> 00:00:01.500\n<v HARU>Is anyone there?\n"
        "\n00:00:01.750 --> 00:00:04.000\n<v GRANDMA>これはお守りだよ。\n"
        "\n01:01:01.150 --> 01:01:03.905\n<v KITSUNE>You came back, little one.\n");
}

TEST_CASE("SRT numbers its cues from 1 in time order with comma millisecond timestamps") {
  const std::string srt = audio::srt(kLines);
  CHECK(srt ==
        "1\n00:00:00,150 --> 00:00:01,500\nHARU: Is anyone there?\n"
        "\n2\n00:00:01,750 --> 00:00:04,000\nGRANDMA: これはお守りだよ。\n"
        "\n3\n01:01:01,150 --> 01:01:03,905\nKITSUNE: You came back, little one.\n");
}

TEST_CASE("cue text cannot end a cue early or open a WebVTT tag") {
  const std::vector<SpokenLine> lines = {{0, 0, "A<B", "one\n\ntwo --> three & <four>", 0, 1}};
  const std::string vtt = audio::webvtt(lines);
  CHECK(vtt.find("one  two -&gt; three &amp; &lt;four&gt;") != std::string::npos);
  CHECK(vtt.find("<v A&lt;B>") != std::string::npos);
  CHECK(audio::srt(lines).find("\n\n") == std::string::npos);
}

TEST_CASE("no lines: a WebVTT header alone and an empty SRT") {
  CHECK(audio::webvtt({}) == "WEBVTT\n");
  CHECK(audio::srt({}).empty());
}
