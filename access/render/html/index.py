"""The index of an output folder: every article in it, with links to each of its formats,
and the inputs the last run could not convert, in the reading page's themes and sizes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from markupsafe import Markup

from access.document.words import words
from access.render.html import SCRIPT, control_attributes, control_names, page_css
from access.render.html.choices import load_choices
from access.render.markup import environment, human_date
from access.render.theme import load_tokens, stylesheet

LABELS = {  # format → what a person clicks, in the order offered
    "html": "Reading page", "pdf": "PDF", "mp3": "Narration (MP3)", "vtt": "Captions (VTT)",
    "wav": "Narration (WAV)", "timings": "Timings (JSON)", "json": "Document (JSON)",
}


@dataclass
class Entry:
    title: str
    lang: str
    facts: list[str]
    links: list[tuple[str, str]]  # label, relative address
    source: str = ""
    name: str = ""  # what its links say they belong to: the title, told apart when shared

    @property
    def main_link(self) -> str:
        return self.links[0][1] if self.links else ""


def entry(folder: Path, manifest: dict) -> Entry:
    """One article's line of the index, from its manifest."""
    files = manifest.get("files", {})
    links = [(label, f"{quote(folder.name)}/{quote(files[kind]['name'])}")
             for kind, label in LABELS.items() if kind in files]
    facts = [manifest.get("site") or "", human_date(manifest.get("date") or ""),
             f"{manifest['reading_minutes']} min read" if manifest.get("reading_minutes") else "",
             f"{round(manifest['audio_seconds'] / 60) or 1} min to listen"
             if manifest.get("audio_seconds") else ""]
    return Entry(manifest.get("title") or folder.name, manifest.get("lang") or "en",
                 [fact for fact in facts if fact], links, manifest.get("source") or "")


def render_index(entries: list[Entry], failures: list[tuple[str, str]]) -> str:
    """The index page; articles by title, those sharing one told apart by their source."""
    titles = Counter(e.title.casefold() for e in entries)
    for e in entries:
        e.name = e.title
        if titles[e.title.casefold()] > 1 and e.source:
            origin = f"from {PurePosixPath(e.source).name or e.source}"
            e.facts.append(origin)
            e.name = f"{e.title}, {origin}"
    tokens = load_tokens()
    return environment().get_template("index.html.j2").render(
        articles=sorted(entries, key=lambda e: e.title.casefold()), failures=failures,
        css=Markup(page_css() + "\n" + stylesheet("index.css")), script=Markup(SCRIPT),
        sizes=tokens.sizes, themes=tokens.themes, size=tokens.default_size,
        theme=tokens.default_theme, choices=load_choices(), kinds=control_attributes(),
        names=control_names("en"), w=words("en"))
