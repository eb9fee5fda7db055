"""The copied-text byline and date on sites the rules were never tuned on: one real excerpt
per rule (tests/data/copied, see its README), each checked with its HeaderSettings switch off
too, so the test fails without the rule."""

from dataclasses import fields, replace
from pathlib import Path

import pytest

from access.clean.fields.bylines import (
    agency,
    by_alone,
    byline_names,
    dated_name,
    people_listed,
    people_only,
    person_name,
    relative_name,
    starter_name,
    untitled,
    written_byline,
)
from access.clean.fields.dates import copyright_year, opening_day, relative_day, within_day, yearless_day
from access.clean.rules import load_rules
from access.clean.text import HEADER, SETTINGS, TextSettings, clean_text
from access.clean.text.header.byline import closing_byline
from access.clean.text.header.date import published_over_update
from access.clean.text.header.meta import byline_of
from access.clean.text.header.names import by_name
from access.document import Paragraph

COPIED = Path(__file__).resolve().parents[1] / "data" / "copied"
TEXT_SWITCHES = {f.name for f in fields(TextSettings)}


def copied(name: str, **off):
    """The excerpt cleaned with the switches ``off`` (HeaderSettings' or TextSettings')."""
    text = (COPIED / f"{name}.txt").read_text(encoding="utf-8")
    body = {k: v for k, v in off.items() if k in TEXT_SWITCHES}
    header = {k: v for k, v in off.items() if k not in TEXT_SWITCHES}
    return clean_text(text, header=replace(HEADER, **header), settings=replace(SETTINGS, **body))


def test_a_subheading_opening_with_von_is_no_byline_and_keeps_the_lead_above_it():
    """"Von Risiken und Nebenwirkungen" is a subheading: its words are no names."""
    doc = copied("subheading-von-de")
    assert (doc.title, doc.byline, doc.date) == ("Warum wir jetzt Demut brauchen", "Christoph von Ritter",
                                                 "2020-04-24")
    assert doc.blocks[0].text.startswith("Selbst gesicherte Erkenntnisse")
    assert copied("subheading-von-de", name_shape=False).byline == "Risiken und Nebenwirkungen"


@pytest.mark.parametrize(("name", "off", "byline"), [
    ("label-byline-de", {"written_bylines": False}, "Katharina Volkwein"),  # "Gepostet von … | Wohnen"
    ("dated-name-de", {"dated_names": False}, "Christian Kahle"),  # "Christian Kahle,  03.11.2023 15:32 Uhr"
    # "21.01.2022 11:46 von" over "Patrick Otte" (under the standfirst; the box rule reads it too)
    ("by-alone-body-de", {"body_lines": 0, "by_over_name_body": False}, "Patrick Otte"),
    ("dated-line-es", {"dated_body": 0}, "Johnny Castro"),  # "Johnny Castro …@… | Viernes …"
    ("byline-over-title-de", {"above_title": 0}, "Dr. Sebastian Brüggemann"),  # "…, von …" over it
    # over "Veröffentlicht am …" (inside the body when a menu opens it: menu_top off)
    ("byline-block-body-de", {"body_byline": False, "menu_top": False}, "Tim Ehlers"),
    # "By" / "David Brand" / "and" / "Ramsey Khalifeh": the people listed over lines
    ("byline-names-over-lines-en", {"name_runs": False}, "David Brand, Ramsey Khalifeh"),
    # "LP" / "Luana Patriolino" / "RF" / "Raphael Felice": each name under its avatar's initials
    ("byline-avatar-initials-pt", {"name_runs": False}, "Luana Patriolino, Raphael Felice"),
    ("by-over-name-de", {"by_over_name": False}, "Ernst Lohoff"),  # "Disko Von" / "Ernst Lohoff"
    # "Verónica De Vita" / "miércoles, 4 de mayo de 202200:00 hs" under the standfirst
    ("name-by-date-es", {"name_by_date": False}, "Verónica De Vita"),
    ("agency-by-date-es", {"beside_date": False}, "Redacción"),  # "Redacción" over "26.04.2022"
    # "Ein Beitrag von:" / "Alexandra Ilina" / her bio: the writer's box the body reaches into
    ("by-over-name-body-de", {"by_over_name_body": False}, "Alexandra Ilina"),
    # "Kommentar von" / "Ingo Arzt" closing the body, before a related rail's "von Peter Unfried"
    ("by-over-name-body-before-signature-de", {"by_over_name_body": False}, "Ingo Arzt"),
    # "by" / "Mobasir hassan": under a "by" alone, a name need not be capitalised throughout
    ("by-over-small-name-en", {"loose_by_names": False}, "Mobasir hassan"),
    # "Bruno Wendel" over "bruno.cardoso@redebahia.com.br" over the day, above the headline
    ("name-over-address-pt", {"mailed_names": False}, "Bruno Wendel"),
    # "Bianca Praetorius" over "2. Okt. 2022" over the headline, no byline elsewhere
    ("name-over-date-above-title-de", {"name_over_title": False}, "Bianca Praetorius"),
    # a forum's "Thread starter Tiberius" over "Start date Sep 18, 2020" over the post's name block
    ("thread-starter-de", {"thread_starter": False}, "Tiberius"),
    # "PRASHANT JHA" over "VOR 2 STUNDEN" over the headline: how long ago dates the name's line
    ("name-over-relative-day-de", {"relative_days": False}, "PRASHANT JHA"),
    # "Heinz Steiner" over "Weitere Beiträge" below the article: the writer's box
    ("author-link-under-name-de", {"author_links": False}, "Heinz Steiner"),
    # "Autor*in" over "Brit Weirich (Medizinredakteurin. M.A. Mehrsprachige Kommunikation)"
    ("writer-label-bracketed-role-de", {"bracketed_role": False}, "Brit Weirich"),
    # "By" / "Jacob Wade" above "Verified by" / "Marisa Figat": the reviewer is no writer
    ("reviewer-by-over-name-en", {"reviewer_by": False}, "Jacob Wade"),
])
def test_bylines_sites_write_in_their_own_way(name, off, byline):
    assert copied(name).byline == byline
    assert copied(name, **off).byline != byline


def test_a_name_shaped_menu_item_among_short_lines_is_no_byline():
    """"… diese Seite" / "Kleine Schafskunde" / "Mäscot" over the comic's text: a menu's items,
    no line of a name set apart by a headline, a standfirst or a day (maescot.de)."""
    assert copied("name-in-menu-de").byline == ""
    assert copied("name-in-menu-de", name_apart=0).byline == "Kleine Schafskunde"


def test_the_headline_listed_with_its_day_among_recent_posts_dates_the_piece():
    """No date line about the header: "3 Jahre legalisierte Genitalverstümmelung 12 Dezember,
    2015" in the blog's list of recent posts (zulang.wordpress.com)."""
    assert copied("listed-post-date-de").date == "2015-12-12"
    assert copied("listed-post-date-de", listed_dates=False).date == ""


def test_under_a_by_alone_a_loose_name_holds_no_word_of_a_sentence():
    """"Rezept von" / "Zum Profil von jesusfreak": a link to a profile, no name (chefkoch.de)."""
    assert by_name("von", "Zum Profil von jesusfreak", load_rules()) == ""
    assert by_name("von", "Mobasir hassan", load_rules()) == "Mobasir hassan"


def test_a_thread_starter_label_names_a_handle_of_any_shape_but_no_sentence():
    assert [starter_name(line) for line in ("Themenstarter Pepemaus", "Started by jesusfreak, Sep 18, 2020",
                                            "Started by the time", "Start date Sep 18, 2020")] == [
        "Pepemaus", "jesusfreak", "", ""]


def test_how_long_ago_is_a_number_and_a_unit_of_time_with_its_word():
    assert [relative_day(line) for line in ("vor 11 Minuten", "3 hours ago", "hace 5 horas", "vor Ort",
                                            "2 hours", "Vor 2020")] == [True, True, True, False, False, False]


def test_within_the_day_is_hours_or_minutes_ago_or_today_at_a_time():
    lines = ("• Publiziert vor einer Stunde", "6 hours ago", "dzisiaj, 08:07", "Today 12:01 AM",
             "vor 2 Tagen", "Heute empfehlen wir", "vor Ort")
    assert [within_day(line) for line in lines] == [True, True, True, True, False, False, False]


def test_a_day_without_its_year_is_a_line_of_only_that_day():
    lines = ("Nov 18", "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "Publicado el 11 de mayo",
             "8 Jan Kvech 0", "Jan 04 09:34 2021", "November 18, 2019")
    days = ["2019-11-18", "2019-11-19", "2019-05-11", "", "", ""]
    assert [yearless_day(line, 2019) for line in lines] == days
    assert copyright_year(["Wccftech © 2019 NewAge ADS, LLC.", "Copyright © 2005-2021 x"]) == 2021


def test_a_line_opens_with_its_day_or_names_it_later():
    assert [opening_day(line) for line in ("05.12.2022 | Paris (iwr-pressedienst) - Was in Deutschland",
                                           "Am 05.12.2022 in Paris")] == ["2022-12-05", ""]


def test_a_share_bar_of_two_capitalised_words_is_no_byline():
    assert copied("opening-wide-de").byline != "Teilen Twittern"
    assert copied("opening-wide-de", chrome_words=False).byline == "Teilen Twittern"


@pytest.mark.parametrize(("name", "off", "day", "other"), [
    ("day-first-pt", {"day_first": False}, "2022-05-03", "2022-03-05"),  # "Por … | 03/05/2022"
    # "4 de maio de 2022, 05:34 h …" (opening with its day, read by opening_days too)
    ("long-date-line-pt", {"header_date_words": 0, "opening_days": False}, "2022-05-04", ""),
    ("updated-line-en", {"published_first": False}, "2018-01-28", "2019-08-22"),  # "UPDATED: …" nearer
    ("date-below-de", {"body_dates": False}, "2012-08-22", ""),  # "Veröffentlicht: …" below
    ("meta-line-body-de", {"short_dates": False}, "2006-07-29", ""),  # "Malte Welding | 29.07.2006 um 14:26"
    ("sidebar-dates-above-de", {"below_first": False}, "2019-09-21", "2020-02-06"),  # a sidebar above
    # "Aktualisiert: 11.04.2020, 10:27" under the headline, "Publiziert: 03.04.2020, 12:35" closing it
    ("published-below-update-de", {"published_elsewhere": False}, "2020-04-03", "2020-04-11"),
    # "20. April 201713. Juni 2017 Matthias Weber Amazon, …" (tags): a long line opening with its day
    ("opening-day-line-de", {"opening_days": False}, "2017-04-20", ""),
    # "Dieser Beitrag wurde am 04/02/2020 von kj in … veröffentlicht." past the share bar
    ("posted-footer-de", {"posted_footers": False}, "2020-02-04", ""),
    # "dzisiaj, 08:07" under the byline: the page's newest day (its comments' "2021-05-05 08:31:44")
    ("within-day-pl", {"within_day": False}, "2021-05-05", ""),
    # "Jun 17" over the headline, the year the page's newest day's (a rail's "Jul 3, 2019")
    ("yearless-day-de", {"yearless_dates": False}, "2019-06-17", ""),
])
def test_dates_where_sites_put_them_read_as_they_write_them(name, off, day, other):
    assert copied(name).date == day
    assert copied(name, **off).date == other


def test_a_date_line_opening_the_body_is_its_header_not_a_list_item():
    doc = copied("span-headline-de")  # "5. November 2021 admin News 0" under the headline
    assert isinstance(doc.blocks[0], Paragraph) and doc.date == "2021-11-05"
    first = copied("span-headline-de", meta_top=False).blocks[0]  # a dated line over the body
    assert isinstance(first, Paragraph) and first.text.startswith("5. November 2021 admin")
    first = copied("span-headline-de", meta_top=False, dated_lines=False).blocks[0]  # a numbered heading
    assert not isinstance(first, Paragraph) and first.text.startswith("5. November 2021 admin")


def test_a_slashed_date_said_twice_glued_together_is_read():
    assert copied("wordpress-comment-form").date == "2019-11-17"  # "17/11/201917/11/2019 ~ Cem Basman"


def test_escribe_brings_the_writer_as_by_does():
    """Uruguayan and Argentine papers sign 'Escribe Camila Méndez en Territorio' (writes …)."""
    assert copied("escribe-byline-es").byline == "Camila Méndez"


def test_a_headline_copied_with_its_byline_and_day_on_one_line_is_scored_without_them():
    """"L’évaluation et les listes de revues par Florence Audier , le 15 septembre 2009": whole,
    the line is a dateline (fourteen words naming a day) unless read as a headline with its day
    (``dated_headlines``, which finds it too); its headline part is the headline. (Copied on two
    lines, the byline goes on no headline's line: ``meta_unwrapped``.)"""
    doc = copied("headline-byline-date-line-fr")
    assert (doc.title, doc.byline) == ("L’évaluation et les listes de revues", "Florence Audier")
    assert copied("headline-byline-date-line-fr", meta_unwrapped=False).title == doc.title
    whole = copied("headline-byline-date-line-fr", meta_split_score=False, dated_headlines=False,
                   meta_unwrapped=False)
    assert whole.title != doc.title


def test_a_day_glued_to_the_last_name_is_cut_off_and_a_handles_digits_stay():
    """"… liegen von Nadja Demel13.12.2022 - 08:13 Uhr": the name is not cut at its glued day."""
    assert copied("byline-glued-date-de").byline == "Nadja Demel"
    assert written_byline("von Nadja Demel13.12.2022 - 08:13 Uhr") == "Nadja Demel"
    assert written_byline("Dezember 10, 2019 · von freeman1984 · in Uncategorized") != "freeman"


@pytest.mark.parametrize(("names", "listed"), [
    ("Fiona Bornhöft und Mariam Hofbeck", "Fiona Bornhöft, Mariam Hofbeck"),
    ("Glen Owen And Brendan Carlin", "Glen Owen, Brendan Carlin"),
    ("José Ortega y Gasset", "José Ortega y Gasset"),  # one man: "Gasset" alone is no full name
    ("Tom and Ann Lee", "Tom and Ann Lee"),
])
def test_a_bylines_people_are_listed_by_commas_not_joined_by_a_language(names, listed):
    assert people_listed(names) == listed


def test_a_byline_naming_two_people_lists_them():
    """"Von Fiona Bornhöft und Mariam Hofbeck": names only, no German "und"."""
    assert copied("byline-two-people-de").byline == "Fiona Bornhöft, Mariam Hofbeck"


def test_a_by_word_or_a_day_glued_to_the_name_is_cut_off():
    """innerText glues spans written side by side: "PorRodolfo Costa", "Shana Nys
    DambrotNovember 6, 2023" (a "by" word glued on only before a capital: "Parker Smith" stays)."""
    assert copied("glued-by-pt").byline == "Rodolfo Costa"
    assert copied("glued-month-en").byline == "Shana Nys Dambrot"
    assert byline_names("PorRodolfo Costa") == "Rodolfo Costa"
    assert byline_names("Parker Smith") == "Parker Smith"
    assert dated_name("Shana Nys DambrotNovember 6, 2023") == "Shana Nys Dambrot"
    assert dated_name("ArchivMarch 3, 2020") == ""


def test_a_writers_label_alone_names_the_writer_on_the_next_line_as_a_by_does():
    """"Autor" over "Jon Nitz" under the article (his dated line above names him beside "am");
    "Author:", "Autor*in", "Auteur" alike; a label word beside others is no writer's label."""
    assert copied("writer-label-de").byline == "Jon Nitz"
    assert all(map(by_alone, ("Autor", "Author:", "Autor*in", "AUTOREN", "Auteur :")))
    assert not by_alone("Autoren und Podcasts")


def test_a_weekday_written_small_after_the_names_begins_the_date_not_a_name():
    """"Por Redacción Diario Pagina Siete martes, 3 de mayo de 2022 · 23:57": the names end
    at the weekday; a capitalised one may be a name ("Von Anna Sonntag, 3. Mai 2022")."""
    line = "Por Redacción Diario Pagina Siete martes, 3 de mayo de 2022 · 23:57"
    assert written_byline(line) == "Redacción Diario Pagina Siete"
    assert written_byline("Von Anna Sonntag, 3. Mai 2022") == "Anna Sonntag"


def test_a_web_address_is_no_byline_a_site_named_by_its_domain_is():
    """A byline names people, never a web address ("Autor: www.portalspozywczy.pl", a Polish
    trade site's); a site that signs with its name, a domain ("przepisy.pl"), is its author."""
    rules = load_rules()
    assert byline_of("Autor: www.portalspozywczy.pl", rules) == ""
    assert byline_of("Autor: przepisy.pl", rules) == "przepisy.pl"


def test_a_news_agency_alone_beside_the_day_is_the_byline_a_section_label_is_not():
    """A wire agency or a newsroom writes the article when no person is named ("Reuters,
    Washington," over "Nov 20 2019, 11:06am"); a section's label beside the day is no writer."""
    assert agency("Reuters, Washington,") == "Reuters"
    assert agency("REDACCIÓN") == "REDACCIÓN"
    assert agency("Seguridad") == agency("Business Buzz") == ""
    assert dated_name("Reuters November 18, 2019 11:03 PM") == "Reuters"


def test_a_name_line_under_a_short_articles_lead_is_its_byline_not_its_signature():
    """"Lebensmittel Praxis" under the lead and its date line, three paragraphs below: the
    article goes on under it (a signature closes an article, it has no fewer lines above it)."""
    doc = copied("name-under-lead-de")
    assert doc.byline == "Lebensmittel Praxis"
    assert any(block.text.startswith("Die Pariser Hafenbetriebe") for block in doc.blocks)


def test_an_updated_line_naming_when_it_was_first_published_gives_that_day():
    lines = ["Last updated 04 Jun 2020, originally created 17 Jun 2019"]
    assert published_over_update(lines[0], lines, range(1)) == "2019-06-17"
    off = replace(HEADER, published_elsewhere=False)
    assert published_over_update(lines[0], lines, range(1), off) == lines[0]


def test_a_byline_never_ends_with_a_joiner():
    """twincities.com (held-out): "By STAFF AND NEWS SERVICE REPORTS" names no one; its names
    cut before "NEWS" left "STAFF AND"."""
    assert written_byline("By STAFF AND NEWS SERVICE REPORTS") == ""
    mail = "By Glen Owen And Brendan Carlin For The Mail On Sunday"
    assert written_byline(mail) == "Glen Owen And Brendan Carlin"


def test_a_form_field_or_a_checklist_label_is_no_name():
    """nestle-family.com, selbst.de (held-out): a file field's "Choose File" and a box's
    "Checkliste Werkzeug" under the headline were taken for the writer."""
    assert person_name("Choose File") == "" and person_name("Checkliste Werkzeug") == ""
    assert person_name("Heinz Steiner") == "Heinz Steiner"


def test_a_by_line_naming_the_newsroom_is_the_byline():
    """"By STAFF AND NEWS SERVICE REPORTS" under the standfirst: no person's name, but the "by"
    names who wrote the piece (a newsroom's words and joiners only); "By the time we left" is
    a sentence still."""
    text = (COPIED / "newsroom-byline-en.txt").read_text(encoding="utf-8")
    assert clean_text(text).byline.casefold() == "staff and news service reports"
    assert clean_text(text, header=replace(HEADER, newsroom_by=False)).byline == ""
    assert byline_of("Autor: Die Redaktion", load_rules()) == "Die Redaktion"
    assert byline_of("By the time we left", load_rules()) == ""


def test_a_blog_footer_naming_its_categories_first_gives_the_day():
    """gormulus.wordpress.com (held-out): "Dieser Eintrag wurde veröffentlicht in Inland, Politik,
    Rant und getaggt mit … am 11. Dezember 2012 von Mathias." under the post, the page's only
    dateline: the footer names the categories before the day, and it ends the article."""
    text = (COPIED / "categories-footer-de.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert doc.date == "2012-12-11"
    assert not any("Dieser Eintrag" in getattr(b, "text", "") for b in doc.blocks)
    assert clean_text(text, header=replace(HEADER, posted_footers=False)).date == ""


def test_a_by_line_closing_the_body_is_the_byline():
    """blog.amp.dev (held-out): "Posted by Alex Durán, AMP Project Marketing, Google" under the
    interview's last lines, inside the body's end, with no byline in the header; "Por último,
    se ofreció …" closing another article is a sentence, no byline."""
    assert copied("closing-byline-en").byline == "Alex Durán"  # (a role: "AMP Project Marketing")
    assert copied("closing-byline-en", closing_byline=False).byline == ""
    sentence = "Por último, se ofreció que la ANP tome en cuenta a los trabajadores de Montecon."
    assert closing_byline([sentence], 1, load_rules()) == ""


def test_a_byline_drops_a_credential_closing_it():
    """A credential after the writer's name is no person: "Ilana Muhlstein, MS, RDN" names one
    woman (the people_only switch); a place between two people stays theirs."""
    assert people_only("Ilana Muhlstein, MS, RDN") == "Ilana Muhlstein"
    for kept in ("Markus M. Haefliger, London, Beat Bumbacher", "Sarah Hinger, Sylvia Torres-Guillén",
                 "GIROMATCH, Frankfurt a. M., Germany",
                 "Marcus Bensmann, Justus von Daniels and Ulrich Stoll",
                 "Rote Beeren, Zitrusnoten, süßlich, kräftig-würzig"):
        assert people_only(kept) == kept


def test_an_occupations_title_before_the_name_is_no_part_of_the_byline():
    """rechtambild.de (held-out): "Rechtsanwalt Dennis Tölle" under the date names the lawyer
    Dennis Tölle (the untitled switch); an academic title is written as part of the name."""
    assert copied("occupation-title-de").byline == "Dennis Tölle"
    assert copied("occupation-title-de", untitled=False).byline == "Rechtsanwalt Dennis Tölle"
    assert untitled("Dr. Sebastian Brüggemann") == "Dr. Sebastian Brüggemann"


def test_a_date_line_closing_on_a_note_in_brackets_is_the_header_s_not_the_article_s():
    """"Amelie Siekmann," over "am Sonntag, 11.12.2022 - 05:00 (1 Kommentar)": the bracket
    closes no sentence, the line is the header's date line and the article opens below it
    (agrarheute.com)."""
    assert copied("bracket-note-date-de").blocks[0].text.startswith("Auch dünne Äste")
    assert copied("bracket-note-date-de", bracket_notes=False).blocks[0].text.startswith("am Sonntag")


def test_a_reporter_named_after_the_outlet_glued_to_the_reporter_s_word_is_the_byline():
    """"半月谈记者 史卫燕" under the headline: the outlet's reporter, not a subheading
    (banyuetan.org); a picture's "新华社记者 才扬 摄" credits a photographer."""
    doc = copied("photo-credit-zh")
    assert doc.byline == "史卫燕" and not doc.blocks[0].text.startswith("半月谈记者")
    assert copied("photo-credit-zh", outlet_bylines=False).byline == ""
    assert written_byline("新华社记者 才扬 摄") == ""


def test_a_writer_s_label_over_a_reporter_s_word_glued_to_the_name_is_the_byline():
    """"作者： 记者王敬照	编辑： 王华军" under the article: the writer's label, the reporter's word
    glued to the name, then the editor's label (he.xinhuanet.com)."""
    assert copied("reporter-label-zh").byline == "王敬照"
    assert written_byline("作者： 记者王敬照\t编辑： 王华军") == "王敬照"


def test_a_byline_s_name_ends_before_a_weekday_of_its_language():
    """"Erstellt von Fabian am Dienstag 6. Mai 2014" (disfunctions.de), "Von Isabella.DiBiase am
    Samstag, 19. Oktober 2019 um 11:14 Uhr" (grazia-magazin.de): "am" and a German weekday
    end the name as "on" and an English one do (months.toml [day_stems])."""
    assert copied("weekday-after-name-de").byline == "Fabian"
    line = "Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr"
    assert written_byline(line) == "Isabella.DiBiase"


def test_a_day_glued_to_the_bylines_last_name_is_parted_from_it():
    """"by Lucas Nolan22 Dec 2016651": the day's digits glued to "Nolan" cut the names at
    "Lucas" when read as they stand; the writer's bio under the article goes with his name."""
    doc = copied("glued-day-byline-en")
    assert doc.byline == "Lucas Nolan"
    assert not any(block.text.startswith("Lucas Nolan is a reporter") for block in doc.blocks)
    assert copied("glued-day-byline-en", glued_days=False).byline == "Lucas"


def test_a_by_word_a_comma_follows_is_a_listed_item_not_a_byline():
    """An article's tags opening on "av" (Swedish "by"): "av, consoles, entertainment, …" over
    "By Devindra Hardawar" is a list, and the byline under it the writer's."""
    assert copied("tags-by-word-en").byline == "Devindra Hardawar"
    assert copied("tags-by-word-en", listed_by=False).byline == "consoles"
    assert written_byline("av, consoles, entertainment, gadgetry") == ""
    assert written_byline("av Anna Svensson") == "Anna Svensson"


def test_a_khmer_by_line_is_the_byline_not_the_title():
    """"ដោយ សុខ ចាន់ធី" ("by Sok Chanthy") under the headline was taken for the title: Khmer's
    "by" word was not among the bylines' words."""
    text = (COPIED.parent / "scripts" / "km.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    assert doc.title == "ក្រុមប្រឹក្សាក្រុងភ្នំពេញអនុម័តថវិកាថ្មី"
    assert doc.byline == "សុខ ចាន់ធី"


def test_a_name_beside_how_long_ago_is_the_byline():
    """"Alex Perry 1 day ago" under the headline names the writer without a "by"; read as no
    byline, the "by Taboola" over the promoted links below the article was taken."""
    assert copied("name-ago-en").byline == "Alex Perry"
    assert copied("name-ago-en", relative_names=False).byline == "Taboola"
    assert relative_name("Jacobo Betancur Peláez | Publicado hace 3 horas") == "Jacobo Betancur Peláez"
    assert relative_name("Sports Illustrated / 6 hours ago") == ""
    assert relative_name("Leipzig gedenkt der Friedlichen Revolution vor 30 Jahren") == ""


def test_a_persons_name_beside_an_agencys_date_line_is_the_byline():
    """"NATALIYA VASILYEVA" over "Associated PressDecember 2, 2016" under the headline: the
    agency's date line names no person, the reporter is the line above it."""
    doc = copied("agency-reporter-en")
    assert (doc.byline, doc.date) == ("NATALIYA VASILYEVA", "2016-12-02")
    assert copied("agency-reporter-en", agency_yields=False).byline == "Associated Press"


def test_a_by_opening_a_part_of_a_line_parted_by_bars_is_a_byline():
    """"Ciclismo | Por: Juan Diego | Actualizado el: 19 abril 2022 9:12 pm" under the headline:
    the section's name before the "by" is no label, but the bar parts it from the byline."""
    doc = copied("piped-by-es")
    assert (doc.byline, doc.date) == ("Juan Diego", "2022-04-19")
    assert copied("piped-by-es", piped_by=False).byline == ""
    assert written_byline("yas! | By Cara Stiles | April 13, 2020") == "Cara Stiles"
    assert written_byline("yas! | By Cara Stiles | April 13, 2020", piped=False) == ""


def test_a_days_word_closing_a_dated_lines_name_is_the_days():
    """"Dominique Wehrmann am 4. Februar 2022 um 11:23" under the headline: "am" (a day's word)
    belongs to the day, not to the name; so does a weekday ("Joe Wee Monday, February 29, 2016",
    Mozilla Readability's simplyfound-1 gave "Joe Wee Monday")."""
    doc = copied("name-am-day-de")
    assert (doc.byline, doc.date) == ("Dominique Wehrmann", "2022-02-04")
    assert copied("name-am-day-de", day_word_end=False).byline == ""
    assert dated_name("Joe Wee     Monday, February 29, 2016 @ 11:10 PM UTC") == "Joe Wee"
    assert dated_name("Peter Sonntag, 03.11.2023") == "Peter Sonntag"
