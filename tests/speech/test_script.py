"""The speech script: what each utterance hands the engine, printed by `access script`."""

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
    assert normalise("$5 le 1er", "ja") == "$5 le 1er"
    assert normalise("Oct. 18, 2024", "en-GB").startswith("October eighteenth")
    assert normalise("le 18/10/2024", "fr") == "le dix-huit octobre deux mille vingt-quatre"
    assert normalise("am 18. Oktober", "de") == "am achtzehnten Oktober"
    assert normalise("Felipe VI", "es") == "Felipe sexto"


def test_script_of_a_missing_file_is_one_line(tmp_path):
    result = run_cli("script", str(tmp_path / "nothing.txt"))
    assert result.returncode == 1 and len(result.stderr.decode().splitlines()) == 1
