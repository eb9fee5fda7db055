"""Right-to-left and CJK reading pages in Chromium: mirrored layout, fonts per script,
no letter-spacing on CJK; screenshots saved under output/screenshots/ to be looked at."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_reading_page import SHOW_SETTINGS, choose_setting, open_in_theme

BOX = "(s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.right]; })"


def test_arabic_page_mirrors_text_quotes_lists_and_controls(page, pages):
    open_in_theme(page, pages, "arabic")
    assert page.evaluate("getComputedStyle(document.querySelector('.article p')).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('.article p')).textAlign") in (
        "start", "right")
    main = page.evaluate(BOX + "('main')")
    title = page.evaluate("(() => { const r = document.createRange();"
                          " r.selectNodeContents(document.querySelector('h1'));"
                          " const b = r.getBoundingClientRect(); return [b.left, b.right]; })()")
    assert main[1] - title[1] < 40 < title[0] - main[0]  # the headline hugs the right edge
    sides = page.evaluate("""[...document.querySelectorAll('.article ul, .article blockquote')].map(
      e => { const s = getComputedStyle(e); return [e.tagName, parseFloat(s.paddingLeft),
             parseFloat(s.paddingRight), parseFloat(s.borderLeftWidth),
             parseFloat(s.borderRightWidth)]; })""")
    assert {tag for tag, *_ in sides} == {"UL", "BLOCKQUOTE"}
    for tag, left, right, border_left, border_right in sides:  # indents and rules on the right
        assert right > left == 0 and (tag == "UL" or border_right > border_left == 0)
    group = page.evaluate(BOX + "('.control-group')")
    label = page.evaluate(BOX + "('.control-label')")
    assert group[1] - label[1] < 5  # the first control's label sits at the right
    page.keyboard.press("Tab")  # the skip link appears at the top right
    skip = page.evaluate(BOX + "('.skip-link')")
    assert skip[0] > page.viewport_size["width"] / 2
    family = page.evaluate("getComputedStyle(document.querySelector('.article p')).fontFamily")
    assert family.startswith('"Noto Naskh Arabic"')


def test_chinese_page_uses_cjk_fonts_and_no_letter_spacing(page, pages):
    open_in_theme(page, pages, "chinese")
    choose_setting(page, "spacing", "loose")  # letter-spacing 0.05em for other scripts
    style = page.evaluate("(p => [getComputedStyle(p).fontFamily, getComputedStyle(p).letterSpacing,"
                          " getComputedStyle(p).lineBreak])(document.querySelector('.article p'))")
    assert style[0].startswith('"Noto Sans CJK SC"')
    assert style[1] in ("normal", "0px") and style[2] == "strict"
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK SC\"', '书')")


@pytest.mark.parametrize("name", ("arabic", "chinese"))
def test_screenshots_of_the_arabic_and_chinese_pages(page, pages, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, size in ((1024, "MD"), (360, "XL")):
        page.set_viewport_size({"width": width, "height": 800})
        open_in_theme(page, pages, name, size=size)
        if width > 400:
            page.evaluate(SHOW_SETTINGS)
        else:
            page.evaluate(SHOW_SETTINGS.replace("true", "false"))
        shot = SCREENSHOTS / f"{name}-{width}-{size}.png"
        page.screenshot(path=str(shot), full_page=False)
        assert shot.stat().st_size > 10_000
