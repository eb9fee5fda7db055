"""Articles in seven scripts (tests/data/scripts): direction and language in every output, every
glyph the PDF draws is a real one, the page's own words in the article's language."""

from __future__ import annotations

import io
import json
import re
import subprocess
import tomllib
import unicodedata
from functools import cache
from pathlib import Path

import pikepdf
import pytest
from bs4 import BeautifulSoup
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont

from access.convert import Options, convert, load
from access.document import Document, Paragraph, Quote, from_json, runs, to_json
from access.document.direction import with_directions
from access.document.model import count_words
from access.document.sentences import split_sentences
from access.document.words import phrase_table, words
from access.render.html import render_html
from access.render.pdf import render_pdf
from access.render.pdf.audit import walk
from access.render.pdf.glyphs import drawn_glyphs as pdf_glyphs
from tests.conftest import DATA

SCRIPTS = DATA / "scripts"
DIRECTION = {"ar": "rtl", "he": "rtl", "zh": "ltr", "ja": "ltr", "hi": "ltr", "ru": "ltr", "el": "ltr"}
pytestmark = pytest.mark.xdist_group("scripts")


def headline(lang: str) -> str:
    page = (SCRIPTS / f"{lang}.html").read_text(encoding="utf-8")
    return " ".join(BeautifulSoup(page, "lxml").h1.get_text().split())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """Each saved page converted once to the page, the PDF and the JSON."""
    out = tmp_path_factory.mktemp("scripts")
    options = Options(formats=("html", "pdf", "json"), fetch_images=False)
    return {lang: convert(str(SCRIPTS / f"{lang}.html"), out / lang, options).files
            for lang in DIRECTION}


@pytest.mark.parametrize("lang", DIRECTION)
def test_model_and_json_carry_language_direction_and_headline(outputs, lang):
    data = json.loads(outputs[lang]["json"].read_text(encoding="utf-8"))
    assert (data["lang"], data["dir"]) == (lang, DIRECTION[lang])
    assert data["title"] == headline(lang)
    assert from_json(outputs[lang]["json"].read_text(encoding="utf-8")).dir == DIRECTION[lang]
    manifest = json.loads(outputs[lang]["manifest"].read_text(encoding="utf-8"))
    assert (manifest["lang"], manifest["dir"]) == (lang, DIRECTION[lang])


@pytest.mark.parametrize("lang", DIRECTION)
def test_copied_text_gets_the_same_language_and_direction(lang):
    doc = load(str(SCRIPTS / f"{lang}.txt"))
    assert (doc.lang, doc.dir) == (lang, DIRECTION[lang])


@pytest.mark.parametrize("lang", DIRECTION)
def test_reading_page_sets_lang_dir_and_its_own_words(outputs, lang):
    soup = BeautifulSoup(outputs[lang]["html"].read_text(encoding="utf-8"), "lxml")
    say = words(lang)
    assert (soup.html["lang"], soup.html["dir"]) == (lang, DIRECTION[lang])
    assert (soup.article["lang"], soup.article["dir"]) == (lang, DIRECTION[lang])
    assert soup.select_one(".skip-link").get_text() == say["skip"]
    assert soup.select_one(".toolbar")["aria-label"] == say["settings"]
    minutes = re.escape(say["min_read"]).replace(re.escape("{minutes}"), r"\d+")
    assert re.fullmatch(minutes, soup.select_one(".reading-time").get_text())
    assert soup.select_one(".source p").get_text().startswith(say["source"])
    if lang != "en":
        assert "min read" not in soup.get_text() and "Skip to article" not in soup.get_text()


def _inked(font_file: bytes):
    """Whether a glyph (by id) of the embedded font draws anything."""
    font = TTFont(io.BytesIO(font_file))
    names, glyphs = font.getGlyphOrder(), font.getGlyphSet()

    @cache
    def inked(gid: int) -> bool:
        pen = BoundsPen(glyphs)
        glyphs[names[gid]].draw(pen)
        return pen.bounds is not None
    return inked


def drawn_glyphs(path: Path) -> list[tuple[str, int, str, bool]]:
    """Every glyph the PDF's pages draw: (font, glyph id, its text, whether it has ink)."""
    with pikepdf.open(path) as pdf:
        checks = {}
        found = []
        for glyph in pdf_glyphs(pdf):
            font = pdf.pages[glyph.page].Resources.Font[glyph.font]
            assert font.Subtype == "/Type0", font
            descendant = font.DescendantFonts[0]
            assert descendant.get("/CIDToGIDMap", pikepdf.Name.Identity) == pikepdf.Name.Identity
            if font.objgen not in checks:
                descriptor = descendant.FontDescriptor
                program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
                checks[font.objgen] = _inked(program.read_bytes())
            inked = glyph.gid != 0 and checks[font.objgen](glyph.gid)
            found.append((glyph.font, glyph.gid, glyph.text, inked))
    return found


def _may_be_blank(text: str) -> bool:
    return bool(text) and all(c.isspace() or unicodedata.category(c)[0] in "MC" for c in text)


def missing_glyphs(glyphs: list[tuple[str, int, str, bool]]) -> list[tuple[str, int, str, bool]]:
    """.notdef (glyph 0) is the empty box; a blank glyph is missing too, unless it stands for a
    space or a mark the font draws inside another glyph (Noto Devanagari's "dummymarkdeva")."""
    return [g for g in glyphs if g[1] == 0 or (not g[3] and not _may_be_blank(g[2]))]


@pytest.mark.parametrize("lang", DIRECTION)
def test_pdf_draws_every_character_with_a_real_glyph(outputs, lang):
    glyphs = drawn_glyphs(outputs[lang]["pdf"])
    # .notdef (glyph 0) is the empty box; a blank glyph is missing too, unless it stands for a
    # space or a mark the font draws inside another glyph (Noto Devanagari's "dummymarkdeva").
    missing = [g for g in glyphs if g[1] == 0 or (not g[3] and not _may_be_blank(g[2]))]
    assert glyphs and missing == []
    drawn = "".join(text for _, _, text, _ in glyphs)
    # The text layer holds the article: the headline's letters all come from drawn glyphs.
    letters = {c for c in headline(lang) if c.isalpha()}
    assert letters <= set(drawn)


@pytest.mark.parametrize("lang", DIRECTION)
def test_pdf_language_direction_and_fonts(outputs, lang):
    path = outputs[lang]["pdf"]
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == lang
        assert "/StructTreeRoot" in pdf.Root
        preferences = pdf.Root.get("/ViewerPreferences", {})
        assert str(preferences.get("/Direction", "/L2R")) == ("/R2L" if lang in ("ar", "he") else "/L2R")
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(row.split()[-5:-3] == ["yes", "yes"] for row in rows)  # embedded, subset
    if lang in ("zh", "ja", "ar", "he", "hi"):
        assert "Noto" in listing


def test_a_quote_in_another_script_keeps_its_own_direction_and_language():
    doc = with_directions(Document("Letters from Haifa", [
        Paragraph(runs("The mayor opened the new cycle path on Monday and spoke to the crowd.")),
        Quote([Paragraph(runs("זה יום גדול לעיר שלנו ולכל מי שרוכב על אופניים בה."))]),
        Paragraph(runs("Work on the next section starts in the spring, the council said.")),
    ], lang="en"))
    assert doc.dir == "ltr"
    quote = doc.blocks[1]
    assert (quote.lang, quote.dir) == ("he", "rtl") and quote.blocks[0].dir == ""
    assert from_json(to_json(doc)) == doc
    soup = BeautifulSoup(render_html(doc), "lxml")
    assert soup.html["dir"] == "ltr" and soup.blockquote["dir"] == "rtl"
    assert soup.blockquote["lang"] == "he" and not soup.select("p[dir]")
    with pikepdf.open(io.BytesIO(render_pdf(doc))) as pdf:
        elements = list(walk(pdf.Root.StructTreeRoot))
        langs = {(e.tag, str(e.node.get("/Lang", ""))) for e in elements if e.tag in ("/BlockQuote", "/P")}
        assert langs == {("/BlockQuote", "he"), ("/P", "")} and str(pdf.Root.Lang) == "en"


def test_declared_page_direction_wins_and_language_decides_without_letters():
    from access.document.direction import text_direction

    assert text_direction("Hello there, everyone.", "en", declared="rtl") == "rtl"
    assert text_direction("مرحبا بكم في المدينة", "en") == "rtl"
    assert text_direction("2024 — 12:30", "ar") == "rtl"
    assert text_direction("2024 — 12:30", "en") == "ltr"


def test_sentences_and_words_for_scripts_without_spaces():
    assert split_sentences("北京今天下雨了。明天会晴吗？我们去公园吧！", "zh") == [
        "北京今天下雨了。", "明天会晴吗？", "我们去公园吧！"]
    assert split_sentences("今日は雨です。明日は晴れるでしょう。", "ja") == [
        "今日は雨です。", "明日は晴れるでしょう。"]
    assert split_sentences("วันนี้อากาศดีมาก ฉันไปตลาดกับแม่", "th") == ["วันนี้อากาศดีมาก", "ฉันไปตลาดกับแม่"]
    assert split_sentences("הוא הגיע הביתה. היא כבר ישנה!", "he") == ["הוא הגיע הביתה.", "היא כבר ישנה!"]
    assert split_sentences("وصل إلى البيت. هل كانت نائمة؟ نعم.", "ar") == [
        "وصل إلى البيت.", "هل كانت نائمة؟", "نعم."]
    assert count_words("北京市今天发布了新的空气质量报告。") == 8  # 北京市 今天 发布 了 新的 空气 质量 报告
    assert 9 <= count_words("ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ") <= 12
    assert count_words("The report 发布了 today") == 5
    assert count_words("Два слова") == 2


def test_words_fall_back_to_english_for_an_unknown_language():
    assert words("ar")["skip"] == "انتقل إلى المقال"
    assert words("xx")["min_read"] == "{minutes} min read"
    assert words("zh-Hant")["source"] == words("zh-TW")["source"] == "來源："
    assert words("zh-CN")["source"] == words("zh")["source"] == "来源："
    assert words("sr-Latn")["source"] == words("sr")["source"]  # no Latin table: the language's


def test_glyph_check_finds_a_character_no_installed_font_has(tmp_path):
    doc = Document("Glyph check", [Paragraph(runs("Private use and unassigned: \ue000 and \u0fff."))])
    path = tmp_path / "missing.pdf"
    path.write_bytes(render_pdf(doc))
    assert {text for _, gid, text, _ in drawn_glyphs(path) if gid == 0} == {"\ue000", "\u0fff"}


# One sentence in each language the font stacks name, beyond the seven articles' own.
MORE_SCRIPTS = {
    "fa": ("rtl", "کتابخانهٔ تازه‌ای در مرکز شهر باز شد."),
    "ur": ("rtl", "شہر میں ایک نئی لائبریری کھل گئی ہے۔"),
    "mr": ("ltr", "शहरात नवीन ग्रंथालय सुरू झाले आहे."),
    "th": ("ltr", "ห้องสมุดแห่งใหม่เปิดในใจกลางเมืองแล้ว"),
    "zh-Hant": ("ltr", "城裡開了一間新的圖書館，市民排隊借書。"),
    "ko": ("ltr", "도시 한가운데에 새 도서관이 문을 열었다."),
}


def test_every_script_in_the_font_stacks_prints_with_real_glyphs(tmp_path):
    blocks = [Paragraph(runs(text), lang=lang, dir=direction)
              for lang, (direction, text) in MORE_SCRIPTS.items()]
    doc = Document("Libraries everywhere", blocks, lang="en")
    path = tmp_path / "scripts.pdf"
    path.write_bytes(render_pdf(doc))
    glyphs = drawn_glyphs(path)
    assert missing_glyphs(glyphs) == []
    drawn = {c for g in glyphs for c in g[2]}
    assert {c for _, text in MORE_SCRIPTS.values() for c in text if c.isalpha()} <= drawn
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    for family in ("Noto-Naskh-Arabic", "Noto-Sans-Devanagari", "Noto-Sans-Thai", "Noto-Sans-CJK-TC",
                   "Noto-Sans-CJK-KR"):
        assert family in listing


@pytest.mark.parametrize("lang", ("zh", "ja"))
def test_pdf_lines_never_start_with_closing_punctuation(outputs, lang):
    text = subprocess.run(["pdftotext", str(outputs[lang]["pdf"]), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(lines) > 10 and [line for line in lines if line[0] in "。，、）」！？：；"] == []


def test_every_translated_word_is_a_known_key_with_the_same_placeholders():
    from string import Formatter

    from access.document.words import phrase_table
    from access.render.html.choices import load_choices
    from access.render.theme import load_tokens

    tokens = load_tokens()
    known = set(phrase_table()["en"]) | {f"theme_{key}" for key in tokens.themes} | {
        f"size_{step.name.lower()}" for step in tokens.sizes}
    for choice in load_choices():
        known |= {choice.key} | {f"{choice.key}_{o.value}" for o in choice.options} | {
            f"{choice.key}_{o.value}_description" for o in choice.options}

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Formatter().parse(text) if name}

    english = phrase_table()["en"]
    for lang, table in phrase_table().items():
        assert set(table) <= known, (lang, set(table) - known)
        for key, text in table.items():
            assert fields(text) == fields(english.get(key, "")), (lang, key)


@pytest.mark.parametrize("lang", sorted(set(phrase_table()) - {"en"}))
def test_a_complete_table_has_every_word_with_its_placeholders(lang):
    from string import Formatter

    table, complete = phrase_table()[lang], phrase_table()["fr"]
    assert set(table) == set(complete) >= set(phrase_table()["en"])
    english = words("en")
    for key, text in table.items():
        names = {name for _, name, _, _ in Formatter().parse(text) if name}
        assert names == {name for _, name, _, _ in Formatter().parse(english.get(key, "")) if name}
        assert text.strip() == text and "min read" not in text, (lang, key)
    assert words(f"{lang}-XX")["skip"] == table["skip"]


def test_every_table_is_named_as_the_language_detector_names_it():
    from access.document.language_id import identifier
    from access.document.words import phrase_table

    assert {name.split("-")[0] for name in phrase_table()} <= set(identifier().nb_classes)  # zh-Hant: zh


def test_the_legible_font_is_declared_only_for_the_characters_it_has():
    from access.render.html.choices import font_faces

    ranges = [tuple(int(x, 16) for x in span.strip()[2:].split("-")) for span in
              re.search(r"unicode-range: ([^;]+);", font_faces()).group(1).split(",")]
    covers = lambda char: any(r[0] <= ord(char) <= r[-1] for r in ranges)  # noqa: E731
    assert covers("A") and covers("é") and covers("ş")
    assert not any(covers(c) for c in "Жλاש中あक")


def test_each_face_declares_exactly_the_characters_its_font_draws():
    """faces.toml's unicode-range, written once, is the font's own cmap (fontTools read both
    fonts on every page made: 60 ms)."""
    from fontTools.ttLib import TTFont

    from access.render.html.choices import HERE

    for face in tomllib.loads((HERE / "fonts" / "faces.toml").read_text(encoding="utf-8"))["faces"]:
        codes = sorted(TTFont(HERE / "fonts" / face["file"]).getBestCmap())
        spans: list[list[int]] = []
        for code in codes:
            if spans and code == spans[-1][1] + 1:
                spans[-1][1] = code
            else:
                spans.append([code, code])
        assert face["unicode_range"] == ", ".join(
            f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in spans), face["file"]


@pytest.mark.parametrize("lang", list(DIRECTION))
def test_narration_uses_a_voice_of_the_article_language_and_names_it(tmp_path, lang):
    from access.render.audio.voices import language

    result = convert(str(SCRIPTS / f"{lang}.html"), tmp_path, Options(formats=("mp3",)))
    manifest = json.loads(result.files["manifest"].read_text(encoding="utf-8"))
    voice = manifest["voice"]
    assert voice["engine"] == "pyttsx3" and voice["id"]
    assert lang in {language(code) for code in voice["languages"]}, voice
    assert result.audio_seconds > 10


PROBE = SCRIPTS / "probe"


@cache
def probe_expected() -> dict[str, dict[str, str]]:
    return tomllib.loads((PROBE / "expected.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", sorted(probe_expected()))
def test_copied_headers_in_many_scripts(lang):
    """Copied text in twenty-one scripts and languages (tests/data/scripts/probe): the headline
    is the first line, the byline its language's "by" word's people ("نوشته", "تحریر:", "โดย",
    "ავტორი:", "Հեղինակ՝", "Από τη", …), the date read from its month's name and its digits
    (a Solar Hijri "۲۲ اسفند ۱۴۰۲", "۱۲ مارچ، ۲۰۲۴", "2024 թ. մարտի 12", "12 มีนาคม ค.ศ. 2024"),
    and the article opens with the first paragraph, the date line ending in a stop above it
    ("12 марта 2024 г.", "12. март 2024.") left out."""
    from access.clean.text import clean_text

    want = probe_expected()[lang]
    text = (PROBE / f"{lang}.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    day = want.get("date", "2024-03-12")
    assert (doc.title, doc.byline, doc.date) == (want["title"], want["byline"], day)
    opening = text.split("\n\n")[1 + bool(want["byline"]) + bool(day)]
    assert doc.blocks[0].text == " ".join(opening.split())


def test_arabic_commas_and_colons_end_no_sentence():
    """pysbd's Arabic rules end a sentence at each Arabic comma and colon ("…بالطاقة الشمسية،"
    | "ويضم…"): the narration paused and the read-along lit half sentences."""
    from access.clean.text import clean_text

    doc = clean_text((SCRIPTS / "ar.txt").read_text(encoding="utf-8"))
    sentences = [s for block in doc.blocks for s in split_sentences(block.text, "ar")]
    assert sentences and all(s.endswith((".", "؟", "!", "»", "\"")) or s == sentences[0] for s in sentences)
    assert not [s for s in sentences if s.endswith(("،", ":"))]


def test_tibetan_sentences_end_at_a_shad():
    """Dzongkha (Tibetan script) ends a sentence with a shad ("།") and a space; ICU knew none."""
    paragraph = (PROBE / "dz.txt").read_text(encoding="utf-8").split("\n\n")[2]
    sentences = split_sentences(paragraph, "dz")
    assert len(sentences) == 3 and all(s.endswith("།") for s in sentences)
    assert " ".join(sentences) == " ".join(paragraph.split())


@pytest.mark.parametrize("name", ["hi.txt", "km.txt", "probe/th.txt", "probe/ta.txt"])
def test_pdf_text_extracts_as_written_in_shaped_scripts(tmp_path, name):
    """pdftotext reads each paragraph of a Devanagari, Khmer, Thai or Tamil article as written:
    WeasyPrint's glyph-to-text map garbled them ("शर्मा" came out "श ार्मा", "ทำงาน" "ทางาน"),
    each line now carries its text as /ActualText."""
    doc = load(str(SCRIPTS / name))
    path = tmp_path / "article.pdf"
    path.write_bytes(render_pdf(doc))
    extracted = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout
    compact = lambda text: "".join(unicodedata.normalize("NFC", text).split())  # noqa: E731
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            assert compact(block.text) in compact(extracted)


def test_chinese_copied_in_traditional_letters_is_zh_hant_and_drawn_in_its_font():
    """Copied text gives no language tag and the language model says "zh" alone: a text in
    traditional letters (Debian's zh_TW translations) is "zh-Hant", drawn with the traditional
    font (it took the simplified one's mainland glyph forms); a simplified one stays "zh"."""
    doc = load(str(PROBE / "zh-Hant.txt"))
    assert doc.lang == "zh-Hant" and load(str(SCRIPTS / "zh.txt")).lang == "zh"
    with pikepdf.open(io.BytesIO(render_pdf(doc))) as pdf:
        fonts = {str(font.get("/BaseFont")) for page in pdf.pages
                 for font in page.Resources.get("/Font", {}).values()}
    assert any("CJK-TC" in name or "CJKtc" in name for name in fonts), fonts
