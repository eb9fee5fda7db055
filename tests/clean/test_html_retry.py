"""What comes along when trafilatura's precise article is thin and another candidate replaces
it whole: the recall retry's menus and teaser lists, readability's related-posts list
(access.clean.html.extract.prose_span, access.clean.html.pick.edges.trim_edges)."""

from dataclasses import replace
from pathlib import Path

from lxml import etree

from access.clean.html import SETTINGS, clean_html
from access.clean.html.extract import prose_span
from access.clean.html.pick.prose import block_text

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
# kochbar.de (trafilatura's held-out evaluation set), trimmed: scripts, styles, the site's
# header and footer and most teaser slides removed. The precise pass keeps one line (the
# comment form's login notice), so the recall retry is taken: the rating widget above the tip
# and the week's best tips below it (a title and a one-line blurb each) come along
TIP = PAGES / "tip-with-teasers.html"
# tv-orange.de as archived (held-out set), trimmed: sidebars, header, share and comment boxes
# removed. readability's article is over twice trafilatura's, so trafilatura's own fallback
# test takes it, with the related posts under it (a heading and a list of teasers) and the tags
RELATED = PAGES / "related-posts-list.html"
# topagrar.com (held-out set), trimmed: the precise pass takes the paywall's offer (prices and
# short lines, no running prose) for the article, not the lead in the header above it
PAYWALL = PAGES / "paywall-offer.html"


def test_the_retry_drops_the_rating_widget_and_the_teaser_list_around_the_tip():
    markup = TIP.read_text(encoding="utf-8")
    text = clean_html(markup).text
    assert "Ihr kennt es sicher auch!" in text
    assert "aber ohne Strunk sieht es auch schöner aus." in text
    assert "Tipp favorisieren" not in text
    assert "Die besten TIPPS" not in text
    whole = clean_html(markup, settings=replace(SETTINGS, retry_prose=0)).text
    assert "Tipp favorisieren" in whole and "Die besten TIPPS" in whole


def test_readabilitys_article_taken_by_the_fallback_loses_its_related_posts():
    markup = RELATED.read_text(encoding="utf-8")
    text = clean_html(markup).text
    assert "Ein Beispiel von Selbstzensur, symptomatisch für die Haltung gefälliger" in text
    assert "Außerdem verbreitet sich über Facebook die Information über Islands Weg" in text
    assert "Edeka Rheinstetten" not in text
    assert "Weiterführende Artikel" not in text
    whole = clean_html(markup, settings=replace(  # (the related box's class names it too)
        SETTINGS, class_boxes=False, pick=replace(SETTINGS.pick, fallback_edges=False))).text
    assert "Edeka Rheinstetten" in whole


def test_an_article_of_short_lines_only_is_retried_and_the_lead_found():
    markup = PAYWALL.read_text(encoding="utf-8")
    text = clean_html(markup).text
    assert "Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur" in text
    assert "Verschiedene Experten warnen vor dem Räumen." in text
    without = clean_html(markup, settings=replace(SETTINGS, retry_no_prose=False)).text
    assert "Eine Schneedecke" not in without and "Mit top+ weiterlesen" in without


def main(*blocks: tuple[str, str]) -> etree._Element:
    root = etree.Element("main")
    for tag, text in blocks:
        etree.SubElement(root, tag).text = text
    return root


PROSE = ("p", "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in drei neue Viertel zu "
              "erweitern, nachdem Anwohner monatelang über die Strecken gestritten hatten.")


def test_a_signature_and_credits_under_the_retried_article_stay():
    signature = [("p", "Von Anna Beispiel"), ("p", "[Foto: Stadtwerke]"), ("p", "Copyright 2020")]
    kept = prose_span(main(PROSE, PROSE, *signature), 20, 5)
    assert [block_text(b) for b in kept][-3:] == [text for _, text in signature]


def test_a_run_of_teaser_lines_under_the_retried_article_is_cut():
    teasers = [("p", f"Mehr lesen: Meldung {i}") for i in range(6)]
    kept = prose_span(main(PROSE, PROSE, *teasers), 20, 5)
    assert len(kept) == 2
    assert len(prose_span(main(PROSE, PROSE, *teasers), 20, 7)) == 8  # too few lines to tell
