"""The article model: dataclasses for a document, its blocks and inline runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SCHEMA_VERSION = 1
# Chinese, Japanese and Korean are written without spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Words in ``text``, counting CJK script at two characters a word."""
    return max(len(text.split()), len(CJK.findall(text)) // 2)


@dataclass
class Inline:
    """A run of text, optionally a link and/or emphasised."""

    text: str
    href: str | None = None
    style: str | None = None  # None, "em", "strong" or "code"


def plain(inlines: list[Inline]) -> str:
    """The plain text of a list of inline runs."""
    return "".join(run.text for run in inlines).strip()


def runs(text: str) -> list[Inline]:
    """A single plain run holding ``text``."""
    return [Inline(text)]


@dataclass
class Heading:
    level: int  # 2..6; the document title is the only level 1
    text: str
    type: str = field(default="heading", init=False)


@dataclass
class Paragraph:
    inlines: list[Inline]
    type: str = field(default="paragraph", init=False)

    @property
    def text(self) -> str:
        return plain(self.inlines)


@dataclass
class ListBlock:
    ordered: bool
    items: list[list[Inline]]
    type: str = field(default="list", init=False)

    @property
    def text(self) -> str:
        return "\n".join(plain(item) for item in self.items)


@dataclass
class Quote:
    blocks: list[Block]
    attribution: str | None = None
    type: str = field(default="quote", init=False)

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


@dataclass
class Figure:
    src: str | None  # http(s) or data:image URL; None when only the caption survived
    alt: str = ""
    caption: str = ""
    credit: str = ""
    type: str = field(default="figure", init=False)

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.caption, self.credit) if part)


@dataclass
class Table:
    header: list[list[str]]
    rows: list[list[str]]
    caption: str = ""
    type: str = field(default="table", init=False)

    @property
    def text(self) -> str:
        return "\n".join("\t".join(row) for row in [*self.header, *self.rows])


@dataclass
class Code:
    code: str
    type: str = field(default="code", init=False)

    @property
    def text(self) -> str:
        return self.code


@dataclass
class Note:
    """An attribution or editor's line such as "…provided by Reuters."."""

    note: str
    type: str = field(default="note", init=False)

    @property
    def text(self) -> str:
        return self.note


Block = Heading | Paragraph | ListBlock | Quote | Figure | Table | Code | Note


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    byline: str = ""
    date: str = ""
    lang: str = "en"
    site: str = ""
    source_url: str = ""
    description: str = ""

    @property
    def text(self) -> str:
        """The body's plain text, block by block."""
        return "\n\n".join(block.text for block in self.blocks)

    def word_count(self) -> int:
        return count_words(self.text)
