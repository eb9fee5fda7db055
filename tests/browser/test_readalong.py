"""Read-along in headless Chromium: the one sentence being heard carries data-reading as the
audio is sought and played; the player works by keyboard alone; the highlight keeps contrast."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import SCREENSHOTS
from tests.browser.contrast import ratio
from tests.browser.test_reading_page import AXE_TAGS, FOCUSED
from tests.conftest import until

TIMINGS = "JSON.parse(document.getElementById('readalong-timings').textContent)"
MARKED = "[...document.querySelectorAll('[data-reading]')].map(e => e.dataset.sentence)"
AUDIO = "document.querySelector('.listen audio')"
READY = f"{AUDIO}.readyState >= 1"


def _open(page, pages, name, theme="light", size="MD"):
    page.goto(pages[name].path.as_uri())
    page.evaluate(f"document.documentElement.dataset.theme = '{theme}';"
                  f"document.documentElement.dataset.textSize = '{size}'; {AUDIO}.muted = true")
    until(page, READY)
    return page.evaluate(TIMINGS)


def _seek(page, seconds: float) -> None:
    page.evaluate("""t => new Promise((done, fail) => { const a = document.querySelector('.listen audio');
      setTimeout(() => fail(new Error('no seeked event in 20 s')), 20000);  // (evaluate has no timeout)
      a.addEventListener('seeked', () => setTimeout(done, 30), {once: true}); a.currentTime = t; })""",
                  seconds)


def _play(page) -> None:
    page.evaluate(f"{AUDIO}.play(); null")  # not its promise: evaluate would wait for it with no timeout
    until(page, f"!{AUDIO}.paused && {AUDIO}.currentTime > 0", seconds=20)


@pytest.mark.parametrize("name", ["sample", "harbour"])
def test_seeking_marks_exactly_the_sentence_heard_paused_and_playing(page, pages, name):
    timings = _open(page, pages, name)
    long_enough = [t for t in timings if t["end"] - t["start"] > 1.0]
    chosen = [long_enough[i * (len(long_enough) - 1) // 7] for i in range(8)]
    for index, timing in enumerate(chosen):
        if index == 4:
            _play(page)
        _seek(page, timing["start"] + 0.2)
        marked = page.evaluate(MARKED)
        assert len(marked) == 1 and timing["id"] in marked[0].split(), (timing, marked)
    _seek(page, timings[0]["start"])
    assert page.evaluate(MARKED) == [timings[0]["id"]]
    page.evaluate(f"{AUDIO}.pause()")


def test_keyboard_alone_plays_steps_changes_speed_and_pauses(page, pages):
    timings = _open(page, pages, "sample")
    page.evaluate(f"{AUDIO}.muted = true")
    focused = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(FOCUSED))
        if 'data-action="play"' in focused[-1]["id"]:
            break
    assert 'data-action="play"' in focused[-1]["id"], focused
    page.keyboard.press("Enter")
    until(page, "document.querySelector('button[data-action=play]').textContent === 'Pause'")
    order = [page.evaluate(FOCUSED)]
    for _ in range(5):
        page.keyboard.press("Tab")
        order.append(page.evaluate(FOCUSED))
    actions = [f["id"].split('data-action="')[1].split('"')[0] for f in order]
    assert actions == ["play", "back", "forward", "previous", "next", "speed"]
    for focus in order:
        assert focus["style"] != "none" and focus["width"] >= 2, focus
        assert ratio(focus["colour"], focus["bg"]) >= 3, focus
        assert focus["h"] >= 44 and focus["w"] >= 44, focus
    ids = [t["id"] for t in timings]
    page.keyboard.press("Shift+Tab")  # back to "Next sentence"
    def heard() -> int:  # the last sentence the marked element shows
        return max(ids.index(sid) for sid in page.evaluate(MARKED)[0].split())

    before = heard()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert heard() >= before + 2
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # the speed list, 1× → 1.25×
    assert page.evaluate(f"{AUDIO}.playbackRate") == 1.25
    for _ in range(5):
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    until(page, f"{AUDIO}.paused")
    until(page, "document.querySelector('button[data-action=play]').textContent === 'Play'")


def test_no_single_key_shortcut_acts(page, pages):
    _open(page, pages, "harbour")
    page.click("h1")
    before = page.evaluate(f"[{AUDIO}.paused, {AUDIO}.currentTime]")
    for key in ("k", "j", "l", "n", "p", "ArrowRight", "ArrowLeft", "Period", "Comma"):
        page.keyboard.press(key)
    page.wait_for_timeout(200)
    assert page.evaluate(f"[{AUDIO}.paused, {AUDIO}.currentTime]") == before


def test_clicking_a_sentence_plays_from_it(page, pages):
    timings = _open(page, pages, "harbour")
    target = next(t for t in timings[5:] if t["end"] - t["start"] > 2)
    page.click(f"[data-sentence~='{target['id']}']")
    until(page, f"!{AUDIO}.paused")
    assert target["start"] <= page.evaluate(f"{AUDIO}.currentTime") < target["end"]
    assert page.evaluate(MARKED) == [target["id"]]


def test_reading_is_not_announced(page, pages):
    timings = _open(page, pages, "harbour")
    _play(page)
    for timing in timings[::4]:
        _seek(page, timing["start"] + 0.05)
    chatter = page.evaluate("""() => [...document.querySelectorAll('[data-sentence]')].filter(e =>
      e.closest('[aria-live], [role=status], [role=alert], [role=log]')).length""")
    assert chatter == 0 and page.text_content("#announce") == ""


def _scroll_y(page) -> float:
    return page.evaluate("window.scrollY")


IN_VIEW = """id => { const b = document.querySelector(`[data-sentence~="${id}"]`).getBoundingClientRect();
  return b.top >= 0 && b.bottom <= window.innerHeight; }"""


def test_follows_the_voice_into_view_unless_scrolled_away(page, pages):
    page.set_viewport_size({"width": 1024, "height": 600})
    timings = _open(page, pages, "harbour", size="XXL")
    _play(page)
    _seek(page, timings[-3]["start"] + 0.05)
    until(page, IN_VIEW, timings[-3]["id"], seconds=6)  # the page scrolls smoothly
    assert _scroll_y(page) > 0
    page.wait_for_timeout(1200)  # past the page's own smooth scroll
    page.mouse.wheel(0, -20000)  # the reader scrolls back to the top
    until(page, "window.scrollY === 0")
    _seek(page, timings[-1]["start"] + 0.05)
    page.wait_for_timeout(800)
    assert _scroll_y(page) == 0 and page.evaluate(MARKED) == [timings[-1]["id"]]


def test_reduced_motion_never_scrolls(page, pages):
    page.emulate_media(reduced_motion="reduce")
    page.set_viewport_size({"width": 1024, "height": 600})
    timings = _open(page, pages, "harbour", size="XXL")
    _play(page)
    _seek(page, timings[-1]["start"] + 0.05)
    page.wait_for_timeout(800)
    assert _scroll_y(page) == 0 and page.evaluate(MARKED) == [timings[-1]["id"]]


HIGHLIGHT = """() => { const e = document.querySelector('[data-reading]'), s = getComputedStyle(e);
  const link = e.querySelector('a');
  return {fg: s.color, bg: s.backgroundColor, link: link && getComputedStyle(link).color,
          page: getComputedStyle(document.documentElement).backgroundColor,
          shadow: s.boxShadow, outline: s.outlineStyle}; }"""


@pytest.mark.parametrize("theme", ["light", "dark", "sepia", "contrast"])
def test_highlight_keeps_contrast_and_stays_axe_clean(page, pages, theme):
    needed = 7.0 if theme == "contrast" else 4.5
    timings = _open(page, pages, "harbour", theme=theme)
    with_link = next(t for t in timings if page.evaluate(
        f"!!document.querySelector(`[data-sentence~='{t['id']}'] a`)"))
    _seek(page, with_link["start"] + 0.1)
    colours = page.evaluate(HIGHLIGHT)
    assert colours["bg"] != colours["page"] and colours["shadow"] != "none"
    assert ratio(colours["fg"], colours["bg"]) >= needed, colours
    assert ratio(colours["link"], colours["bg"]) >= needed, colours
    axe = Axe()
    for size in ("XS", "XXL"):
        page.evaluate(f"document.documentElement.dataset.textSize = '{size}'")
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        assert [(v["id"], v["nodes"][0]["target"]) for v in result.response["violations"]] == []


def test_highlight_in_forced_colours(page, pages):
    page.emulate_media(forced_colors="active")
    timings = _open(page, pages, "harbour")
    _seek(page, timings[4]["start"] + 0.1)
    colours = page.evaluate(HIGHLIGHT)
    assert colours["bg"] != colours["page"] and colours["outline"] == "solid"
    assert ratio(colours["fg"], colours["bg"]) >= 4.5, colours


def test_without_javascript_the_native_player_and_captions_remain(browser, pages):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(pages["harbour"].path.as_uri())
    audio = tab.locator(".listen audio")
    assert audio.is_visible() and audio.get_attribute("controls") is not None
    assert audio.get_attribute("aria-label")
    track = tab.locator(".listen audio track")
    assert track.get_attribute("kind") == "captions"
    assert (Path(pages["harbour"].path).parent / track.get_attribute("src")).exists()
    assert not tab.is_visible(".player")
    context.close()


@pytest.mark.parametrize("theme", ("light", "dark", "contrast"))
def test_screenshots_of_the_player(page, pages, theme):
    """Saved under output/screenshots/ to be looked at: the player with a sentence marked."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for size in ("MD", "XXL"):
        timings = _open(page, pages, "harbour", theme=theme, size=size)
        _seek(page, timings[2]["start"] + 0.1)
        page.locator(".listen").scroll_into_view_if_needed()
        shot = SCREENSHOTS / f"readalong-{theme}-{size}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        _seek(page, timings[8]["start"] + 0.1)  # a sentence of the body, scrolled to
        page.locator("[data-reading]").scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"readalong-{theme}-{size}-text.png"))
