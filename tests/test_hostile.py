"""Hostile input through the real command: odd titles, broken charsets, and servers that loop,
trickle or refuse. Each either converts, or fails in one line with no traceback and no output."""

from __future__ import annotations

import fcntl
import http.server
import io
import json
import os
import resource
import signal
import socket
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from access import files
from access.clean.fields.bylines import DATE_PARTS, EMAIL_ON, END_WORD, NAME_END, people_joiner
from access.clean.html import clean_html
from access.clean.html.depth import deeper_than, flattened
from access.clean.html.pick.agreement import shingles
from access.clean.html.pick.gaps import fill_gaps
from access.clean.html.pick.prose import node_text
from access.clean.rules import load_rules
from access.clean.text import clean_text
from access.clean.text import lines as text_lines
from access.clean.text.blocks import drop_contents
from access.clean.text.body import close_at_stop, menu_top
from access.clean.text.lines import join_wrapped
from access.clean.text.score import CODE_CALL
from access.document import Document, Figure, Inline, Paragraph
from access.document.sentences import split_sentences
from access.errors import AccessError
from access.pipeline import manifest
from access.pipeline.convert import Options, render
from access.read import make_source
from access.read.fetch import fetch_with_headers
from access.render import images
from access.render.html import render_html
from access.web.jobs import Input, read_input

from .conftest import DATA, ROOT, SAMPLE, loopback, run_cli

MUSEUM = DATA / "pages" / "museum-reopens.html"  # Latin-1, declared in a <meta charset>
MUSEUM_TITLE = "Le musée du port rouvre ses portes"
TRICKLE_SECONDS = 120
TRICKLED: dict[str, float] = {}  # path -> seconds from a request to the client's hang-up
PARA = "The council voted on Tuesday to approve the new budget, which includes funding for schools."
PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the council met on Tuesday to discuss the new library hours, and "
    "residents spoke for and against the plan at some length.</p>" for n in range(6))


def page_titled(title: str, lang: str = "en") -> bytes:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
            f"</head><body><article><h1>{title}</h1>{PARAGRAPHS}</article></body></html>").encode()


def convert_json(page: Path, out: Path) -> tuple[subprocess.CompletedProcess, dict]:
    result = run_cli("convert", str(page), "-o", str(out), "-f", "json")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    folder = next(out.iterdir())
    return result, json.loads((folder / f"{folder.name}.json").read_text(encoding="utf-8"))


def assert_one_line_failure(result: subprocess.CompletedProcess, out: Path) -> str:
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("access: error: ")
    assert not out.exists() or not any(out.iterdir())
    return err


def test_title_with_control_characters_converts(tmp_path):
    page = tmp_path / "ctrl.html"
    page.write_bytes(page_titled("Library\x07 hours\x1b change\x08").replace(b"</h1>", b"\x00</h1>"))
    _, doc = convert_json(page, tmp_path / "out")
    assert doc["title"] == "Library hours change"
    assert (tmp_path / "out" / "library-hours-change").is_dir()


@pytest.mark.parametrize("title", ["con", "Com1."])  # the rest: tests/render/test_slug.py
def test_title_that_is_a_reserved_device_name(tmp_path, title):
    page = tmp_path / "reserved.html"
    page.write_bytes(page_titled(title))
    result, _ = convert_json(page, tmp_path / "out")
    written = Path(result.stdout.decode().split()[1])  # "json  <path>"
    for name in (written.parent.name, written.name.split(".")[0]):
        assert name == f"{title.casefold().strip(' .')}-article"


def test_latin1_page_without_a_charset_keeps_its_accents(tmp_path):
    page = tmp_path / "museum.html"
    page.write_bytes(MUSEUM.read_bytes().replace(b'<meta charset="iso-8859-1">\n', b""))
    assert b"charset" not in page.read_bytes()
    _, doc = convert_json(page, tmp_path / "out")
    assert doc["title"] == MUSEUM_TITLE
    text = " ".join(block["text"] for block in doc["blocks"] if "text" in block)
    assert "Hélène Robin" in text and "\ufffd" not in text
    assert (tmp_path / "out" / "le-musee-du-port-rouvre-ses-portes").is_dir()


def test_utf8_page_with_a_few_invalid_bytes_keeps_every_other_word(tmp_path):
    markup = MUSEUM.read_bytes().decode("latin-1").replace('<meta charset="iso-8859-1">\n', "")
    data = markup.encode("utf-8").replace("Hélène".encode(), "Hélène".encode() + b"\xff", 1)
    data = data.replace(b"</article>", b"\xc3\xc3</article>")
    page = tmp_path / "broken.html"
    page.write_bytes(data)
    _, doc = convert_json(page, tmp_path / "out")
    assert doc["title"] == MUSEUM_TITLE
    text = " ".join(block["text"] for block in doc["blocks"] if "text" in block)
    assert "Hélène\ufffd Robin" in text and "travaux" in text and "Ã" not in text


def test_page_of_menus_only_says_no_article_and_never_asks_for_a_voice(tmp_path):
    links = ["Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport",
             "Culture", "Travel", "Opinion", "Video", "Weather", "Contact", "About", "Help"]
    menu = "<nav><ul>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in links) + "</ul></nav>"
    page = tmp_path / "menus.html"
    page.write_text(f"<!DOCTYPE html><html lang='pcm'><head><title>Site map</title></head><body>"
                    f"<header>{menu}</header><main>{menu}</main><footer>{menu}</footer></body></html>",
                    encoding="utf-8")
    out = tmp_path / "out"
    err = assert_one_line_failure(run_cli("convert", str(page), "-o", str(out)), out)
    assert "no article found" in err and "voice" not in err


def test_a_page_nested_deeper_than_the_parser_default_keeps_its_article():
    """libxml2 stops at 255 levels unless told otherwise: wrapped in 400 <div>s the article
    was dropped and the page said to hold none."""
    page = DATA / "pages" / "harbour-article.html"
    markup = page.read_text(encoding="utf-8")
    head, _, rest = markup.partition("<body")
    body_open, _, rest = rest.partition(">")
    inner, _, tail = rest.rpartition("</body>")
    deep = f"{head}<body{body_open}>{'<div>' * 400}{inner}{'</div>' * 400}</body>{tail}"
    flat, nested = clean_html(markup), clean_html(deep)
    assert nested.title == flat.title and len(nested.blocks) >= len(flat.blocks) - 1 > 0


# --- files that are not articles, and text in odd encodings --------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = zlib.compress(b"".join(b"\x00" + os.urandom(4) for _ in range(4)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "The council met on Tuesday. " * 100)
    return buffer.getvalue()


@pytest.mark.parametrize("name, data, kind", [
    ("photo.png", _png(), "(PNG image)"),
    ("article.html", _png(), "(PNG image)"),  # the name does not matter
    ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20,
     "(PDF document)"),
    ("pages.txt", _zip(), "(ZIP archive or office file)"),  # was 'converted' as text
    ("noise.html", os.urandom(100_000), ""),
], ids=["png", "png-named-html", "pdf", "zip", "random-bytes"])
def test_a_binary_file_is_named_in_one_line(tmp_path, name, data, kind):
    page = tmp_path / name
    page.write_bytes(data)
    out = tmp_path / "out"
    err = assert_one_line_failure(run_cli("convert", str(page), "-o", str(out)), out)
    assert f"{name}: this is a binary file {kind}".replace("  ", " ").rstrip() in err
    assert err.rstrip().endswith("not an article")


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n\n",
                                  b"\xff\xfe \x00\n\x00"], ids=["empty", "spaces", "bom", "bom-spaces",
                                                                 "utf16-spaces"])
def test_an_input_of_nothing_but_spaces_or_a_bom_is_empty(tmp_path, data):
    """A lone byte-order mark was read as text and said to hold no article."""
    page = tmp_path / "blank.txt"
    page.write_bytes(data)
    out = tmp_path / "out"
    assert "blank.txt: the input is empty" in assert_one_line_failure(
        run_cli("convert", str(page), "-o", str(out)), out)


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-16-le"),  # Notepad's "Unicode", without its BOM: was 'binary'
    lambda text: text.encode("utf-16-be"),
    lambda text: text.encode("utf-32-le"),  # was 'a binary file'
    lambda text: text.encode("utf-32-be"),
    lambda text: text.encode().replace(b" ", b" \x00", 60),  # NULs scattered: was 'binary'
], ids=["utf16-le-no-bom", "utf16-be-no-bom", "utf32-le-no-bom", "utf32-be-no-bom", "nul-bytes"])
def test_copied_text_in_utf16_without_bom_or_with_nul_bytes_converts(tmp_path, encode):
    copied = tmp_path / "copied.txt"
    copied.write_bytes(encode(SAMPLE.read_text(encoding="utf-8")))
    result = run_cli("clean", str(copied))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().startswith("North Korean forces join Russia's fight against Ukraine")
    assert "\x00" not in result.stdout.decode()


# --- large and deep pages: an article, or one line saying why, within seconds --------------


def page_of(body: str, title: str = "Council news") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>")


def test_a_page_too_large_for_an_article_is_refused_at_once(tmp_path):
    """150,000 paragraphs took nearly five minutes to clean (trafilatura's paragraph search
    takes time in the square of them); page.toml's limit refuses them in one line."""
    page = tmp_path / "huge.html"
    page.write_text(page_of("".join(f"<p>Paragraph {n}: the council met.</p>"
                                    for n in range(150_000))), encoding="utf-8")
    out = tmp_path / "out"
    started = time.monotonic()
    err = assert_one_line_failure(run_cli("convert", str(page), "-o", str(out), "-f", "json"), out)
    assert "huge.html: the page is too large to be an article: 150,0" in err
    assert time.monotonic() - started < 20


def test_a_paragraph_of_twelve_thousand_links_is_read_in_seconds(tmp_path):
    """One <p> of 12,000 links took minutes; read as a box, the article around it is kept."""
    links = " ".join(f"<a href='/u/{n}'>user{n}</a>" for n in range(12_000))
    page = tmp_path / "kudos.html"
    page.write_text(page_of(PARAGRAPHS + f"<p>Kudos from {links}.</p>"), encoding="utf-8")
    started = time.monotonic()
    result = run_cli("clean", str(page))
    assert result.returncode == 0, result.stderr.decode()
    assert time.monotonic() - started < 20
    assert result.stdout.decode().count("the council met on Tuesday") == 6


def test_filling_gaps_takes_time_linear_in_the_paragraphs():
    """Each of readability's blocks was looked for in the whole of trafilatura's text first:
    7 s for 20,000 paragraphs; the block's own tests come first now."""
    def article(n: int, mark: str) -> etree._Element:
        main = etree.Element("main")
        for i in range(n):
            etree.SubElement(main, "p").text = f"Paragraph {i}{mark} the council met on Tuesday."
        return main
    base, other = article(20_000, ":"), article(20_000, " -")  # the same words, other text
    text = node_text(base)
    assert seconds(fill_gaps, base, other, text, shingles(text), 0.5) < 2


def test_a_long_gap_of_chrome_closes_the_body_in_time_linear_in_its_lines():
    """Each line of a gap was asked whether more of the article is below it by summing all
    the scores below it again: 33 s for 20,000 short lines over more paragraphs."""
    para = "The council voted on Tuesday to approve the new budget, which includes funding for schools."
    n = 20_000
    lines = [para] * 5 + [f"Lorem ipsum {i % 97}" for i in range(n)] + [para] * (n // 4)
    scores = [8.0] * 5 + [-1.5] * n + [8.0] * (n // 4)
    started = time.process_time()
    end = close_at_stop(lines, scores, 0, len(lines), load_rules())
    assert time.process_time() - started < 2 and end == len(lines)  # more of the article below the gap


def test_boxes_between_paragraphs_close_the_body_in_time_linear_in_its_lines():
    """Each related box's label with paragraphs below it was asked whether they are teasers by
    reading all the lines below it again: 20 s for 6,667 boxes between paragraphs."""
    para = "The council voted on Tuesday to approve the new budget, which includes funding for schools."
    rules = load_rules()
    label = "Related"
    assert rules.is_soft_stop(label)
    lines, scores = [para] * 5 + [label, para, para] * 6_667, [8.0] * 5 + [-1.5, 8.0, 8.0] * 6_667
    started = time.process_time()
    end = close_at_stop(lines, scores, 0, len(lines), rules)
    assert time.process_time() - started < 2 and end == len(lines)  # boxes inside the article


@pytest.mark.parametrize("lines, scores, cut", [
    # each run of a menu with a byline at its foot had the datelines below it counted again: 11 s
    ((["Menu"] * 9 + ["By Jane Smith", PARA]) * 2_000 + [PARA], [-1.0] * 22_000 + [8.0], 21_999),
    ([PARA] * 60_000, [8.0] * 60_000, 0),  # the running text above each line summed again: 12 s
], ids=["menus-with-bylines", "running-text"])
def test_a_menu_opening_the_body_is_looked_for_in_time_linear_in_its_lines(lines, scores, cut):
    started = time.process_time()
    found = menu_top(lines, scores, 0, len(lines), load_rules())
    assert time.process_time() - started < 2 and found == cut


def test_a_fact_sheet_asks_each_line_once_whether_it_is_a_dateline(monkeypatch):
    """The fact sheet's lines were each asked twice (its valued lines again with its labels):
    40,000 short lines ending in a number (1 MB) took 3 s to clean, a third of it there."""
    import access.clean.text.body as body
    asked: list[str] = []
    dateline = body.is_dateline
    monkeypatch.setattr(body, "is_dateline", lambda line, rules: asked.append(line) or dateline(line, rules))
    lines = [f"Council news {n}" if n % 4 else "Technische Daten" for n in range(4_000)]
    assert body._fact_sheet(lines, 0, len(lines), load_rules()) == len(lines)  # (twice as many asked)
    assert len(asked) == len(lines)


def test_a_paragraph_wrapped_over_thousands_of_lines_joins_in_time_linear():
    """Each line going on with the paragraph above had the whole paragraph's words counted
    again and its end looked for in all of it: 75 s for 20,000 lines; then the paragraph was
    still copied at each: 22 s for 60,000 (0.1 s now)."""
    raw = ["The council met on Tuesday and"] + ["the members voted on the budget for schools and"] * 60_000
    started = time.process_time()
    joined = join_wrapped([*raw, "the library."])
    assert time.process_time() - started < 2 and len(joined) == 1 and joined[0].endswith(" the library.")
    assert len(joined[0]) == len(" ".join(raw)) + len(" the library.")


def test_a_table_of_contents_is_looked_for_in_time_linear_in_the_blocks():
    """Each of the first 30 short blocks opening a run read the run to its end again: 10 s for
    60,000 short lines (a list of items copied) where one reading does."""
    blocks = [Paragraph([Inline(f"Item number {n} here")]) for n in range(30_000)]
    started = time.process_time()
    assert drop_contents(blocks) == blocks and time.process_time() - started < 2


def test_a_page_of_many_distinct_short_lines_counts_each_lines_words_once(monkeypatch):
    """The copied cleaner remembered 8,192 lines' word counts: on a page of more distinct lines
    each stage asked of each line anew (12 times a line; a third more time a line)."""
    asked: list[str] = []
    count = text_lines.count_words
    monkeypatch.setattr(text_lines, "count_words", lambda line: asked.append(line) or count(line))
    text_lines.word_count.cache_clear()
    clean_text("".join(f"Item number {n} here\n" for n in range(9_000)))
    assert len(asked) == len(set(asked))


@pytest.mark.parametrize("open_tags, close_tags", [
    ("<div>" * 4000, "</div>" * 4000),  # deeper than libxml2 reads: the rest of the page was lost
    ("<b>" * 1000, "</b>" * 1000),  # RecursionError in pick.leaf_blocks
    ("<ul><li>A list item with words." * 1000, "</li></ul>" * 1000),  # in trafilatura's lists
], ids=["divs-4000", "bold-1000", "lists-1000"])
def test_a_page_nested_thousands_deep_keeps_its_article(tmp_path, open_tags, close_tags):
    """Nested deeper than page.toml's limit, the page is rewritten to it, every word kept."""
    page = tmp_path / "deep.html"
    page.write_text(page_of(open_tags + PARAGRAPHS + close_tags), encoding="utf-8")
    started = time.monotonic()
    result = run_cli("clean", str(page))
    assert result.returncode == 0, result.stderr.decode()
    assert time.monotonic() - started < 20
    out = result.stdout.decode()
    assert out.count("the council met on Tuesday") == 6
    assert out.count("A list item with words.") <= 1000  # each nested item once


def test_a_picture_described_in_ten_megabytes_is_refused_in_one_line():
    """trafilatura reads its XML back with libxml2's limits: a text or an attribute of 10 MB
    (an alt text here; a <pre> or one paragraph too) raised XMLSyntaxError, an 'unexpected' error."""
    markup = page_of(PARAGRAPHS + f"<img src='a.png' alt='{'a ' * 5_000_001}'>")
    with pytest.raises(AccessError, match="too large to be an article: a text or attribute of 10 MB"):
        clean_html(markup)


def test_flattening_keeps_every_word_and_bounds_the_depth():
    markup = page_of("<div>" * 3000 + "<p>Deep <b>words</b> &amp; more</p>" + "</div>" * 3000
                     + "<span>" * 500 + "x" + "<i>" * 500 + "y")
    tree = lxml.html.document_fromstring(flattened(markup, 200))
    assert not deeper_than(tree, 201)
    assert tree.text_content() == "Council newsCouncil newsDeep words & morexy"


# --- long lines: time linear in their length --------------------------------------------


def seconds(call, *args) -> float:
    start = time.process_time()
    call(*args)
    return time.process_time() - start


@pytest.mark.parametrize("pattern, use, line", [
    (NAME_END, "sub", "a" + " " * 3000 + "b"),  # (in the cube of its length: minutes)
    (EMAIL_ON, "sub", " " * 20_000),
    (EMAIL_ON, "sub", "1234567890" * 5000),
    (people_joiner(), "split", " " * 50_000),
    (END_WORD, "search", "a" * 50_000),
    (CODE_CALL, "search", "abcdefghij" * 5000),
    (DATE_PARTS, "split", "a" + " " * 20_000 + "b"),
], ids=["name-end-spaces", "email-spaces", "email-digits", "joined-spaces", "end-word", "code-call",
        "date-parts-spaces"])
def test_a_long_line_takes_time_linear_in_its_length(pattern, use, line):
    """Each took seconds or more (a search tried from each character of a long run)."""
    method = getattr(pattern, use)
    assert seconds((lambda: method("", line)) if use == "sub" else (lambda: method(line))) < 0.5


def test_a_long_paragraph_splits_into_sentences_in_time_linear_in_its_length():
    """pysbd took time in the square of a paragraph's length (5 s for this one)."""
    text = "The council met. " * 1500
    took = seconds(split_sentences, text, "en")
    assert took < 2.5 and split_sentences(text, "en") == ["The council met."] * 1500


def test_a_sentence_of_a_megabyte_splits_in_time_linear_in_its_length():
    """A 1 MB <title> with no full stop: pysbd took minutes on the one ICU sentence."""
    text = "Council news " * 80_000
    assert seconds(split_sentences, text, "en") < 2.5


def test_standard_input_over_the_size_limit_is_refused_not_cut(tmp_path):
    """21 MB on standard input was cut to its first 20 MB and converted as if whole."""
    out = tmp_path / "out"
    big = PARAGRAPHS.encode() * (21 * 2**20 // len(PARAGRAPHS) + 1)
    err = assert_one_line_failure(run_cli("convert", "-", "-o", str(out), stdin=big), out)
    assert "-: larger than 20 MB" in err


@pytest.mark.parametrize("listing, error", [
    ("/dev/zero", "/dev/zero: larger than 20 MB"),  # was read until memory ran out
    ("noise.bin", "noise.bin: not a list of inputs (not UTF-8 text)"),  # was 'unexpected'
], ids=["endless", "binary"])
def test_a_list_of_inputs_is_read_within_the_size_limit(tmp_path, listing, error):
    (tmp_path / "noise.bin").write_bytes(b"\xa0" + os.urandom(1000))
    out = tmp_path / "out"
    result = subprocess.run(  # (4 GB of memory at most, should it read on)
        [sys.executable, "-m", "access", "convert", "--from", listing, "-o", str(out)],
        capture_output=True, cwd=tmp_path, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (2**32, 2**32)))
    assert error in assert_one_line_failure(result, out)


def test_standard_input_closed_is_one_line(tmp_path):
    result = subprocess.run(f"{sys.executable} -m access clean - <&-", shell=True,
                            capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1 and result.stderr == b"access: error: -: standard input is closed\n"


@pytest.mark.parametrize("under", ["a-file", "/proc/no-such-folder"])
def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, under):
    """A file where the output folder should be, or a folder that cannot be made: the
    OSError was an 'unexpected' error asking to be reported (exit 2)."""
    (tmp_path / "a-file").write_text("kept", encoding="utf-8")
    out = tmp_path / under / "out"
    result = run_cli("convert", str(SAMPLE), "-o", str(out), "-f", "json")
    err = result.stderr.decode()
    assert result.returncode == 1 and err.startswith(f"access: error: cannot write {out}/")
    assert len(err.splitlines()) == 1 and (tmp_path / "a-file").read_text(encoding="utf-8") == "kept"


def test_an_output_folder_that_cannot_be_set_aside_stays_and_leaves_nothing_beside(tmp_path, monkeypatch):
    """The folder there before could not be moved aside (a rename refused): it stays as it
    was, and neither the new folder nor an empty folder made to hold the old one is left."""
    target = tmp_path / "out"
    target.mkdir()
    (target / "kept").write_text("old", encoding="utf-8")

    def refused(source, destination) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    monkeypatch.setattr(files, "_exchanged", lambda first, second: False)  # (a system without)
    with pytest.raises(AccessError, match="Permission denied"), files.staged_folder(target) as stage:
        (stage / "new").write_text("new", encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert (target / "kept").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("before", ["file", "link"])
def test_a_file_or_link_where_the_output_folder_goes_leaves_nothing_beside(tmp_path, before):
    """A file (or a link to a folder) at the output folder's place: swapped in one step with
    the new folder, it was left beside it under a hidden temporary name (rmtree removes
    neither); the folder a link points to is kept."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "kept").write_text("old", encoding="utf-8")
    (tmp_path / "here").mkdir()
    target = tmp_path / "here" / "out"
    if before == "file":
        target.write_text("old", encoding="utf-8")
    else:
        target.symlink_to(tmp_path / "elsewhere")
    with files.staged_folder(target) as stage:
        (stage / "new").write_text("new", encoding="utf-8")
    assert [p.name for p in (tmp_path / "here").iterdir()] == ["out"]
    assert not target.is_symlink() and (target / "new").read_text(encoding="utf-8") == "new"
    assert (tmp_path / "elsewhere" / "kept").read_text(encoding="utf-8") == "old"


KILLED_IN_THE_SWAP = """
import os, signal, sys
from pathlib import Path
from access.files import staged_folder

seen = 0


def kill_at(event, args):  # SIGKILL just before the swap's n-th audited step (rename, open…)
    global seen
    seen += 1
    if seen == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)


with staged_folder(Path(sys.argv[1])) as stage:
    (stage / "article.html").write_text("new", encoding="utf-8")
    sys.addaudithook(kill_at)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="one-step swap: Linux's renameat2")
def test_an_output_folder_is_old_or_new_whenever_the_process_is_killed(tmp_path):
    """A conversion killed (SIGKILL) between setting the old folder aside and moving the new
    one in left the person's old output under a hidden temporary name and none in its place.
    Killed before each step of the swap in turn, the folder is there, old or new, every time."""
    kills = 0
    for step in range(1, 200):
        target = tmp_path / str(step) / "out"
        target.mkdir(parents=True)
        (target / "article.html").write_text("old", encoding="utf-8")
        child = subprocess.run([sys.executable, "-c", KILLED_IN_THE_SWAP, str(target), str(step)],
                               cwd=ROOT, capture_output=True, timeout=60)
        assert (target / "article.html").read_text(encoding="utf-8") in {"old", "new"}, step
        if child.returncode == 0:
            break
        assert child.returncode == -signal.SIGKILL, child.stderr.decode()
        kills += 1
    assert (target / "article.html").read_text(encoding="utf-8") == "new" and kills >= 3


def test_standard_output_on_a_full_disk_is_one_line():
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "access", "clean", str(SAMPLE)], stdout=full,
                                stderr=subprocess.PIPE, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert result.stderr == b"access: error: cannot write to standard output: No space left on device\n"


def test_an_interrupted_conversion_stops_its_narration(monkeypatch):
    """Ctrl-C (or SIGTERM, or a failed PDF) beside the narration waited for the narration to
    end before leaving: the whole article spoken first (minutes to hours for a long one)."""
    import access.render.audio
    import access.render.pdf

    def narrate(doc, **kwargs):  # ten seconds of sentences, unless stopped
        for n in range(1_000):
            kwargs["progress"](n / 1_000)
            time.sleep(0.01)

    def render_pdf(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(access.render.audio, "narrate", narrate)
    monkeypatch.setattr(access.render.pdf, "render_pdf", render_pdf)
    source = make_source(SAMPLE.read_bytes(), SAMPLE.name)
    options = Options(formats=("pdf", "mp3"), fetch_images=False)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        render(source, options, manifest.make_key(SAMPLE.name, source, options), workers=2)
    assert time.monotonic() - started < 3


def test_narration_keeps_no_pcm_but_for_a_wav_file(monkeypatch):
    """The narration kept all its PCM, and copied it at the end, to write a WAV file no one
    asked for: 3 GB for a megabyte of text (a 20 MB article could not be narrated in 24 GB)."""
    import tracemalloc

    import access.render.audio as audio

    class Encoder:
        def __init__(self, sample_rate: int) -> None:
            pass

        def encode(self, pcm: bytes) -> None:
            pass

        def finish(self) -> bytes:
            return b""

    clip = bytes(2**20)  # a megabyte of speech a sentence
    monkeypatch.setattr(audio, "speak", lambda *args: ((22_050, clip) for _ in iter(int, 1)))
    monkeypatch.setattr(audio, "Mp3Encoder", Encoder)
    monkeypatch.setattr(audio, "tag_mp3", lambda mp3, *args: mp3)
    doc = Document("Council news", [Paragraph([Inline(PARA)]) for _ in range(60)])
    tracemalloc.start()
    try:
        narration = audio.narrate(doc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert narration.duration > 60 * len(clip) / 2 / 22_050 and peak < 20 * len(clip)


# --- network: real servers on loopback ---------------------------------------------------


BIG_PICTURE = 1_900_000  # bytes: under the 2 MB limit for one picture


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")
            self.end_headers()
        elif self.path.startswith("/to-ftp/"):  # "/to-ftp/<port>": a picture moved to an FTP server
            self.send_response(302)
            self.send_header("Location", f"ftp://127.0.0.1:{self.path.split('/')[2]}/picture.png")
            self.end_headers()
        elif self.path.startswith("/trickle"):
            self.trickle(head=self.path.startswith("/trickle-head"))
        elif self.path == "/endless":
            self.endless()
        elif self.path == "/drip.png":
            self.drip()
        elif self.path.startswith("/big.png"):
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(BIG_PICTURE))
            self.end_headers()
            self.wfile.write(b"\x89PNG" + bytes(BIG_PICTURE - 4))
        elif self.path == "/picture.png":
            picture = _png()
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(picture)))
            self.end_headers()
            self.wfile.write(picture)
        else:
            self.send_error(404)

    def endless(self) -> None:
        """A page that never ends: paragraphs as fast as the client reads, no length given."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>")
        paragraph = PARAGRAPHS.encode() * 100
        try:
            for _ in range(10_000):  # 2 GB at most, should the client never stop
                self.wfile.write(paragraph)
        except OSError:
            pass
        self.close_connection = True

    def drip(self) -> None:
        """A picture, a byte every quarter of a second for ten seconds: quicker than any one
        read's timeout."""
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.25)
        except OSError:
            pass
        self.close_connection = True

    def trickle(self, head: bool) -> None:
        """One byte a second, for two minutes: headers too when ``head``."""
        answer = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                  + page_titled("Slow news"))
        start = 0 if head else answer.index(b"\r\n\r\n") + 4
        began = time.monotonic()
        try:
            self.wfile.write(answer[:start])
            self.wfile.flush()
            for byte in answer[start:start + TRICKLE_SECONDS]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
        except OSError:  # the client gave up, as it should
            TRICKLED[self.path] = time.monotonic() - began
        self.close_connection = True


def serving():
    return loopback(_Handler)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving() as address:
        yield address


def test_redirect_loop_is_one_line(site, tmp_path):
    out = tmp_path / "out"
    err = assert_one_line_failure(run_cli("convert", f"{site}/loop-a", "-o", str(out)), out)
    assert "redirect" in err


def test_http_error_is_one_line(site, tmp_path):
    out = tmp_path / "out"
    err = assert_one_line_failure(run_cli("convert", f"{site}/missing", "-o", str(out)), out)
    assert "/missing: the server answered 404 Not Found" in err


def test_an_endless_body_is_cut_at_the_size_limit(site, tmp_path):
    out = tmp_path / "out"
    started = time.monotonic()
    err = assert_one_line_failure(run_cli("convert", f"{site}/endless", "-o", str(out)), out)
    assert "larger than 20 MB" in err and time.monotonic() - started < 30


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-head"])
def test_trickling_server_is_cut_at_the_deadline(site, tmp_path, path):
    out = tmp_path / "out"
    started = time.monotonic()
    result = run_cli("convert", f"{site}{path}", "-o", str(out), "--timeout", "2")
    err = assert_one_line_failure(result, out)
    assert "within 2 s" in err
    assert time.monotonic() - started < TRICKLE_SECONDS / 2
    while path not in TRICKLED and time.monotonic() - started < TRICKLE_SECONDS / 2:
        time.sleep(0.2)  # the server notices the hang-up at its next byte or two
    # Measured by the server, from the request: the deadline and a byte or two, however long
    # the command took to start.
    assert TRICKLED[path] < 2 + 3


def test_clean_takes_the_timeout_too(site):
    result = subprocess.run([sys.executable, "-m", "access", "clean", f"{site}/trickle-body?clean",
                             "--timeout", "1.5"], capture_output=True, timeout=60, cwd=ROOT)
    assert result.returncode == 1 and b"within 1.5 s" in result.stderr


def test_refused_connection_is_one_line(tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "out"
    err = assert_one_line_failure(run_cli("convert", f"http://127.0.0.1:{port}/a", "-o", str(out)),
                                  out)
    assert "cannot reach it" in err


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/a", "http://[::1/a"])
def test_malformed_url_is_one_line(tmp_path, url):
    out = tmp_path / "out"
    assert_one_line_failure(run_cli("convert", url, "-o", str(out)), out)


def test_a_picture_trickling_in_is_cut_at_the_deadline(site, monkeypatch):
    """A picture's server sending a byte at a time held the conversion for as long as it kept
    on (each read had its own timeout; --timeout was for the article only): 10 s here."""
    monkeypatch.setattr(images, "TIMEOUT_SECONDS", 1)
    doc = Document("Council news", [Figure(f"{site}/drip.png", alt="The council")])
    started = time.monotonic()
    assert images.embed_images(doc) == {} and time.monotonic() - started < 4


def test_the_web_app_fetches_no_picture_from_its_own_network(site):
    """An article given to the web app could make it fetch any address of its own machine or
    network as a picture (it checks the article's address, not its pictures')."""
    doc = Document("Council news", [Figure(f"{site}/picture.png", alt="The council")])
    assert images.embed_images(doc, public=True) == {}
    assert images.embed_images(doc)[f"{site}/picture.png"].startswith("data:image/png;base64,")


def test_an_articles_pictures_share_one_budget_and_the_rest_keep_their_alt(site):
    """Each remote picture was capped at 2 MB but not their number, and a data: picture not at
    all: an article of many pictures made pages, PDFs and memory as large as it liked."""
    huge = "data:image/png;base64," + "A" * (11 * 2**20 * 4 // 3)  # 11 MB of picture
    doc = Document("Council news", [Figure(huge, alt="A map of the flooded streets")]
                   + [Figure(f"{site}/big.png?{n}", alt=f"Photo {n} of the council") for n in range(7)])
    started = time.monotonic()
    embedded = images.embed_images(doc)
    assert time.monotonic() - started < 3
    assert huge not in embedded and len(embedded) == 5  # 5 × 1.9 MB fit in 10 MB, not 6
    page = render_html(doc, images=embedded)
    assert page.count('class="image-alt"') == 3 and "A map of the flooded streets" in page
    assert all(f"Photo {n} of the council" in page for n in range(7))


def test_a_web_jobs_article_trickling_in_is_cut_at_the_deadline(site):
    """The web app's own fetch had a timeout for each read only: a server sending a byte a
    second held the job (and a worker) for as long as it kept on; two minutes here."""
    started = time.monotonic()
    with pytest.raises(AccessError, match="within 1 s"):
        read_input(Input("url", f"{site}/trickle-body?web"), allow_private_urls=True, timeout=1)
    assert time.monotonic() - started < 3


def test_a_picture_redirected_to_ftp_is_not_fetched(site):
    """urllib follows a redirect to ftp:// too, past the address check and the deadline: a
    public page's picture could be fetched from an FTP server of the web app's own network."""
    with socket.socket() as ftp:  # an FTP server on this machine: it must see no connection
        ftp.bind(("127.0.0.1", 0))
        ftp.listen()
        ftp.settimeout(0.5)
        with pytest.raises(AccessError, match="not a web address"):
            fetch_with_headers(f"{site}/to-ftp/{ftp.getsockname()[1]}", 1000, timeout=2)
        with pytest.raises(TimeoutError):
            ftp.accept()


def test_closed_pipe_ends_quietly():
    read, write = os.pipe()
    fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 4096)  # smaller than the list: the writer must wait
    with subprocess.Popen([sys.executable, "-m", "access", "voices"], stdout=write,
                          stderr=subprocess.PIPE, cwd=ROOT) as process:
        os.close(write)
        process.stdout = os.fdopen(read, "rb")
        assert process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        _, err = process.communicate(timeout=60)
    assert err == b""


def test_a_language_with_no_voice_falls_back_with_one_warning(tmp_path):
    """An article in a language no installed voice speaks is read by the default voice."""
    text = ("Di gofment don tok say dem go build new road for di town. "
            "Many pipo happy well well because di old road don spoil since. "
            "Di work go start next month and e go finish before rainy season.\n")
    page = tmp_path / "road.html"
    page.write_text(f"<!DOCTYPE html><html lang='pcm'><head><title>New road for di town</title>"
                    f"</head><body><article><h1>New road for di town</h1><p>{text}</p><p>{text}</p>"
                    "</article></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("convert", str(page), "-o", str(out), "-f", "mp3")
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.decode().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("access: warning: no pyttsx3 voice speaks")
    manifest = json.loads(next(out.glob("*/manifest.json")).read_text(encoding="utf-8"))
    assert manifest["voice"]["engine"] == "pyttsx3" and manifest["voice"]["id"]
