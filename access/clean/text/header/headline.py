"""The headline picked among the candidates: past standfirsts, kickers, bylines and captions."""

from __future__ import annotations

import re
from dataclasses import replace

from access.clean.fields import bylines
from access.clean.fields.bylines import person_name, with_names
from access.clean.rules import Rules
from access.clean.text.header.candidates import Candidate, title_candidates
from access.clean.text.header.meta import byline_of, byline_or_day_line, date_line, is_meta, meta_line
from access.clean.text.header.title_score import asks, content_words, opening_words, title_score
from access.clean.text.lines import word_count
from access.clean.text.score import is_heading_like, running_text
from access.clean.text.settings import HEADER, HeaderSettings

NAV_MARKS = re.compile(r"\s[|•›»/>]\s|[|•›>]")  # a menu's or a trail's separators ("Kultur | Bücher")
TRAIL_HEAD = 3  # a line holding the headline's first words is a trail leading to it


def heading_over_text(lines: list[str], span: range, rules: Rules, header: HeaderSettings = HEADER) -> int:
    """The first line in ``span`` shaped as a headline (short, ending no sentence, or asking)
    that a paragraph follows and the headline rules take: with no headline found above the
    body, the headline opening it under a blog's motto or the post's day ("Man muss dem Leben
    immer um mindestens einen Whisky voraus sein (Humphrey Bogart)" over "Termine Whisky
    Tastings Januar – Mai 2020 Halle/Saale und Dessau"); not a salutation ending in a comma, which
    the paragraph goes on from ("Liebe_r Besucher_in,"); -1 when none."""
    return next((i for i in span if i + 1 < len(lines) and running_text(lines[i + 1])
                 and not lines[i].endswith(",")
                 and (is_heading_like(lines[i]) or (header.asking_title and asks(lines[i])))
                 and not is_meta(lines[i], rules)
                 and title_score(lines[i], 0, rules, header=header) is not None), -1)


def pick_title(lines: list[str], at: int, rules: Rules,
                header: HeaderSettings = HEADER) -> tuple[str, int]:
    """The most headline-like line in the few lines above ``at``, nearer ones preferred."""
    if header.thread_title and (thread := _thread_title(lines, at, rules, header)) >= 0:
        return lines[thread], thread
    candidates = title_candidates(lines, at, rules, header, header.span_lines)
    best = max(candidates, key=lambda c: c.score) if candidates else None
    weak = best is None or best.score < header.opening_weight  # (no line reads as a headline)
    if header.far_lookback and weak and (far := _far_candidates(lines, at, rules, header)):
        candidates, weak = far, False
        best = max(candidates, key=lambda c: c.score)
    if header.lone_word and weak and _lone_word(lines, at, rules, header):
        return lines[at - 1], at - 1
    if best is None:
        opening = opening_headline(lines, -1, None, at, rules, header) if header.opening_head else -1
        return (lines[opening], opening) if opening >= 0 else ("", -1)
    best_at = best.at
    if header.dek_words and word_count(lines[best_at]) >= header.dek_words:
        over = _headline_over_dek(lines, best_at, [c.at for c in candidates], header)
        if header.dek_below:
            over = _headline_under_kicker(lines, best_at, over, candidates, header)
        if not header.dek_score or next(c.score for c in candidates if c.at == over) >= header.dek_score:
            best_at = over  # (a section label over a long headline reads as none: "Editorial y …")
    ats = {c.at for c in candidates if not c.stop}
    if header.meta_reach:  # (a headline over the byline the best is under needs one word of the opening)
        best_at = _headline_over_meta(lines, best_at, ats, at, rules, header, best.under)
    if header.standfirst_words:
        best_at = _headline_over(lines, best_at, ats, at, rules, header)
    if header.kicker_words and not (best.under and best_at != best.at):  # (not back under the header)
        best_at = _headline_under(lines, best_at, ats, at, header)
    if header.repeat_by_byline:  # the same headline again, where its byline is
        best_at = next((i for i in range(at - 1, max(-1, at - 1 - header.lookback), -1)
                        if lines[i] == lines[best_at] and meta_line(lines[i + 1: i + 3], rules, header)),
                       best_at)
    if header.opening_head:
        score = next((c.score for c in candidates if c.at == best_at), best.score)
        best_at = opening_headline(lines, best_at, score, at, rules, header)
    return lines[best_at], best_at


def _thread_title(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> int:
    """Where a forum thread's title is: the line just over the nearest thread-starter label above
    the body, ``far_lookback`` lines up at most ("Jede Nacht verliert Pepe soviel Dreck aus dem
    Fell" over "Themenstarter Pepemaus" over "Beginndatum 27. September 2018"; the body found in
    a later post), when the headline rules take it; -1 when none."""
    label = next((i for i in range(at - 1, max(-1, at - 1 - header.far_lookback), -1)
                  if bylines.starter_name(lines[i])), -1)
    if label > 0 and title_score(lines[label - 1], 0, rules, header=header) is not None:
        return label - 1
    return -1


def _far_candidates(lines: list[str], at: int, rules: Rules,
                    header: HeaderSettings = HEADER) -> list[Candidate]:
    """With no line in reach reading as a headline, the candidates ``far_lookback`` lines above
    the body, their distance not counted, that share the opening's words as a headline does
    (``far_score`` at least): the body found far under its headline, past a mega-menu, a
    ticker's or a sidebar's list ("Fogo Unia Leszno - RM Solar Falubaz Zielona Góra" sixty
    lines over "Koniec. Fogo Unia Leszno nie pozostawiła złudzeń …"); [] when none."""
    far = replace(header, lookback=header.far_lookback, distance_cost=0.0)
    found = title_candidates(lines, at, rules, far, header.span_lines)
    return [c for c in found if c.score >= header.far_score]


def _lone_word(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether the line just over the body is a headline of one word ("Zeitphilosophie",
    "Hope!"): a word of letters opening with a capital, ending in no full stop or colon, that
    the headline rules take, over running text (a label heads a list: "Składniki", "Info").
    Asked only of a header where no line reads as a headline (none scores what one word of the
    opening gives): a label over the body yields to any line that does."""
    line = lines[at - 1] if 0 < at < len(lines) else ""
    return (word_count(line) == 1 and line[0].isalpha() and line[0].isupper()
            and not line.endswith((".", ":")) and running_text(lines[at])
            and title_score(line, 0, rules, header=header, stop=True) is not None)


def opening_headline(lines: list[str], best: int, score: float | None, at: int, rules: Rules,
                      header: HeaderSettings = HEADER) -> int:
    """The headline among the short lines the body opens on when no header stands above it
    ("Eilmeldung" / "Britische Regierung bestätigt …" / "Frank Witzel erhält Deutschen Buchpreis
    2015" over "Frankfurt/Main (dpa) - Für einen Roman …"; a breadcrumb trail, a widget over it):
    the best above (``best``, scoring ``score``; -1 and None when none) is not just over the
    body and no byline or date line is between them (a menu's item, the site's name or motto).
    The last line before the body's first running text, ``opening_head`` lines into it at most,
    past a share bar's lines, shaped as a headline (or asking), no name, byline or date line and
    no salutation the text goes on from ("Sehr geehrte Damen und Herren,"), is the headline when
    it outscores the best on the opening below it by more than a word of the opening counts
    (``opening_weight``: a photo's caption under a header the rules do not read, "Isabel Caro,
    Rocío Latorre y José Miguel Wilson" / "Hace 13 horas", shares the lead's words as its
    headline does); ``best`` otherwise."""
    if (best >= 0 and best >= at - 1) or any(byline_or_day_line(lines[i], rules, header)
                                             for i in range(max(best + 1, at - header.lookback), at)):
        return best
    first = next((i for i in range(at, min(len(lines), at + header.opening_head))
                  if running_text(lines[i])), -1)
    head = first - 1
    while head >= at and rules.is_chrome(lines[head]):
        head -= 1
    if first < 0 or head < at:
        return best
    line = lines[head]
    if (not (is_heading_like(line) or asks(line)) or line.endswith(",") or person_name(line)
            or byline_or_day_line(line, rules, header)):
        return best
    own = title_score(line, 0, rules, opening_words(lines, head + 1, header), header)
    return head if own is not None and (score is None or own > score + header.opening_weight) else best


def _headline_over_dek(lines: list[str], best: int, ats: list[int], header: HeaderSettings = HEADER) -> int:
    """The headline over a long standfirst that outscored it: a candidate at most ``dek_reach``
    lines above it of ``dek_headline_words`` or more, shorter than it. ``dek_nearest``: only
    the nearest candidate above is asked (one further up, past a shorter headline, is a
    caption or a kicker: "Foto von Josh Willink von Pexels" over "Alleinerziehende: …")."""
    above = [i for i in ats if 0 < best - i <= header.dek_reach]
    if header.dek_nearest:
        above = sorted(above, reverse=True)[:1]
    return next((i for i in above if header.dek_headline_words <= word_count(lines[i])
                 < word_count(lines[best])), best)


def _headline_under_kicker(lines: list[str], best: int, over: int, candidates: list[Candidate],
                           header: HeaderSettings = HEADER) -> int:
    """The headline just under a long kicker that outscored it: the candidate on the line below
    the best, of ``dek_headline_words`` or more and shorter than it, scoring more than ``over``
    (the headline the best would yield to above it: a tag line, "TemasCorte SupremaOrganismos de
    derechos humanos" over "Todo listo para la movilización que convocan …" over "\"La Corte
    Suprema no imparte justicia sino injusticia\""); ``over`` otherwise."""
    scores = {c.at: c.score for c in candidates}
    below = best + 1
    if (below in scores and header.dek_headline_words <= word_count(lines[below]) < word_count(lines[best])
            and scores[below] > scores.get(over, float("-inf")) and over != best):
        return below
    return over


def _headline_over_meta(lines: list[str], best: int, ats: set[int], at: int, rules: Rules,
                        header: HeaderSettings = HEADER, under: bool = False) -> int:
    """The headline over the header's byline or date line when the best stands below it: a
    headline comes before its byline and day, and what follows them is a photo's caption
    ("Prime Minister … greets US Congresswoman Maxine Waters"), a tag cloud, a subheading or
    a standfirst. The first candidate above a byline or date line (a line of two capitalised
    words may be a name or a menu's item: "Neue Rechte") at most ``meta_reach`` lines above
    the best, shaped and worded like a headline (``_heads``), no name alone (a place's in the
    site's header, "Ciudad de Panamá" over today's date, or a user's) and no trail ending in the best
    ("Lokales Lübeck So lief die Auktion …" over "18:34 19.10.2019" over "So lief die Auktion …").
    ``meta_block``: a share bar's lines do not count in the reach, and a name over the date line
    is the byline block's, passed ("By" / "Todd Bates" / "Date" / "February 5, 2020" / "Share" /
    "Facebook" / … / "Print" between the headline and a standfirst). ``under``: the best is the
    body's first line under the header's byline or date line (``under_meta``): the line over
    them heads when it shares a word with the opening (or, in a script without case, is no
    shorter), though shaped like a name (``_named``)."""
    crossed, reach = under, header.meta_reach
    for i in range(best - 1, -1, -1):
        line = lines[i]
        if header.meta_block and rules.is_chrome(line):
            continue  # (a share bar between the byline block and the best: "Share", "Facebook", …)
        reach -= 1
        if reach < 0:
            break
        if is_meta(line, rules) or date_line(line, header) or byline_of(line, rules, header):
            crossed = True
        elif crossed and i in ats:
            named = _named(line, lines, at, header) if under else bool(person_name(line))
            if named and header.meta_block:
                continue  # the byline block's name ("By" / "Todd Bates" / "Date" / "February 5, 2020")
            trail = line.endswith(lines[best])
            heads = (_heads(line, lines, at, header, 1 if under else 0)
                     or (under and _uncased_over(line, lines[best])))
            return i if heads and not trail and not named else best
    return best


def _named(line: str, lines: list[str], at: int, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is a person's name alone that the opening does not name: a writer's
    (a headline shaped like a name, "FINA Weltmeisterschaften VERSCHOBEN", the opening names)."""
    return bool(person_name(line)) and not _heads(line, lines, at, header, 1)


def _uncased_over(line: str, under: str) -> bool:
    """Whether a line in a script without case over the header's byline or date line heads the
    line under it: at least as long as it (its words are too short to be counted among the
    opening's, and a subtitle is shorter: "엘제이-류화영 진흙탕 싸움, …" over "기사입력 :[ 2018-08-25 ]"
    over "엘제이의 리벤지인가, …")."""
    cased = any(map(str.islower, line)) or any(map(str.isupper, line))
    return not cased and not NAV_MARKS.search(line) and word_count(line) >= word_count(under)


def _headline_over(lines: list[str], best: int, ats: set[int], at: int, rules: Rules,
                   header: HeaderSettings = HEADER) -> int:
    """The headline over a standfirst that outscored it (a longer summary shares more of the
    opening's words, and stands nearer): a shorter candidate of ``standfirst_words`` or more
    just above the best (or above a byline or date line just above it), shaped and worded
    like a headline (``_heads``), and no trail leading to the best. ``said_above``: also one
    of any length just above it that the page said before (a most-read box's first item) and
    the best never was, sharing a word with the opening ("Adolescente encontrada morta …, confirma
    irmã" over "Gestação era mantida em segredo pela vítima e a irmã")."""
    up = best - 1 if best - 1 in ats else best - 2
    if up not in ats or (up < best - 1 and not meta_line([lines[best - 1]], rules, header)):
        return best
    line = lines[up]
    if header.between_copies and up > 0 and lines[up - 1] == lines[best]:
        return best  # (the best said again just over it: a promo between the headline's two copies)
    said = line in lines[:up] and lines[best] not in lines[:best]
    if (header.said_above and said and up == best - 1 and word_count(line) >= header.standfirst_words
            and _heads(line, lines, at, header, 1)):
        return up
    if (not header.standfirst_words <= word_count(line) < word_count(lines[best])
            or " ".join(lines[best].split()[:TRAIL_HEAD]) in line):
        return best
    return up if _heads(line, lines, at, header) else best


def _headline_under(lines: list[str], best: int, ats: set[int], at: int,
                    header: HeaderSettings = HEADER) -> int:
    """The headline under a kicker that outscored it (a section label or a column's name of
    up to ``kicker_words`` words over it): the first candidate at most ``kicker_reach`` lines
    below the best, longer than it and shaped and worded like a headline (``_heads``).
    ``kicker_names``: a label naming whom an interview is with ("Interview mit Autorin Katrin
    Kämpf") is a kicker too, of any length, over a headline of any length."""
    named = header.kicker_names and header.kicker_words > 0 and bool(with_names(lines[best]))
    if word_count(lines[best]) > header.kicker_words and not named:
        return best
    below = next((i for i in range(best + 1, best + 1 + header.kicker_reach) if i in ats), -1)
    if below < 0 or (word_count(lines[below]) <= word_count(lines[best]) and not named):
        return best
    shared = 1 if named else header.head_shared  # (an interview's opening is its first question)
    return below if _heads(lines[below], lines, at, header, shared) else best


def _heads(line: str, lines: list[str], at: int, header: HeaderSettings = HEADER, shared: int = 0) -> bool:
    """Whether a line reads as a headline beside a kicker or a standfirst: it shares
    ``head_shared`` words with the article's opening, has a lower-case letter (not a kicker's
    shout, "CONTINUA DEPOIS DA PUBLICIDADE"; so a line in a script without case never
    qualifies) and no menu's separators ("Kultur | Bücher"); ``shared`` words instead when given."""
    if not any(map(str.islower, line)) or NAV_MARKS.search(line):
        return False
    return len(content_words(line) & opening_words(lines, at, header)[1]) >= (shared or header.head_shared)


def colon_kicked(lines: list[str], title_at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The headline with its first part when a site splits it over two lines: the line just over
    it ends in a colon, has ``colon_kicker`` words at least (a form's label, "Suche nach:", has
    fewer), is no label the residue list names ("Sie sind hier:") and without its colon the
    headline rules take it ("Krach vor der VW-Betriebsversammlung:" over "Es knirscht zwischen
    Diess und Aufsichtsräten"); the headline alone otherwise."""
    over, title = lines[title_at - 1], lines[title_at]
    if (not over.endswith(":") or word_count(over) < header.colon_kicker or title.endswith(":")
            or rules.is_listed(over)):  # (a label the residue list names: "Sie sind hier:")
        return title
    joined = f"{over} {title}"
    shaped = title_score(over[:-1].rstrip(), 0, rules, header=header) is not None
    return joined if shaped and word_count(joined) <= header.max_words else title
