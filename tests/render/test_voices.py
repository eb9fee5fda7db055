"""Engines and voices: one registry, every engine's voices listed, language codes aliased,
a document language without a voice read by the default voice with a one-line warning."""

from pathlib import Path

import pytest

from access.render.audio.engines import EngineSpec, build, engine_names
from access.render.audio.voices import available_voices, choose_voice, pick_voice

from ..conftest import run_cli


def test_registry_finds_both_engines_default_first():
    assert engine_names()[:1] == ("pyttsx3",) and "piper" in engine_names()


def test_available_voices_name_engine_id_and_languages():
    voices = available_voices()
    assert ("piper", "en_US-joe-medium", "Joe (English, United States)", ("en-us",)) in voices
    assert any(v[0] == "pyttsx3" and v[1] == "gmw/en-us" for v in voices)


def test_voices_lists_every_engine_and_aliases_languages():
    english = run_cli("voices", "--lang", "en").stdout.decode()
    assert "gmw/en-us" in english and "en_US-joe-medium" in english and "piper" in english
    chinese = run_cli("voices", "--lang", "zh").stdout.decode().splitlines()
    assert chinese and chinese[0].startswith("sit/cmn ")
    assert all("Chinese" in line for line in chinese)


def test_language_without_voice_falls_back_with_one_warning(capsys):
    voice = choose_voice("piper", None, "fr")
    assert voice.id == "en_US-joe-medium"
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("access: warning: no piper voice speaks 'fr'")
    assert choose_voice("pyttsx3", None, "zh").id == "sit/cmn-latn-pinyin"
    assert capsys.readouterr().err == ""


ZH = (Path(__file__).resolve().parents[1] / "data" / "scripts" / "zh.txt").read_text("utf-8")


@pytest.mark.parametrize("lang, text", [
    ("zh", ZH), ("cmn", ZH), ("hak", ZH),
    ("ko", "서울시는 올해 시내 공원 열 곳에 새 도서관을 열기로 했다고 23일 밝혔다."),
    ("yue", "香港天文台今日下午發出黃色暴雨警告信號，市民應留意最新天氣消息。"),
])
def test_chinese_korean_and_cantonese_are_read_without_english_names(lang, text):
    """espeak-ng 1.51's "cmn" voice says each character's pinyin tone number in English
    ("你好" → "ni three hao three"), its Hakka one "Chinese letter" for each: the voice chosen
    for Chinese, tagged zh, cmn or hak, reads the characters; Korean and Cantonese read theirs."""
    import subprocess

    voice = choose_voice("pyttsx3", None, lang).id.split("/")[-1]
    said = subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True, text=True,
                          check=True).stdout
    assert said.strip() and "(en)" not in said and "Tr'i:" not in said and "tS'aIni:z" not in said


def test_pick_voice_by_preference_then_language():
    from access.render.audio.engines.pyttsx3 import voices

    listed = voices()
    assert pick_voice(listed, None, "fr", "pyttsx3") == (
        next(v for v in listed if v.id == "roa/fr"), False)
    assert pick_voice(listed, None, "yue", "pyttsx3")[0].id.startswith("sit/yue")


def test_piper_speaks_a_sentence_at_its_rate():
    engine = build(EngineSpec("piper", "en_US-joe-medium"))
    faster = build(EngineSpec("piper", "en_US-joe-medium", rate=262))
    sentence = "The ferry runs again from Monday, twelve minutes each way."
    normal_seconds = len(engine.synthesize(sentence)) / 2 / engine.sample_rate
    assert 2.0 < normal_seconds < 6.0
    assert len(faster.synthesize(sentence)) < 0.8 * normal_seconds * 2 * engine.sample_rate


def test_unknown_engine_is_one_line(tmp_path):
    from ..conftest import SAMPLE

    result = run_cli("convert", str(SAMPLE), "-f", "mp3", "--engine", "nosuch", "-o", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "access: error: unknown engine 'nosuch'; choose one of: pyttsx3, piper"]


def test_a_region_without_its_own_voice_gets_its_broader_regions():
    """es-MX and es-AR: espeak-ng's Latin American Spanish, not Spain's; pt-PT and pt-AO
    Portugal's Portuguese (espeak-ng lists it as plain "pt"), not Brazil's; es-ES Spain's."""
    from access.render.audio.engines.pyttsx3 import voices

    listed = voices()
    picked = {tag: pick_voice(listed, None, tag, "pyttsx3")[0].id
              for tag in ("es-MX", "es_AR", "es-Latn-US", "es-419", "es-ES", "es", "pt-PT", "pt-AO",
                          "pt-BR", "pt", "en-JM", "en-GB")}
    assert picked == {"es-MX": "roa/es-419", "es_AR": "roa/es-419", "es-Latn-US": "roa/es-419",
                      "es-419": "roa/es-419", "es-ES": "roa/es", "es": "roa/es", "pt-PT": "roa/pt",
                      "pt-AO": "roa/pt", "pt-BR": "roa/pt-br", "pt": "roa/pt-br",
                      "en-JM": "gmw/en-029", "en-GB": "gmw/en"}
