"""A French page in ISO-8859-1 with relative addresses: every kind of block, kept once and safe."""

import re
from pathlib import Path

import pytest

from access.clean.html import clean_html
from access.document import Code, Figure, Heading, ListBlock, Paragraph, Table, to_json

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "museum-reopens.html"
URL = "http://127.0.0.1:8000/culture/musee.html"


@pytest.fixture(scope="module")
def museum():
    return clean_html(PAGE.read_text(encoding="iso-8859-1"), url=URL)


def test_metadata_from_opengraph_and_meta_tags(museum):
    assert (museum.title, museum.byline, museum.site, museum.lang) == (
        "Le musée du port rouvre ses portes", "Camille Martin", "La Gazette du Littoral", "fr")
    assert museum.date == "2024-06-12T09:30:00+02:00"
    assert museum.source_url == URL
    assert museum.description.startswith("Après deux ans de travaux")


def test_caption_repeated_as_alt_is_kept_once(museum):
    figure = next(b for b in museum.blocks if isinstance(b, Figure))
    assert figure.src == "http://127.0.0.1:8000/culture/images/salle.jpg"
    assert figure.caption == "La grande salle des maquettes, baignée de lumière"
    assert figure.alt == ""
    assert to_json(museum).count("baignée de lumière") == 2  # the figure's caption and its text


def test_alt_from_aria_label_and_credit_merged(museum):
    figure = [b for b in museum.blocks if isinstance(b, Figure)][1]
    assert figure.src == "http://127.0.0.1:8000/images/phare.jpg"
    assert figure.alt == "Le phare vu depuis l'entrée du musée"
    assert (figure.caption, figure.credit) == ("Le phare, à deux pas du musée.",
                                               "Photo : Louis Petit")


def test_skipped_heading_levels_start_at_two(museum):
    assert [(b.level, b.text) for b in museum.blocks if isinstance(b, Heading)] == [
        (2, "Les horaires"), (2, "Comment venir")]


def test_table_header_ordered_list_and_code(museum):
    table = next(b for b in museum.blocks if isinstance(b, Table))
    assert table.header == [["Saison", "Ouverture", "Fermeture"]]
    assert table.rows == [["Été", "9 h", "19 h"], ["Hiver", "10 h", "17 h"]]
    listing = next(b for b in museum.blocks if isinstance(b, ListBlock))
    assert listing.ordered and len(listing.items) == 3
    assert next(b for b in museum.blocks if isinstance(b, Code)).code == "robot.avancer(10)"


def test_links_absolute_emphasis_kept_script_links_dropped(museum):
    runs = [run for b in museum.blocks if isinstance(b, Paragraph) for run in b.inlines]
    assert [(r.text, r.href) for r in runs if r.href] == [
        ("budget détaillé", "http://127.0.0.1:8000/culture/budget-2024"),
        ("l'équipe du musée", "mailto:contact@musee-port.example.fr")]
    assert ("musée du port", "strong") in [(r.text, r.style) for r in runs]
    assert ("trois millions d'euros", "em") in [(r.text, r.style) for r in runs]
    assert "Réserver maintenant ne fonctionne pas encore" in museum.text  # text kept, link gone


@pytest.mark.parametrize("chrome", ["Aller au contenu", "cookies", "Accueil", "A+", "A-",
                                    "À lire aussi", "festival de jazz", "Gazette du Littoral",
                                    "dataLayer"])
def test_chrome_dropped(museum, chrome):
    assert chrome not in museum.text


def test_no_body_heading_is_level_one(museum):
    assert all(2 <= b.level <= 6 for b in museum.blocks if isinstance(b, Heading))
    assert not re.search(r"<|javascript:", to_json(museum))
