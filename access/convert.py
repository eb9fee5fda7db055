"""The whole pipeline: read → clean → render each format → one output folder."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from access.clean import clean
from access.document import Document, to_json
from access.document.reading import build_reading
from access.files import staged_folder
from access.read import Source, read_source
from access.render.markup import slug
from access.speech import speech_script

FORMATS = ("html", "pdf", "mp3", "json")
Progress = Callable[[str, float], None]
"""Told each stage as it starts ("reading", "narrating", "pdf", …) and how far the whole
conversion is, from 0 to 1; narration reports as its runs of sentences finish."""
STAGE_SHARE = {"reading": 0.0, "narrating": 0.05, "html": 0.85, "pdf": 0.88, "json": 0.97,
               "writing": 0.98}


@dataclass
class Options:
    formats: tuple[str, ...] = FORMATS
    voice: str | None = None
    engine: str = "pyttsx3"
    rate: int | None = None
    volume: float = 1.0
    pause_scale: float = 1.0
    wav: bool = False
    fetch_images: bool = True
    text_size: str = "MD"
    page_size: str = "A4"


@dataclass
class Result:
    folder: Path
    files: dict[str, Path]
    audio_seconds: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)


def load(location: str | Source) -> Document:
    """Read and clean an article (a path, URL or "-", or a Source already read)."""
    return clean(location if isinstance(location, Source) else read_source(location))


def _no_progress(stage: str, fraction: float) -> None:
    pass


def convert(location: str | Source, out_dir: Path, options: Options | None = None,
            progress: Progress = _no_progress) -> Result:
    """Convert the article at ``location`` into ``out_dir/<slug>/``; all or nothing."""
    from access.render.audio import narrate
    from access.render.audio.captions import to_json as timings_json
    from access.render.audio.captions import to_webvtt
    from access.render.html import render_html
    from access.render.images import embed_images
    from access.render.pdf import check_options, render_pdf

    options = options or Options()
    if "pdf" in options.formats:  # before any slow work, not after the narration
        check_options(options.text_size, options.page_size)
    seconds: dict[str, float] = {}
    progress("reading", STAGE_SHARE["reading"])
    with _timed(seconds, "read+clean"):
        doc = load(location)
    name = slug(doc.title)
    folder = out_dir / name
    files: dict[str, Path] = {}
    audio_seconds = None
    reading = speech_script(build_reading(doc))
    with staged_folder(folder) as stage:
        if "mp3" in options.formats:
            progress("narrating", STAGE_SHARE["narrating"])
            start, share = STAGE_SHARE["narrating"], STAGE_SHARE["html"] - STAGE_SHARE["narrating"]
            with _timed(seconds, "audio"):
                kwargs = {"rate": options.rate} if options.rate else {}
                narration = narrate(doc, voice=options.voice, volume=options.volume,
                                    pause_scale=options.pause_scale, wav=options.wav,
                                    reading=reading, engine=options.engine,
                                    progress=lambda done: progress("narrating", start + share * done),
                                    **kwargs)
            audio_seconds = narration.duration
            files["mp3"] = _write(stage, f"{name}.mp3", narration.mp3)
            if narration.wav:
                files["wav"] = _write(stage, f"{name}.wav", narration.wav)
            files["vtt"] = _write(stage, f"{name}.vtt", to_webvtt(narration.timings))
            files["timings"] = _write(stage, f"{name}.timings.json",
                                      timings_json(narration.timings))
        images = ({} if not {"html", "pdf"} & set(options.formats)
                  else embed_images(doc, fetch=options.fetch_images))
        if "html" in options.formats:
            progress("html", STAGE_SHARE["html"])
            with _timed(seconds, "html"):
                page = render_html(doc, audio_file=f"{name}.mp3" if "mp3" in files else None,
                                   images=images)
            files["html"] = _write(stage, f"{name}.html", page)
        if "pdf" in options.formats:
            progress("pdf", STAGE_SHARE["pdf"])
            with _timed(seconds, "pdf"):
                pdf = render_pdf(doc, text_size=options.text_size, page_size=options.page_size,
                                 images=images)
            files["pdf"] = _write(stage, f"{name}.pdf", pdf)
        if "json" in options.formats:
            progress("json", STAGE_SHARE["json"])
            files["json"] = _write(stage, f"{name}.json", to_json(doc))
        progress("writing", STAGE_SHARE["writing"])
        manifest = {
            "title": doc.title, "lang": doc.lang,
            "source": location.name if isinstance(location, Source) else location,
            "files": {kind: {"name": p.name, "bytes": p.stat().st_size}
                      for kind, p in files.items()},
            "audio_seconds": audio_seconds,
            "voice": narration.voice if "mp3" in files else None,
        }
        files["manifest"] = _write(stage, "manifest.json", json.dumps(manifest, indent=2))
    final = {kind: folder / p.name for kind, p in files.items()}
    progress("done", 1.0)
    return Result(folder, final, audio_seconds, seconds)


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@contextmanager
def _timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    seconds[stage] = round(time.perf_counter() - start, 4)
