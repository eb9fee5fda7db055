"""CLI: the `access` command; thin click wrappers that turn errors into one-line messages."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from access import __version__
from access.errors import AccessError
from access.read import TIMEOUT_SECONDS

FORMAT_CHOICES = ("html", "pdf", "mp3", "epub", "json")
timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True), default=TIMEOUT_SECONDS,
    show_default=True,
    help="Seconds allowed for fetching a URL in all, redirects included.")


def _fail(error: AccessError) -> None:
    click.echo(f"access: error: {error}", err=True)
    sys.exit(1)


def _say(text: str) -> None:
    """Print ``text`` on standard output; a failed write (a full disk) as one AccessError."""
    try:
        click.echo(text)
    except BrokenPipeError:  # the reader went away: ended quietly by _one_line_errors
        raise
    except OSError as error:
        raise AccessError(f"cannot write to standard output: {error.strerror or error}") from error


def _one_line_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Turn any failure into one line on stderr and a non-zero exit, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs) -> None:
        try:
            command(*args, **kwargs)
        except AccessError as error:
            _fail(error)
        except BrokenPipeError:  # the reader went away (`access voices | head`): end quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("access: interrupted", err=True)
            sys.exit(130)
        except Exception as error:  # a bug: still one line, and a hint to report it
            summary = " ".join(str(error).split())[:200]
            click.echo(f"access: error: unexpected {type(error).__name__}: {summary} "
                       "(please report this)", err=True)
            sys.exit(2)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="access")
@click.option("-v", "--verbose", is_flag=True, help="Show the libraries' warnings too.")
def main(verbose: bool) -> None:
    """Turn a news or blog article into formats everyone can read or hear:
    an accessible HTML page, a tagged PDF and a narrated MP3.

    ARTICLE is a saved .html page, a .txt of text copied from a browser, a
    Markdown .md file, an http(s):// URL, or - to read standard input.
    """
    # Libraries log freely (trafilatura's fallbacks, WeasyPrint's CSS notes); a person sees
    # only our one-line results and errors unless they ask for more.
    logging.basicConfig(level=logging.WARNING if verbose else logging.CRITICAL,
                        format="access: %(name)s: %(message)s")


@main.command()
@click.argument("articles", nargs=-1)
@click.option("--from", "from_list", metavar="LIST",
              help="Read more inputs from this file, one a line (- for standard input; "
                   "blank lines and # comments are skipped).")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True,
              help="Folder to write into; each article gets its own sub-folder, and "
                   "index.html lists them all.")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
              help="Only these formats (repeat the option). Default: all.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Cores to keep busy: N articles at once, each on one core; a lone article "
              "uses all N. Default: the number of cores.")
@click.option("--force", is_flag=True, help="Convert again articles that are up to date.")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Run the conversions on this Dask cluster instead of this machine.")
@click.option("--voice", help="Narration voice, by id or name (see 'access voices').")
@click.option("--engine", default="pyttsx3", show_default=True,
              help="Speech engine: pyttsx3 (espeak-ng) or piper (natural, English).")
@click.option("--rate", type=click.IntRange(80, 400), help="Speaking rate in words per minute.")
@click.option("--volume", type=click.FloatRange(0.0, 1.0), default=1.0, show_default=True,
              help="Narration volume, 0 to 1.")
@click.option("--pauses", "pause_scale", type=click.FloatRange(0.0, 5.0), default=1.0,
              show_default=True, help="Scale the pauses between sentences and paragraphs.")
@click.option("--wav", is_flag=True, help="Also write the narration as a WAV file.")
@click.option("--text-size", default="MD", show_default=True,
              help="PDF text size: XS, SM, MD, LG, XL or XXL (LG and up is large print).")
@click.option("--page-size", default="A4", show_default=True, help="PDF page: A4, Letter or A5.")
@timeout_option
@_one_line_errors
def convert(articles: tuple[str, ...], from_list: str | None, out_dir: Path, formats: tuple[str, ...],
            jobs: int | None, force: bool, scheduler: str | None, voice: str | None,
            engine: str,
            rate: int | None, volume: float, pause_scale: float, wav: bool, text_size: str,
            page_size: str, timeout: float) -> None:
    """Convert each ARTICLE into HTML, PDF, MP3, EPUB and JSON under OUT/<title-slug>/.

    ARTICLE is a file, a folder (every .html, .htm, .xhtml, .txt and .md inside it), a URL, or -
    for standard input. Articles already converted with the same options are skipped as
    up to date. Exits 0 when nothing failed, 1 otherwise."""
    from access.cli.batch import run_command
    from access.pipeline import FORMATS, Options
    from access.read import read_list

    options = Options(formats=formats or FORMATS, voice=voice, engine=engine, rate=rate, volume=volume,
                      pause_scale=pause_scale, wav=wav, text_size=text_size, page_size=page_size,
                      timeout=timeout)
    listed = read_list(from_list) if from_list else None
    if not articles and listed is None:
        raise AccessError("give at least one ARTICLE, or --from LIST")
    sys.exit(run_command(list(articles), listed, out_dir, options, jobs, scheduler, force))


@main.command()
@click.argument("article")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text",
              show_default=True, help="JSON document model, or plain text.")
@timeout_option
@_one_line_errors
def clean(article: str, fmt: str, timeout: float) -> None:
    """Print the cleaned article: its title and body, without site chrome."""
    from access.document import to_json
    from access.pipeline import load

    doc = load(article, timeout=timeout)
    _say(to_json(doc) if fmt == "json" else f"{doc.title}\n\n{doc.text}")


@main.command()
@click.option("--lang", help="Only voices for this language code, e.g. en, fr or zh.")
@_one_line_errors
def voices(lang: str | None) -> None:
    """List every engine's narration voices installed on this machine."""
    from access.render.audio.voices import available_voices, language

    for engine, voice_id, name, languages in available_voices():
        if lang and not any(language(code) == language(lang) for code in languages):
            continue
        _say(f"{voice_id:28} {name:40} {', '.join(languages):16} {engine}")


@main.command()
@click.argument("article")
@_one_line_errors
def script(article: str) -> None:
    """Print what the narration will say: one utterance a line, after normalisation."""
    from access.convert import load
    from access.document.reading import build_reading
    from access.speech import script_lines

    _say("\n".join(script_lines(build_reading(load(article)))))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback lets other machines in.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-private-urls", is_flag=True,
              help="Let the app fetch URLs on this machine or its local network.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output") / "serve", show_default=True,
              help="Folder for the conversions' files.")
@timeout_option
@_one_line_errors
def serve(host: str, port: int, allow_private_urls: bool, out_dir: Path, timeout: float) -> None:
    """Serve the converter as a web page on this machine (http://127.0.0.1:8000/)."""
    from access.web import serve as run

    run(host, port, out_dir, allow_private_urls, announce=click.echo, timeout=timeout)
