"""Lines of only a name: a name under a "by" label, names listed over several lines."""

from __future__ import annotations

import re

from access.clean.fields import bylines, wordlists
from access.clean.fields.bylines import person_name
from access.clean.rules import Rules
from access.clean.text.settings import HEADER, HeaderSettings

ROLE_BRACKET = re.compile(r"\s+\([^()]{2,80}\)\s*$")  # a role in brackets closing a line of a name
NAMED = re.compile(r"[^\W\d_][\w.'’-]*")  # a word of a name: letters, perhaps an initial's dot or a hyphen


def name_line(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line holds only a person's name: no chrome, nor a word that is chrome alone
    ("Teilen Twittern" is a share bar)."""
    names = person_name(line)
    return (bool(names) and not rules.is_residue(line)
            and not (header.chrome_words and any(rules.is_chrome(word) for word in names.split())))


def by_name(over: str, line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The name on ``line`` under ``over``, a line of only a "by" or a writer's label: a line of
    a name (``name_line``), or (``loose_by_names``) under a "by" word alone ("By", "von:"; a
    label such as "Autor" is as often a search form's option) two to four words of letters
    opening with a capital, none chrome: the "by" says a name follows, whatever words it is
    made of ("Mobasir hassan"), or (``bracketed_role``) a name with a role in brackets after it;
    none under a reviewer's label (``reviewer_by``: "Verified by"); "" when none."""
    if header.reviewer_by and bylines.reviewer_line(over):
        return ""
    bare = ROLE_BRACKET.sub("", line) if header.bracketed_role else line
    if bare != line and name_line(bare, rules, header):
        return person_name(bare)  # "Brit Weirich (Medizinredakteurin. M.A. …)"
    if name_line(line, rules, header):
        return person_name(line)
    words = line.split()
    if not (header.loose_by_names and 2 <= len(words) <= bylines.MAX_NAME_WORDS and line[0].isupper()
            and bylines.by_word_alone(over)):
        return ""
    if (not all(NAMED.fullmatch(w) for w in words) or bylines.role_named(line)
            or not bylines.name_shaped_words(words) or wordlists.sentence_word(line)
            or rules.is_residue(line) or rules.is_chrome(line)):
        return ""
    return " ".join(words)


def names_run(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The name line at ``at`` and the names listed over the next lines with it (``name_runs``),
    joined by commas: each after a line of only a joiner ("David Brand" / "and" / "Ramsey
    Khalifeh") or of its initials (an avatar's letters: "LP" / "Luana Patriolino" / "RF" /
    "Raphael Felice"), or on a line opening with the joiner ("Sarah Hinger, Staff Attorney" /
    "& Sylvia Torres-Guillén, Director of Education Equity")."""
    return ", ".join(_run(lines, at, rules, header)[0])


def run_end(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> int:
    """The last line of the names listed from ``at`` (``names_run``)."""
    return _run(lines, at, rules, header)[1]


def _run(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> tuple[list[str], int]:
    """The names listed from ``at`` (``names_run``) and the line of the last."""
    names, i = [lines[at].strip()], at
    while header.name_runs and i + 1 < len(lines) and _joined_name(lines[i + 1], rules, header):
        names.append(lines[i + 1].strip())
        i += 1
    while header.name_runs and i + 2 < len(lines) and name_line(lines[i + 2], rules, header):
        gap, name = lines[i + 1].strip(), lines[i + 2]
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        if gap.casefold() not in bylines.joiners() and gap != initials:
            break
        names.append(name.strip())
        i += 2
    return names, i


def _joined_name(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is a joiner and a line of a name ("& Sylvia Torres-Guillén, Director")."""
    joiner, _, rest = line.strip().partition(" ")
    return joiner.casefold() in bylines.joiners() and name_line(rest, rules, header)
