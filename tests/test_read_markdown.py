"""Markdown articles and text files that are no article, through the real command: a blog's
Markdown source converts with its front matter as title, byline and date; a news feed and
JSON data are refused in one line."""

from __future__ import annotations

import json

from .conftest import ROOT
from .test_hostile import assert_one_line_failure
from .test_hostile_odd import run

JEKYLL_POST = ROOT / "tests" / "data" / "markdown" / "jekyll-diversity.markdown"
HTML_OPENED_POST = ROOT / "tests" / "data" / "markdown" / "setup-assumptions.markdown"


def cleaned(path) -> dict:
    result = run("clean", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def test_a_jekyll_post_keeps_its_front_matter_as_metadata_and_its_headings():
    doc = cleaned(JEKYLL_POST)
    assert doc["title"] == "Diversity in Open Source, and Jekyll's role in it"
    assert doc["byline"] == "pup"
    assert doc["date"].startswith("2017-10-19")
    headings = [b["text"] for b in doc["blocks"] if b["type"] == "heading"]
    assert headings == ["Add a Code of Conduct, and enforce it", "Create newcomer-friendly issues", "Be nice"]
    first = doc["blocks"][0]["text"]
    assert first.startswith("Open Source has a problem with diversity.")
    assert "---" not in first and "title:" not in json.dumps(doc["blocks"])


def test_a_post_whose_body_opens_with_html_is_still_read_as_markdown():
    doc = cleaned(HTML_OPENED_POST)
    assert doc["title"] == "The Trusted Setup Phase"
    assert doc["date"].startswith("2019-07-18")
    text = json.dumps(doc["blocks"])
    assert "layout: post" not in text and "**" not in text and "## " not in text
    headings = [b["text"] for b in doc["blocks"] if b["type"] == "heading"]
    assert headings[-2:] == ["1. No setup", "2. Pairwise setup"]


def test_toml_front_matter_and_a_broken_one_leave_the_article_whole(tmp_path):
    body = JEKYLL_POST.read_text(encoding="utf-8").split("---\n", 2)[2]
    hugo = tmp_path / "hugo.md"
    hugo.write_text('+++\ntitle = "Jekyll and diversity"\nauthors = ["Ana Ruiz", "Bo Li"]\n'
                    'date = 2017-10-19\n+++\n' + body, encoding="utf-8")
    doc = cleaned(hugo)
    assert (doc["title"], doc["byline"], doc["date"][:10]) == ("Jekyll and diversity", "Ana Ruiz, Bo Li",
                                                              "2017-10-19")
    broken = tmp_path / "broken.md"
    broken.write_text('---\ntitle: "unclosed\n  - [\n---\n' + body, encoding="utf-8")
    doc = cleaned(broken)
    assert doc["blocks"][0]["text"].startswith("Open Source has a problem with diversity.")


def test_a_front_matter_author_that_holds_itself_or_nests_deep_leaves_no_byline(tmp_path):
    """YAML anchors let a tiny front matter hold a list that contains itself (RecursionError
    before) or lists of lists of aliases, nine times longer flattened for each
    line (a byline of 4,782,969 names here)."""
    body = JEKYLL_POST.read_text(encoding="utf-8").split("---\n", 2)[2]
    nested = "l0: &l0 [Ana, Bo, Cy, Di, Ed, Flo, Gus, Hal, Ivy]\n" + "".join(
        f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 7))
    for name, matter in (("loop", "author: &a [*a]\n"),
                         ("deep", nested + "author: *l6\n"),
                         ("listed", "author: [Ana Ruiz, {name: Bo Li}, 7]\n")):
        path = tmp_path / f"{name}.md"
        path.write_text("---\ntitle: Jekyll and diversity\n" + matter + "---\n" + body, encoding="utf-8")
        doc = cleaned(path)
        assert doc["title"] == "Jekyll and diversity"
        assert doc["byline"] == ("Ana Ruiz, Bo Li" if name == "listed" else "")


def test_a_post_opening_with_a_thematic_break_keeps_its_first_section(tmp_path):
    """'---' over the opening paragraphs and '---' under them is a rule each side, not front
    matter: the paragraphs between were dropped as fields that could not be read."""
    body = JEKYLL_POST.read_text(encoding="utf-8").split("---\n", 2)[2]
    path = tmp_path / "ruled.md"
    path.write_text("---\n" + body.replace("\n## ", "\n---\n\n## ", 1), encoding="utf-8")
    doc = cleaned(path)
    assert doc["blocks"][0]["text"].startswith("Open Source has a problem with diversity.")


def test_a_title_yaml_reads_as_a_number_is_the_title(tmp_path):
    body = JEKYLL_POST.read_text(encoding="utf-8").split("---\n", 2)[2]
    path = tmp_path / "orwell.md"
    path.write_text("---\ntitle: 1984\nauthor: Ana Ruiz\n---\n" + body, encoding="utf-8")
    assert cleaned(path)["title"] == "1984"


def test_a_news_feed_or_json_data_is_refused_in_one_line(tmp_path):
    feed = tmp_path / "news.xml"
    feed.write_text('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="f.xsl"?>\n'
                    '<rss version="2.0"><channel><title>City news</title><item><title>Council approves '
                    'budget</title><description>The city council approved a new budget on Tuesday after '
                    'a long debate about schools and roads.</description></item></channel></rss>')
    data = tmp_path / "article.html"
    data.write_text('{"title": "Council approves budget", "body": "The city council approved a new '
                    'budget on Tuesday after a long debate about schools and roads."}')
    saved = tmp_path / "notepad.xml"  # a byte-order mark first (Notepad's UTF-8, PowerShell's UTF-16)
    saved.write_bytes(b"\xef\xbb\xbf" + feed.read_bytes())
    exported = tmp_path / "export.json"
    exported.write_text("\ufeff" + data.read_text(), encoding="utf-16-le")
    for path, reason in ((feed, "news feed"), (data, "JSON data"), (saved, "news feed"),
                         (exported, "JSON data")):
        out = tmp_path / f"out-{path.stem}"
        err = assert_one_line_failure(run("convert", str(path), "-o", str(out)), out)
        assert reason in err
