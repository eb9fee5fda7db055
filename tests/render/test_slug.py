"""File names from titles: safe on Windows, macOS and Linux, and readable in every script."""

import pytest

from access.render.markup import slug


@pytest.mark.parametrize(("title", "expected"), [
    ("Le musée rouvre", "le-musee-rouvre"),
    ("Ελλάδα σήμερα", "ελλαδα-σημερα"),
    ("हिन्दी समाचार", "हिन्दी-समाचार"),  # vowel signs and virama are letters here
    ("ก้าวหน้า", "ก้าวหน้า"),
    ("Толстой", "толстой"),
    ("CON", "con-article"), ("nul", "nul-article"), ("Com1", "com1-article"), ("LPT9", "lpt9-article"),
    ("...  ", "article"), ("con.txt", "con-txt"), ("tab\there\x07", "tab-here"),
])
def test_slug_is_a_safe_file_name(title, expected):
    assert slug(title) == expected


def test_slug_is_short_in_bytes():
    name = slug("東京の天気と大阪の天気 " * 20)
    assert len(name.encode("utf-8")) <= 100 and name and not name.endswith("-")


def test_a_long_title_is_cut_between_words():
    """Cut inside a word, a Bengali word loses its vowel sign and reads as another word."""
    title = "এমপির ভাইকে নিজ বাড়ির সামনেই কুপিয়ে হত্যা"
    assert slug(title) == "এমপির-ভাইকে-নিজ-বাড়ির-সামনেই"
    assert slug("The council met on Tuesday to discuss the new library hours and the bicycle path") \
        == "the-council-met-on-tuesday-to-discuss-the-new-library-hours"
