"""The speech script: the exact words each utterance hands the engine, after normalisation.

The Reading keeps each sentence's original ``text`` (timings, captions, read-along); this
stage only fills ``speech``, from the text and the document's language."""

from __future__ import annotations

from access.document.reading import Reading
from access.speech.normalise import normalise

__all__ = ["normalise", "script_lines", "speech_script"]


def speech_script(reading: Reading) -> Reading:
    """The Reading with every sentence's speech normalised for its language."""
    return reading.with_speech(lambda sentence: normalise(sentence.text, reading.lang))


def script_lines(reading: Reading) -> list[str]:
    """One line per utterance, as the engine will be handed it."""
    return [" ".join(sentence.speech.split()) for sentence in speech_script(reading).sentences]
