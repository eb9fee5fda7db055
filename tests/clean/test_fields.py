"""Metadata in one shape for both modes: ISO dates, bylines as names, clean titles."""

from access.clean.fields import byline_names, clean_title, iso_date, strip_site
from access.clean.html_meta import pick_title


def test_dates_in_any_wording_become_iso_days():
    assert iso_date("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019") \
        == "2019-11-18"
    assert iso_date("Von Moritz Bachmann publiziert am 25. September 2018") == "2018-09-25"
    assert iso_date("Updated 5:36 PM") == ""
    assert iso_date("City expands bus network") == ""


def test_bylines_are_names_without_by_dates_or_addresses():
    assert byline_names("By Meg James | Los Angeles Times") == "Meg James"
    assert byline_names("Sherif Saed, Wednesday, 20 November 2019 08:05 GMT") == "Sherif Saed"
    assert byline_names("By Jane Doe on Nov 3, 2019") == "Jane Doe"
    assert byline_names("https://news.example.org/author/jane-doe") == ""
    assert byline_names("Updated: 18 Nov 2019, 19:11") == ""


def test_titles_lose_control_characters_not_their_words():
    assert clean_title("Harbour\x00 ferry\u200b returns\nagain") == "Harbour ferry returns again"


def test_site_suffix_is_taken_off():
    title = "Sweden drops Assange inquiry - BBC News"
    assert strip_site(title, "BBC News") == "Sweden drops Assange inquiry"
    assert strip_site(title, "") == title


def test_the_site_name_is_never_the_title():
    title = pick_title(["The GiveWell Blog", "A grant to test promising programs | The GiveWell Blog"],
                       "The GiveWell Blog", "The GiveWell Blog")
    assert title == "A grant to test promising programs"


def test_h1_is_kept_when_it_is_the_declared_title_in_short():
    assert pick_title(["Ferry returns after ten years | Coastal Courier"], "Ferry returns after ten years",
                      "Coastal Courier") == "Ferry returns after ten years"
