"""Titles in one shape: no control characters, no site name."""

from access.clean.fields.titles import clean_title, strip_site


def test_titles_lose_control_characters_not_their_words():
    assert clean_title("Harbour\x00 ferry\u200b returns\nagain") == "Harbour ferry returns again"


def test_site_suffix_is_taken_off():
    title = "Sweden drops Assange inquiry - BBC News"
    assert strip_site(title, "BBC News") == "Sweden drops Assange inquiry"
    assert strip_site(title, "") == title
