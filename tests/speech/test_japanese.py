"""Japanese is narrated: its kanji reach espeak-ng as kana (access/speech/kana.py), which the
Japanese voice reads, where it names each kanji "Chinese letter"; compared as the engine's
phonemes, so what is checked is what a listener hears."""

from pathlib import Path

import pytest

from access.speech import normalise

from .phonemes import phonemes

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "scripts" / "ja.txt"
CHINESE_LETTER = "tS'aIni:z"  # espeak-ng -x, before its stress marks are dropped


def test_the_engine_names_no_kanji_of_a_japanese_article():
    import subprocess

    def said(text: str) -> str:
        return subprocess.run(["espeak-ng", "-q", "-x", "-v", "ja", text], capture_output=True,
                              text=True, check=True).stdout

    lines = [line for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert said("\n".join(lines)).count(CHINESE_LETTER) > 100  # the engine alone
    spoken = said("\n".join(normalise(line, "ja") for line in lines))
    assert len(spoken) > 1000 and CHINESE_LETTER not in spoken


@pytest.mark.parametrize("text, say", [
    ("売り上げは子ども食堂へ", "うりあげわこどもしょくどーえ"),  # the particles は, へ said wa, e
    ("町の人を信じてよかった", "まちのひとおしんじてよかった"),  # 人 as a word of its own: hito
    ("集まったお金で新しい冷蔵庫を買う", "あつまったおかねであたらしーれーぞーこおかう"),
    ("本棚に並んだ古本は一冊百円", "ほんだなにならんだふるほんわいちさつひゃくえん"),
    ("売り上げは十五万円を超えた。", "うりあげわじゅーごまんえんおこえた。"),
    ("政府は３月９日、", "せーふわさんがつここのか、"),  # full-width digits; the day's reading
    ("23日に2人が", "にじゅうさんにちにふたりが"),
    ("4月から10月まで、午後9時に4人で", "しがつからじゅうがつまで、ごごくじによにんで"),  # "juu tsuki"
    ("売り上げは12000円", "うりあげわいちまんにせんえん"),  # the engine: "juu ni sen"
    ("約1,000人が3.5%増えた", "やくせんにんがさんてんごぱーせんとふえた"),  # "san go percent"
    ("スマホ・タブレット向けのアプリ", "すまほ たぶれっとむけのあぷり"),  # the dot: spelled
])
def test_a_japanese_sentence_is_said_as_written(text, say):
    assert phonemes(normalise(text, "ja"), "ja") == phonemes(say, "ja") != phonemes(text, "ja")


def test_latin_letters_against_kana_leave_the_kana_read():
    """espeak-ng spells a word of Latin letters and kana letter by letter, naming ー and the
    voicing marks ("Japanese letter"): the two are set apart."""
    said = phonemes(normalise("フリーWi-Fiの利用時に", "ja"), "ja")
    assert said == phonemes("ふりー Wi-Fi のりよーじに", "ja") != phonemes("ふりーWi-Fiのりよーじに", "ja")


def test_nothing_said_is_lost_to_the_tagger():
    """MeCab reads a C string: what followed a NUL was dropped; a text of no words is none."""
    assert normalise("東京\x00大阪", "ja") == "トーキョー オーサカ"
    assert normalise("", "ja") == normalise(" \n", "ja") == ""
