"""What the narrator says, and the one-line errors around the speech engine."""

import subprocess
import sys
import wave

import pytest

from access.document import Document, Figure, Heading, ListBlock, Note, Paragraph, Quote, Table, runs
from access.document.reading import build_reading
from access.document.sentences import UTTERANCE_CHARS, bounded, split_sentences

from .conftest import SAMPLE, run_cli


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Dr. J. R. R. Tolkien wrote it in the U.S. in 1937. It sold well.", "en",
     ["Dr. J. R. R. Tolkien wrote it in the U.S. in 1937.", "It sold well."]),
    ("\u201cWe will go,\u201d he said. \u201cWill you?\u201d She nodded.", "en",
     ["\u201cWe will go,\u201d he said.", "\u201cWill you?\u201d", "She nodded."]),
    ("It cost $2.5 million, i.e. a lot. Mr. Smith left at 5 p.m. on Monday.", "en",
     ["It cost $2.5 million, i.e. a lot.", "Mr. Smith left at 5 p.m. on Monday."]),
    ("Le Dr Martin est arrivé à 10 h. Il est reparti.", "fr",
     ["Le Dr Martin est arrivé à 10 h.", "Il est reparti."]),
    ("Ein Satz. Noch einer!", "xx", ["Ein Satz.", "Noch einer!"]),
])
def test_sentences_survive_abbreviations_quotes_and_initials(text, lang, expected):
    assert split_sentences(text, lang) == expected


def _spoken(doc: Document) -> list[tuple[str, str]]:
    return [(chapter.title, s.text) for chapter in build_reading(doc).chapters
            for s in chapter.sentences]


def test_plan_reads_title_byline_sections_and_figures_as_images():
    doc = Document("Bridge reopens", [
        Paragraph(runs("The bridge reopened on Monday.")),
        Figure("https://example.org/a.jpg", alt="Cars queue on the bridge at dawn",
               caption="The bridge on Monday."),
        Figure("https://example.org/b.jpg", alt="The bridge", caption="The bridge at night."),
        Heading(2, "What comes next"),
        ListBlock(False, [runs("Tolls stay"), runs("Buses return")]),
        Quote([Paragraph(runs("It is a relief."))], attribution="A commuter"),
        Table([["Day", "Cars"]], [["Mon", "900"]]),
        Note("Reporting by the news desk."),
    ], byline="By Ana Ruiz", lang="en")
    assert _spoken(doc) == [
        ("Bridge reopens", "Bridge reopens"),
        ("Bridge reopens", "By Ana Ruiz."),
        ("Bridge reopens", "The bridge reopened on Monday."),
        ("Bridge reopens", "Image: The bridge on Monday."),
        ("Bridge reopens", "Image description: Cars queue on the bridge at dawn"),
        ("Bridge reopens", "Image: The bridge at night."),  # alt adds nothing: not read
        ("What comes next", "What comes next"),
        ("What comes next", "Tolls stay"),
        ("What comes next", "Buses return"),
        ("What comes next", "It is a relief."),
        ("What comes next", "— A commuter"),
        ("What comes next", "A table follows in the text version."),
        ("What comes next", "Reporting by the news desk."),
    ]


def test_plan_speaks_the_document_language():
    doc = Document("Le pont", [Figure(None, caption="Le pont lundi.")], byline="Ana Ruiz",
                   lang="fr")
    assert [text for _title, text in _spoken(doc)] == ["Le pont", "Par Ana Ruiz.",
                                                       "Image : Le pont lundi."]


def test_sample_plan_speaks_only_the_article(sample_doc):
    """Residue dropped by the cleaner never reaches the voice: every utterance is article text."""
    article = " ".join(f"{sample_doc.title} {sample_doc.text}".split())
    spoken = [text.removeprefix("Image: ") for _title, text in _spoken(sample_doc)]
    assert all(text in article for text in spoken)
    assert len(" ".join(spoken)) > 0.95 * len(" ".join(sample_doc.text.split()))


def test_clip_is_espeak_ngs_whole_utterance(tmp_path):
    """Every sample espeak-ng makes for a sentence reaches the clip: nothing cut, none lost."""
    sentence = "The ferry runs again from Monday, twelve minutes each way."
    code = ("import sys; from access.render.audio.engines import EngineSpec, build; "
            f"sys.stdout.buffer.write(build(EngineSpec('pyttsx3', 'gmw/en-us')).synthesize({sentence!r}))")
    ours = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    reference = tmp_path / "reference.wav"
    subprocess.run(["espeak-ng", "-v", "gmw/en-us", "-s", "175", "-w", str(reference), sentence],
                   check=True)
    with wave.open(str(reference)) as clip:
        assert len(ours) // 2 == clip.getnframes() > 22050


def test_unknown_voice_is_one_line_naming_the_fix(tmp_path):
    result = run_cli("convert", str(SAMPLE), "-f", "mp3", "--voice", "klingon-opera",
                     "-o", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "access: error: unknown voice 'klingon-opera'; run 'access voices' to list installed ones"]
    assert not list(tmp_path.iterdir())


def test_missing_engine_is_one_line_naming_the_fix(tmp_path):
    """Python's own 'not installed' (a None entry in sys.modules), then the real CLI."""
    code = ("import sys; sys.modules['pyttsx3'] = None; sys.argv = ['access', 'convert', "
            f"{str(SAMPLE)!r}, '-f', 'mp3', '-o', {str(tmp_path)!r}]; "
            "from access.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "pip install pyttsx3" in lines[0], lines


def test_voices_lists_installed_voices_by_language():
    result = run_cli("voices", "--lang", "fr")
    ids = [line.split()[0] for line in result.stdout.decode().splitlines()]
    assert result.returncode == 0 and "roa/fr" in ids
    assert all("fr" in line for line in result.stdout.decode().splitlines())


def test_sentences_have_ids_in_order_and_spans_into_their_part():
    from access.document import Inline, Paragraph
    from access.document.reading import split_runs

    para = Paragraph([Inline("The ferry runs again. It takes "), Inline("twelve", style="em"),
                      Inline(" minutes. "), Inline("Tickets", href="https://example.org/t"),
                      Inline(" cost two euros.")])
    doc = Document("Ferry returns", [para, ListBlock(False, [runs("One. Two.")])], lang="en")
    reading = build_reading(doc)
    assert [s.id for s in reading.sentences] == [f"s{i}" for i in range(len(reading.sentences))]
    body = reading.in_part(0)
    text = "".join(run.text for run in para.inlines)
    assert [text[slice(*s.span)] for s in body] == [s.text for s in body] == [
        "The ferry runs again.", "It takes twelve minutes.", "Tickets cost two euros."]
    groups = split_runs(para.inlines, body)
    assert [sid for sid, _ in groups] == ["s1", None, "s2", None, "s3"]
    assert ["".join(r.text for r in runs_) for _, runs_ in groups] == [
        "The ferry runs again.", " ", "It takes twelve minutes.", " ", "Tickets cost two euros."]
    assert [r.style for r in groups[2][1]] == [None, "em", None]
    assert groups[4][1][0].href == "https://example.org/t"
    assert [s.text for s in reading.in_part(1, ("item", 0))] == ["One.", "Two."]
    assert reading.in_part(-1, ("title",))[0].id == "s0"


def test_a_sentence_longer_than_an_utterance_is_cut_at_its_last_spaces():
    """A 1 MB "sentence" went to the engine whole; each piece is now at most UTTERANCE_CHARS,
    cut at a space where there is one, and the pieces are the sentence again."""
    words = " ".join(f"word{n}" for n in range(1_000))  # 7,889 characters, no full stop
    pieces = bounded(words, 2_000)
    assert [len(p) for p in pieces] == [1_993, 1_999, 1_999, 1_895]
    assert " ".join(pieces) == words
    assert all(len(p) + len(" word999") > 2_000 for p in pieces[:-1])  # no word more fitted
    assert bounded("M" * 4_500, 2_000) == ["M" * 2_000, "M" * 2_000, "M" * 500]
    assert bounded("A short one.", 2_000) == ["A short one."]


def test_a_long_run_is_read_in_utterances_its_spans_in_order():
    """100,000 "M"s in a paragraph: sentences no longer than UTTERANCE_CHARS whose spans cover
    the text, so captions and read-along still follow it."""
    text = "The word is " + "M" * 100_000 + " and that is all."
    reading = build_reading(Document("Odd", [Paragraph(runs(text))]))
    body = [s for s in reading.sentences if s.block == 0]
    assert max(len(s.text) for s in body) <= UTTERANCE_CHARS
    assert "".join(text[s.span[0]:s.span[1]] for s in body).replace(" ", "") == text.replace(" ", "")
    assert [s.text for s in body] == [text[s.span[0]:s.span[1]] for s in body]
