"""The Source: what was read, decoded, and whether it is HTML or copied text."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from access.errors import AccessError

Kind = Literal["html", "text"]
MAX_BYTES = 20 * 1024 * 1024  # an input's size, unpacked
GZIP = b"\x1f\x8b"
GZIP_PIECE = 256  # bytes of a gzip member fed to zlib at first (gunzipped)
NOT_ZERO = re.compile(rb"[^\0]")

HTML_SIGNS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(article|div|p|meta|title)[\s>/]",
    re.IGNORECASE,
)
# A news feed's root after the XML declaration, stylesheets and comments: a list of articles.
FEED = re.compile(rb"\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.DOTALL)
# An XML document's root after its declaration, comments, instructions and doctype: one that is
# not a page's (<html>) is a picture (<svg>) or data (a sitemap's <urlset>), never an article.
XML_ROOT = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
                      rb"<([A-Za-z_][\w:.-]*)", re.DOTALL | re.IGNORECASE)
MARKDOWN_SUFFIXES = (".md", ".markdown")
# A whole page's start (a page saved under a Markdown name): Markdown may hold HTML anywhere else.
PAGE_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                        re.IGNORECASE | re.DOTALL)
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
WESTERN = "cp1252"


@dataclass(frozen=True)
class Source:
    text: str
    kind: Kind
    name: str  # file name, URL or "-"
    url: str = ""  # the page's address when it came from the web


def refused_kind(data: bytes) -> str | None:
    """What a text file that is no article holds (a news feed, JSON data), or None; a byte-order
    mark before it (Notepad's, PowerShell's UTF-16) is no disguise."""
    bom, codec = next(((bom, codec) for bom, codec in BOMS if data.startswith(bom)), (b"", ""))
    if bom:
        data = data[len(bom):].decode(codec, errors="replace").encode("utf-8")
    if FEED.match(data, 0, 4096):
        return "a news feed (RSS or Atom) lists articles: convert one of its links"
    root = XML_ROOT.match(data, 0, 4096)
    if root and (data.lstrip().startswith(b"<?xml") or root[1].lower() == b"svg"):
        name = root[1].decode("ascii", "replace")
        if name.lower() == "svg":
            return "this is an SVG image, not an article"
        if name.lower() != "html":
            return f"this is XML data (<{name[:40]}>), not an article"
    if data.lstrip()[:1] in (b"{", b"["):
        import json

        try:
            json.loads(data)
        except ValueError:
            return None
        return "this is JSON data, not an article"
    return None


def sniff_kind(data: bytes, name: str = "") -> Kind:
    """HTML if the bytes look like markup near the start; the extension only breaks ties."""
    head = data[:4096].lstrip()
    if HTML_SIGNS.search(head):
        return "html"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and head.startswith(b"<"):
        return "html"
    return "text"


# The first bytes of files people pick by mistake (a picture, a PDF, an archive), and what to
# call each in the error; a "PK" archive is also what Word, EPUB and OpenDocument files are.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive or office file"),
    (b"\x1f\x8b", "gzip archive"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office file"), (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio"), (b"fLaC", "FLAC audio"), (b"wOFF", "web font"), (b"wOF2", "web font"),
    (b"\x7fELF", "program"), (b"SQLite format 3\x00", "SQLite database"),
)
RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}


def binary_kind(data: bytes) -> str | None:
    """What binary file ``data`` is by its first bytes (a PNG image…), or None."""
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in RIFF_KINDS:
        return RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4 video or audio"
    return None


def looks_binary(data: bytes) -> bool:
    """Binary when control bytes are common, or NUL bytes very common; a few NULs in text
    are bad bytes, dropped with the other control characters."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in BOMS):
        return False
    nuls = sample.count(b"\x00")
    if nuls > 2 and nuls > len(sample) * NUL_SHARE:
        return True
    controls = sum(1 for b in sample if 0 < b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


NUL_SHARE = 0.1  # text with NUL for one byte in ten is past reading


def bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec of text saved without its byte-order mark (Windows tools
    do): most of its characters are ASCII, so every other byte is NUL and the others hardly
    ever (in UTF-32, three bytes of four are NUL, or all but never in the other lane)."""
    sample = data[:8192]
    quads = len(sample) // 4
    if quads >= 2:
        nuls = [sample[lane:4 * quads:4].count(0) for lane in range(4)]
        if nuls[3] == quads and nuls[2] > quads * 0.9 and nuls[0] < quads * 0.02:
            return "utf-32-le"
        if nuls[0] == quads and nuls[1] > quads * 0.9 and nuls[3] < quads * 0.02:
            return "utf-32-be"
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0:2 * pairs:2].count(0), sample[1:2 * pairs:2].count(0)
    if odd > pairs * 0.4 and even < pairs * 0.02:
        return "utf-16-le"
    if even > pairs * 0.4 and odd < pairs * 0.02:
        return "utf-16-be"
    return None


# Control characters are never words (BEL, ESC, NUL, C1 codes); tab and line ends stay and
# a form feed is a space. (Found by a regular expression: str.translate with a table looks up
# every character, ten times the time on a page.)
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_out(control: re.Match) -> str:
    return " " if control[0] == "\f" else ""


# Unicode's stream-safe text (UAX #15) has at most 30 combining marks in a row; "zalgo" text
# stacks thousands on one letter, which no writing needs and which text layout takes hours
# over (100,000 on a title's letter: the PDF never came). The blocks of marks that attach to
# any letter are capped; a script's own vowel signs and accents are other blocks, untouched.
MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
MARK_FLOOD = re.compile(f"([{MARKS}][{MARKS}]{{29}})[{MARKS}]+")  # (a set first: found fast)
# In a page, marks written as character references (&#x301;, &#769;, &DownBreve;) become marks
# only in the parser: a run of more than 30 references or marks has its marks' references
# written as the marks themselves first, and is capped with the rest.
REFERENCE = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
REFERENCE_BODY = REFERENCE.pattern[1:]  # (the run starts on a set of characters, which the
# regular expression engine finds fast: the same time as no search over a whole page)
MARK_REFERENCES = re.compile(f"[&{MARKS}](?:(?<=&){REFERENCE_BODY})?(?:{REFERENCE.pattern}|[{MARKS}]){{30,}}")
MARK = re.compile(f"[{MARKS}]")


def without_controls(text: str, html: bool = False) -> str:
    """``text`` without control characters, and no more than 30 combining marks in a row;
    ``html``: marks written as character references counted too."""
    if html:
        text = MARK_REFERENCES.sub(lambda run: REFERENCE.sub(_mark_written, run[0]), text)
    return MARK_FLOOD.sub(r"\1", CONTROLS.sub(_control_out, text))


def _mark_written(reference: re.Match) -> str:
    """A reference to a combining mark as the mark itself; any other as it was."""
    import html

    character = html.unescape(reference[0])
    return character if MARK.fullmatch(character) else reference[0]


def decode(data: bytes, declared: str | None = None, is_html: bool = False) -> str:
    """Decode so that no word is lost: a BOM; strict UTF-8; UTF-8 with a few bad bytes as
    U+FFFD; the declared charset (the server's, then the page's own); then detection."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    from bs4.dammit import EncodingDetector  # bs4 and soupsieve: only for text not in UTF-8

    for label in (declared, EncodingDetector.find_declared_encoding(data, is_html=is_html)):
        codec = codec_for(label)
        if codec:
            return data.decode(codec, errors="replace")
    return data.decode(detect_codec(data), errors="replace")


def mostly_utf8(data: bytes) -> bool:
    """True when the valid multi-byte UTF-8 characters outnumber the invalid sequences: a
    UTF-8 page with a few bad bytes (legacy single-byte text has almost no valid ones)."""
    text = data.decode("utf-8", errors="replace")
    return sum(1 for c in text if ord(c) > 127 and c != "\ufffd") > text.count("\ufffd")


def codec_for(label: str | None) -> str | None:
    """Python's codec for a charset label, or None when unknown; Latin-1 and ASCII labels
    mean windows-1252, as browsers read them."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except LookupError:
        return None
    return WESTERN if name in ("latin-1", "iso8859-1", "ascii") else name


def detect_codec(data: bytes) -> str:
    """charset-normalizer's guess when it reads as a non-Latin script (Cyrillic, Japanese…);
    otherwise windows-1252, the web's default (short Western texts fool any detector)."""
    import charset_normalizer

    match = charset_normalizer.from_bytes(data).best()
    if match is None or match.encoding.startswith(("utf_16", "utf_32")):
        return WESTERN
    letters = [c for c in str(match) if ord(c) > 127 and c.isalpha()]
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return WESTERN if latin * 2 >= len(letters) else match.encoding


def make_source(data: bytes, name: str, url: str = "", declared: str | None = None) -> Source:
    """Check, decode and classify raw bytes."""
    if data.startswith(GZIP):
        data = gunzipped(data, name)
    kind_of_file = binary_kind(data)
    if kind_of_file:
        raise AccessError(f"{name}: this is a binary file ({kind_of_file}), not an article")
    codec = bomless_utf16(data)
    if codec:  # read as UTF-8 from here on: the HTML test looks at bytes
        data, declared = data.decode(codec, errors="replace").encode("utf-8"), None
    elif looks_binary(data):
        raise AccessError(f"{name}: this is a binary file, not an article")
    refused = refused_kind(data)
    if refused:
        raise AccessError(f"{name}: {refused}")
    markdown = name.lower().endswith(MARKDOWN_SUFFIXES) and not PAGE_START.match(data[:4096])
    kind = "text" if markdown else sniff_kind(data, name)
    text = without_controls(decode(data, declared, is_html=kind == "html"), html=kind == "html")
    if not text.strip():  # nothing, white space, or only a byte-order mark
        raise AccessError(f"{name}: the input is empty")
    if markdown:
        from access.read.markdown import markdown_page

        text, kind = markdown_page(text), "html"
    return Source(text=text, kind=kind, name=name, url=url)


def gunzipped(data: bytes, name: str) -> bytes:
    """What a gzip file holds (a page saved compressed, or sent so by a server that was not
    asked to), unpacked no further than ``MAX_BYTES``: a small file that unpacks to gigabytes
    is refused, not unpacked. Each of its members in turn (``cat a.gz b.gz``), as gzip reads
    them; zero bytes padding the end are no member. A member is fed in pieces growing from
    ``GZIP_PIECE``: what follows it is copied a piece at most, not the whole rest of the file at
    each of a million empty members."""
    import zlib

    parts, size, at, view = [], 0, 0, memoryview(data)
    while at < len(data):
        inflater, piece = zlib.decompressobj(wbits=31), GZIP_PIECE
        while not inflater.eof and at < len(data):
            fed = view[at:at + piece]
            try:
                part = inflater.decompress(fed, MAX_BYTES + 1 - size)
            except zlib.error as exc:
                raise AccessError(f"{name}: a damaged gzip archive, not an article") from exc
            size += len(part)
            if size > MAX_BYTES:
                raise AccessError(f"{name}: larger than {MAX_BYTES // 2**20} MB unpacked; is it an article?")
            parts.append(part)
            at += len(fed) - len(inflater.unused_data)
            piece = min(2 * piece, 2**20)
        if not inflater.eof:  # cut short: never converted as if whole
            raise AccessError(f"{name}: a gzip archive cut short, not a whole article")
        found = NOT_ZERO.search(data, at)
        at = found.start() if found else len(data)
    return b"".join(parts)
