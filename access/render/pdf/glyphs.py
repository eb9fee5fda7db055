"""What a PDF's pages draw: each glyph with its font, glyph id and the text it stands for.

For WeasyPrint's output: Type0 fonts (Identity-H, or an embedded CMap when a character had
no glyph) with ToUnicode maps; CIDToGIDMap Identity. Finishing the tags reads the text of each
marked-content sequence from here, and the tests check every glyph drawn is a real one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

TEXT_SHOWING = frozenset({"Tj", "TJ", "'", '"'})


@dataclass(frozen=True)
class Glyph:
    font: str  # the font's resource name on its page
    gid: int  # 0 is .notdef: the empty box drawn for a character the font lacks
    text: str  # what ToUnicode says it stands for
    page: int  # index of the page
    mcid: int | None  # the marked-content sequence it is drawn in


def _hex_text(hexes: str) -> str:
    return bytes.fromhex(hexes).decode("utf-16-be", errors="replace")


def to_unicode(font: pikepdf.Dictionary) -> dict[int, str]:
    """A font's ToUnicode map: glyph code → text (bfchar and bfrange entries)."""
    if "/ToUnicode" not in font:
        return {}
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, value in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = _hex_text(value)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, value in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(value, 16)
            for offset, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                out[code] = chr(first + offset)
    return out


def code_to_cid(font: pikepdf.Dictionary) -> dict[int, int]:
    """Glyph code → CID: empty for Identity-H (the same number); else the embedded CMap's."""
    encoding = font.get("/Encoding")
    if not isinstance(encoding, pikepdf.Stream):
        return {}
    cmap = encoding.read_bytes().decode("latin-1")
    out: dict[int, int] = {}
    for block in re.findall(r"begincidchar(.*?)endcidchar", cmap, re.S):
        for code, cid in re.findall(r"<([0-9A-Fa-f]+)>\s*(\d+)", block):
            out[int(code, 16)] = int(cid)
    for block in re.findall(r"begincidrange(.*?)endcidrange", cmap, re.S):
        for start, end, cid in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\d+)", block):
            for offset, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                out[code] = int(cid) + offset
    return out


def _strings(operands: list, operator: str) -> Iterator[bytes]:
    pieces = operands[0] if operator == "TJ" else [operands[-1]]
    for piece in pieces:
        if isinstance(piece, pikepdf.String):
            yield bytes(piece)


def drawn_glyphs(pdf: pikepdf.Pdf) -> Iterator[Glyph]:
    """Every glyph the pages draw, in content order."""
    for number, page in enumerate(pdf.pages):
        fonts = {str(name): font for name, font in page.Resources.get("/Font", {}).items()}
        maps: dict[str, tuple[dict[int, str], dict[int, int], bool]] = {}
        current, marks = "", []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                props = operands[1] if len(operands) > 1 else None
                marks.append(int(props.MCID) if isinstance(props, pikepdf.Dictionary)
                             and "/MCID" in props else None)
            elif op == "BMC":
                marks.append(None)
            elif op == "EMC" and marks:
                marks.pop()
            elif op == "Tf":
                current = str(operands[0])
            elif op in TEXT_SHOWING and current in fonts:
                if current not in maps:
                    font = fonts[current]
                    maps[current] = (to_unicode(font), code_to_cid(font),
                                     font.get("/Subtype") == "/Type0")
                unicode, cids, two_bytes = maps[current]
                mcid = next((m for m in reversed(marks) if m is not None), None)
                width = 2 if two_bytes else 1
                for data in _strings(operands, op):
                    for i in range(0, len(data), width):
                        code = int.from_bytes(data[i:i + width], "big")
                        yield Glyph(current, cids.get(code, code), unicode.get(code, ""), number, mcid)


def marked_texts(pdf: pikepdf.Pdf) -> dict[tuple[int, int], str]:
    """(page index, MCID) → the text drawn in that marked-content sequence."""
    out: dict[tuple[int, int], str] = {}
    for glyph in drawn_glyphs(pdf):
        if glyph.mcid is not None:
            key = (glyph.page, glyph.mcid)
            out[key] = out.get(key, "") + glyph.text
    return out
