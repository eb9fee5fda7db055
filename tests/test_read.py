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
