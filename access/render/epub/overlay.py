"""The EPUB media overlay: one SMIL ``par`` per spoken sentence, clipped from the timings."""

from __future__ import annotations

from lxml import etree

SMIL_NS = "http://www.w3.org/ns/SMIL"
EPUB_NS = "http://www.idpf.org/2007/ops"


def clock(seconds: float) -> str:
    """A SMIL full clock value, "h:mm:ss.fff" (media:duration, clips)."""
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    return f"{hours}:{minutes:02d}:{millis / 1000:06.3f}"


def overlay_smil(text_href: str, audio_href: str, timings: list, element_of: dict[str, str]) -> bytes:
    """The SMIL document: each timing's sentence, shown by ``element_of[id]`` in ``text_href``,
    with its clip of ``audio_href``."""
    smil = etree.Element(f"{{{SMIL_NS}}}smil", nsmap={None: SMIL_NS, "epub": EPUB_NS},
                         version="3.0")
    body = etree.SubElement(smil, f"{{{SMIL_NS}}}body")
    for timing in timings:
        par = etree.SubElement(body, f"{{{SMIL_NS}}}par", id=f"par-{timing.id}")
        etree.SubElement(par, f"{{{SMIL_NS}}}text", src=f"{text_href}#{element_of[timing.id]}")
        etree.SubElement(par, f"{{{SMIL_NS}}}audio", src=audio_href,
                         clipBegin=clock(timing.start), clipEnd=clock(timing.end))
    return etree.tostring(smil, xml_declaration=True, encoding="utf-8", pretty_print=True)
