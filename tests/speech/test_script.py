"""The speech script: what each utterance hands the engine, printed by `access script`."""

import importlib
import logging

from access.document.reading import build_reading
from access.speech import normalise, script_lines, speech_script

from ..conftest import SAMPLE, run_cli


def test_script_prints_one_utterance_a_line_and_nothing_else(sample_doc):
    result = run_cli("script", str(SAMPLE))
    assert result.returncode == 0 and result.stderr == b""
    lines = result.stdout.decode().splitlines()
    assert lines == script_lines(build_reading(sample_doc))
    assert len(lines) == len(build_reading(sample_doc).sentences)
    assert any("two hundred forty-two million dollars" in line for line in lines)
    assert any("October eighteenth, twenty twenty-four" in line for line in lines)
    assert not any("$" in line or "Oct." in line for line in lines)


def test_speech_changes_only_the_speech(sample_doc):
    plain = build_reading(sample_doc)
    spoken = speech_script(plain)
    assert [s.text for s in spoken.sentences] == [s.text for s in plain.sentences]
    assert [s.id for s in spoken.sentences] == [s.id for s in plain.sentences]
    assert sum(s.speech != s.text for s in spoken.sentences) >= 5


def test_languages_without_rules_pass_through_and_rules_follow_the_language():
    assert normalise("$5 le 1er", "ko") == "$5 le 1er"
    assert normalise("Oct. 18, 2024", "en-GB").startswith("October eighteenth")
    assert normalise("le 18/10/2024", "fr") == "le dix-huit octobre deux mille vingt-quatre"
    assert normalise("am 18. Oktober", "de") == "am achtzehnten Oktober"
    assert normalise("Felipe VI", "es") == "Felipe sexto"


def test_script_of_a_missing_file_is_one_line(tmp_path):
    result = run_cli("script", str(tmp_path / "nothing.txt"))
    assert result.returncode == 1 and len(result.stderr.decode().splitlines()) == 1


def test_every_table_reads_every_case_of_every_language_without_a_failing_pass(caplog):
    """Each language's table is handed the texts of all the others' cases (an Italian article
    quotes "3 x 4 m", a German one "R$ 50 mil"): no pass may fail for a word its table lacks
    (a failing pass is passed over and logged, so the narration is made, but said worse)."""
    from .phonemes import cases

    texts = [case["text"] for group in cases().values() for case in group]
    with caplog.at_level(logging.WARNING, logger="access.speech.normalise"):
        for lang in cases():
            for text in texts:
                normalise(text, lang)
    assert not caplog.records, caplog.records[0].getMessage()


def test_a_pass_that_fails_leaves_the_text_as_the_passes_before_made_it(monkeypatch, caplog):
    """A pass raising (a table missing a word) costs only what it would have said."""
    module = importlib.import_module("access.speech.normalise")

    def broken(table, text):
        raise KeyError("times")

    monkeypatch.setattr(module, "PASSES", (module._money, broken, module._numbers))
    with caplog.at_level(logging.WARNING, logger="access.speech.normalise"):
        said = module.normalise("It costs $5 for 3 people.", "en")
    assert said == "It costs five dollars for three people."
    assert "broken passed over" in caplog.records[0].getMessage()
