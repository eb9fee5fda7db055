"""The copied-text cleaner: each residue rule pinned by a small real-shaped example."""

import pytest

from access.clean.text import clean_text
from access.clean.text.lines import read_lines
from access.clean.text.score import code_like, code_runs
from access.document import Code, Figure, Heading, ListBlock, Note, Paragraph

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network into three new districts, "
    "a plan that officials say will cut commuting times for thousands of residents.",
    "The vote followed months of public meetings in which residents argued over the routes, "
    "the cost of new vehicles and the timetable for the first phase of the work.",
    "Council members said the first buses would run next spring, once drivers were hired and "
    "trained, and that fares would stay the same for at least two more years.",
]


def page(*lines: str) -> str:
    """Copied text: each entry a paragraph-like block separated by blank lines."""
    return "\n\n".join(lines)


def body_texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def test_title_and_paragraphs_in_order():
    doc = clean_text(page("City expands bus network", *PARAGRAPHS))
    assert doc.title == "City expands bus network"
    assert body_texts(doc) == PARAGRAPHS


@pytest.mark.parametrize("residue", ["Accessibility links", "Skip to main content", "Breaking News",
                                     "update", "Share", "Print", "Menu", "3 min read",
                                     "2 min. read", "7 Min. Lesezeit", "Copy Link URLCopied!",
                                     "Zurück zur Übersicht",
                                     "These are external links and will open in a new window"])
def test_chrome_lines_are_dropped(residue):
    doc = clean_text(page(residue, "City expands bus network", PARAGRAPHS[0], residue,
                          *PARAGRAPHS[1:]))
    assert residue not in doc.text and doc.title == "City expands bus network"
    assert body_texts(doc) == PARAGRAPHS


def test_text_size_widget_lines_are_dropped():
    doc = clean_text(page("City expands bus network", *PARAGRAPHS) + "\n\nXS\nSM\nMD\nLG\n")
    assert doc.text.split() == " ".join(PARAGRAPHS).split()


def test_caption_pasted_twice_is_kept_once_as_a_figure():
    caption = "FILE - Buses wait at the central depot in the city, May 3, 2024."
    doc = clean_text(page("City expands bus network", f"{caption}\n{caption}", *PARAGRAPHS))
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert [f.caption for f in figures] == [caption]


@pytest.mark.parametrize("caption", ["Buses at the central depot in the city / Źródło: Pixabay",
                                     "Buses at the central depot, seen from the river © Jane Doe",
                                     "Buses at the central depot on Tuesday. Foto: Jane Doe",
                                     "Media caption Buses wait at the central depot",
                                     "Main image: Buses at the depot. Photograph: Jane Doe"])
def test_a_caption_credited_in_any_language_is_a_figure_not_the_title(caption):
    doc = clean_text(page("City expands bus network", caption, *PARAGRAPHS))
    assert doc.title == "City expands bus network"
    assert [f.caption for f in doc.blocks if isinstance(f, Figure)] == [caption]


def test_a_paragraph_said_twice_on_purpose_is_kept_twice():
    refrain = " ".join([PARAGRAPHS[0]] * 2)  # paragraph-long: no caption is this long
    doc = clean_text(page("City expands bus network", refrain, refrain, *PARAGRAPHS[1:]))
    assert body_texts(doc) == [refrain, refrain, *PARAGRAPHS[1:]]


def test_teaser_cards_ending_in_their_more_link_are_not_the_article():
    summary = ("The council met again on a matter of some interest to many of the residents, who "
               "came in large numbers to hear the debate. Mehr…")
    teasers = "\n".join(f"Council story {n}\n{summary}" for n in range(8))
    doc = clean_text(page("City expands bus network", *PARAGRAPHS, "News", teasers))
    assert body_texts(doc) == PARAGRAPHS


def test_a_code_block_inside_the_article_is_kept_as_code_and_does_not_cut_it():
    program = "\n".join(["WITH series AS (", "SELECT *", "FROM unnest(array[2, 3, 5]) AS n", "),",
                         "stats AS (", "SELECT", "avg(n) series_mean", "FROM", "series", ")",
                         "SELECT", "n,", "(n - series_mean) AS delta", "FROM", "series, stats;"])
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0], program, *PARAGRAPHS[1:]))
    assert body_texts(doc) == PARAGRAPHS
    assert [b.code for b in doc.blocks if isinstance(b, Code)] == [program]


def test_imports_of_dotted_module_paths_are_code():
    """Python's imports have no bracket, operator or semicolon; their module paths, three names
    joined by dots, are code's shape (a web address is not: "www.gnu.org", "https://a.b.c/x")."""
    program = "\n".join(["from django.conf import settings",
                         "from django.contrib.staticfiles.testing import StaticLiveServerTestCase",
                         "from django.test.utils import override_settings"])
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0], program, *PARAGRAPHS[1:]))
    assert [b.code for b in doc.blocks if isinstance(b, Code)] == [program]
    links = "\n".join(["www.gnu.org.uk", "https://docs.python.org/3/", "Write to team.news.desk@example.org"])
    assert not any(map(code_like, links.splitlines()))


def test_a_run_is_code_when_half_its_lines_look_so_wherever_they_stand():
    """A run of lines is code when half of them at least look so, counted until that is known:
    the code-like lines first or last, two of four or three of six (not two of five)."""
    code, prose = ["x = compute(a, b)", "print(x);"], ["Bus routes", "New districts", "The timetable"]
    for lines, is_code in [(code + prose[:2], True), (prose[:2] + code, True), (prose + code, False),
                           ([*prose, *code, "y = 2;"], True), ([prose[0], *code, *prose[1:]], False)]:
        read = read_lines("\n".join(lines))
        assert code_runs(read, prose_items=False) == (set(range(len(lines))) if is_code else set()), lines


def test_a_config_file_in_groups_set_apart_is_one_code_block():
    """A config file copied with blank lines between its groups of one or two settings: the
    groups beside a block of three that looks like code look like code too, so all are kept
    (alone, a group under three lines is no code, and its short lines were dropped)."""
    groups = ["cert = /etc/stunnel/langly.pem", "client = no\npid = /var/run/stunnel.pid",
              "#debug = 7\n#foreground = yes", "[rsync]\naccept = 273\nconnect = 873"]
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0], *groups, *PARAGRAPHS[1:]))
    assert [b.code for b in doc.blocks if isinstance(b, Code)] == ["\n".join(groups)]
    assert body_texts(doc) == PARAGRAPHS


def test_a_contents_box_after_the_lead_does_not_end_the_article():
    contents = "\n".join(["Contents"] + [f"{n} Section {n}" for n in range(1, 10)])
    more = [f"{p} The council has said so before, in many meetings over many years." for p in PARAGRAPHS]
    doc = clean_text(page("City expands bus network", *PARAGRAPHS, contents, *more, *more))
    assert body_texts(doc) == [*PARAGRAPHS, *more, *more]


def test_a_share_box_with_most_of_the_article_below_it_does_not_end_it():
    more = [f"{p} The council has said so before, in many meetings over many years." for p in PARAGRAPHS]
    doc = clean_text(page("City expands bus network", *PARAGRAPHS, "Share this article", *more, *more))
    assert body_texts(doc) == [*PARAGRAPHS, *more, *more]


def test_near_duplicate_caption_with_credit_is_kept_once():
    caption = "Buses wait at the central depot in the city, May 3, 2024, before the morning shift."
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0],
                          f"{caption}\n{caption} (AP Photo/Jane Doe)", *PARAGRAPHS[1:]))
    assert len([b for b in doc.blocks if isinstance(b, Figure)]) == 1


def test_subheading_between_paragraphs():
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0], "What happens next",
                          *PARAGRAPHS[1:]))
    assert [b.text for b in doc.blocks if isinstance(b, Heading)] == ["What happens next"]


def test_attribution_line_is_a_note():
    line = "Some information for this story was provided by Reuters."
    doc = clean_text(page("City expands bus network", *PARAGRAPHS, line, "XS\nSM"))
    assert isinstance(doc.blocks[-1], Note) and doc.blocks[-1].text == line


def test_byline_and_date_become_metadata():
    doc = clean_text(page("City expands bus network", "By Jane Doe", "November 19, 2019",
                          *PARAGRAPHS))
    assert doc.byline == "Jane Doe" and doc.date == "2019-11-19"  # ISO 8601
    assert "Jane Doe" not in doc.text


def test_comments_after_the_article_are_dropped():
    comment = ("I have taken this bus for years and it has never once been on time, so I doubt "
               "the new routes will change anything at all for the people of this city.")
    doc = clean_text(page("City expands bus network", *PARAGRAPHS, "12 Comments",
                          "busfan says:\nNovember 19, 2019 at 6:34 am", comment))
    assert comment not in doc.text and body_texts(doc) == PARAGRAPHS


def test_related_box_inside_the_article_is_dropped_but_the_article_goes_on():
    doc = clean_text(page("City expands bus network", *PARAGRAPHS[:2],
                          "Related\nTrain fares to rise in March\nNew bridge opens downtown",
                          PARAGRAPHS[2]))
    assert body_texts(doc) == PARAGRAPHS
    assert "Train fares" not in doc.text


def test_navigation_menu_before_the_article_is_dropped():
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel"])
    doc = clean_text(menu + "\n\n" + page("City expands bus network", *PARAGRAPHS))
    assert doc.title == "City expands bus network" and body_texts(doc) == PARAGRAPHS


def test_bulleted_lines_become_a_list():
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0],
                          "• Route 12 to the airport\n• Route 14 to the university",
                          *PARAGRAPHS[1:]))
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [b.text for b in lists] == ["Route 12 to the airport\nRoute 14 to the university"]


def test_japanese_text_without_spaces_is_kept():
    lines = ["先日、不正に改造したiPhoneを販売したとして、"
             "商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。",
             "通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません。",
             "しかし、権利者の意思に基づくことなく、もとの商品に改造を加えて販売した場合は、商標権侵害と判断される場合があります。"]
    doc = clean_text(page("改造iPhoneの販売は商標権侵害", *lines))
    assert body_texts(doc) == lines


def test_text_pasted_without_blank_lines_still_works():
    doc = clean_text("\n".join(["Home", "News", "City expands bus network", *PARAGRAPHS, "Share"]))
    assert body_texts(doc) == PARAGRAPHS


def test_title_is_the_headline_above_byline_date_and_share_bar():
    top = "\n".join(["News", "Business", "City expands bus network to three new districts",
                     "By Jane Doe", "November 19, 2019", "5:50 PM", "Facebook", "Twitter",
                     "Copy Link URLCopied!", "(Reed Saxon / Associated Press)", "Print"])
    doc = clean_text(top + "\n\n" + page(*PARAGRAPHS))
    assert doc.title == "City expands bus network to three new districts"
    assert body_texts(doc) == PARAGRAPHS


def test_japanese_title_and_byline_with_full_width_slash():
    lines = ["先日、不正に改造したiPhoneを販売したとして、"
             "商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。",
             "通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません。"]
    doc = clean_text("ブログ\n商品の改造が商標法違反に！？\nby ライトハウス国際特許事務所 ／ 2016.12.01\n"
                     + "\n".join(lines))
    assert doc.title == "商品の改造が商標法違反に！？" and body_texts(doc) == lines


def test_photo_gallery_widgets_inside_the_article_do_not_end_it():
    caption = ("Buses wait at the central depot in the city on Tuesday, Nov. 19, 2019, before the "
               "morning shift begins.")
    gallery = "\n".join([caption, caption, "Photo: Jane Doe, AP", "Image 1 of / 4", "Caption",
                         "Close", "Image 1 of 4", caption, "Photo: Jane Doe, AP",
                         "City expands bus network", "1 / 4", "Back to Gallery"])
    doc = clean_text(page("City expands bus network", *PARAGRAPHS * 2, gallery, *PARAGRAPHS * 2))
    assert body_texts(doc) == PARAGRAPHS * 4


def test_list_announced_by_a_colon_is_kept_as_a_list():
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
             "June 10 -- Credit Union Amphitheatre, Tampa, FL", "June 14 -- Bridgestone Arena, Nashville, TN"]
    doc = clean_text(page("Band announces tour", *PARAGRAPHS, "\n".join(
        ["The band will play these dates on its 2020 anniversary tour:", *dates,
         "FACEBOOK", "TWITTER", "EMAIL ME", "Magazine"])))
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [b.text for b in lists] == ["\n".join(dates)] and "Magazine" not in doc.text


def test_related_coverage_heading_with_a_colon_ends_the_article():
    related = "\n".join(["Here's exactly how to figure out when you can retire",
                         "How to invest in real estate to make money and build wealth"])
    doc = clean_text(page("City expands bus network", *PARAGRAPHS,
                          "Related coverage from How to Do Everything: Money:", related))
    assert body_texts(doc) == PARAGRAPHS and "retire" not in doc.text


@pytest.mark.parametrize("caption", [
    "A reference habitation module for a crewed Mars mission compared to its equivalent. Credit: ESA",
    "Buses wait at the central depot in the city on Tuesday morning. (AP Photo/Jane Doe)",
    "Buses wait at the central depot in the city on Tuesday morning. Photo courtesy of the city",
])
def test_line_ending_in_a_credit_is_a_caption(caption):
    doc = clean_text(page("City expands bus network", PARAGRAPHS[0], caption, *PARAGRAPHS[1:]))
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [caption]
    assert body_texts(doc) == PARAGRAPHS


def test_a_published_line_is_the_date_and_the_by_line_the_byline():
    doc = clean_text(page("City expands bus network", "By Scott Gordon",
                          "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM", *PARAGRAPHS))
    assert doc.byline == "Scott Gordon" and doc.date == "2019-11-18"


def test_a_name_line_under_the_title_is_the_byline_and_a_written_date_the_date():
    doc = clean_text(page("News\nBusiness\nCity expands bus network to three new districts\nJane Doe, "
                          "Staff Writer\nNov. 19, 2019 8:03 am ET\nShare", *PARAGRAPHS))
    assert (doc.title, doc.byline, doc.date) == (
        "City expands bus network to three new districts", "Jane Doe", "2019-11-19")
    assert body_texts(doc) == PARAGRAPHS


def test_no_byline_from_a_menu_of_capitalised_labels():
    doc = clean_text(page("Latest News\nWorld News TV\nCity expands bus network to three new districts",
                          *PARAGRAPHS))
    assert doc.byline == ""


def test_the_headline_above_a_date_line_opening_the_body_not_the_section_label():
    doc = clean_text(page("Home\nTransport & Cities\nBus Networks", "November 18, 2019",
                          "City expands bus network to three new districts", "by City Hall Press Office",
                          *PARAGRAPHS))
    assert doc.title == "City expands bus network to three new districts"
    assert doc.date == "2019-11-18" and body_texts(doc) == PARAGRAPHS


def test_a_breadcrumb_trail_glued_onto_the_headline_is_not_the_title():
    doc = clean_text(page("HomeLatest NewsCity expands bus network to three new districts\n"
                          "City expands bus network to three new districts", *PARAGRAPHS))
    assert doc.title == "City expands bus network to three new districts"


def test_the_headline_far_above_a_share_panel_matches_the_opening():
    share = "\n".join(f"Share this with {s}" for s in ["Facebook", "Messenger", "Twitter", "Email",
                                                       "WhatsApp", "LinkedIn"] * 3)
    doc = clean_text(page("Newsbeat\nBus network reaches three new districts\n19 November 2019\n" + share
                          + "\nCopy this link\nClose share panel", *PARAGRAPHS))
    assert doc.title == "Bus network reaches three new districts"


def test_a_german_von_line_is_the_byline_not_the_title():
    doc = clean_text(page("Zurück zur Übersicht", "Von Moritz Bachmann publiziert am 25. September 2018",
                          "Die elektronische Patientenakte kommt", *PARAGRAPHS))
    assert (doc.title, doc.byline, doc.date) == (
        "Die elektronische Patientenakte kommt", "Moritz Bachmann", "2018-09-25")


@pytest.mark.parametrize("signature", [["Author: Jane Doe", "Published: 03 December 2019"],
                                       ["Kommentar von", "Jane Doe", "Redakteurin für Verkehr"]])
def test_a_signature_below_the_article_is_its_byline_when_none_is_above(signature):
    doc = clean_text(page("City expands bus network to three new districts", *PARAGRAPHS,
                          "\n".join(signature)))
    assert doc.byline == "Jane Doe" and body_texts(doc) == PARAGRAPHS


def test_a_dash_and_a_name_under_the_articles_last_date_sign_it_a_name_alone_does_not():
    signed = clean_text(page("City expands bus network to three new districts", *PARAGRAPHS,
                             "28. November 2022\n- Jane Doe\nTeilen:\nFacebook\nTwitter"))
    teaser = clean_text(page("City expands bus network to three new districts", *PARAGRAPHS,
                             "28. November 2022\nWeitere Artikel\nTeilen:\nFacebook\nTwitter"))
    assert (signed.byline, signed.date, teaser.byline) == ("Jane Doe", "2022-11-28", "")


def test_a_date_line_over_a_share_bar_over_the_headline_dates_the_article():
    doc = clean_text(page("Menu\nJane Doe\n04.05.2022, 05:45:00\nWhatsApp\nLinkedIn\nTelegram\n"
                          "Messenger\nCopy link\nCity expands bus network to three new districts",
                          *PARAGRAPHS))
    assert doc.date == "2022-05-04"


def test_a_name_over_its_bio_is_the_byline_a_name_apart_from_it_is_not():
    bio = "Jane Doe is a personal finance writer who has covered credit cards and taxes for years."
    boxed = clean_text(page("Menu\nBy\nJane Doe\nFull Bio\nLinkedIn\n" + bio + "\nLearn more\n"
                            "City expands bus network to three new districts", *PARAGRAPHS))
    apart = clean_text(page("Menu\nJane Doe\nSign up for our newsletter to get the news every morning\n"
                            + bio + "\nCity expands bus network to three new districts", *PARAGRAPHS))
    assert (boxed.byline, apart.byline) == ("Jane Doe", "")


def test_names_with_their_roles_on_lines_joined_by_an_ampersand_are_one_byline():
    doc = clean_text(page("City expands bus network to three new districts\n"
                          "Sarah Hinger, Staff Attorney, ACLU Racial Justice Program\n"
                          "& Sylvia Torres-Guillén, Director of Education Equity, ACLU of California\n"
                          "July 25, 2019 | 11:15 PM", *PARAGRAPHS))
    assert doc.byline == "Sarah Hinger, Sylvia Torres-Guillén"


def test_a_labelled_date_far_over_the_headline_beats_a_caption_date_in_the_body():
    doc = clean_text(page("Erstveröffentlichung: 25. März 2020\nStartseite\nGespräche\nLesezeichen\n"
                          "English\nArtikel werden geladen\nCity expands bus network to three new districts",
                          *PARAGRAPHS, "Residents can comment on the new routes at the town hall until the "
                          "end of the month, the council said in a statement on its website.",
                          "Quelle: Financial Times, 24.3.2020", "The first new line will connect the "
                          "station with the hospital and the university campus, officials said."))
    assert doc.date == "2020-03-25"


def test_a_name_between_the_headline_and_the_body_past_a_share_bar_is_the_byline():
    doc = clean_text(page("City expands bus network to three new districts\nShare on Facebook\n"
                          "Comments\nSave\nPrint\nJane Doe\nTwitter\n19 FEB 2020 - 18:37 CET", *PARAGRAPHS))
    assert doc.byline == "Jane Doe" and doc.date == "2020-02-19"


def test_a_byline_with_a_colon_after_von():
    doc = clean_text(page("Die elektronische Patientenakte kommt", "Von: Moritz Bachmann | 31.10.23",
                          *PARAGRAPHS))
    assert doc.byline == "Moritz Bachmann"


def test_a_headline_may_open_with_a_tag_in_brackets_but_a_caption_in_brackets_is_none():
    doc = clean_text(page("Menu\nReviews\n[Review] City expands bus network to three new districts",
                          "(AP Photo/Jane Doe)", *PARAGRAPHS))
    assert doc.title == "[Review] City expands bus network to three new districts"


def test_a_title_cased_headline_may_end_in_a_full_stop():
    doc = clean_text(page("Subscribe\nEARNINGS REPORT\nBus Network Grows Again. Why Riders Should Cheer.\n"
                          "By Al Root Nov. 19, 2019 8:21 am ET\nPrint Article", *PARAGRAPHS))
    assert doc.title == "Bus Network Grows Again. Why Riders Should Cheer." and doc.byline == "Al Root"


def test_of_a_headline_repeated_by_a_gallery_the_one_above_its_byline_gives_the_byline():
    title = "City expands bus network to three new districts"
    gallery = "\n".join(["Image 1 of / 4", "Caption", "Close", "Image 1 of 4",
                         "Buses wait at the central depot, Nov. 19, 2019.", "Photo: Jane Doe, AP",
                         title, "1 / 4", "Back to Gallery"])
    doc = clean_text(page(f"{title}\nJane Doe, AP Transport Writer\nUpdated 5:27 am CST, "
                          "Wednesday, November 20, 2019", gallery, *PARAGRAPHS))
    assert (doc.title, doc.byline, doc.date) == (title, "Jane Doe", "2019-11-20")


def test_a_call_to_action_above_the_body_is_not_the_title():
    doc = clean_text(page("Riders cheer the new routes\nDownload the app to listen to this article",
                          *PARAGRAPHS))
    assert doc.title == "Riders cheer the new routes"


def test_the_headline_above_its_standfirst_is_the_title_not_the_standfirst():
    """A long standfirst shares more words with the opening than its headline does; the
    shorter line just above it, no section label, is the headline."""
    standfirst = ("Council votes to expand the bus network into three new districts, cutting "
                  "commuting times for residents")
    doc = clean_text(page("Transport", "New buses for three districts", standfirst, "By Jane Doe",
                          *PARAGRAPHS))
    assert (doc.title, doc.byline) == ("New buses for three districts", "Jane Doe")


@pytest.mark.parametrize("stop", ["Filed under bill clinton , warner bros.", "Comments are closed.",
                                  "Kommentare sind geschlossen."])
def test_a_tag_line_without_its_colon_or_closed_comments_end_the_article(stop):
    """pagesix.com and bewegliche-lettern.de (held-out): "Filed under" typed without a colon,
    and the note that comments are closed, end the article like a tag list or a comment header."""
    after = ("Readers who wrote in about the routes were told that the council would publish the "
             "full timetable, with every stop and every change, before the end of the month.")
    doc = clean_text(page("City expands bus network", *PARAGRAPHS, stop, after))
    assert body_texts(doc) == PARAGRAPHS
