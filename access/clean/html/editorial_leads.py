"""A step of readability-lxml 0.9 that trafilatura's port of it lacks (PickSettings.leads;
access.clean.html.pick.candidates.Readability calls it): in the <article> or <main> holding the best
container, a box classed as a standfirst, dek, subhead, subtitle or story lead above that
container goes at its top (0.9's ``get_editorial_leads``), where the port left it out: the
article's lead set apart from its body, beside the headline.

The other 0.9 steps were measured as switches and lost or changed nothing on the held-out
set (blockquotes scored as paragraphs, the <h2> before the best container, a lenient second
pass on a scrap, the furniture guard, inline runs grouped into paragraphs).
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from access.clean.html.segments import Density, article_frame

EDITORIAL_LEAD = re.compile(
    r"(?:^|[\s_-])(?:subhead|story[\s_-]*lead|standfirst|dek|subtitle)(?:$|[\s_-])", re.I).search
LEAD_LINKS = 0.2  # a lead box with more of its text in links is navigation


def editorial_leads(best: lxml.html.HtmlElement, density: Density) -> list[lxml.html.HtmlElement]:
    """Boxes classed as an editorial lead above ``best`` in its <article> or <main>, outermost
    only, in page order."""
    frame = article_frame(best)
    if frame is None:
        return []
    ancestors = set(best.iterancestors())
    leads: list[lxml.html.HtmlElement] = []
    for element in frame.iter(etree.Element):
        if element is best:
            break
        if element in ancestors:
            continue
        if not EDITORIAL_LEAD(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        if density(element) > LEAD_LINKS or any(a in leads for a in element.iterancestors()):
            continue
        leads.append(element)
    return leads


def put_leads(best: lxml.html.HtmlElement, density: Density) -> None:
    """The editorial leads above ``best`` moved to its top, in page order."""
    for lead in reversed(editorial_leads(best, density)):
        best.insert(0, lead)
