"""Saved pages' titles, bylines and dates, each kind of miss shown by a real page of a site the
rules were never tuned on (trafilatura's evaluation set), trimmed to the tags that decide it."""

import lxml.html
import pytest

from access.clean.html.meta import read_meta


def _meta(markup: str):
    return read_meta(lxml.html.document_fromstring(f"<html>{markup}<p>Text.</p></html>"))


@pytest.mark.parametrize(("markup", "title", "site"), [
    # "Site | Headline": the site's name first, the declared headline last
    ('<title>Pluralsight Tech Blog  | Managing Python Environments</title>'
     '<meta property="og:title" content="Managing Python Environments" />'
     '<meta name="twitter:title" content="Managing Python Environments" />'
     '<h1 class="f1 mb1">Managing Python Environments</h1>',
     "Managing Python Environments", "Pluralsight Tech Blog"),
    ('<title>Deutscher Verband Flüssiggas e.V. - An oder aus? So heizen Sie während des '
     'Weihnachtsurlaubs effizient</title><meta property="og:title" content="An oder aus? So heizen '
     'Sie während des Weihnachtsurlaubs effizient" />',
     "An oder aus? So heizen Sie während des Weihnachtsurlaubs effizient", ""),
    # "Site: Headline", the headline holding a dash of its own
    ("<title>Weinlachgummi&#180;s Naschtüte: [Rezi] Love is War - Sehnsucht  von R. K. Lilley</title>"
     "<meta content='[Rezi] Love is War - Sehnsucht  von R. K. Lilley' property='og:title'/>",
     "[Rezi] Love is War - Sehnsucht von R. K. Lilley", "Weinlachgummi´s Naschtüte"),
    # a dash inside the headline's brackets is no separator
    ("<title>Chinese Pinyin Lyrics: Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng "
     "(只能想念你 - 蕭敬騰)</title><meta content='Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng "
     "(只能想念你 - 蕭敬騰)' property='og:title'/>"
     "<h1 class='title'>\n<a href='http://www.chineselyrics4u.com/'>\nChinese Pinyin Lyrics\n</a>\n</h1>",
     "Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)", "Chinese Pinyin Lyrics"),
    # "Headline | " with the site's name left empty: nothing to cut
    ('<title>SW082 – 82 Gründe zum weiter hören | </title>'
     '<meta property="og:title" content="SW082 – 82 Gründe zum weiter hören" />',
     "SW082 – 82 Gründe zum weiter hören", ""),
])
def test_the_site_name_is_what_the_title_element_holds_beside_the_declared_headline(markup, title, site):
    meta = _meta(markup)
    assert (meta.title, meta.site) == (title, site)


def test_a_headline_the_page_shows_whole_keeps_its_second_part():
    meta = _meta('<title>\nEhezoff der Pochers eskaliert - Jetzt schießt Olli gegen Amira und ihren '
                 'Neuen\nVipflash</title><meta property="og:title" content="Ehezoff der Pochers eskaliert'
                 ' - Jetzt schießt Olli gegen Amira und ihren Neuen" /><h1 id="page1" class="mt-4 mb-3">'
                 "<span class='mc'>Ehezoff</span> der Pochers eskaliert - Jetzt schießt Olli gegen Amira"
                 " und ihren Neuen</h1>")
    assert meta.title == "Ehezoff der Pochers eskaliert - Jetzt schießt Olli gegen Amira und ihren Neuen"
