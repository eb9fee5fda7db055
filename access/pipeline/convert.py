"""One article: read → clean → render each format (in memory) → one output folder.

``render`` does the work and touches no disk, so that it can run in a worker process or on a
Dask worker and send its files back; ``write`` puts them in place atomically. Narration runs on
a thread beside the page and the PDF: espeak-ng and the MP3 encoder work outside Python."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from access.document import Document, to_json
from access.errors import AccessError, warn
from access.files import remove_stale, staged_folder
from access.pipeline import manifest
from access.read import TIMEOUT_SECONDS, Source, read_source

FORMATS = ("html", "pdf", "mp3", "epub", "json")
NARRATED = {"mp3", "epub"}  # the EPUB carries the MP3 and its overlay
Progress = Callable[[str, float], None]
"""Told each stage as it starts ("reading", "narrating", "pdf", …) and how far the whole
conversion is, from 0 to 1; narration reports as its runs of sentences finish."""
STAGE_SHARE = {"reading": 0.0, "narrating": 0.05, "html": 0.85, "pdf": 0.88, "epub": 0.95,
               "json": 0.97, "writing": 0.98}


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
    public_images: bool = False  # pictures fetched from public addresses only (the web app's)
    text_size: str = "MD"
    page_size: str = "A4"
    timeout: float = TIMEOUT_SECONDS  # seconds for a URL's whole fetch


@dataclass
class Result:
    folder: Path
    files: dict[str, Path]
    audio_seconds: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Rendered:
    """An article's files in memory (kind → file name and bytes) and its manifest."""

    slug: str
    files: dict[str, tuple[str, bytes]]
    manifest: dict
    audio_seconds: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)


def load(location: str | Source, timeout: float = TIMEOUT_SECONDS) -> Document:
    """Read and clean an article (a path, URL or "-", or a Source already read)."""
    from access.clean import clean

    return clean(location if isinstance(location, Source)
                 else read_source(location, timeout=timeout))


def _no_progress(stage: str, fraction: float) -> None:
    pass


def convert(location: str | Source, out_dir: Path, options: Options | None = None,
            progress: Progress = _no_progress, workers: int = 4) -> Result:
    """Convert the article at ``location`` into ``out_dir/<slug>/``; all or nothing.

    ``workers`` is how many cores the article may keep busy: the runs of sentences narrated
    at once, and with more than one the PDF is made beside the narration."""
    options = options or Options()
    check_options(options)
    progress("reading", STAGE_SHARE["reading"])
    source = (location if isinstance(location, Source)
              else read_source(location, timeout=options.timeout))
    key = manifest.make_key(location, source, options)
    rendered = render(source, options, key, progress, workers)
    progress("writing", STAGE_SHARE["writing"])
    remove_stale(out_dir)
    result = write(rendered, manifest.choose_folder(out_dir, rendered.slug, key.source))
    progress("done", 1.0)
    return result


def check_options(options: Options) -> None:
    """Fail in one line on a bad PDF size or voice, before any slow work."""
    if "pdf" in options.formats:
        from access.render.pdf import check_options as check_pdf

        check_pdf(options.text_size, options.page_size)
    if NARRATED & set(options.formats):
        from access.render.audio.engines import engine_module
        from access.render.audio.voices import engine_voices, pick_voice

        engine_module(options.engine)  # an unknown engine is one line, before any article
        if options.voice:
            pick_voice(engine_voices(options.engine), options.voice, "en", options.engine)


def render(source: Source, options: Options, key: manifest.Key,
           progress: Progress = _no_progress, workers: int = 1) -> Rendered:
    """Every asked format of the article in ``source``, in memory."""
    from access.clean import clean
    from access.render.markup import reading_minutes, slug

    progress = _monotone(progress)
    seconds: dict[str, float] = {}
    with _timed(seconds, "read+clean"):
        doc = clean(source)
    name = slug(doc.title)
    wants = set(options.formats)
    narrated = bool(NARRATED & wants) and _voiced(doc, options, source.name, wants)
    wants -= set() if narrated else {"mp3"}
    reading = _spoken(doc) if NARRATED & wants else None  # a page without audio reads none
    files: dict[str, tuple[str, bytes]] = {}
    stop = threading.Event()  # set when this thread fails or is interrupted
    with ThreadPoolExecutor(1) as narrator:
        try:
            pending = None
            if narrated:
                progress("narrating", STAGE_SHARE["narrating"])
                pending = narrator.submit(_narrate, doc, reading, options, _stoppable(progress, stop),
                                          workers, seconds)
                if workers <= 1:  # one core to use: the PDF waits instead of running beside
                    pending.result()
            images = {}
            if wants & {"html", "pdf", "epub"}:
                from access.render.images import embed_images

                images = embed_images(doc, fetch=options.fetch_images, public=options.public_images)
            if "pdf" in wants:  # beside the narration: the page and the book need its timings
                from access.render.pdf import render_pdf

                progress("pdf", STAGE_SHARE["pdf"])
                with _timed(seconds, "pdf"):
                    pdf = render_pdf(doc, text_size=options.text_size, page_size=options.page_size,
                                     images=images)
                files["pdf"] = (f"{name}.pdf", pdf)
            narration = pending.result() if pending else None
        except BaseException:  # Ctrl-C, or the PDF failed: the narration stops at its next
            stop.set()  # sentence, not at the article's end (leaving waits for it)
            raise
    audio_seconds = narration.duration if narration else None
    if narration and "mp3" in wants:
        files.update(_audio_files(name, narration))
    if "html" in wants:
        from access.render.html import render_html

        progress("html", STAGE_SHARE["html"])
        with _timed(seconds, "html"):
            page = render_html(doc, audio_file=f"{name}.mp3" if "mp3" in files else None,
                               images=images, reading=reading,
                               timings=narration.timings if "mp3" in files else None)
        files["html"] = (f"{name}.html", page.encode("utf-8"))
    if "epub" in wants:
        from access.render.epub import render_epub

        progress("epub", STAGE_SHARE["epub"])
        with _timed(seconds, "epub"):
            files["epub"] = (f"{name}.epub", render_epub(doc, reading, narration, images=images))
    if "json" in wants:
        progress("json", STAGE_SHARE["json"])
        files["json"] = (f"{name}.json", to_json(doc).encode("utf-8"))
    facts = {"title": doc.title, "lang": doc.lang, "dir": doc.dir, "source": key.source, "site": doc.site,
             "byline": doc.byline, "date": doc.date, "reading_minutes": reading_minutes(doc),
             "audio_seconds": audio_seconds,
             "voice": narration.voice if narration else None, "key": key.__dict__}
    return Rendered(name, files, facts, audio_seconds, seconds)


def _voiced(doc: Document, options: Options, name: str, wants: set[str]) -> bool:
    """Whether a voice can read the article: when none can (no voice of its language, and its
    letters not the default voice's), the MP3 is not made and the EPUB carries no narration,
    with a warning; asked for the MP3 alone, the article fails in one line."""
    from access.render.audio.voices import unvoiced

    reason = unvoiced(options.engine, options.voice, doc.lang, f"{doc.title}\n{doc.text}")
    if not reason:
        return True
    if wants <= {"mp3"}:
        raise AccessError(f"{name}: {reason}")
    warn(f"{name}: {reason}")
    return False


def _spoken(doc: Document):
    """The article's sentences as the narration speaks them."""
    from access.document.reading import build_reading
    from access.speech import speech_script

    return speech_script(build_reading(doc))


class Stopped(Exception):
    """The narration was stopped: the conversion it was for failed or was interrupted."""


def _stoppable(progress: Progress, stop: threading.Event) -> Progress:
    """``progress``, raising Stopped in the narration once ``stop`` is set."""
    def told(stage: str, fraction: float) -> None:
        if stop.is_set():
            raise Stopped
        progress(stage, fraction)

    return told


def _narrate(doc: Document, reading, options: Options, progress: Progress, workers: int,
             seconds: dict[str, float]):
    """The narration of the article, its progress told within the narrating share."""
    from access.render.audio import narrate

    start, share = STAGE_SHARE["narrating"], STAGE_SHARE["html"] - STAGE_SHARE["narrating"]
    with _timed(seconds, "audio"):
        kwargs = {"rate": options.rate} if options.rate else {}
        return narrate(doc, voice=options.voice, volume=options.volume,
                       pause_scale=options.pause_scale, wav=options.wav, reading=reading,
                       progress=lambda done: progress("narrating", start + share * done),
                       engine=options.engine, workers=workers, **kwargs)


def _audio_files(name: str, narration) -> dict[str, tuple[str, bytes]]:
    """The narration's files: kind → file name and bytes."""
    from access.render.audio.captions import to_json as timings_json
    from access.render.audio.captions import to_webvtt

    files = {"mp3": (f"{name}.mp3", narration.mp3)}
    if narration.wav:
        files["wav"] = (f"{name}.wav", narration.wav)
    files["vtt"] = (f"{name}.vtt", to_webvtt(narration.timings).encode("utf-8"))
    files["timings"] = (f"{name}.timings.json", timings_json(narration.timings).encode("utf-8"))
    return files


def write(rendered: Rendered, folder: Path) -> Result:
    """Put the article's files and manifest into ``folder``, replacing it whole."""
    listing = {kind: {"name": name, "bytes": len(data)}
               for kind, (name, data) in rendered.files.items()}
    facts = {**rendered.manifest, "files": listing}
    with staged_folder(folder) as stage:
        for name, data in rendered.files.values():
            (stage / name).write_bytes(data)
        (stage / manifest.MANIFEST).write_text(json.dumps(facts, indent=2, ensure_ascii=False),
                                               encoding="utf-8")
    final = {kind: folder / name for kind, (name, _data) in rendered.files.items()}
    final["manifest"] = folder / manifest.MANIFEST
    return Result(folder, final, rendered.audio_seconds, rendered.stage_seconds)


def _monotone(progress: Progress) -> Progress:
    """Progress from two threads, told in order: the fraction never goes back."""
    lock, highest = threading.Lock(), [0.0]

    def tell(stage: str, fraction: float) -> None:
        with lock:
            highest[0] = max(highest[0], fraction)
            progress(stage, highest[0])

    return tell


@contextmanager
def _timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    seconds[stage] = round(time.perf_counter() - start, 4)
