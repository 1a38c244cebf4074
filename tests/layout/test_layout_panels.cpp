#include "layout/manga/layout_panels.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "tests/layout/layout_fixture.hpp"

using namespace ekonte;
using namespace ekonte::layout;

TEST_CASE("panels follow the reading direction and scenes start new tiers") {
  ShotGraph g = testing::sample_like_graph();
  const Rect live{30, 40, 450, 620};
  for (ReadingDirection reading : {ReadingDirection::RightToLeft, ReadingDirection::LeftToRight}) {
    g.meta.reading = reading;
    const auto slots = layout_panels(g, live);
    REQUIRE(slots.size() == g.shots.size());
    for (size_t i = 0; i < slots.size(); ++i) {
      CHECK(live.contains(slots[i].rect));
      CHECK(slots[i].shot == i);
      if (i == 0) continue;
      const auto& a = slots[i - 1];
      const auto& b = slots[i];
      if (a.page != b.page) continue;
      if (a.tier == b.tier) {
        if (reading == ReadingDirection::RightToLeft) CHECK(b.rect.right() <= a.rect.x + 1e-6);
        else CHECK(b.rect.x >= a.rect.right() - 1e-6);
        CHECK(g.shots[a.shot].scene == g.shots[b.shot].scene);
      } else {
        CHECK(b.rect.y >= a.rect.bottom());
      }
      CHECK(b.order == a.order + 1);
    }
  }
}

TEST_CASE("an extreme wide shot gets a full-width tier; close-ups are narrower than wides") {
  const ShotGraph g = testing::sample_like_graph();
  const Rect live{30, 40, 450, 620};
  const auto slots = layout_panels(g, live);
  CHECK(slots[0].rect.w == doctest::Approx(live.w));
  CHECK(panel_width_share(g.shots[2], 24) < panel_width_share(g.shots[3], 24));
}

TEST_CASE("a close-up never spans a tier alone, and every page is filled to its foot") {
  const ShotGraph g = testing::sample_like_graph();
  const Rect live{30, 40, 450, 620};
  const auto slots = layout_panels(g, live);
  int pages = 0;
  for (const auto& s : slots) {
    pages = std::max(pages, s.page + 1);
    const Framing f = g.shots[s.shot].framing.value;
    if (f == Framing::CloseUp || f == Framing::ExtremeCloseUp || f == Framing::MediumCloseUp || f == Framing::Insert) {
      CAPTURE(s.shot);
      CHECK(s.rect.w <= 0.6 * live.w);
    }
  }
  for (int p = 0; p < pages; ++p) {
    CAPTURE(p);
    double bottom = 0;
    for (const auto& s : slots)
      if (s.page == p) bottom = std::max(bottom, s.rect.bottom());
    CHECK(bottom == doctest::Approx(live.bottom()).epsilon(0.01));
  }
}
