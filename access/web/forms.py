"""The conversion form: its choices, and a submission checked field by field."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from starlette.datastructures import FormData, UploadFile

from access.convert import FORMATS, Options
from access.render.audio.engines import DEFAULT_ENGINE, VoiceInfo
from access.render.audio.voices import available_voices
from access.render.pdf import PAGE_SIZES
from access.render.theme import load_tokens
from access.web.jobs import Input

FORMAT_LABELS = {"html": "Reading page (HTML)", "pdf": "Tagged PDF", "mp3": "Narration (MP3)",
                 "json": "Document (JSON)", "epub": "E-book (EPUB)"}
ENGINE_LABELS = {"pyttsx3": "eSpeak NG, offline", "piper": "Piper, natural, offline"}
AUTOMATIC = {"": None, "piper:": None}  # the article's language, with the default or Piper engine


@cache
def voices() -> dict[str, tuple[VoiceInfo, ...]]:
    """Every narration voice the form offers, by engine label; its value is "engine:id"."""
    grouped: dict[str, list[VoiceInfo]] = {}
    for engine, voice_id, name, languages in available_voices():
        label = ENGINE_LABELS.get(engine, engine)
        grouped.setdefault(label, []).append(VoiceInfo(voice_id, name, languages, engine))
    return {label: tuple(found) for label, found in grouped.items()}


def voice_choice(value: str) -> tuple[str, str | None]:
    """The engine and voice id a form value names ("" → the default engine, automatic)."""
    engine, _, voice_id = value.rpartition(":") if ":" in value else (DEFAULT_ENGINE, "", value)
    return engine or DEFAULT_ENGINE, voice_id or None


def theme_names() -> dict[str, str]:
    """Each theme's key and label, with Auto (follows the system) last."""
    return {**{key: theme["label"] for key, theme in load_tokens().themes.items()},
            "auto": "Auto (follows your system)"}


def size_names() -> dict[str, str]:
    return {step.name: f"{step.name} ({step.label})" for step in load_tokens().sizes}


def format_names() -> dict[str, str]:
    return {kind: FORMAT_LABELS.get(kind, kind.upper()) for kind in FORMATS}


@dataclass
class Submission:
    """A checked form: what to convert and how, or the errors by field name."""

    values: dict[str, object] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    input: Input | None = None
    options: Options | None = None


def defaults() -> dict[str, object]:
    tokens = load_tokens()
    return {"text": "", "url": "", "text_size": tokens.default_size, "theme": tokens.default_theme,
            "page_size": PAGE_SIZES[0], "voice": "", "formats": list(FORMATS)}


async def check(form: FormData) -> Submission:
    """Read and check every field; errors are one line each, tied to their field."""
    sub = Submission(values=defaults())
    text = await _text_field(form.get("text"))
    url = str(form.get("url") or "").strip()
    upload = form.get("file")
    data = b""
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
    sub.values.update(text=text, url=url)
    given = [name for name, there in (("text", text.strip()), ("url", url),
                                      ("file", isinstance(upload, UploadFile) and upload.filename))
             if there]
    if not given:
        sub.errors["text"] = "Paste the article's text, give its web address, or choose a file."
    for name in given[1:]:
        sub.errors[name] = "Give only one of pasted text, a web address or a file: clear this one."
    if url and "url" not in sub.errors:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            sub.errors["url"] = "Enter a web address that starts with http:// or https://."
    if "file" in given and not data and "file" not in sub.errors:
        sub.errors["file"] = "The chosen file is empty: choose the saved page or text file."
    _choose(sub, form, "text_size", size_names(), "Choose a text size from the list.")
    _choose(sub, form, "theme", theme_names(), "Choose a theme from the list.")
    _choose(sub, form, "page_size", dict.fromkeys(PAGE_SIZES), "Choose a page size from the list.")
    _choose(sub, form, "voice", {**AUTOMATIC, **{f"{v.engine}:{v.id}": None
                                                  for group in voices().values() for v in group}},
            "Choose a voice from the list.")
    sent = form.getlist("formats")  # the page sends an empty one first: none ticked is a choice
    formats = [k.strip() for kind in sent for k in str(kind).split(",") if k.strip()]
    if sent:
        sub.values["formats"] = formats
    else:
        formats = list(FORMATS)  # a script that names none gets them all
    if not formats:
        sub.errors["formats"] = "Choose at least one format."
    elif set(formats) - set(FORMATS):
        sub.errors["formats"] = f"Choose formats from: {', '.join(FORMATS)}."
    if sub.errors:
        return sub
    kind = given[0]
    name = upload.filename if kind == "file" else ""
    sub.input = Input(kind, url if kind == "url" else name if kind == "file" else text, data)
    sub.options = Options(formats=tuple(k for k in FORMATS if k in formats),
                          engine=voice_choice(str(sub.values["voice"]))[0],
                          voice=voice_choice(str(sub.values["voice"]))[1],
                          text_size=str(sub.values["text_size"]),
                          page_size=str(sub.values["page_size"]))
    return sub


async def _text_field(value: object) -> str:
    """The pasted text; sent as a file's part (``curl -F text=@copied.txt``, as the README
    shows), that file's text, not the part's description."""
    if isinstance(value, UploadFile):
        from access.read.source import decode

        return decode(await value.read())
    return str(value or "")


def _choose(sub: Submission, form: FormData, name: str, allowed: dict, error: str) -> None:
    value = form.get(name)
    if value is None:
        return  # the default stays
    if str(value) not in allowed:
        sub.errors[name] = error
    sub.values[name] = str(value)
