"""How the candidates are combined: every switch of the choice, judged by benchmarks/html_sitecv.py."""

from __future__ import annotations

from dataclasses import dataclass

from access.clean.html.pick.prose import BLOCK_TAGS


@dataclass(frozen=True)
class PickSettings:
    """How the candidates are combined; every field is judged by benchmarks/html_sitecv.py."""

    mode: str = "edges"  # trafilatura | readability | edges
    port: bool = True  # readability as trafilatura's port of it, not the readability-lxml package
    segments: bool = True  # ... the port merging an article set in several containers into the best one
    main_frame: bool = True  # ... the port taking the page's <main> over a container in no <article>
    uncommented: bool = True  # ... the port reading the page without its comments (one beside an
    # empty box made it raise: no readability candidate)
    leads: bool = True  # ... putting a standfirst/dek box above its best container, in the same
    # <article> or <main>, on top (readability-lxml 0.9; access.clean.html.editorial_leads)
    disagree: float = 0.5  # candidates sharing less than this are two different texts
    scrap: float = 0.15  # a chosen text this much shorter than the other is a scrap of the page
    denser: bool = False  # of two different texts the denser is chosen (else trafilatura's)
    shared: float = 0.6  # a block whose shingles the other candidate keeps this much is shared
    edge_keep: float = 0.5  # an edge trim keeps at least this share of the words
    keep_prose: bool = True  # ... of the words kept and of the running prose cut (not teaser lines)
    edge_prose: bool = True  # an edge trim stops at running prose next to the shared part
    edge_passes: tuple[str, ...] = BLOCK_TAGS  # ... past one such block with prose beyond it
    tail_heads: bool = False  # ... below, past a subheading too (else a new section only the base
    # kept after the shared part ends it: a box's label over its blurb, 'About us', 'Partners')
    edge_picture: bool = True  # ... past a picture with its caption or credit, or two pictures
    lead_heads: int = 12  # ... past a heading this long ending like a sentence, above (a lead)
    edge_gallery: bool = True  # ... past a subheading with the pictures under it, above
    edge_run: int = 2  # an edge trim keeps a run of this many prose paragraphs, and all within
    edge_sections: bool = True  # ... above, also each under a subheading of its own
    edge_other: float = 0.25  # no edge trim when the other candidate has fewer words than this share
    short_shared: bool = True  # a block under a shingle long is shared when the other has it whole
    repeats_unshared: bool = True  # the first shared block is not, when a later block repeats it
    repeats_whole: bool = True  # ... unless the other candidate has it whole, as a block of its own
    gaps: bool = True  # a block only readability kept, between two it shares that trafilatura has in a row
    gap_run: int = 4  # ... up to this many such blocks in a row
    gap_pictures: bool = True  # ... also where trafilatura has only pictures between the two
    gap_labels: bool = True  # ... or short lines that are no sentence (labels), or both
    captions: bool = True  # a short line under a picture that readability skipped is its caption
    repeats: bool = True  # a paragraph readability repeats in a row is repeated on purpose
    fallback: bool = True  # first trafilatura's own test for taking readability's text instead
    fallback_apart: bool = False  # ... also between two different texts (else only the scrap rule)
    fallback_edges: bool = True  # ... readability's article then loses what lies outside the part
    # both keep when that is mostly short lines (a related-posts list, tags; not its own prose)
    prose_apart: bool = True  # of two different texts, running prose wins over none (not a scrap)
    lead_run: int = 2  # up to this many prose paragraphs only readability has right above the
    # first block both keep, when trafilatura's article starts there, are its lead (0: never)
    lead_past: int = 2  # ... past up to this many pictures and short lines between (a credit, a stamp)
    lead_long: int = 25  # ... two sentences, or one this many words long: a news lede (0: two always)
    adjoin: int = 40  # ... both running prose, one ending this few words before the other begins
    # on the page: two pieces of one article, joined (0: never)
    overlap: bool = True  # ... or one beginning inside the other and going on past its end
    span_fit: bool = True  # ... each found where its opening words begin the span nearest its length
    shown_gap: bool = True  # ... the words between them those a reader sees (no script's)
    fuller: bool = True  # paragraphs trafilatura cut short, that readability has whole, taken whole
