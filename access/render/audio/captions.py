"""Captions and read-along data from sentence timings: WebVTT and JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Timing:
    """One spoken sentence: where it comes from and when it is heard."""

    id: str  # the sentence's id in the Reading ("s0", …): cue ids, page spans and SMIL share it
    sentence: int
    block: int  # index into the document's blocks; -1 for the title and byline
    chapter: int
    text: str
    start: float
    end: float


def _clock(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def to_webvtt(timings: list[Timing]) -> str:
    """One cue per sentence, its cue id the sentence's id."""
    cues = ["WEBVTT", ""]
    for timing in timings:
        text = timing.text.replace("-->", "→")
        cues += [timing.id, f"{_clock(timing.start)} --> {_clock(timing.end)}", text, ""]
    return "\n".join(cues)


def to_json(timings: list[Timing]) -> str:
    return json.dumps([asdict(t) for t in timings], ensure_ascii=False, indent=1) + "\n"
