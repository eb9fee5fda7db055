"""Text direction: one rule for the document and for each block that differs from it.

The page's own ``dir`` wins; else the script of the text (its strong characters, as the
Unicode bidirectional algorithm classes them); else the language."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from access.document.model import Block, Document, Quote
from access.document.tags import base_language

RTL, LTR = "rtl", "ltr"
# Languages written right to left (ISO 639-1, and ISO 639-3 where there is no two-letter code).
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd",
                           "syr", "ug", "ur", "yi"})
# A block reads in the other direction when this share of its strong characters says so.
BLOCK_MAJORITY = 0.6
MIN_STRONG = 3  # fewer strong characters than this: too little text to tell


def language_direction(lang: str) -> str:
    return RTL if base_language(lang) in RTL_LANGUAGES else LTR


def strong_counts(text: str) -> tuple[int, int]:
    """(right-to-left, left-to-right) strong characters in ``text``."""
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl, ltr


def script_direction(text: str, majority: float = 0.5) -> str:
    """The direction most of the text's strong characters run in; "" when too few to tell."""
    rtl, ltr = strong_counts(text)
    if rtl + ltr < MIN_STRONG:
        return ""
    share = rtl / (rtl + ltr)
    if share > majority:
        return RTL
    if 1 - share > majority:
        return LTR
    return ""


def text_direction(text: str, lang: str = "", declared: str = "") -> str:
    """The direction of ``text``: ``declared`` (the page's ``dir``) when it is one, else the
    script of the text, else the language."""
    declared = declared.casefold().strip()
    if declared in (RTL, LTR):
        return declared
    return script_direction(text) or language_direction(lang)


def document_direction(doc: Document) -> str:
    """The document's direction: its own ``dir``, else decided from its title, text and lang."""
    return text_direction(f"{doc.title}\n{doc.text}", doc.lang, doc.dir)


def block_language(text: str, direction: str) -> str:
    """The language of a block written in another direction than its document, or "" when the
    guess disagrees with its script."""
    from access.document.language_id import classify  # numpy and the model: on first use

    lang, _score = classify(text)
    return lang if language_direction(lang) == direction else ""


def _decided(block: Block, around: str) -> Block:
    """``block`` marked with its own direction where its script runs against ``around``."""
    own = script_direction(block.text, BLOCK_MAJORITY)
    if not block.dir and own and own != around:
        block = replace(block, dir=own, lang=block.lang or block_language(block.text, own))
    if isinstance(block, Quote):
        inner = block.dir or around
        block = replace(block, blocks=[_decided(child, inner) for child in block.blocks])
    return block


def with_directions(doc: Document) -> Document:
    """``doc`` with its direction decided, and each block written the other way marked with its
    own ``dir`` (and ``lang`` where the language can be told)."""
    doc_dir = document_direction(doc)
    return replace(doc, dir=doc_dir, blocks=[_decided(block, doc_dir) for block in doc.blocks])
