"""Render the Document as one self-contained, accessible reading page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from access.document import Document
from access.document.reading import Reading
from access.document.words import words
from access.render.html.choices import choices_css, font_faces, load_choices
from access.render.markup import render_template
from access.render.readalong import SentenceMarks
from access.render.theme import load_tokens, script_css, stylesheet, theme_css

if TYPE_CHECKING:
    from access.render.audio.captions import Timing

HERE = Path(__file__).parent
SCRIPT = (HERE / "controls.js").read_text(encoding="utf-8")
READALONG_SCRIPT = (HERE / "readalong.js").read_text(encoding="utf-8")
SPEEDS = (0.75, 1, 1.25, 1.5, 1.75, 2)


def page_css() -> str:
    """Tokens as custom properties (themes and sizes), then the shared and page styles."""
    tokens = load_tokens()
    themes = tokens.themes
    rules = [f":root {{ --font-body: {tokens.font_stack}; {theme_css(themes['light'])} }}",
             "@media (prefers-color-scheme: dark) { :root[data-theme='auto'] { "
             f"{theme_css(themes['dark'])} }} }}",
             "@media (prefers-contrast: more) { :root[data-theme='auto'] { "
             f"{theme_css(themes['contrast'])} }} }}"]
    rules += [f":root[data-theme='{key}'] {{ {theme_css(theme)} }}"
              for key, theme in themes.items()]
    rules += [f":root[data-text-size='{step.name}'] {{ --scale: {step.scale}; }}"
              for step in tokens.sizes]
    return "\n".join([font_faces(), *rules, choices_css(), stylesheet("article.css"),
                      stylesheet("reading.css"), script_css()])


def control_names(lang: str) -> dict[str, str]:
    """Each control kind's label in the page's language, for the controls' announcements."""
    say = words(lang)
    return {"size": say["text_size"], "theme": say["theme"],
            **{c.key: say.get(c.key) or c.label for c in load_choices()}}


def control_attributes() -> dict[str, str]:
    """Each control kind and the attribute of <html> it sets, for the controls script."""
    return {"size": "data-text-size", "theme": "data-theme",
            **{c.key: c.attr for c in load_choices()}}


def render_html(doc: Document, audio_file: str | None = None,
                images: dict[str, str] | None = None, reading: Reading | None = None,
                timings: list[Timing] | None = None) -> str:
    """The reading page as a string. With the narration's ``reading`` and ``timings`` every
    spoken sentence is marked and the player follows the audio; the captions are the VTT
    beside the MP3."""
    tokens = load_tokens()
    read_along = bool(audio_file and reading and timings)
    return render_template(
        "page.html.j2", doc, images=images,
        css=page_css(), script=SCRIPT + (READALONG_SCRIPT if read_along else ""),
        sizes=tokens.sizes, themes=tokens.themes,
        size=tokens.default_size, theme=tokens.default_theme, audio_file=audio_file,
        captions_file=Path(audio_file).with_suffix(".vtt").name if timings else None,
        choices=load_choices(), kinds=control_attributes(), names=control_names(doc.lang), speeds=SPEEDS,
        marks=SentenceMarks(reading) if read_along else None,
        timings=[{"id": t.id, "start": t.start, "end": t.end} for t in timings] if read_along else None,
    )
