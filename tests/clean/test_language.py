"""Language detection on real article text: the dev set's true bodies and cleaned pages."""

from pathlib import Path
from urllib.parse import urlparse

import pytest

from access.clean import clean
from access.clean.language import MIN_CHARS, detect_language, prose
from access.document.tags import base_language, declared_language, detected_with_region
from access.read import Source, read_source
from access.speech import normalise
from tests.conftest import SAMPLE, dev_file, dev_truth, needs_dev

# Country-code domains in the dev set whose articles are written in that country's language.
DOMAIN_LANG = {".br": "pt", ".kr": "ko", ".ru": "ru", ".de": "de"}


def _truth_by_domain_lang() -> list[tuple[str, str, str]]:
    cases = []
    for page_id, entry in sorted(dev_truth().items()):
        host = urlparse(entry["url"]).hostname or ""
        for suffix, lang in DOMAIN_LANG.items():
            if host.endswith(suffix) and len(prose(entry["articleBody"])) >= MIN_CHARS:
                cases.append((page_id, lang, entry["articleBody"]))
    return cases


@needs_dev
def test_true_bodies_are_detected_in_their_language():
    cases = _truth_by_domain_lang()
    assert len(cases) >= 5
    wrong = [(page_id[:10], lang, detect_language(body)) for page_id, lang, body in cases
             if detect_language(body) != lang]
    assert not wrong


def test_the_sample_is_english():
    assert clean(read_source(str(SAMPLE))).lang == "en"


def test_cleaned_japanese_page_is_japanese():
    page = dev_file("85439e26c41c")  # the one that begins "先日、不正に改造したiPhone"
    assert clean(read_source(str(page))).lang == "ja"


def test_short_text_keeps_the_default():
    assert detect_language("Bonjour à tous", default="en") == "en"
    assert detect_language("Bonjour à tous", default="fr") == "fr"


def test_long_french_text_is_french():
    text = ("Le conseil municipal a voté mardi l'extension du réseau de bus vers trois nouveaux "
            "quartiers, un projet qui, selon les élus, réduira le temps de trajet de milliers "
            "d'habitants. Les premiers bus circuleront au printemps prochain.")
    assert detect_language(text) == "fr"


NAVIGATION = " ".join(["Home World Politics Business Tech Science Health Sport Culture Travel",
                       "Opinion Video Podcasts Newsletters Weather Contact us About us Careers",
                       "Privacy policy Terms of use Cookie settings Sign in Register Help"] * 4)


def test_a_page_of_navigation_keeps_its_declared_language():
    assert len(NAVIGATION) > 2 * MIN_CHARS
    assert detect_language(NAVIGATION, default="pcm") == "pcm"
    assert detect_language("\n".join(NAVIGATION.split()), default="fr") == "fr"


def test_the_prose_decides_not_the_menus():
    text = ("Le conseil municipal a voté mardi l'extension du réseau de bus vers trois nouveaux "
            "quartiers. Les élus disent que le projet réduira le temps de trajet de milliers "
            "d'habitants. Les premiers bus circuleront au printemps prochain, selon la mairie.")
    assert detect_language(f"{NAVIGATION}\n{text}\n{NAVIGATION}", default="en") == "fr"


def test_japanese_prose_without_spaces_counts():
    text = ("先日、不正に改造したiPhoneを販売していた男が逮捕されました。警察によると、男はインターネットで"
            "改造した端末を売っていたということです。") * 4
    assert detect_language(text, default="en") == "ja"


def test_a_short_copied_text_with_no_declared_language_is_told_by_its_words():
    path = Path(__file__).parents[1] / "data" / "copied" / "short-text-de.txt"
    assert clean(read_source(str(path))).lang == "de"  # 175 characters of prose: was "en"


REGION_PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "declared-region.html"


def test_the_declared_region_stays_when_the_text_agrees_on_the_language():
    """lang="es-HN" on a Spanish article: the document is es-HN (how its numbers are written
    and said), not "es"; where the text is in another language, that language alone."""
    page = REGION_PAGE.read_text(encoding="utf-8")
    assert clean(read_source(str(REGION_PAGE))).lang == "es-HN"
    assert normalise("unos 73,320,000 lempiras", "es-HN").startswith("unos setenta y tres millones")
    english = clean(Source(page.replace('lang="es-HN"', 'lang="en-US"'), "html", "page.html"))
    assert english.lang == "es"


@pytest.mark.parametrize(("declared", "tag"), [
    (("es-SV",), "es-SV"), (("es_sv",), "es-SV"), (("ES",), "es"), (("zh-hant-tw",), "zh-Hant-TW"),
    (("es-419",), "es-419"), (("en-US-x-twain",), "en-US"), (("",), ""), (("1234",), ""),
    (("es", "es_SV"), "es-SV"),  # lang="es", og:locale "es_SV": the region added
    (("es-MX", "es_SV"), "es-MX"), (("en", "es_SV"), "en"), (("", "de_AT"), "de-AT"),
])
def test_a_declared_language_is_a_bcp47_tag_of_language_script_and_region(declared, tag):
    assert declared_language(*declared) == tag
    assert base_language(tag) == tag.split("-")[0].casefold()


def test_the_detected_language_keeps_an_agreeing_declared_region():
    assert detected_with_region("es", "es-SV") == "es-SV"
    assert detected_with_region("de", "es-SV") == "de"
    assert detected_with_region("es", "") == "es"


def test_a_region_is_read_from_og_locale_and_content_language_too():
    from access.clean.html import clean_html

    text = REGION_PAGE.read_text(encoding="utf-8").replace('<html lang="es-HN">', "<html>")
    for head in ('<meta property="og:locale" content="es_SV">',
                 '<meta http-equiv="Content-Language" content="es-SV, en">'):
        assert clean(Source(text.replace("<head>", f"<head>{head}"), "html", "page.html")).lang == "es-SV"
    assert clean_html(text).lang == ""  # nothing declared: the text alone tells (clean)


@pytest.mark.parametrize(("og_locale", "lang"), [("es_LA", "es-419"), ("ar_AR", "ar"), ("es_SV", "es-SV")])
def test_facebooks_own_locales_are_read_as_what_they_mean(og_locale, lang):
    from access.clean.html import clean_html

    text = REGION_PAGE.read_text(encoding="utf-8").replace('<html lang="es-HN">', "<html>")
    page = text.replace("<head>", f'<head><meta property="og:locale" content="{og_locale}">')
    assert clean_html(page).lang == lang  # es_LA is Facebook's Latin America, not Laos'

