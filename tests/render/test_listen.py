"""The reading page's player has an accessible name (WCAG 4.1.2)."""

from bs4 import BeautifulSoup


def test_audio_player_is_named(sample_output):
    soup = BeautifulSoup(sample_output.files["html"].read_text(encoding="utf-8"), "lxml")
    audio = soup.find("audio")
    assert audio is not None and audio.get("aria-label", "").strip()
