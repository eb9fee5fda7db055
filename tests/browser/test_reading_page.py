"""The reading page in headless Chromium: axe, reflow, text spacing, keyboard, sizes, contrast, network."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import SCREENSHOTS
from tests.browser.contrast import ratio
from tests.conftest import reload_after_writes

PAGES = ("sample", "harbour", "structured", "prose", "arabic")  # arabic: right to left
THEMES = ("light", "dark", "sepia", "contrast", "auto")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
# WCAG 1.4.12: the spacing a user's own stylesheet may force.
TEXT_SPACING = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
                " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }")


SHOW_SETTINGS = "document.querySelector('details.settings').open = true"
BACKGROUND = "getComputedStyle(document.documentElement).backgroundColor"


def open_in_theme(page, pages, name, theme="light", size="MD"):
    page.goto(pages[name].path.as_uri())
    page.evaluate(SHOW_SETTINGS)
    choose_setting(page, "theme", theme)
    choose_setting(page, "size", size)


def choose_setting(page, kind, value):
    page.click(f"button.{kind}[data-{kind}='{value}']")


@pytest.mark.parametrize("name", PAGES)
def test_axe_clean_in_every_theme_at_smallest_and_largest_size(page, pages, name):
    page.emulate_media(color_scheme="dark")  # so that "auto" is checked in its dark form too
    open_in_theme(page, pages, name)
    assert violations_in_every_theme(page) == {}


def violations_in_every_theme(page) -> dict:
    """axe's violations of the open page in every theme at the smallest and largest size."""
    axe = Axe()
    found = {}
    for theme in THEMES:
        for size in ("XS", "XXL"):
            choose_setting(page, "theme", theme)
            choose_setting(page, "size", size)
            result = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            found[(theme, size)] = [(v["id"], len(v["nodes"]), v["nodes"][0]["target"])
                                    for v in result.response["violations"]]
    return {key: v for key, v in found.items() if v}


@pytest.mark.parametrize("name", PAGES)
def test_no_horizontal_scroll_at_320px_and_largest_size(page, pages, name):
    page.set_viewport_size({"width": 320, "height": 640})
    open_in_theme(page, pages, name, size="XXL")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1]
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "36px"  # 200 % of MD


CLIPPED = """() => [...document.querySelectorAll('body *')].filter(e => {
  if (e.closest('.visually-hidden')) return false;
  const s = getComputedStyle(e);
  const clips = /hidden|clip/.test(s.overflowX + s.overflowY);
  return clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
}).map(e => e.outerHTML.slice(0, 80))"""
OVERFLOWING = """() => [...document.querySelectorAll('button, h1, h2, h3, p, li, figcaption, td, th')]
  .filter(e => !e.closest('.visually-hidden') && e.scrollWidth > e.clientWidth + 1)
  .map(e => e.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("name", PAGES)
def test_text_spacing_override_clips_nothing(page, pages, name):
    for width in (320, 1024):
        page.set_viewport_size({"width": width, "height": 700})
        open_in_theme(page, pages, name, size="XXL")
        page.add_style_tag(content=TEXT_SPACING)
        assert page.evaluate(CLIPPED) == []
        assert page.evaluate(OVERFLOWING) == []
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


FOCUSED = """() => { const e = document.activeElement, s = getComputedStyle(e);
  return {id: e.outerHTML.slice(0, 90), style: s.outlineStyle, width: parseFloat(s.outlineWidth),
          colour: s.outlineColor, bg: getComputedStyle(document.documentElement).backgroundColor,
          h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width}; }"""


@pytest.mark.parametrize(("name", "theme"), [*(("sample", t) for t in THEMES),
                                              ("arabic", "light"), ("arabic", "contrast")])
def test_every_control_reachable_by_tab_with_visible_focus(page, pages, name, theme):
    open_in_theme(page, pages, name, theme=theme)
    page.evaluate("localStorage.removeItem('access.settings')")
    reload_after_writes(page)  # the theme is remembered; the settings start closed; Tab starts at the top
    controls = page.evaluate("document.querySelectorAll('.toolbar button').length")
    seen = []
    for _ in range(2):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
    assert "skip-link" in seen[0]["id"] and seen[1]["id"].startswith("<summary")
    page.keyboard.press("Enter")  # opens the settings
    for _ in range(controls + 1):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
    buttons = [f for f in seen if f["id"].startswith("<button")]
    assert len(buttons) == controls
    for focus in seen:
        assert focus["style"] != "none" and focus["width"] >= 2, focus
        assert ratio(focus["colour"], focus["bg"]) >= 3, focus
    assert all(f["h"] >= 44 and f["w"] >= 44 for f in buttons)


def test_size_buttons_change_font_size_pressed_state_and_announce(page, pages):
    open_in_theme(page, pages, "structured")
    sizes = page.eval_on_selector_all("button.size", "bs => bs.map(b => b.dataset.size)")
    assert sizes[:6] == ["XS", "SM", "MD", "LG", "XL", "XXL"]
    for button in page.query_selector_all("button.size"):
        assert (button.get_attribute("aria-label") or "").startswith(button.inner_text())
    size_of = "parseFloat(getComputedStyle(document.querySelector('.article p')).fontSize)"
    measured = {}
    for size in sizes:
        choose_setting(page, "size", size)
        pressed = page.eval_on_selector_all("button.size",
                                            "bs => bs.map(b => b.getAttribute('aria-pressed'))")
        assert pressed == ["true" if s == size else "false" for s in sizes]
        assert page.get_attribute("html", "data-text-size") == size
        assert page.text_content("[role=status]").startswith("Text size")
        measured[size] = page.evaluate(size_of)
    assert list(measured.values()) == sorted(set(measured.values()))
    assert measured["XXL"] / measured["MD"] >= 2.0
    reload_after_writes(page)
    assert page.get_attribute("html", "data-text-size") == "XXL"  # remembered


def test_other_choices_change_font_spacing_and_width(page, pages):
    open_in_theme(page, pages, "prose")
    style = ("(p => [getComputedStyle(p).fontFamily, getComputedStyle(p).lineHeight, "
             "document.querySelector('main').getBoundingClientRect().width])"
             "(document.querySelector('.article p'))")
    before = page.evaluate(style)
    choose_setting(page, "font", "legible")
    choose_setting(page, "spacing", "loose")
    choose_setting(page, "width", "narrow")
    after = page.evaluate(style)
    assert after[0].startswith('"Access Legible"') and after[1] != before[1] and after[2] < before[2]
    assert page.evaluate("document.fonts.check('16px \"Access Legible\"')")
    assert page.evaluate("[...document.fonts].some(f => f.family.includes('Access Legible')"
                         " && f.status === 'loaded')")


COLOURS = """() => { const bg = getComputedStyle(document.documentElement).backgroundColor;
  const pick = sel => [...document.querySelectorAll(sel)].map(e => [getComputedStyle(e).color, bg]);
  return {body: pick('.article p:not(.note)'), muted: pick('.meta p, figcaption, .note'),
          links: pick('a'), buttons: [...document.querySelectorAll('.toolbar button')].map(
            e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor])}; }"""


@pytest.mark.parametrize("theme", THEMES)
def test_contrast_of_text_muted_text_and_links(page, pages, theme):
    page.emulate_media(color_scheme="light")
    needed = 7.0 if theme == "contrast" else 4.5
    worst = {}
    for name in PAGES:
        open_in_theme(page, pages, name, theme=theme)
        colours = page.evaluate(COLOURS)
        for kind in ("body", "muted", "links", "buttons"):
            if colours[kind]:
                worst[kind] = min(worst.get(kind, 99), *(ratio(fg, bg) for fg, bg in colours[kind]))
    assert set(worst) >= {"body", "muted", "links"}
    assert min(worst.values()) >= needed, worst


def test_auto_theme_follows_dark_scheme_and_more_contrast(page, pages):
    open_in_theme(page, pages, "sample", theme="auto")
    page.emulate_media(color_scheme="dark")
    dark = page.evaluate(BACKGROUND)
    page.emulate_media(color_scheme="light")
    light = page.evaluate(BACKGROUND)
    assert dark != light and light == "rgb(255, 255, 255)"
    page.emulate_media(contrast="more")
    assert page.evaluate(BACKGROUND) == "rgb(0, 0, 0)"


def test_forced_colors_keep_focus_and_pressed_state_visible(page, pages):
    page.emulate_media(forced_colors="active")
    open_in_theme(page, pages, "sample", size="LG")
    reload_after_writes(page)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    style = page.evaluate("(b => getComputedStyle(b).outlineStyle)(document.activeElement)")
    pressed = page.evaluate("getComputedStyle(document.querySelector('button.size[aria-pressed=true]'))"
                            ".borderTopWidth")
    assert style != "none" and float(pressed.rstrip("px")) >= 4


@pytest.mark.parametrize("name", PAGES)
def test_page_makes_no_network_request(browser, pages, name):
    context = browser.new_context()
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    tab = context.new_page()
    tab.goto(pages[name].path.as_uri(), wait_until="networkidle")
    tab.evaluate(SHOW_SETTINGS)
    for kind in ("font", "theme", "size"):
        tab.click(f"button.{kind} >> nth=1")
    tab.wait_for_timeout(200)
    context.close()
    page_uri = pages[name].path.as_uri()
    assert requests[0] == page_uri
    # Only the narration and its captions beside the page (when there is one), nothing else.
    beside = {page_uri.rsplit(".", 1)[0] + suffix for suffix in (".mp3", ".vtt")}
    assert set(requests[1:]) <= beside


def test_readable_without_javascript(browser, pages):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(pages["structured"].path.as_uri())
    assert not tab.is_visible(".toolbar") and tab.is_visible("h1")
    assert len(tab.inner_text("main")) > 500
    context.close()


@pytest.mark.parametrize("theme", ("light", "dark", "contrast"))
def test_screenshots_of_the_sample(page, pages, theme):
    """Saved under output/screenshots/ to be looked at; checks the page draws in the theme's colours."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for size in ("MD", "XXL"):
        open_in_theme(page, pages, "sample", theme=theme, size=size)
        page.evaluate(SHOW_SETTINGS.replace("true", "false"))
        shot = SCREENSHOTS / f"sample-{theme}-{size}.png"
        page.screenshot(path=str(shot), full_page=False)
        assert shot.stat().st_size > 10_000
    assert page.evaluate(BACKGROUND) != "rgba(0, 0, 0, 0)"
