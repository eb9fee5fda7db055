"""A "more" link in brackets closing a paragraph, shared by the saved-page and copied-text
cleaners: "… Akcja Katolicka w Polsce. [czytaj więcej]", "… the vote. [Read more]". The
paragraph is the article's; the link to another page in it is no word of it, and goes."""

from __future__ import annotations

from dataclasses import replace

from access.clean.rules import Rules
from access.document import Block, Inline, Paragraph
from access.document.model import runs_before


def drop_more_brackets(blocks: list[Block], rules: Rules) -> list[Block]:
    """``blocks`` with the bracketed "more" link closing a paragraph cut off it (residue.toml
    [teasers] more_words and bracketed_more); a paragraph of the link alone stays as it is (the residue rules
    judge it)."""
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.text.endswith("]"):
            raw = "".join(run.text for run in block.inlines).rstrip()
            found = rules.bracketed_more(raw)
            if found and raw[:found.start()].strip():
                block = replace(block, inlines=_cut(block.inlines, found.start()))
        kept.append(block)
    return kept


def _cut(inlines: list[Inline], at: int) -> list[Inline]:
    """The runs of ``inlines`` before character ``at`` of their joined text, the last one
    shortened and trailing spaces dropped."""
    cut = runs_before(inlines, at)
    while cut and not cut[-1].text.strip():
        cut.pop()
    if cut:
        cut[-1] = replace(cut[-1], text=cut[-1].text.rstrip())
    return cut
