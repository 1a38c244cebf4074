// COVERS: W0601 (over-long dialogue is split across balloons)
#include "layout/manga/place_balloons.hpp"

#include <doctest/doctest.h>

#include <hb.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "layout/manga/build_manga.hpp"
#include "layout/text/break_lines.hpp"
#include "layout/text/utf8.hpp"
#include "tests/layout/layout_fixture.hpp"

using namespace ekonte;
using namespace ekonte::layout;

namespace {

struct Built {
  Document doc;
  MangaLayout layout;
  DiagnosticSink sink;
};

Built build(const ShotGraph& g) {
  Built b;
  auto fonts = FontLibrary::load(b.sink);
  REQUIRE(fonts);
  const ShotPictures pictures = testing::synthetic_pictures(g);
  b.doc = build_manga(g, pictures, *fonts, b.sink, &b.layout);
  return b;
}

bool overlaps(const Rect& a, const Rect& b) { return a.intersects(b); }

void check_layout(const ShotGraph& g, const MangaLayout& layout) {
  for (const auto& panel : layout.panels) {
    CAPTURE(panel.shot_id);
    for (size_t i = 0; i < panel.balloons.size(); ++i) {
      const auto& b = panel.balloons[i];
      CAPTURE(b.text);
      CHECK(panel.reach.contains(b.bounds));  // in its panel, or across the border into the margin
      CHECK(Rect{kBleed, kBleed, kB5Width, kB5Height}.inset(kBleed).contains(b.bounds));  // clear of the trim
      for (const auto& f : panel.faces) CHECK_FALSE(overlaps(b.bounds, f));
      for (size_t j = i + 1; j < panel.balloons.size(); ++j) CHECK_FALSE(overlaps(b.bounds, panel.balloons[j].bounds));
      for (const auto& s : panel.sfx) CHECK_FALSE(overlaps(b.bounds, s));
      if (b.mouth && b.kind == BalloonKind::Speech)
        CHECK(std::hypot(b.tail_tip.x - b.mouth->x, b.tail_tip.y - b.mouth->y) <= kTailGapMax + 0.5);
      // Kinsoku in every column or line of the balloon.
      for (size_t k = 0; k < b.lines.size(); ++k) {
        const auto cps = decode_utf8(b.lines[k]);
        REQUIRE_FALSE(cps.empty());
        if (k > 0) CHECK(kinsoku_may_start_line(cps.front()));
        if (k + 1 < b.lines.size()) CHECK(kinsoku_may_end_line(cps.back()));
      }
    }
  }
}

}  // namespace

TEST_CASE("every dialogue line of the sample gets a balloon clear of faces, inside its panel") {
  const ShotGraph g = testing::sample_like_graph();
  Built b = build(g);
  CHECK(b.sink.diagnostics().empty());
  size_t lines = 0, balloons = 0;
  for (const auto& s : g.shots) lines += s.dialogue.size();
  for (const auto& p : b.layout.panels) balloons += p.balloons.size();
  CHECK(balloons == lines);
  check_layout(g, b.layout);
  // The flashback is in Japanese: vertical balloons; the rest horizontal.
  for (const auto& p : b.layout.panels)
    for (const auto& bl : p.balloons) CHECK(bl.vertical == has_cjk(bl.text));
  // Whispered and shouted lines keep their delivery.
  bool whisper = false, shout = false;
  for (const auto& p : b.layout.panels)
    for (const auto& bl : p.balloons) {
      whisper |= bl.delivery == Delivery::Whisper;
      shout |= bl.delivery == Delivery::Shout;
    }
  CHECK(whisper);
  CHECK(shout);
}

TEST_CASE("a dialogue line too long for any balloon warns and is split, not cut") {
  ShotGraph g = testing::sample_like_graph();
  std::string long_line;
  for (int i = 0; i < 3; ++i) long_line += "I remember every lantern on this hill and every step to the gate. ";
  long_line.pop_back();
  g.shots[2].dialogue[0].text = long_line;
  std::string long_ja;
  for (int i = 0; i < 8; ++i) long_ja += "これはおばあちゃんのお守りだよ。";
  g.shots[13].dialogue[0].text = long_ja;
  Built b = build(g);
  size_t warnings = 0;
  for (const auto& d : b.sink.diagnostics()) warnings += d.kind == DiagnosticKind::DialogueSplitAcrossBalloons;
  CHECK(warnings == 2);
  std::string latin, japanese;
  for (const auto& p : b.layout.panels) {
    for (const auto& bl : p.balloons) {
      if (p.shot_id == "3") latin += (latin.empty() ? "" : " ") + bl.text;
      if (p.shot_id == "14" && bl.text.find("おばあちゃん") != std::string::npos) japanese += bl.text;
    }
  }
  CHECK(latin == long_line);
  CHECK(japanese == long_ja);
  check_layout(g, b.layout);
  // Pieces of a split line are joined where a short connector reaches across nothing else;
  // a piece that is not joined keeps its own tail to the speaker.
  for (const auto& p : b.layout.panels) {
    for (size_t i = 0; i < p.balloons.size(); ++i) {
      const auto& bl = p.balloons[i];
      if (!bl.joined_to_previous) continue;
      REQUIRE(i > 0);
      CHECK_FALSE(bl.mouth);
      const Rect& a = p.balloons[i - 1].bounds;
      const Rect& c = bl.bounds;
      const double gap = std::hypot(std::max({0.0, a.x - c.right(), c.x - a.right()}),
                                    std::max({0.0, a.y - c.bottom(), c.y - a.bottom()}));
      CHECK(gap <= 30);
      for (const auto& f : p.faces)
        for (int k = 0; k <= 20; ++k) {
          const double t = k / 20.0;
          CHECK_FALSE(f.contains(Point{a.center().x + (c.center().x - a.center().x) * t,
                                       a.center().y + (c.center().y - a.center().y) * t}));
        }
    }
  }
}

TEST_CASE("split_dialogue prefers sentence ends near the middle") {
  auto [a, b] = split_dialogue("You dropped this. Eight years ago.");
  CHECK(a == "You dropped this.");
  CHECK(b == "Eight years ago.");
  auto [c, d] = split_dialogue("これはお守りだよ。なくさないでね。");
  CHECK(c == "これはお守りだよ。");
  CHECK(d == "なくさないでね。");
  CHECK(split_dialogue("あ").second.empty());
}

TEST_CASE("a line far too long for its panel fills it in balloon-sized pieces, not a balloon per word") {
  // Main split such a line down to single words once the panel was full, each word a balloon
  // and an obstacle for the next: 800 balloons for 1,000 words and time quadratic in words.
  DiagnosticSink sink;
  auto fonts = FontLibrary::load(sink);
  REQUIRE(fonts);
  const Rect panel{40, 60, 430, 210};
  const Rect face{330, 165, 50, 60};
  for (const bool japanese : {false, true}) {
    CAPTURE(japanese);
    std::string text;
    constexpr int kWords = 1000;
    for (int i = 0; i < kWords; ++i) {
      if (japanese) text += i % 9 == 8 ? "狐は待っていた。" : "提灯が";
      else text += std::string(i ? " " : "") + (i % 11 == 10 ? "gate." : "lantern");
    }
    BalloonRequest req;
    req.text = text;
    req.vertical = japanese;
    req.mouth = Point{355, 210};
    req.head = face;
    Page page{515, 728, {}};
    std::vector<Rect> obstacles;
    const auto placed = place_balloons(page, *fonts, panel, {face}, obstacles, {req}, ReadingDirection::RightToLeft, sink);
    CHECK(placed.size() < kWords / 10);
    std::string joined;
    for (const auto& b : placed) joined += (joined.empty() || japanese ? "" : " ") + b.text;
    CHECK(joined == text);
    for (const auto& b : placed) CHECK_FALSE(b.bounds.intersects(face));
  }
}

namespace {

// The glyph ids of a font's ASCII letters and digits.
std::set<uint32_t> latin_glyphs(const Font& font) {
  std::set<uint32_t> out;
  for (char32_t c = '0'; c <= 'z'; ++c) {
    if (!std::isalnum(static_cast<int>(c))) continue;
    hb_codepoint_t g = 0;
    if (hb_font_get_nominal_glyph(font.hb_font(), c, &g)) out.insert(g);
  }
  return out;
}

}  // namespace

TEST_CASE("mixed Japanese balloons set no Latin glyph upright; mostly-Latin lines are horizontal") {
  ShotGraph g = testing::sample_like_graph();
  g.shots[13].dialogue[0].text = "次は、中野です。Next stop, Nakano.";
  g.shots[13].dialogue[1].text = "Nakano! Tokyo! 東京";
  Built b = build(g);
  check_layout(g, b.layout);
  const PlacedPanel* panel = nullptr;
  for (const auto& p : b.layout.panels)
    if (p.shot_id == "14") panel = &p;
  REQUIRE(panel);
  REQUIRE(panel->balloons.size() == 2);
  CHECK(panel->balloons[0].vertical);
  CHECK_FALSE(panel->balloons[1].vertical);
  int sideways = 0;
  for (const auto& page : b.doc.pages)
    for (const auto& item : page.items) {
      const auto* run = std::get_if<TextRun>(&item);
      if (!run) continue;
      sideways += run->orientation == GlyphOrientation::Sideways;
      if (run->orientation != GlyphOrientation::Upright) continue;
      const auto latin = latin_glyphs(*run->font);
      for (const auto& gl : run->glyphs) CHECK_FALSE(latin.count(gl.index));
    }
  CHECK(sideways >= 1);
}

TEST_CASE("narration goes in caption boxes, descriptive sound in sound captions, off-screen tails leave the panel") {
  ShotGraph g = testing::sample_like_graph();
  // Shot 1 gets narration, shot 4 a descriptive sound and shot 6 an off-screen voice.
  DialogueLine vo;
  vo.speaker = g.shots[2].dialogue[0].speaker;
  vo.extension = CueExtension::VoiceOver;
  vo.off_screen = true;
  vo.text = "That summer, I went back to the shrine.";
  vo.language = "en";
  g.shots[0].dialogue.push_back(vo);
  g.shots[3].sfx = {"hum of fluorescent lights, keyboard clatter"};
  DialogueLine os = vo;
  os.extension = CueExtension::OffScreen;
  os.voice = "GUARD";
  os.speaker = {};
  os.text = "Who goes there?";
  g.shots[5].dialogue.push_back(os);
  g.shots[5].dialogue.push_back(os);
  g.shots[5].dialogue.back().text = "Answer me!";
  g.shots[6].sfx = {"BOOM"};  // a close-up the face fills: lettered all the same
  Built b = build(g);
  check_layout(g, b.layout);
  bool narration = false, sound = false, off_screen = false;
  for (const auto& p : b.layout.panels) {
    for (const auto& bl : p.balloons) {
      CAPTURE(bl.text);
      if (p.shot_id == "1" && bl.text == vo.text) {
        narration = true;
        CHECK(bl.kind == BalloonKind::Narration);
        CHECK_FALSE(bl.mouth);
      }
      if (p.shot_id == "4") {
        sound = true;
        CHECK(bl.kind == BalloonKind::SoundCaption);
        CHECK(bl.text == g.shots[3].sfx[0]);
      }
      if (p.shot_id == "6") {
        off_screen = true;
        CHECK(bl.kind == BalloonKind::Speech);
        // The tail ends on the panel's border, on a side.
        const bool on_side = std::abs(bl.tail_tip.x - p.rect.x) < 0.5 || std::abs(bl.tail_tip.x - p.rect.right()) < 0.5;
        CHECK(on_side);
        // ... and crosses no other balloon on its way there.
        for (const auto& other : p.balloons) {
          if (&other == &bl) continue;
          for (int k = 1; k < 20; ++k) {
            const double t = k / 20.0;
            const Point q{bl.bounds.center().x + (bl.tail_tip.x - bl.bounds.center().x) * t,
                          bl.bounds.center().y + (bl.tail_tip.y - bl.bounds.center().y) * t};
            CHECK_FALSE(other.bounds.contains(q));
          }
        }
      }
    }
    if (p.shot_id == "4") CHECK(p.sfx.empty());  // nothing lettered over the art
    if (p.shot_id == "7") CHECK(p.sfx.size() == 1);
  }
  CHECK(narration);
  CHECK(sound);
  CHECK(off_screen);
}

TEST_CASE("dual dialogue balloons sit side by side at the same height") {
  ShotGraph g = testing::sample_like_graph();
  Shot& s = g.shots[9];  // a two-shot of HARU and KITSUNE
  s.framing = {Framing::TwoShot, Origin::Inferred, "dual: lines spoken together, side by side", {}};
  DialogueLine haru = s.dialogue[0];
  haru.speaker = g.shots[8].dialogue[0].speaker;
  haru.text = "Who are you?";
  haru.extension = CueExtension::Together;  // as the Fountain front end marks `^`
  s.dialogue.push_back(haru);
  Built b = build(g);
  check_layout(g, b.layout);
  for (const auto& p : b.layout.panels) {
    if (p.shot_id != "10") continue;
    REQUIRE(p.balloons.size() == 2);
    CHECK(std::abs(p.balloons[0].bounds.center().y - p.balloons[1].bounds.center().y) < 12);
    CHECK_FALSE(p.balloons[0].bounds.intersects(p.balloons[1].bounds));
  }
}

TEST_CASE("the pieces of a long speech split across balloons are joined, with one tail") {
  DiagnosticSink sink;
  auto fonts = FontLibrary::load(sink);
  REQUIRE(fonts);
  const Rect panel{40, 60, 430, 210};
  const Rect face{400, 165, 40, 50};
  BalloonRequest req;
  for (int i = 0; i < 16; ++i) req.text += std::string(i ? " " : "") + "I remember every lantern on this hill and every step to the gate.";
  req.mouth = Point{420, 200};
  req.head = face;
  Page page{515, 728, {}};
  std::vector<Rect> obstacles;
  const auto placed = place_balloons(page, *fonts, panel, {face}, obstacles, {req}, ReadingDirection::LeftToRight, sink);
  REQUIRE(placed.size() >= 2);
  CHECK(placed[0].mouth);
  CHECK_FALSE(placed[0].joined_to_previous);
  // The second piece sits beside the first and is joined to it; pieces that, once the panel
  // is full, go over other balloons are not joined (a connector would cross them).
  CHECK(placed[1].joined_to_previous);
  for (size_t i = 1; i < placed.size(); ++i) {
    CAPTURE(i);
    if (!placed[i].joined_to_previous) continue;
    CHECK_FALSE(placed[i].mouth);  // no tail of its own
    CHECK(placed[i].bounds.x - placed[i - 1].bounds.right() <= 30);
  }
}

namespace {

// The thought clouds drawn on the pages: closed paths of bumps (Bézier curves only).
std::vector<const Shape*> cloud_outlines(const Document& doc) {
  std::vector<const Shape*> out;
  for (const auto& page : doc.pages)
    for (const auto& item : page.items) {
      const auto* s = std::get_if<Shape>(&item);
      if (!s || s->path.commands.size() < 3) continue;
      size_t curves = 0, others = 0;
      for (const auto& c : s->path.commands) {
        if (c.op == PathCommand::Op::Curve) ++curves;
        else if (c.op == PathCommand::Op::Line) ++others;
      }
      // Path::ellipse is four curves; a cloud has many bumps.
      if (others == 0 && curves >= 9) out.push_back(s);
    }
  return out;
}

}  // namespace

TEST_CASE("a thought is a cloud of bumps with a trail of shrinking circles toward the thinker") {
  ShotGraph g = testing::sample_like_graph();
  // Shot 5 is a wide shot of HARU at the gate: her line is a thought now, read from the
  // parenthetical alone (the delivery is left unset, as a graph made without the checker leaves it).
  g.shots[4].dialogue[0].parenthetical = "thinking";
  g.shots[4].dialogue[0].delivery = Delivery::Normal;
  g.shots[4].dialogue[0].text = "I should not have come back here.";
  Built b = build(g);
  check_layout(g, b.layout);
  const PlacedBalloon* thought = nullptr;
  size_t thoughts = 0;
  for (const auto& p : b.layout.panels)
    for (const auto& bl : p.balloons) {
      thoughts += bl.kind == BalloonKind::Thought;
      if (p.shot_id == "5") thought = &bl;
      if (bl.kind != BalloonKind::Thought) CHECK(bl.trail.empty());
    }
  REQUIRE(thought);
  CHECK(thoughts == 1);
  CHECK(thought->kind == BalloonKind::Thought);
  REQUIRE(thought->mouth);
  // The trail: three circles, each smaller than the one before and nearer the mouth, outside
  // the cloud's ellipse and ending no nearer the mouth than a tail would.
  REQUIRE(thought->trail.size() == 3);
  const Point m = *thought->mouth;
  auto dist = [&](const Rect& r) { return std::hypot(r.center().x - m.x, r.center().y - m.y); };
  for (size_t k = 1; k < thought->trail.size(); ++k) {
    CHECK(thought->trail[k].w < thought->trail[k - 1].w);
    CHECK(dist(thought->trail[k]) < dist(thought->trail[k - 1]));
  }
  for (const auto& c : thought->trail) CHECK_FALSE(c.intersects(thought->bounds.inset(thought->bounds.w * 0.2)));
  // The trail stops at the thinker's head: no circle on her face.
  for (const auto& p : b.layout.panels)
    if (p.shot_id == "5")
      for (const auto& f : p.faces)
        for (const auto& c : thought->trail) CHECK_FALSE(c.intersects(f));
  // Exactly one cloud outline on the pages, within the balloon's bounds.
  const auto clouds = cloud_outlines(b.doc);
  REQUIRE(clouds.size() == 1);
  // Every bump, sampled along its curve, lies within the bounds the placement kept clear.
  Point pen = clouds.front()->path.commands.front().p[0];
  for (const auto& c : clouds.front()->path.commands) {
    if (c.op != PathCommand::Op::Curve) continue;
    for (int k = 0; k <= 16; ++k) {
      const double t = k / 16.0, u = 1 - t;
      const Point q{u * u * u * pen.x + 3 * u * u * t * c.p[0].x + 3 * u * t * t * c.p[1].x + t * t * t * c.p[2].x,
                    u * u * u * pen.y + 3 * u * u * t * c.p[0].y + 3 * u * t * t * c.p[1].y + t * t * t * c.p[2].y};
      CHECK(thought->bounds.contains(Rect{q.x, q.y, 0, 0}, 0.01));
    }
    pen = c.p[2];
  }
}

TEST_CASE("a thought reads from (thinking) and (thought), not from thoughtfully, (to herself) or V.O.") {
  ShotGraph g = testing::sample_like_graph();
  DialogueLine line = g.shots[2].dialogue[0];
  line.delivery = Delivery::Normal;
  for (const char* p : {"thinking", "thought", "thinks, softly", "in her head"}) {
    line.parenthetical = p;
    CAPTURE(p);
    CHECK(balloon_kind_of(line) == BalloonKind::Thought);
  }
  for (const char* p : {"thoughtfully", "to herself", "rethinking it"}) {
    line.parenthetical = p;
    CAPTURE(p);
    CHECK(balloon_kind_of(line) == BalloonKind::Speech);
  }
  line.parenthetical = "V.O.";  // interior monologue read over the picture is narration
  CHECK(balloon_kind_of(line) == BalloonKind::Narration);
}

TEST_CASE("a word too wide for any balloon of its panel is set anyway and warns W0607 naming shot and words") {
  // COVERS: W0607
  DiagnosticSink sink;
  auto fonts = FontLibrary::load(sink);
  REQUIRE(fonts);
  const Rect panel{40, 60, 90, 60};  // a narrow insert panel
  BalloonRequest req;
  req.text = "Pneumonoultramicroscopicsilicovolcanoconiosis! Supercalifragilisticexpialidocious!";
  req.speaker = "HARU";
  req.shot = "12";
  Page page{515, 728, {}};
  std::vector<Rect> obstacles;
  const auto placed = place_balloons(page, *fonts, panel, {}, obstacles, {req}, ReadingDirection::LeftToRight, sink);
  // Every word is lettered somewhere: nothing is dropped.
  std::string joined;
  for (const auto& b : placed) joined += (joined.empty() ? "" : " ") + b.text;
  CHECK(joined == req.text);
  size_t unplaced = 0;
  for (const auto& d : sink.diagnostics()) {
    if (d.kind != DiagnosticKind::LetteringDoesNotFit) continue;
    ++unplaced;
    CHECK(d.message.find("shot `12`") != std::string::npos);
    CHECK(d.message.find("`HARU`") != std::string::npos);
    CHECK(d.message.find("Pneumono") + d.message.find("Supercali") != 2 * std::string::npos);
  }
  CHECK(unplaced >= 1);
  // The drawn text holds every word.
  std::string drawn;
  for (const auto& item : page.items)
    if (const auto* run = std::get_if<TextRun>(&item)) drawn += run->utf8;
  for (const char* w : {"Pneumono", "coniosis", "Supercali", "docious"}) CHECK(drawn.find(w) != std::string::npos);
  // A panel too small for any balloon at all gets an overflow caption, still with the words.
  const Rect tiny{40, 60, 22, 16};
  Page page2{515, 728, {}};
  std::vector<Rect> obstacles2;
  DiagnosticSink sink2;
  const auto over = place_balloons(page2, *fonts, tiny, {}, obstacles2, {req}, ReadingDirection::LeftToRight, sink2);
  REQUIRE_FALSE(over.empty());
  std::string over_text;
  for (const auto& b : over) over_text += (over_text.empty() ? "" : " ") + b.text;
  CHECK(over_text == req.text);
  CHECK(std::any_of(over.begin(), over.end(), [](const PlacedBalloon& b) { return b.kind == BalloonKind::Overflow; }));
  CHECK_FALSE(sink2.diagnostics().empty());
}

TEST_CASE("a sound too wide for its panel is lettered anyway, smaller or across it, with W0607") {
  ShotGraph g = testing::sample_like_graph();
  // Shot 6 is a small insert panel; one long sound word cannot fit it at the usual sizes.
  g.shots[5].sfx = {"KRAKAKAKAKAKAKAKAKAKAKAKAKAKAKAKAKAKAKAKABOOOOOOOOOOOOOOM"};
  Built b = build(g);
  const PlacedPanel* insert = nullptr;
  for (const auto& p : b.layout.panels)
    if (p.shot_id == "6") insert = &p;
  REQUIRE(insert);
  CHECK(insert->sfx.size() == 1);  // lettered, not dropped
  size_t warned = 0;
  for (const auto& d : b.sink.diagnostics())
    if (d.kind == DiagnosticKind::LetteringDoesNotFit) {
      ++warned;
      CHECK(d.message.find("shot `6`") != std::string::npos);
      CHECK(d.message.find("KRAKAKA") != std::string::npos);
    }
  CHECK(warned == 1);
  std::string drawn;
  for (const auto& page : b.doc.pages)
    for (const auto& item : page.items)
      if (const auto* run = std::get_if<TextRun>(&item)) drawn += run->utf8;
  CHECK(drawn.find(g.shots[5].sfx[0]) != std::string::npos);
}
