"""Both cleaners on articles in scripts other than Latin (tests/data/scripts, and lines written
as real pages write them): a paragraph of Chinese is many words, not one; sentences end in
。, ।, ؟; dates in other digits and month names; bylines after "记者", "بقلم", "Автор:"; a
<title>'s site name set without spaces."""

from __future__ import annotations

import lxml.html
import pytest

from access.clean import derived_title
from access.clean.closing import first_question
from access.clean.fields.bylines import person_name, written_byline
from access.clean.fields.dates import iso_date
from access.clean.fields.titles import strip_site
from access.clean.headings import is_label
from access.clean.html import clean_html, extract
from access.clean.html.extract import page_words
from access.clean.html.meta import document_title
from access.clean.html.pick.agreement import shingles
from access.clean.html.trim import drop_dangling_headings, drop_empty_sections
from access.clean.rules import load_rules
from access.clean.text import clean_text
from access.clean.text.blocks import two_sentences
from access.clean.text.header.title_score import asks
from access.clean.text.lines import TERMINAL
from access.document import Document, Figure, Heading, Paragraph, runs
from access.document.model import LONG_TEXT, UNSPACED, has_unspaced
from tests.conftest import DATA

SCRIPTS = DATA / "scripts"
BOOKSHOP = (SCRIPTS / "zh.html").read_text(encoding="utf-8")
STAIRS = "修缮后的书店保留了原有的木质楼梯和彩色玻璃窗"


def test_a_chinese_paragraph_beside_a_picture_is_not_its_caption():
    picture = '<img src="https://news.example/img/zh2.jpg" alt="书店的木质楼梯">'
    page = BOOKSHOP.replace("<p>修缮后的书店", f"<p>{picture}修缮后的书店")
    doc = clean_html(page)
    assert any(isinstance(b, Paragraph) and b.text.startswith(STAIRS) for b in doc.blocks)
    # (by spaces the paragraph was one word, under the caption's 15: the picture's caption)


def test_a_chinese_article_of_six_paragraphs_is_not_thin(monkeypatch):
    focuses = []
    real = extract.trafilatura_main

    def spy(tree, url, focus, fast=True, tails=False):
        focuses.append(focus)
        return real(tree, url, focus, fast, tails)

    monkeypatch.setattr(extract, "trafilatura_main", spy)
    clean_html(BOOKSHOP)
    assert focuses[0] == "precision" and "recall" not in focuses  # by spaces: 6 words, under 60


def test_the_words_of_a_chinese_page_are_counted_as_words():
    assert page_words(lxml.html.document_fromstring(BOOKSHOP)) > 150  # by spaces: about 30


def test_the_lead_byte_test_finds_every_character_of_an_unspaced_script_in_a_long_text():
    filler = "é" * LONG_TEXT  # long and not ASCII: the byte search runs
    for code in range(0x80, 0x10000):
        text = filler + chr(code)
        assert has_unspaced(text) == bool(UNSPACED.search(text)), hex(code)
    assert has_unspaced(filler + STAIRS[0]) and has_unspaced(STAIRS[0]) and not has_unspaced(filler)


def test_two_cuts_of_one_chinese_sentence_share_their_shingles():
    one = "店长李华告诉记者，书店今年计划举办五十场读书会和作家见面会。"
    other = "店长李华告诉记者：书店今年计划举办五十场读书会，和作家见面会"
    assert len(shingles(one) & shingles(other)) >= 0.8 * len(shingles(one))  # by \w+ clauses: none
    assert shingles("the same old words") == {("the", "same", "old", "words")}


def test_a_heading_written_as_a_chinese_sentence_is_not_a_label():
    question = Heading(2, "书店为什么要重新开业？")
    blocks = [Paragraph(runs("第一段。")), question, Heading(2, "下一章"), Paragraph(runs("第二段。"))]
    assert question in drop_empty_sections(blocks)
    ending = Heading(2, "这就是结局。")
    assert drop_dangling_headings([Paragraph(runs("第一段。")), ending])[-1] == ending


@pytest.mark.parametrize("line", ["गाँव की लड़कियों ने पुस्तकालय बनाया।", "هل تعمل المكتبة بالطاقة الشمسية؟",
                                  "یہ کتب خانہ شمسی توانائی سے چلتا ہے۔", "书店重新开业。"])
def test_sentences_end_in_their_own_scripts_marks(line):
    assert TERMINAL.search(line)


def test_a_chinese_opening_sentence_is_a_title_of_its_own():
    doc = Document(title="", blocks=[Paragraph(runs("书店重新开业了。市民排队购书，场面十分热闹。"))])
    assert derived_title(doc) == "书店重新开业了。"


@pytest.mark.parametrize(("line", "day"), [
    ("শনিবার, আগস্ট ২৯, ২০২০", "2020-08-29"),  # Bengali digits and month
    ("٢٩ أغسطس ٢٠٢٠", "2020-08-29"),  # Arabic-Indic digits
    ("12 مارس 2024", "2024-03-12"),
    ("3 تشرين الأول 2019", "2019-10-03"),  # the Levantine month names
    ("Σάββατο 29 Αυγούστου 2020, 10:00", "2020-08-29"),
    ("29 באוגוסט 2020", "2020-08-29"),
    ("२९ अगस्त २०२०", "2020-08-29"),
    ("29 серпня 2020", "2020-08-29"),
    ("２０２０年８月２９日", "2020-08-29"),  # full-width digits
    ("2020년 8월 29일", "2020-08-29"),
])
def test_dates_in_other_scripts_and_digits(line, day):
    assert iso_date(line) == day


@pytest.mark.parametrize(("line", "day"), [  # month names from dateparser's CLDR data
    ("29 ஆகஸ்ட் 2020", "2020-08-29"), ("29 ఆగస్టు 2020", "2020-08-29"), ("२९ ऑगस्ट २०२०", "2020-08-29"),
    ("29 აგვისტო 2020", "2020-08-29"), ("۲۹ اوت ۲۰۲۰", "2020-08-29"), ("29 اگست 2020", "2020-08-29"),
    ("29 август 2020", "2020-08-29"), ("29. kolovoza 2020.", "2020-08-29"),
    ("29 d'agost de 2020", "2020-08-29"), ("29 tháng 8, 2020", "2020-08-29"),
    ("2020. augusztus 29.", "2020-08-29"), ("2020 m. rugpjūčio 29 d.", "2020-08-29"),
    ("29 كانون الثاني 2020", "2020-01-29"), ("29 Ogos 2020", "2020-08-29"),
    ("iPhone 12 pro 2021", ""), ("Top 10 here 2020", ""),  # short English words name no month
    ("3 listopada 2019", "2019-11-03"),  # months.toml's Polish, not Croatian's October
])
def test_months_of_every_language_dateparser_knows(line, day):
    assert iso_date(line) == day


@pytest.mark.parametrize(("line", "names"), [
    ("记者 王晓明", "王晓明"), ("记者：王晓明", "王晓明"), ("文/王晓明", "王晓明"),
    ("作者：佐藤花子", "佐藤花子"),
    ("بقلم: ليلى حداد", "ليلى حداد"), ("Автор: Анна Петрова", "Анна Петрова"), ("מאת נועה לוי", "נועה לוי"),
    ("लेखक: प्रिया शर्मा", "प्रिया शर्मा"), ("Από Μαρία Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
    ("文化中心", ""), ("By John Smith", "John Smith"),
])
def test_bylines_after_their_own_languages_word(line, names):
    assert written_byline(line) == names


@pytest.mark.parametrize(("lang", "line", "names"), [
    ("zh", "记者 王晓明", "王晓明"), ("ar", "بقلم: ليلى حداد", "ليلى حداد"),
    ("he", "מאת נועה לוי", "נועה לוי"),
])
def test_copied_article_names_its_writer_after_the_marker(lang, line, names):
    text = (SCRIPTS / f"{lang}.txt").read_text(encoding="utf-8")
    assert f"\n{names}\n" in text  # the name alone under the headline: no byline in these scripts
    doc = clean_text(text.replace(f"\n{names}\n", f"\n{line}\n", 1), load_rules())
    assert doc.byline == names


def test_site_name_set_without_spaces_is_cut_from_the_title():
    headline = "武汉的声音：有英勇的你，才有英雄的城！"
    assert document_title(f"{headline}-新华网", [], []) == headline
    headline = "子どもへの体罰を禁止する法律ができる"
    assert strip_site(f"NEWS WEB EASY|{headline}", "NEWS WEB EASY") == headline
    assert strip_site("Foo|Bar", "Bar") == "Foo|Bar"  # Latin titles keep their own rule


def test_a_saved_pages_byline_drops_its_languages_by_word():
    page = (BOOKSHOP.replace('"author": {"@type": "Person", "name": "王晓明"}, ', "")
            .replace('<meta name="author" content="王晓明">', "")
            .replace('<span class="author">王晓明</span>', '<span class="author">记者：王晓明</span>'))
    assert "记者：王晓明" in page and "Person" not in page and 'name="author"' not in page
    assert clean_html(page).byline == "王晓明"


@pytest.mark.parametrize(("line", "names"), [
    ("홍길동 기자", "홍길동"), ("김철수 특파원 kim@news.example", "김철수"), ("기자 회견이 열렸다", ""),
])
def test_korean_bylines_name_the_reporter_before_the_role(line, names):
    assert written_byline(line) == names


@pytest.mark.parametrize(("line", "day"), [
    ("21 ม.ค.2561 เวลาประมาณ 12.00 น.", "2018-01-21"), ("วันที่ 29 สิงหาคม 2563", "2020-08-29"),
])
def test_thai_dates_in_the_buddhist_era(line, day):
    assert iso_date(line) == day


PIZZA = "Каждую пятницу мы готовим пиццу. Домашнюю, самую вкусную."


def test_two_cyrillic_sentences_over_a_credit_are_no_caption():
    """A dev page's interview (Russian): two short sentences over a credit line are the
    interview's, not a picture's caption: the next sentence opens with a capital of any script."""
    lines = ["Что вас вдохновило на создание кулинарной страницы?",
             "— К фудфотографии я пришла через увлечение кулинарией. А началось все с рождением дочери.",
             PIZZA, "© личный архив Ольги Аветисьянц",
             "Уверяю вас, дома можно приготовить потрясающую пиццу, не хуже, чем в ресторане."]
    doc = clean_text("\n\n".join(lines))
    assert any(isinstance(b, Paragraph) and b.text == PIZZA for b in doc.blocks)
    one = clean_text("\n\n".join(lines).replace(PIZZA, "Каждую пятницу мы готовим пиццу на ужин."))
    assert ("Каждую пятницу мы готовим пиццу на ужин.", "© личный архив Ольги Аветисьянц") in [
        (b.caption, b.credit) for b in one.blocks if isinstance(b, Figure)]


@pytest.mark.parametrize(("line", "two"), [
    ("Каждую пятницу мы готовим пиццу. Домашнюю, самую вкусную.", True),
    ("康复病人在献血浆时拍照留念。新华社记者 才扬 摄", True),  # xinhuanet.com (held-out)
    ("जो पूरी तरह सौर ऊर्जा से चलता है। यहाँ शाम को बिजली जाने के बाद भी बच्चे पढ़ाई कर सकते हैं।", True),  # hi.txt
    ("融通が効かない面も多々あります。迷惑なことこの上なし。", True),  # a dev page
    ("Angelus: Irritiertes Schweigen in St. Émilion", True),  # (an abbreviation: as before, for "St. Ä…")
    ("Rust am Westufer des Neusiedler Sees.", False),
    ("Der Umsatz stieg um 3.5 bzw. drei Prozent.", False),
])
def test_a_stop_parts_two_sentences_in_any_script(line, two):
    """A stop inside a line ends a sentence when a capital of any script follows it, or anything
    follows a stop of a script without capitals (。, ।, ؟): no caption is two sentences."""
    assert two_sentences(line) is two


ZH = [line for line in (SCRIPTS / "zh.txt").read_text(encoding="utf-8").split("\n") if line]


def test_a_chinese_caption_closed_by_its_stop_over_a_credit_is_a_figure():
    """zh.txt's caption with its full stop, over a credit alone: a picture's caption and credit,
    as "Rust am Westufer des Neusiedler Sees." over "© WSNA" is (the rule read only ".")."""
    caption = "重新开业的书店二楼儿童阅读区。"
    doc = clean_text("\n\n".join([ZH[0], ZH[4], caption, "© 陈静", ZH[5]]))
    assert (caption, "© 陈静") in [(b.caption, b.credit) for b in doc.blocks if isinstance(b, Figure)]


def test_stops_and_questions_of_other_scripts_are_read_as_latin_ones():
    """A stop inside a short heading makes no label (。 as ". "); a headline or an opening
    sentence closed by "？" asks; a long paragraph with a credit run into its last stop (。)
    is no caption."""
    assert not is_label("暂停营业。去年") and is_label("暂停营业 去年")
    assert asks("市民为什么排队购书？")
    assert first_question(f"书店为什么能活过一百年？{ZH[4]}") == "书店为什么能活过一百年？"
    assert not load_rules().is_caption(ZH[5] * 3 + "© 陈静")


def test_a_name_with_a_button_glued_on_is_no_name_in_cyrillic():
    """A dev page (Russian) glues its comment buttons together ("ОтветитьПожаловаться"): a
    name with one run onto it ("Ольга ПанковаОтветить") is words run together, no person's
    name, as "TrumpWhite House" is not (capitals of every cased script, not [A-ZÀ-Þ])."""
    assert person_name("Ольга Панкова") == "Ольга Панкова"
    assert person_name("Ольга ПанковаОтветить") == ""
