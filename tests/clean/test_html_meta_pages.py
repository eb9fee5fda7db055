"""Saved pages' titles, bylines and dates, each kind of miss shown by a real page of a site the
rules were never tuned on (trafilatura's evaluation set), trimmed to the tags that decide it."""

from dataclasses import replace

import lxml.html
import pytest

from access.clean.html.meta import META, read_meta


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


def _ld(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{o}</script>' for o in objects)


def test_the_authors_and_date_are_the_article_objects_not_the_page_objects_before_it():
    meta = _meta('<meta name="author" content="Frankfurter Allgemeine Zeitung GmbH"/>' + _ld(
        '{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",'
        '"position":1,"item":{"@type":"WebPage","@id":"https://www.faz.net/aktuell/","name":"FAZ.NET"}}]}',
        '{"@context":"http://schema.org","@type":"NewsArticle","headline":"Musik-Stars fordern neues '
        'Streaming-Modell","author":[{"@type":"Person","name":"Benjamin Fischer"},{"@type":"Person",'
        '"name":"Marcus Theurer"}],"datePublished":"Tue Jan 28 15:28:56 CET 2020"}'))
    assert (meta.byline, meta.date) == ("Benjamin Fischer and Marcus Theurer", "2020-01-28")


def test_an_organisation_is_no_byline_the_person_the_page_shows_is():
    meta = _meta(
        '<meta property="og:site_name" content="National Geographic"/>'
        '<meta property="article:author" content="@NatGeoUK"/>' + _ld(
            '{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Ravenous wild goats '
            'ruled this island for over a century. Now, it\'s being reborn.","datePublished":'
            '"2020-01-03T09:48:24Z","author":{"@type":"Organization","name":"National Geographic"}}]}',
            '{"@context":"https://schema.org","@type":"ImageObject","author":"Ed Marshall, Redonda '
            'Restoration Programme","caption":"The island of Redonda"}')
        + '<div class="ng-sharekit__contributors--author">By <span class="ng-sharekit--dark">'
          'Michael Hingston</span></div>')
    assert (meta.byline, meta.date) == ("Michael Hingston", "2020-01-03T09:48:24Z")


def test_the_sites_own_name_as_author_gives_way_to_the_shown_byline():
    meta = _meta('<meta name="author" content="The Haitian Times" />'
                 '<meta property="og:site_name" content="The Haitian Times" />'
                 '<span class="byline"> <span>by</span> <span class="author vcard"><a class="url fn n" '
                 'href="https://haitiantimes.com/author/j1071415/">J.O. Haselhoef</a></span> </span>')
    assert meta.byline == "J.O. Haselhoef"


def test_a_declared_author_of_one_word_is_the_full_name_the_page_shows_in_a_dropped_box():
    """JSON-LD "Todd", the sidebar's "By" over "Todd Bates" (rutgers.edu): prepare drops the
    sidebar, the page read whole still shows the name."""
    markup = ("<html>" + _ld(
        '{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"New Robot Does '
        'Superior Job Sampling Blood","datePublished":"2020-02-05T00:00:00-0500","author":{"@type":'
        '"Person","@id":"https://www.rutgers.edu/","name":"Todd","url":"https://www.rutgers.edu/"}}]}')
        + '<div class="c--component c--article-sidebar"><div class="article-sidebar-wrapper">'
          '<div class="full-name-wrapper"><div class="f--field f--text"><p class=\'label\'><strong>By'
          '</strong></p></div><div class="f--field f--text"><p class=\'full-name\'>Todd Bates</p></div>'
          '</div></div></div><p>Text.</p></html>')
    tree = lxml.html.document_fromstring(markup)
    assert read_meta(tree, markup=markup).byline == "Todd Bates"
    assert read_meta(tree, settings=replace(META, extended_byline=False), markup=markup).byline == "Todd"


def test_a_declared_author_given_as_markup_is_the_name_it_shows():
    """JSON-LD names given as links (osw.waw.pl): the names, not '<a href="'."""
    names = ('"\\u003Ca href=\\u0022/pl/eksperci/mateusz-gniazdowski\\u0022 hreflang=\\u0022pl\\u0022\\u003E'
             'Mateusz Gniazdowski\\u003C/a\\u003E", '
             '"\\u003Ca href=\\u0022/pl/eksperci/martyna-wasiuta\\u0022 hreflang=\\u0022pl\\u0022\\u003E'
             'Martyna Wasiuta\\u003C/a\\u003E"')
    markup = _ld('{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Rosyjskie '
                 'zamachy w Czechach","datePublished":"2021-04-26T12:00:00+0200","author":{"@type":"Person",'
                 '"name":[' + names + ']}}]}')
    assert _meta(markup).byline == "Mateusz Gniazdowski and Martyna Wasiuta"
    tree = lxml.html.document_fromstring(f"<html>{markup}<p>Text.</p></html>")
    assert read_meta(tree, settings=replace(META, untagged=False)).byline.startswith("<a")


def test_a_how_to_is_the_pages_work_when_no_article_object_is():
    meta = _meta(_ld('{"@context":"http://schema.org/","@type":"HowTo","name":"Wie man eine runde '
                     'Tischdecke in nur 7 Schritten herstellt","author":{"@type":"Person","name":'
                     '"robert.stitz"},"datePublished":"2022-01-10T22:06:08:684Z"}',
                     '{"@context":"http://schema.org","@type":"Organization","name":"homify GmbH"}'))
    assert (meta.byline, meta.date) == ("robert.stitz", "2022-01-10T22:06:08.684000+00:00")


@pytest.mark.parametrize(("markup", "title"), [
    # "Site - Section - Headline", no declared title: the <h1> is the <title>'s last part
    ('<title>Bundespolizei  -  Aktuelles - Illegale Migration aus Belarus über Polen nach Deutschland: '
     'Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr</title>'
     '<h1 class="isFirstInSlot"><strong>Illegale Migration aus Belarus über Polen nach Deutschland: '
     'Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr</strong></h1>',
     "Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen durch "
     "die Bundespolizei im laufenden Jahr"),
    # "Site | Headline", the headline a heading linked to its own page
    ("<title>Gregory Szorc's Digital Home\n  | Mercurial's Journey to and Reflections on Python 3\n"
     '</title><h2 class="blog_post_title"><a href="/blog/2020/01/13/mercurial\'s-journey-to-and-'
     'reflections-on-python-3" rel="bookmark">Mercurial\'s Journey to and Reflections on Python 3</a></h2>'
     "<h2>Porting Mercurial to Python 3</h2>",
     "Mercurial's Journey to and Reflections on Python 3"),
    # "Headline | Site" and the site's logo as <h1>, a link home: the logo is not the headline
    ('<title>Tragwerksplanung | RS Ingenieure</title><h1><a href="http://www.rs-ingenieure.de/" '
     'title="RS Ingenieure Home">RS Ingenieure</a></h1>',
     "Tragwerksplanung"),
])
def test_no_declared_title_the_heading_that_is_a_part_of_the_title_element(markup, title):
    assert _meta(markup).title == title


def test_a_declared_title_the_title_element_repeats_is_confirmed_though_no_heading_shares_a_word():
    meta = _meta("<title>XUM1541: Dateien zwischen Linux und C64 austauschen</title>"
                 '<meta name="twitter:title" content="XUM1541: Dateien zwischen Linux und C64 austauschen">'
                 "<h1>jan-grosser.de</h1>")
    assert meta.title == "XUM1541: Dateien zwischen Linux und C64 austauschen"


@pytest.mark.parametrize(("markup", "byline"), [
    # edition.cnn.com (held-out edition.cnn.com-royal.html): the outlet after the writer's name
    ('<title>11 things we learned from Meghan and Harry\'s interview - CNN</title>'
     '<meta content="Rob Picheta, CNN" name="author">', "Rob Picheta"),
    # healthline.com (held-out healthline.com.fat.html): a credential after it
    ('<title>The 10 Best Ways to Measure Your Body Fat Percentage</title>'
     '<meta name="article:author" content="Grant Tinsley, PhD"/>', "Grant Tinsley"),
])
def test_a_byline_is_the_people_without_the_outlet_or_credential_closing_it(markup, byline):
    assert _meta(markup).byline == byline
    tree = lxml.html.document_fromstring(f"<html>{markup}<p>Text.</p></html>")
    assert read_meta(tree, settings=replace(META, people_only=False)).byline.startswith(byline + ", ")


def test_a_byline_class_in_any_case_shows_the_byline():
    """lwn.net's "FeatureByline" (Mozilla Readability's test page lwn-1): no author declared,
    the byline is the one its class names in capitals."""
    markup = ('<div class="ArticleText"><h2 class="SummaryHL"><a href="/Articles/637755/">A trademark '
              'battle in the Arduino community</a></h2><div class="FeatureByline"> By <b>Nathan Willis</b>'
              '<br/>March 25, 2015 </div>')
    tree = lxml.html.document_fromstring(f"<html>{markup}<p>Text.</p></html>")
    assert read_meta(tree).byline == "Nathan Willis"
    assert read_meta(tree, settings=replace(META, cased_classes=False)).byline == ""


def test_a_role_after_the_shown_bylines_name_does_not_make_it_too_long():
    """aclu.org's blog (Mozilla Readability's test page aclu): the name, then a role of 70
    characters after a comma."""
    markup = ('<div class="blog-author">By <a href="/bio/daniel-kahn-gillmor">Daniel Kahn Gillmor</a>, '
              'Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project</div>'
              '<div class="updated-date">April 5, 2018 | 6:00 PM</div>')
    tree = lxml.html.document_fromstring(f"<html>{markup}<p>Text.</p></html>")
    assert read_meta(tree).byline == "Daniel Kahn Gillmor"
    assert read_meta(tree, settings=replace(META, role_tail=False)).byline == ""


def test_a_dash_closing_the_shown_byline_goes():
    """n1k0's blog (Mozilla Readability's test page 001): the writer's name, then a dash before
    the day beside it."""
    markup = ('<aside><p> <span class="article-author" itemprop="author" itemscope="" '
              'itemtype="http://schema.org/Person"><span itemprop="name">Nicolas Perriault</span> —</span>'
              '<time datetime="2013-09-29" itemprop="datePublished">2013-09-29</time>— in <a href="/code/" '
              'itemprop="genre">Code</a></p></aside>')
    tree = lxml.html.document_fromstring(f"<html>{markup}<p>Text.</p></html>")
    assert read_meta(tree).byline == "Nicolas Perriault"
    assert read_meta(tree, settings=replace(META, dash_end=False)).byline == ""


def test_an_editors_credit_after_the_shown_byline_is_no_part_of_its_name():
    """Google's SRE book (Mozilla Readability's test page google-sre-book-1): "Written by" over
    "Edited by" in one byline paragraph; the writer is the byline (bylines.toml name_end_labels)."""
    markup = ('<h1 class="heading jumptargets">Monitoring Distributed Systems</h1>'
              '<p class="byline author">\n    Written by Rob Ewaschuk<br />\n    Edited by Betsy Beyer\n</p>')
    assert _meta(markup).byline == "Rob Ewaschuk"
