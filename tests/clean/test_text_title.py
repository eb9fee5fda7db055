"""The copied-text headline on sites the rules were never tuned on: one real excerpt per rule
(tests/data/copied, see its README)."""

from dataclasses import replace
from pathlib import Path

import pytest

from access.clean.fields import bylines
from access.clean.fields.bylines import dated_byline_at, is_label, person_name, with_names
from access.clean.fields.dates import dated_headline, iso_date
from access.clean.rules import load_rules
from access.clean.text import HEADER, clean_text, title_candidates
from access.clean.text.header.headline import heading_over_text, opening_headline
from access.clean.text.header.title_score import post_link, title_cased, title_score
from access.clean.text.settings import TextSettings
from access.document import Figure

COPIED = Path(__file__).resolve().parents[1] / "data" / "copied"


def copied(name: str):
    return clean_text((COPIED / f"{name}.txt").read_text(encoding="utf-8"))


def test_the_headline_ending_the_breadcrumb_trail_beats_a_related_link():
    """"Home / fuSWball / FB-Rhön Hassberge / headline": the page names its headline twice."""
    assert copied("trail-end-de").title == (
        "Wenn man in der Heimat verliert, dann tut´s in Abwesendheit vielleicht ein bisschen weniger weh")


def test_the_headline_under_the_trail_naming_it_opens_no_body():
    """The body's span opens on "Home → Notizie dal mondo vegan → <headline>" and the headline
    under it: the trail names it, so it is the headline and neither line is the article's."""
    text = (COPIED / "span-trail-it.txt").read_text(encoding="utf-8")
    headline = "ll Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane per agire"
    doc = clean_text(text)
    assert doc.title == headline
    assert doc.blocks[0].text.startswith("A New York il Metronome")
    assert clean_text(text, header=replace(HEADER, span_trail=False)).title != headline


def test_the_headline_over_a_byline_block_and_a_share_bar_beats_the_standfirst_under_them():
    """"By" / "Todd Bates" / "Date" / "February 5, 2020" / eight share buttons between the
    headline and its standfirst: the bar does not count in the reach, the name is the block's."""
    text = (COPIED / "byline-block-share-bar-en.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert (doc.title, doc.byline, doc.date) == ("New Robot Does Superior Job Sampling Blood", "Todd Bates",
                                                 "2020-02-05")
    assert clean_text(text, header=replace(HEADER, meta_block=False)).title.startswith("First clinical trial")


def test_the_headline_said_before_on_the_page_beats_its_longer_standfirst_under_it():
    """The headline heads the most-read box above too; its standfirst, said once, shares more
    of the opening's words but yields to it."""
    text = (COPIED / "headline-said-above-pt.txt").read_text(encoding="utf-8")
    headline = "Adolescente encontrada morta em vala estava grávida de 3 meses, confirma irmã"
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, said_above=False)).title != headline


def test_a_headline_full_of_numbers_over_its_byline_is_one():
    """"Where and How to Buy an RTX 3080, 3090 or 3070" over "By Michelle Ehrhardt …": more
    digits than a headline has, fewer than a table's row or a date line over a byline."""
    text = (COPIED / "numbered-headline-en.txt").read_text(encoding="utf-8")
    headline = "Where and How to Buy an RTX 3080, 3090 or 3070"
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, numbered_over_byline=False)).title != headline


def test_a_link_to_the_previous_post_is_no_headline():
    assert copied("post-link-de").title == "3 Jahre legalisierte Genitalverstümmelung"


def test_a_line_ending_in_a_colon_is_no_headline_and_a_next_post_link_neither():
    doc = copied("colon-end-de")  # "Die Aufzeichnung dieser Veranstaltung als Video:", "… →"
    assert doc.title == "NWO – PSYOP UNITEDWESTRIKE Radio-Marathon"


def test_a_headline_split_over_two_lines_after_a_colon_is_joined():
    doc = copied("colon-kicker-de")  # "Tanz in der St. Galler Lokremise:" over "Mit allen Wassern gewaschen"
    assert doc.title == "Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen"
    alone = clean_text((COPIED / "colon-kicker-de.txt").read_text(encoding="utf-8"),
                       header=replace(HEADER, colon_kicker=0))
    assert alone.title == "Mit allen Wassern gewaschen"


def test_the_line_under_a_breadcrumb_label_is_the_trail_not_the_headline():
    doc = copied("trail-label-de")  # "Sie sind hier:" / "hessenschau.de Kultur Buchmesse Bücher & Autoren"
    assert doc.title == "Die Minze als Mutmacher – Deniz Yücels Bericht aus dem türkischen Knast"


def test_a_blogs_tagline_is_no_headline():
    doc = copied("blog-tagline-de")  # "Ein Blog über alternative Lebensräume, ferne Länder und …"
    assert doc.title == "Ein Tag aus dem Leben eines Taugenichts oder die Leute von Sri Lanka"
    rules = load_rules()
    assert rules.is_tagline("SurfGuards Blog über das Leben in einer Blase aus Medien, Fußball und Politik")
    assert not rules.is_tagline("Wie ich meinen Blog starte")


def test_a_date_said_twice_glued_together_is_read_and_its_line_is_no_headline():
    doc = copied("glued-date-de")  # "2. Februar 20202. Februar 2020 Alexander Roll 1 Kommentar …"
    assert (doc.title, doc.date) == ("Ist die Inklusion im Kapitalismus umsetzbar?", "2020-02-02")


@pytest.mark.parametrize(("line", "day"), [
    ("2. Februar 20202. Februar 2020 Alexander Roll 1 Kommentar", "2020-02-02"),
    ("6. November 20236. November 2023 Octavius Hallenstein", "2023-11-06"),
])
def test_published_and_updated_dates_glued_together_give_the_first_day(line, day):
    assert iso_date(line) == day


def test_a_picture_credit_in_brackets_in_any_language_marks_a_caption_not_the_headline():
    doc = copied("credit-caption-de")  # "Was zeichnet erfolgreiche Tweets aus? (Foto: Pixabay.com / …)"
    assert doc.title == "12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets"


def test_a_numbered_figure_caption_is_a_figure():
    captions = [b.caption for b in copied("colon-end-de").blocks if isinstance(b, Figure)]
    assert captions and all(c.startswith("Abb.: Collage") for c in captions)


@pytest.mark.parametrize(("name", "title"), [
    ("span-headline-de", "Plant Tesla eine zweite Fabrik in China?"),  # "5. November 2021 admin News 0"
    ("dated-line-es", "Estas son las medidas que ha tomado el gobierno para vencer a los hackers"),
])
def test_the_headline_opening_the_body_above_a_dated_line_is_the_title(name, title):
    """The body's start is a guess: a headline set apart like a paragraph can open it; a
    short line naming a day just below it says it is the headline."""
    assert copied(name).title == title


def test_the_headline_shares_the_first_paragraphs_words_not_only_the_first_lines():
    """The kicker "Dringlicher Appell" shares a word with the opening line; the headline
    shares more with the paragraphs below it."""
    assert copied("opening-wide-de").title == 'VW-Chef warnt vor Tesla und "Golf aus China"'


def test_a_long_exclaimed_sentence_opening_the_body_is_no_headline_there():
    """A dev page's lines (autoracing.com.br, 11ea381ad92b): the body opens on two sentences
    closed by "!" above a name; they are running text, not a headline set apart."""
    lines = ["Classificação NASCAR", "sexta-feira, 22 de outubro de 2010 às 20:13",
             "Share this on WhatsApp",
             "Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida!",
             "Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR!",
             "Kyle Busch", "Classificação final da Monster Energy NASCAR Cup Series em 2019 após 36 etapas:"]
    found = title_candidates(lines, 3, load_rules(), HEADER, HEADER.span_lines)
    assert [lines[c.at] for c in found if c.at >= 3] == []
    assert max(found, key=lambda c: c.score).at == 0


def test_a_headline_asking_or_exclaiming_opens_the_body_when_none_is_above_it():
    """"Sunday Thoughts: Ein wenig lost, aber immer noch da!" under the menu: the title, and the
    article starts below it."""
    text = (COPIED / "asking-title-de.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert doc.title == "Sunday Thoughts: Ein wenig lost, aber immer noch da!"
    assert doc.blocks[0].text.startswith("Wow! Als ich mich")
    assert clean_text(text, header=replace(HEADER, asking_title=False, opening_head=0)).title == ""


def test_a_headline_with_its_day_on_one_side_worded_as_a_sentence_is_no_dateline():
    """"23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln": ten words, but
    seven of them a sentence beside the day; meta lines have words on both sides of it, labels,
    or no sentence's word."""
    text = (COPIED / "headline-with-day-de.txt").read_text(encoding="utf-8")
    title = "23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"
    assert clean_text(text).title == title
    assert clean_text(text, header=replace(HEADER, dated_headlines=False)).title != title
    assert dated_headline("Andacht zur Friedensdekade in der Gedächtniskirche, 11. November 2021, 18 Uhr")
    assert not dated_headline("Aus der Region 6. November 2023 15:00 Kommentar schreiben")
    assert not dated_headline("17. Februar 2020 Frau Sabienes Kommentare 4 Kommentare")
    assert not dated_headline("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher) und Tobias Lang")


def test_a_german_sentence_ending_in_a_full_stop_is_not_title_cased():
    """German capitalises its nouns: a caption's sentence has seven of ten words capitalised,
    a Title-Cased headline more ("Why You Shouldn’t Worry.")."""
    caption = "Die Parabolrinnenanlage Nummer Eins Solar hat eine Leistung von 200 MW."
    headline = "Größtes solarthermisches Kraftwerk der Welt entsteht in Dubai"
    assert copied("caption-sentence-de").title == headline
    assert not title_cased(caption) and title_cased("Why You Shouldn’t Worry.")


def test_a_sentence_ending_in_a_full_stop_inside_quotes_is_no_headline():
    """A blog's motto under its name, '"Quäl Dich nicht, mein Liebling, überlass das mir."',
    is a sentence as a line ending in a full stop is."""
    text = (COPIED / "quoted-motto-de.txt").read_text(encoding="utf-8")
    assert clean_text(text).title == "Need for Speed"
    assert clean_text(text, header=replace(HEADER, quoted_stop=False)).title.startswith('"Quäl Dich')


def test_previous_and_next_post_links_on_one_line_are_no_headline():
    """"← Vorherige Nächste →": true arrows at both ends are two links, no «quoted» headline."""
    assert copied("post-links-line-de").title == "DenkanStoos April 2012"
    assert post_link("← Vorherige Nächste →") and not post_link("«Wir waren fast 40 Tage in Quarantäne»")


def test_a_by_word_whose_names_are_on_the_next_line_is_no_headline():
    """"Tipps von" over "Marie Jaster": a byline's first line, no headline."""
    doc = copied("by-alone-label-de")
    assert doc.title != "Tipps von" and doc.byline == "Marie Jaster"


def test_a_label_with_words_of_a_sentence_is_no_headline():
    """"NOCH KEINE Kommentare" under the byline block: a label word and words of a sentence only."""
    assert copied("comments-label-de").title == "Skoda: Der lange Weg zum Strom"
    assert is_label("NOCH KEINE Kommentare") and not is_label("Keine Kommentare zum Strompreis")


def test_a_long_headline_naming_a_day_is_no_dateline():
    """"Tagung: … (26. und 27. 2. 2015, Eichstätt)": 23 words are a headline, not a date line;
    the article's day is still the one under it."""
    text = (COPIED / "dated-headline-de.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert doc.title.startswith("Tagung: Institutionen revolutionärer Macht") and doc.date == "2015-01-28"
    assert clean_text(text, header=replace(HEADER, dateline_words=999)).title.startswith("Artikel")


@pytest.mark.parametrize(("name", "title"), [
    # "Chalupka: “Verantwortliche in Pfarrgemeinden sollen …”" just below shares more of the opening's words
    ("standfirst-under-headline-de", "Lockdown: Gottesdienste bleiben unter strengen Auflagen möglich"),
    # "Von Claudia Riedler 19. Oktober 2019" between the headline and "Komplementärmediziner … im Gespräch …"
    ("standfirst-under-byline-de", 'Was bringen "alternative" Therapien bei Krebs?'),
])
def test_the_headline_over_its_standfirst_wins(name, title):
    assert copied(name).title == title


def test_the_headline_under_a_kicker_wins():
    """"Martin Rütter Trainingssnack", the menu's last item, stands over the headline."""
    assert copied("kicker-over-headline-de").title == "Schneeflöckchen, Weißröckchen… – mit Hund im Winter"


def test_a_label_naming_whom_an_interview_is_with_is_a_kicker():
    """"Interview mit Autorin Katrin Kämpf" over the headline, a shorter line, outscores it."""
    assert copied("interview-kicker-de").title == "Pädophilie als politisches Machtinstrument"
    text = (COPIED / "interview-kicker-de.txt").read_text(encoding="utf-8")
    assert clean_text(text, header=replace(HEADER, kicker_names=False)).title != (
        "Pädophilie als politisches Machtinstrument")


@pytest.mark.parametrize(("line", "names"), [
    ("Interview mit Autorin Katrin Kämpf", "Autorin Katrin Kämpf"),
    ("Interview mit Bernhard Mosbacher und Franziska Weber", "Bernhard Mosbacher und Franziska Weber"),
    ("Leben mit Diabetes", ""),  # a topic, no person named in full
    ("Ein Tag mit den Kindern", ""),
])
def test_a_label_names_whom_it_is_with(line, names):
    assert with_names(line) == names


def test_the_headline_over_a_long_standfirst_is_the_nearest_line_above_it():
    """"Foto von Josh Willink von Pexels" two lines over the standfirst is a picture's credit:
    the four-word headline between them is the nearer candidate."""
    title = "Alleinerziehende: Kinderbetreuung flächendeckend ausbauen"
    assert copied("credit-over-headline-de").title == title
    text = (COPIED / "credit-over-headline-de.txt").read_text(encoding="utf-8")
    assert clean_text(text, header=replace(HEADER, dek_nearest=False, dek_score=0.0)).title != title  # (the
    # credit shares no word of the opening either: ``dek_score`` alone passes it too)


@pytest.mark.parametrize(("name", "title"), [
    # "… Anders Tegnell. Photo: Jonathan Nackstrand/AFP" under the headline
    ("photo-credit-caption-en", "Meet the Swede who tattooed a state epidemiologist's face on his arm"),
    # "… President Obama during a meeting in 2009. (Saul Loeb/AFP/Getty Images)" over it
    ("agency-credit-caption-en", "The Collapse of Neoliberalism"),
])
def test_a_caption_closed_by_its_photo_credit_is_no_headline(name, title):
    assert copied(name).title == title


@pytest.mark.parametrize("line", [
    "Gustav Lloyd Agerblad and the face of state epidemiologist Anders Tegnell."
    " Photo: Jonathan Nackstrand/AFP",
    "Paul Volcker, chairman of the Economic Recovery Advisory Board, and President Obama during a meeting"
    " in 2009. (Saul Loeb/AFP/Getty Images)",
])
def test_a_photo_credit_closing_a_line_marks_a_caption(line):
    assert load_rules().is_caption(line)


def test_a_headline_run_on_into_its_byline_and_day_is_cut_there():
    """"Brookhaven Village closed due to gas leak" over " by LOGAN C. RITCHIE NOVEMBER 8, 2023 | 6:03 PM…",
    read as one line."""
    doc = copied("byline-on-title-line-en")
    assert (doc.title, doc.byline, doc.date) == (
        "Brookhaven Village closed due to gas leak", "LOGAN C. RITCHIE", "2023-11-08")
    kept = clean_text((COPIED / "byline-on-title-line-en.txt").read_text(encoding="utf-8"),
                      header=replace(HEADER, one_line_meta=False))
    assert kept.title.startswith("Brookhaven Village closed due to gas leak by")


@pytest.mark.parametrize(("line", "at"), [
    ("Brookhaven Village closed due to gas leak by LOGAN C. RITCHIE NOVEMBER 8, 2023 | 6:03 PM", 42),
    ("Hilfsorganisationen fordern von künftiger Bundesregierung Investitionsoffensive", -1),  # no day
    ("Nam Nghi Phu Quoc, The Unbound Collection by Hyatt Officially Opens", -1),
])
def test_a_byline_naming_a_day_closing_a_line(line, at):
    assert dated_byline_at(line) == at


def test_a_byline_after_a_label_is_no_headline():
    """"Eine Kolumne von Nils Pickert" between the dateline and the column."""
    doc = copied("column-byline-de")
    assert (doc.title, doc.byline) == ("DAS PATRIARCHAT ALS KULTURTECHNIK", "Nils Pickert")


def test_a_section_label_opening_with_a_question_word_is_no_name():
    """"Como Fazer" (how to make it) under the ingredients is no writer's name: read as one,
    the ingredient line above it was taken for a headline over its byline."""
    assert person_name("Como Fazer") == ""
    assert copied("recipe-steps-label-pt").title == "Sequilho com Chocolate Amargo"


def test_a_caption_under_the_dateline_yields_to_the_headline_over_it():
    """A photo's caption with no credit ("Prime Minister, … greets US Congresswoman Maxine
    Waters") stands under the day and the section line and shares the opening's names; the
    headline stands over the day."""
    title = "PM attends financial access roundtable in Barbados"
    assert copied("caption-under-dateline-en").title == title
    text = (COPIED / "caption-under-dateline-en.txt").read_text(encoding="utf-8")
    assert clean_text(text, header=replace(HEADER, meta_reach=0)).title != title


def test_a_tag_cloud_under_the_dateline_is_no_headline():
    """"abu garcia angeln hecht … spinnrute test" under "Schlagworte": lower-case words, none a
    sentence's; a headline written small has some ("10 things in tech you need to know today")."""
    title = "Raubfisch-Rute im Test: die Iaconelli Spinning Rod"
    assert copied("tag-cloud-de").title == title
    text = (COPIED / "tag-cloud-de.txt").read_text(encoding="utf-8")
    assert clean_text(text, header=replace(HEADER, tag_cloud=0)).title != title
    assert clean_text("10 things in tech you need to know today\n\n" + text.split("Empfohlen")[-1]).title == (
        "10 things in tech you need to know today")


def test_a_name_with_a_role_and_its_organisation_under_the_headline_is_the_byline():
    """aclu.org (held-out): "Sarah Hinger, Staff Attorney, ACLU Racial Justice Program" under
    the headline: after the role comes where it is held, so the line is a name, not a headline;
    "& Sylvia Torres-Guillén, Director …" below it names the second writer."""
    doc = copied("role-organisation-byline-en")
    assert doc.title == "This County Criminalized Students for Bad Grades – Until Now"
    assert doc.byline == "Sarah Hinger, Sylvia Torres-Guillén"


def test_a_fact_checker_or_reviewer_is_neither_the_headline_nor_the_byline():
    """thebalance.com (held-out): "Fact checked by" / "Fernando Flores" / "Fact checked by
    Fernando Flores" under the writer's and the verifier's boxes: who checked the article is
    not its headline, nor its writer."""
    doc = copied("fact-checked-by-en")
    assert "Fact checked" not in doc.title and "Fernando Flores" not in doc.byline
    assert all(bylines.reviewer_line(line) for line in (
        "Fact checked by Fernando Flores", "Medically reviewed by Daniel Murrell, MD", "Fact checked by"))
    assert not any(bylines.reviewer_line(line) for line in ("By Jane Doe", "Reviewed: the best phones"))


def test_a_headline_ending_in_a_full_stop_over_its_byline_is_one():
    """"Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage." over "Nike Jane – 14.09.2022 –
    Kolumne": a sentence's stop, but the byline and day under it make it the headline."""
    text = (COPIED / "stop-over-byline-de.txt").read_text(encoding="utf-8")
    headline = "Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage."
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, stop_over_meta=0)).title != headline


def test_the_headline_a_comment_header_quotes_beats_the_standfirst_under_it():
    """"2 Kommentare zu „Die Überforderung durch Überangebote“" under the article: the page
    quotes its headline whole; the standfirst under the byline shares more of the opening."""
    text = (COPIED / "quoted-headline-de.txt").read_text(encoding="utf-8")
    headline = "Die Überforderung durch Überangebote"
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, quoted_repeat=0.0)).title != headline


def test_the_headline_opening_the_body_span_that_a_comment_header_quotes_is_one():
    """The body's span opens on the headline (no byline under it, no trail over it); "2
    Gedanken zu „<headline>“" below names it, so it is the headline, not a menu's item above."""
    text = (COPIED / "quoted-span-headline-de.txt").read_text(encoding="utf-8")
    headline = "ERP-Interview mit *um: digitale Assistenten und künstliche Intelligenz (KI)"
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, span_quoted=False)).title != headline


def test_one_word_ending_in_a_full_stop_over_its_date_line_is_the_headline():
    """"Elektro-Zapfsäulen." over "17/11/201917/11/2019 ~ Cem Basman": a word alone, but its
    stop and the date line under it make it the headline, not the menu's "About me" above."""
    assert copied("wordpress-comment-form").title == "Elektro-Zapfsäulen."


def test_the_body_first_line_under_the_date_and_byline_line_is_the_headline():
    """"Swantje Bernsmann 11/08/2020 Feelings" over "Editor’s Letter: bye OC Baby, hi Bernsi
    Baby!" over the running text: the header's line over the headline, so the line under it is
    the headline (nothing above it heads the article: a menu, a picture's credit)."""
    text = (COPIED / "under-meta-headline-de.txt").read_text(encoding="utf-8")
    headline = "Editor’s Letter: bye OC Baby, hi Bernsi Baby!"
    doc = clean_text(text)
    assert doc.title == headline
    assert doc.blocks[0].text.startswith("Lange habe ich diesen")
    assert clean_text(text, header=replace(HEADER, under_meta=False)).title != headline


def test_the_body_first_line_under_the_date_line_heads_over_a_share_bar():
    """"Posted on April 29, 2022" over "Make your social media shine bright like a diamond!" over
    "Social Share" over the running text: a share bar (or a picture's caption) between the line
    under the header's date line and the article's text; the site's menu above heads nothing."""
    text = (COPIED / "under-meta-share-bar-en.txt").read_text(encoding="utf-8")
    headline = "Make your social media shine bright like a diamond!"
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, under_reach=1)).title != headline


def test_the_headline_over_the_date_line_beats_the_body_first_line_under_it():
    """"FINA Weltmeisterschaften VERSCHOBEN" over "01.02.2022 Allgemein" over a one-line
    standfirst: the line under the header yields to the line over it, which the opening names
    (though shaped like a name), and the kicker rule does not take it back under the header."""
    doc = copied("under-meta-kicker-de")
    assert doc.title == "FINA Weltmeisterschaften VERSCHOBEN"
    assert doc.blocks[0].text.startswith("Was seit Wochen kolportiert wurde")


@pytest.mark.parametrize(("name", "headline"), [("chrome-over-meta-en", "VIDEO: Voting on NYCHA’s Future"),
                                                 ("chrome-over-meta-de", "Scherenschnitt (3)")])
def test_a_headline_a_chrome_pattern_matches_over_its_byline_is_one(name, headline):
    """"VIDEO: …" reads as a picture's label, "Scherenschnitt (3)" as a count, but a byline or
    date line right under either makes it the headline, not a section's name above."""
    text = (COPIED / f"{name}.txt").read_text(encoding="utf-8")
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, chrome_over_meta=False)).title != headline


def test_a_headline_ending_in_a_full_stop_under_its_date_line_is_one():
    """"Veröffentlicht am 10. Februar 2019 … von Heiko" over "Laufen im Winter: Von „bäh!“ zu
    „yeah!“ in 12 Monaten." over the running text: the line under the header opens the body, its
    stop a sentence's, but it is the headline, not a menu's item above."""
    text = (COPIED / "stop-under-meta-de.txt").read_text(encoding="utf-8")
    headline = "Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten."
    doc = clean_text(text)
    assert doc.title == headline
    assert doc.blocks[0].text.startswith("Es ist irgendwie schon faszinierend")
    assert clean_text(text, header=replace(HEADER, stop_under=False)).title != headline


@pytest.mark.parametrize(("name", "title", "opening"), [
    ("heading-under-motto-de", "Termine Whisky Tastings Januar – Mai 2020 Halle/Saale und Dessau",
     "Auch im Jahr 2020"),
    ("heading-under-day-de", "Tach auch!", "Mein letzter Post"),
])
def test_with_no_headline_above_the_body_the_heading_over_its_first_paragraph_is_one(name, title, opening):
    """No headline above the body, and its first line none (a blog's motto, "Man muss dem Leben
    immer um mindestens einen Whisky voraus sein (Humphrey Bogart)", or its shouted tagline over
    the post's day): the first headline-shaped line over a paragraph among its first lines is
    the headline, and the article starts below it."""
    text = (COPIED / f"{name}.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert doc.title == title
    assert doc.blocks[0].text.startswith(opening)
    assert clean_text(text, header=replace(HEADER, span_heading=0, opening_head=0)).title == ""


def test_a_salutation_ending_in_a_comma_is_no_heading_over_the_first_paragraph():
    """"Liebe_r Besucher_in," opens the letter it is part of (prof-pc.de): no headline."""
    lines = ["Time to say goodbye.", "Liebe_r Besucher_in,",
             "vor mittlerweile über sieben Jahren habe ich Professor PC gestartet und seitdem einige "
             "Artikel und Videos zu verschiedensten technischen Themen veröffentlicht."]
    assert heading_over_text(lines, range(0, 3), load_rules()) == -1
    assert heading_over_text(["Tach auch!", *lines[2:]], range(0, 2), load_rules()) == 0


def test_a_year_is_not_counted_among_a_headlines_digits():
    """"Fünf HR-Trends 2023" has a fifth of its characters in digits, as a date line has; a
    year aside, it has none (an archive's "Februar 2020" is a month alone)."""
    text = (COPIED / "year-headline-de.txt").read_text(encoding="utf-8")
    assert clean_text(text).title == "Fünf HR-Trends 2023"
    assert clean_text(text, header=replace(HEADER, year_digits=False)).title == "DIGITAL HR"
    rules = load_rules()
    assert title_score("Februar 2020", 0, rules) is None
    assert title_score("Termin: 21.02.2020, 19 Uhr", 0, rules) is None


def test_a_word_alone_over_the_body_heads_it_when_no_line_reads_as_a_headline():
    """"Hope!" over its standfirst, under a menu: no candidate shares a word with the opening,
    so the word alone just over the running text is the headline."""
    assert copied("lone-word-headline-de").title == "Hope!"


def test_a_skip_link_in_german_is_residue_and_no_headline():
    """"Zum Inhalt springen" opens the page: no title, whatever else the header offers."""
    text = (COPIED / "lone-word-headline-de.txt").read_text(encoding="utf-8")
    doc = clean_text(text, header=replace(HEADER, lone_word=False))
    assert doc.title != "Zum Inhalt springen"
    assert all(load_rules().is_residue(line) for line in ("Zum Inhalt springen", "Aller au contenu"))


@pytest.mark.parametrize(("name", "title", "opening", "above"), [
    ("ticker-over-headline-de", "Frank Witzel erhält Deutschen Buchpreis 2015", "Frankfurt/Main (dpa)",
     "Ausbildung & Beruf"),
    ("breadcrumb-over-headline-en", "How To Grow and Care For Bougainvillea", "Question: I need some help",
     "Plant Care Today"),
])
def test_with_no_header_above_the_body_the_headline_over_its_running_text_is_one(name, title, opening, above):
    """The body opens on short lines ("Eilmeldung" / a ticker's headline, a breadcrumb trail)
    and no header stands above it, only a menu or the site's name: the headline-shaped line
    over its first running text, sharing the lead's words, is the headline, and the article
    starts below it."""
    text = (COPIED / f"{name}.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert doc.title == title
    assert doc.blocks[0].text.startswith(opening)
    assert clean_text(text, header=replace(HEADER, opening_head=0)).title == above


def test_a_header_above_the_body_keeps_its_headline_over_the_running_texts():
    """A date line between the best headline and the body is a header's (entermedia, a dev
    page): the line under it, over the running text, is its subtitle; nor is a salutation
    the letter goes on from a headline ("Sehr geehrte Damen und Herren,")."""
    lead = ("[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. "
            "시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. 그건 이 사안을 두고 벌어진 엘제이와 "
            "류화영 사이의 일이다.")
    lines = ["엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유", "기사입력 :[ 2018-08-25 15:24 ]",
             "엘제이의 리벤지인가, 류화영의 코스프레인가", lead]
    assert opening_headline(lines, 0, 7.0, 2, load_rules()) == 0
    letter = ["Mail-Aktion an den Deutschen Bundestag", "--- Zitat ---", "Sehr geehrte Damen und Herren,",
              "ich protestiere gegen die erneute Halbierung des Sparerfreibetrages von ursprünglich rund "
              "3000 Euro auf nunmehr 750 Euro pro Person."]
    assert opening_headline(letter, -1, None, 1, load_rules()) == -1


def test_a_recipe_cards_label_is_no_headline():
    """"Zutaten für" (its portions field not copied) heads the ingredients, not the recipe."""
    text = (COPIED / "recipe-icons-de.txt").read_text(encoding="utf-8")
    assert clean_text(text).title != "Zutaten für"
    assert clean_text(text, header=replace(HEADER, recipe_labels=False)).title == "Zutaten für"
    off = replace(HEADER, recipe_labels=False)
    for label in ("Zutaten für 4 Portionen", "How to make it"):
        assert title_score(label, 0, load_rules()) is None
        assert title_score(label, 0, load_rules(), header=off) is not None


def test_a_full_stop_an_emoji_follows_still_ends_a_sentence():
    """A search prompt over the body ("… durchkämmen. 💈") ends in a full stop: no headline;
    an emoji after an exclamation leaves a headline one ("Endlich Sommer! ☀️")."""
    prompt = "Du suchst einen bestimmten Artikel? Wir durchkämmen das Archiv. 💈"
    assert title_score(prompt, 0, load_rules()) is None
    assert title_score(prompt, 0, load_rules(), header=replace(HEADER, symbol_stop=False)) is not None
    assert title_score("Endlich Sommer am See! ☀️", 0, load_rules()) is not None


def test_a_trail_set_with_double_marks_is_a_breadcrumb():
    """"Home >> Recipes >> Cake Recipes >> …" leads to the headline; it is not one."""
    trail = "Home >> Recipes >> Cake Recipes >> Chocolate Buttercream Frosting without Powdered Sugar"
    assert title_score(trail, 0, load_rules()) is None


def test_with_no_headline_in_reach_one_sharing_the_openings_words_further_up_is_it():
    """A live ticker: the body opens sixty lines under its headline, past the scores and a
    sports menu, and no line in reach shares a word with its opening; the headline further
    up, naming both teams the opening names, is the headline (not "0 nowych wpisów")."""
    text = (COPIED / "far-headline-pl.txt").read_text(encoding="utf-8")
    title = "Fogo Unia Leszno - RM Solar Falubaz Zielona Góra"
    assert clean_text(text).title == title
    assert clean_text(text, header=replace(HEADER, far_lookback=0)).title != title


def test_a_headline_said_again_close_by_beats_the_sites_name_over_it():
    """"DER SPIEGEL" / "Ein Albtraum" / "PDF drucken" / "22.12.2018" / "Ein Albtraum": the
    headline said twice within three lines (a print bar's copy) is the headline, not the
    site's name over it."""
    text = (COPIED / "repeated-headline-de.txt").read_text(encoding="utf-8")
    assert clean_text(text).title == "Ein Albtraum"
    assert clean_text(text, header=replace(HEADER, near_repeat=0.0)).title == "DER SPIEGEL"


def test_a_menu_copied_on_one_line_is_no_headline():
    """"About Antisemitismus Arbeit Bankenkrise Bildung …" (a blog's categories on one line):
    every word capitalised, no punctuation, at most one a sentence's word; the headline is
    the post's, over its day, and so is the day."""
    title = "Bundesregierung 2017 #btw17 #groko"
    doc = copied("menu-line-de")
    assert (doc.title, doc.date) == (title, "2017-11-26")
    text = (COPIED / "menu-line-de.txt").read_text(encoding="utf-8")
    assert clean_text(text, header=replace(HEADER, menu_line=0)).title != title
    shouted = clean_text("ATLANTIS PARADISE ISLAND AND DOLPHIN CAY DONATES MEDICAL SUPPLIES\n\n"
                         "Atlantis Paradise Island and Dolphin Cay donated medical supplies to the "
                         "hospital on Monday, the resort said in a statement to the press.\n")
    assert shouted.title.startswith("ATLANTIS")


def test_a_forum_thread_title_stands_over_its_starter_label():
    """"Jede Nacht verliert Pepe soviel Dreck aus dem Fell" over "Themenstarter Pepemaus" over
    "Beginndatum 27. September 2018": the thread's title, however far above the post the body
    is found in, and its day under it."""
    title = "Jede Nacht verliert Pepe soviel Dreck aus dem Fell"
    doc = copied("thread-title-de")
    assert (doc.title, doc.date) == (title, "2018-09-27")
    text = (COPIED / "thread-title-de.txt").read_text(encoding="utf-8")
    # the thread's body (``threads``) finds it too; with a body found in one reply, only this rule does
    unthreaded = replace(TextSettings(), threads=False)
    assert clean_text(text, settings=unthreaded).title == title
    assert clean_text(text, settings=unthreaded, header=replace(HEADER, thread_title=False)).title != title


def test_a_section_label_over_a_long_headline_is_no_headline_over_its_standfirst():
    """"Editorial y Puntos de Vista" (a menu's item) two lines over a headline of fifteen words
    and more: the standfirst rule would take it for the headline over its standfirst, but it
    shares no word of the opening (it scores under ``dek_score``)."""
    title = "Juicio por el caso golpe II entra en la recta final; sentencia podría dictarse este miércoles"
    text = (COPIED / "section-over-dek-es.txt").read_text(encoding="utf-8")
    assert clean_text(text).title == title
    assert clean_text(text, header=replace(HEADER, dek_score=0.0)).title != title


def test_the_headline_under_a_long_kicker_beats_the_tag_line_over_it():
    """"TemasCorte SupremaOrganismos de derechos humanos" / "Todo listo para la movilización …"
    (a kicker of 21 words, outscoring the headline) / the headline: the dek rule would yield to
    the tag line above the long line; the shorter line just under it, scoring more, heads."""
    text = (COPIED / "long-kicker-es.txt").read_text(encoding="utf-8")
    headline = '"La Corte Suprema no imparte justicia sino injusticia"'
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, dek_below=False)).title != headline


def test_a_promo_between_the_headline_and_its_copy_is_no_headline():
    """"Heulage: Besser als ihr Ruf?" / "Leseprobe: Das perfekte Dinner" / "Heulage: Besser als
    ihr Ruf?": the shorter line just over the best sits between the headline's two copies."""
    text = (COPIED / "promo-between-copies-de.txt").read_text(encoding="utf-8")
    headline = "Heulage: Besser als ihr Ruf?"
    assert clean_text(text).title == headline
    assert clean_text(text, header=replace(HEADER, between_copies=False)).title != headline
