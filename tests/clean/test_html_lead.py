"""The article's lead set in its <header>, which trafilatura's precise pass drops whole."""

from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from access.clean.html import SETTINGS, clean_html
from access.clean.html.extract import header_lead, put_lead
from access.document import Paragraph

LEAD_IN_HEADER = Path(__file__).resolve().parents[1] / "data" / "pages" / "lead-in-header.html"


@pytest.mark.parametrize("header_lead", [True, False])
def test_a_lead_in_the_articles_header_opens_the_article(header_lead):
    # propellets.at: '<article><header><h1>…</h1><p class="lead">…</p></header>' above the body
    lead = "Besonders für Haushalte mit geringem Einkommen stellen steigende Energiekosten ein"
    doc = clean_html(LEAD_IN_HEADER.read_text(encoding="utf-8"),
                     settings=replace(SETTINGS, header_lead=header_lead))
    first = next(b for b in doc.blocks if isinstance(b, Paragraph))
    assert first.text.startswith(lead) == header_lead
    body = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert any(text.startswith("2008 führte die Soziologin") for text in body)


# lastampa.it (held-out): the lead under the headline in the article's header, its last
# sentence without a stop, and repeating a phrase of the first paragraph ('sopra i 1400 metri')
LASTAMPA = """<html><body><main><article class="entry">
<header class="entry__header">
<h2 class="entry__title">Perturbazione polare al Centro e al Sud. Il Nord, scavalcato, mantiene
temperature alte</h2>
<p class="entry__subtitle">Piogge, temporali e nevicate previste per oggi nelle regioni centrali e
meridionali. Interessate Marche, Abruzzo, Molise, Umbria e Lazio. Neve sull’Appennino sopra i 1400
metri. Il bel tempo tornerà in poche ore</p>
</header>
<div class="entry__content">
<p>Una perturbazione di origine polare, accompagnata da venti di Maestrale e poi di Tramontana, sta
per fare il suo ingresso sull’Italia. Scavalcherà letteralmente le Alpi, ignorando completamente il
Nord, ma colpirà con piogge e temporali e nevicate le regioni centrali e poi il Sud. La neve cadrà
sull’Appennino sopra i 1400 metri.</p>
<p>Il maltempo nel corso delle ore si estenderà poi anche a Campania, Puglia, parte della Basilicata
e sulla Calabria sempre con piogge, locali temporali e nevicate a 1400 metri, ma in calo fino a 1200
metri. Il sole invece dominerà il resto delle regioni.</p>
</div></article></main></body></html>"""


def test_a_header_lead_whose_last_sentence_has_no_stop_is_read():
    tree = lxml.html.fromstring(LASTAMPA)
    first = etree.Element("main")
    for paragraph in tree.iter("p"):
        if paragraph.get("class") is None:
            etree.SubElement(first, "p").text = " ".join(paragraph.text_content().split())
    anchor, lead = header_lead(tree, first)
    assert anchor is first[0]
    assert lead == [" ".join(next(tree.iter("p")).text_content().split())]
    # a single sentence there is a standfirst: left out
    tree.find(".//header/p").text = "Piogge, temporali e nevicate previste per oggi nelle regioni"
    assert header_lead(tree, first) is None


LEAD_BOX = Path(__file__).resolve().parents[1] / "data" / "pages" / "lead-box.html"


LEAD_TEXT = ("Stühle, Leuchten und ein Abendmahl aus Gips. Im Kücknitzer Kirchen-Forum wurden "
             "Dachboden-Schätze der Kirche St. Johannes versteigert. Für die Neugestaltung des "
             "Gotteshauses kam viel Geld zusammen.")


def _body(tree: lxml.html.HtmlElement) -> etree._Element:
    """trafilatura's article: the body's paragraphs."""
    first = etree.Element("main")
    for paragraph in tree.find_class("pdb-article-body")[0].iter("p"):
        etree.SubElement(first, "p").text = paragraph.text_content()
    return first


@pytest.mark.parametrize("boxes", [True, False])
def test_a_lead_in_a_box_classed_as_the_articles_teaser_is_found(boxes):
    # ln-online.de (held-out): '<div class="pdb-article-teaser">…<div class="pdb-article-teaser-intro">'
    # above the body, in the article's container; neither extractor keeps it on the page
    tree = lxml.html.fromstring(LEAD_BOX.read_text(encoding="utf-8"))
    first = _body(tree)
    found = header_lead(tree, first, boxes)
    assert (found is not None) == boxes
    if boxes:
        assert found == (first[0], [LEAD_TEXT])
    doc = clean_html(LEAD_BOX.read_text(encoding="utf-8"))
    assert next(b.text for b in doc.blocks if isinstance(b, Paragraph)) == LEAD_TEXT


def test_a_box_below_the_articles_opening_is_no_lead():
    # the same box under the body (where an author's or a newsletter's box stands): no lead
    tree = lxml.html.fromstring(LEAD_BOX.read_text(encoding="utf-8"))
    article = tree.find_class("pdb-article")[0]
    article.append(article.find_class("pdb-article-teaser")[0])  # moved below the body
    assert header_lead(tree, _body(tree), boxes=True) is None


@pytest.mark.parametrize("under_pictures", [True, False])
def test_a_lead_goes_under_the_lead_picture_the_article_opens_with(under_pictures):
    # t3n.de (held-out): trafilatura's article opens with its picture, then the body
    tree = lxml.html.fromstring(LEAD_BOX.read_text(encoding="utf-8"))
    first = _body(tree)
    first.insert(0, etree.Element("graphic", src="https://example.org/lead.jpg"))
    anchor, lead = header_lead(tree, first, boxes=True)
    put_lead(first, anchor, lead, under_pictures)
    assert [b.tag for b in first][:2] == ["graphic", "p"]
    assert (first[1].text == LEAD_TEXT) == under_pictures


@pytest.mark.parametrize("reach", [3, 1])
def test_a_header_lead_is_found_when_the_header_sits_in_a_column_of_its_own(reach):
    # wochenblatt.com (held-out): '<div class="l-container"><header class="m-intro-header">…'
    # beside the column holding the body; the header's parent does not hold the body
    tree = lxml.html.fromstring(LASTAMPA.replace('<header class="entry__header">',
                                                 '<div class="column"><header class="entry__header">')
                                .replace("</header>", "</header></div>"))
    first = etree.Element("main")
    for paragraph in tree.iter("p"):
        if paragraph.get("class") is None:
            etree.SubElement(first, "p").text = " ".join(paragraph.text_content().split())
    assert (header_lead(tree, first, reach=reach) is not None) == (reach > 1)


@pytest.mark.parametrize("bare", [True, False])
def test_a_lead_box_holding_no_paragraph_is_one(bare):
    # spdfraktion.de (held-out): '<div class="article-intro"><div class="text-intro">' with the
    # two-sentence lead as the inner box's own text, no <p>, above the article's body
    markup = (LEAD_IN_HEADER.parent / "bare-lead-box.html").read_text(encoding="utf-8")
    doc = clean_html(markup, settings=replace(SETTINGS, bare_lead_boxes=bare))
    body = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert body[0].startswith("Die SPD-Abgeordnete Aydan Özoğuz ist zur stellvertretenden") == bare
    assert any(text.startswith("Der Bundestag hat die SPD-Abgeordnete") for text in body)


NESTED = Path(__file__).resolve().parents[1] / "data" / "pages" / "lead-nested-header.html"
REPEATS = Path(__file__).resolve().parents[1] / "data" / "pages" / "lead-repeats-opening.html"


def _paragraphs(path: Path, **changes: bool) -> list[str]:
    doc = clean_html(path.read_text(encoding="utf-8"), settings=replace(SETTINGS, **changes))
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("nested", [True, False])
def test_a_lead_in_a_header_inside_the_sites_header_is_read(nested):
    # autosprint.ch (held-out): the site's <header> left open around the article, whose own
    # header holds the lead in a box classed 'Post__lead' (set in an <h2>)
    body = _paragraphs(NESTED, nested_headers=nested)
    assert any("Die Zeichen für einen reibungslosen Ablauf" in text for text in body) == nested
    assert any(text.startswith("Start ist am 8. Februar") for text in body)


@pytest.mark.parametrize("repeats", [True, False])
def test_a_lead_whose_first_sentence_the_article_repeats_is_read(repeats):
    # wochenblatt.com (held-out): the lead's first sentence opens the first paragraph again
    body = _paragraphs(REPEATS, lead_repeats=repeats)
    lead = "In einem ersten Gespräch zeigte sich die NRW-Landwirtschaftsministerin offen"
    assert any(lead in text for text in body) == repeats
    assert body[int(repeats)].startswith("Die Jugendverbände der Landwirtschaft in NRW fordern")


BARE_BOX = Path(__file__).resolve().parents[1] / "data" / "pages" / "lead-bare-box.html"


@pytest.mark.parametrize("bare_holders", [True, False])
def test_a_lead_box_holding_no_paragraph_outside_the_header_is_read(bare_holders):
    # telebasel.ch (held-out): '<div class="tb-article-intro"> text </div>' under the header,
    # which trafilatura's precise pass drops on the page
    tree = lxml.html.fromstring(BARE_BOX.read_text(encoding="utf-8"))
    first = etree.Element("main")
    for paragraph in tree.find_class("tb-article-content")[0].iter("p"):
        etree.SubElement(first, "p").text = paragraph.text_content()
    found = header_lead(tree, first, boxes=True, reach=3, bare=True, bare_holders=bare_holders)
    assert (found is not None) == bare_holders
    if bare_holders:
        lead = ("In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall "
                "mit ihrem Sportwagen gebaut. Eine Corvette und ein Audi sind Schrott.")
        assert found == (first[0], [lead])


STANDFIRST = Path(__file__).resolve().parents[1] / "data" / "pages" / "standfirst-under-headline.html"


@pytest.mark.parametrize("standfirsts", [True, False])
def test_a_standfirst_under_the_headline_opens_the_article_and_a_tagline_above_it_does_not(standfirsts):
    # pcmag.com (held-out): '<header><h1>…</h1><p>one sentence</p></header>' above the body; a
    # site header's one-sentence tagline stands above the headline
    doc = clean_html(STANDFIRST.read_text(encoding="utf-8"),
                     settings=replace(SETTINGS, standfirsts=standfirsts))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts[0].startswith("We're about to get 20 terabyte hard drives") == standfirsts
    assert texts[int(standfirsts)].startswith("As the world's demand for storage")
    assert not any(text.startswith("Tech product reviews") for text in texts)


def test_the_lead_and_the_standfirst_read_the_page_once_as_apart():
    # extract_xml's two searches (the lead; the standfirst under the headline) share one
    # _LeadReading of the page: each finds what it finds searching alone, on the real pages here
    from access.clean.html.extract import _LeadReading
    from access.clean.html.meta import read_meta
    from access.clean.html.pick.candidates import trafilatura_main
    from access.clean.html.prepare import prepare
    from access.clean.rules import load_rules
    from access.read.source import decode

    options = dict(boxes=True, reach=3, bare=True, nested=True, repeats=True, bare_holders=True)
    found = 0
    for page in sorted(LEAD_IN_HEADER.parent.glob("*.html")):
        tree = prepare(decode(page.read_bytes(), is_html=True), load_rules())
        first = trafilatura_main(tree, "", "precision")
        if first is None:
            continue
        headlines = ("", read_meta(tree, "").title)
        read = _LeadReading(tree, first, True, 3, True, True)
        shared = [header_lead(tree, first, **options, headline=h, read=read) for h in headlines]
        assert shared == [header_lead(tree, first, **options, headline=h) for h in headlines], page.name
        found += sum(lead is not None for lead in shared)
    assert found >= 3  # leads and standfirsts were found


NAMED = Path(__file__).resolve().parents[1] / "data" / "pages"


@pytest.mark.parametrize("names", [True, False])
@pytest.mark.parametrize(("page", "opening", "body"), [
    # villagevoice.com (held-out): '<h1>…</h1><h2 class="c-sHeader__subtitle …">one sentence</h2>'
    ("standfirst-subtitle.html", "After his failed Beer Hall Putsch", "Just in time for an off-year"),
    # ahlen.de (held-out): '<h3>…</h3>' then '<div class="teaser-text"><p>three sentences</p></div>'
    ("standfirst-teaser-text.html", "Jede Menge Spaß bereitet es", "Ins Reparaturcafé kann jeder"),
    # zeit.de (held-out): '<header><h1>…</h1>…<div class="summary">one sentence</div>' over the byline
    ("standfirst-summary.html", "Weltweit finanzieren Banken", "Touristen und Börsenhändler"),
])
def test_a_standfirst_in_a_box_named_as_a_subtitle_or_a_lead_word_then_a_generic_one_is_the_documents(
        names, page, opening, body):
    # under the headline, no <header> and no lead word last: the document's standfirst, the body unchanged
    markup = (NAMED / page).read_text(encoding="utf-8")
    doc = clean_html(markup, settings=replace(SETTINGS, standfirst_names=names))
    assert doc.standfirst.startswith(opening) == names
    assert doc.blocks == clean_html(markup, settings=replace(SETTINGS, standfirst_names=not names)).blocks
    assert doc.blocks[0].text.startswith(body)


@pytest.mark.parametrize("unstopped", [True, False])
def test_a_standfirst_in_a_subheading_named_a_subtitle_needs_no_stop(unstopped):
    # chip.de (held-out): '<header><h1>…</h1><h2 class="TestReport__Subtitle">Das perfekte Steak
    # aus dem Discounter-Grill</h2></header>', no stop closing it: the document's standfirst
    markup = (NAMED / "standfirst-subtitle-unstopped.html").read_text(encoding="utf-8")
    doc = clean_html(markup, settings=replace(SETTINGS, unstopped_subheads=unstopped))
    assert (doc.standfirst == "Das perfekte Steak aus dem Discounter-Grill") == unstopped
    other = clean_html(markup, settings=replace(SETTINGS, unstopped_subheads=not unstopped))
    assert doc.blocks == other.blocks
    assert doc.blocks[0].text.startswith("Der Beef Maker Hochtemperaturgrill")


@pytest.mark.parametrize("lines", [3, 0])
def test_a_standfirst_over_an_article_opening_with_a_few_lines_is_the_documents(lines):
    # ekd.de (held-out): '<header><h1>…</h1><h2 class="article--sub-headline">…</h2></header>', the
    # speech under it opening with 'Es gilt das gesprochene Wort' and 'Johannes 14, 27' over its prose
    markup = (NAMED / "standfirst-over-lines.html").read_text(encoding="utf-8")
    doc = clean_html(markup, settings=replace(SETTINGS, standfirst_over_lines=lines))
    assert doc.standfirst.startswith("Prälat Dr. Martin Dutzmann, Bevollmächtigter") == bool(lines)
    other = clean_html(markup, settings=replace(SETTINGS, standfirst_over_lines=3 - lines))
    assert doc.blocks == other.blocks
    assert doc.blocks[0].text == "Es gilt das gesprochene Wort"
