"""Reading: charsets, HTML-or-text sniffing, and clear refusals of bad input."""

import pytest

from access.errors import AccessError
from access.read import make_source, read_source


def test_html_is_recognised_by_content_not_extension():
    assert make_source(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt").kind == "html"
    assert make_source(b"Just words, with <b> in them later.", "notes.html").kind == "text"


def test_declared_latin1_charset_is_honoured():
    page = '<html><head><meta charset="iso-8859-1"></head><body>Café Støre</body></html>'
    assert "Café Støre" in make_source(page.encode("latin-1"), "p.html").text


def test_utf16_with_bom_is_decoded():
    assert make_source("\ufeffHello Støre".encode("utf-16"), "t.txt").text == "Hello Støre"


def test_undeclared_legacy_text_is_detected():
    text = "Le président a déclaré que la réforme était nécessaire pour l'économie française."
    assert make_source(text.encode("cp1252"), "t.txt").text == text


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\x01\x02binary\x00\xff" * 40])
def test_empty_or_binary_input_is_refused(data):
    with pytest.raises(AccessError):
        make_source(data, "x")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(AccessError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(AccessError, match="folder"):
        read_source(str(tmp_path))


def _without_charset(page: bytes) -> bytes:
    return page.replace(b'<meta charset="iso-8859-1">\n', b"")


def test_latin1_page_without_a_declared_charset_keeps_its_words():
    from tests.conftest import DATA

    page = _without_charset((DATA / "pages" / "museum-reopens.html").read_bytes())
    assert b"charset" not in page
    text = make_source(page, "museum.html").text
    assert "Le musée du port rouvre ses portes" in text and "Hélène Robin" in text
    assert "\ufffd" not in text


def test_short_latin1_page_without_a_declared_charset_is_not_baltic():
    page = ("<html><body><h1>Noël à Paris</h1><p>Voilà: à Paris, la fête est là. Où êtes-vous? "
            "Ça va très bien.</p></body></html>")
    assert "Voilà: à Paris, la fête est là. Où êtes-vous?" in make_source(page.encode("latin-1"),
                                                                         "p.html").text


def test_utf8_with_a_few_bad_bytes_keeps_every_other_word():
    good = "<p>Le musée rouvre après deux ans; Hélène Robin était là.</p>".encode()
    text = make_source(good[:20] + b"\xff" + good[20:] + b"\xc3 fin", "p.html").text
    assert text.count("\ufffd") == 2
    assert "après deux ans; Hélène Robin était là." in text and text.endswith(" fin")


@pytest.mark.parametrize(("text", "codec"), [
    ("Москва — столица России, крупнейший город страны. Здесь живут миллионы людей.", "cp1251"),
    ("先日、不正に改造したiPhoneを販売していた男が逮捕されました。警察によると、", "shift_jis"),
])
def test_undeclared_non_latin_legacy_text_is_detected(text, codec):
    assert make_source(text.encode(codec), "t.txt").text == text


def test_wrong_charset_label_is_ignored():
    page = '<meta charset="x-no-such"><p>Café crème</p>'.encode("cp1252")
    assert "Café crème" in make_source(page, "p.html").text


def test_control_characters_are_dropped_not_fatal():
    page = "<html><head><title>Library\x07 hours\x1b change\x00</title></head><body>\x0cHi</body></html>"
    text = make_source(page.encode(), "p.html").text
    assert "<title>Library hours change</title>" in text and "<body> Hi" in text
