"""world_months.toml holds what dateparser's CLDR data names each month (built here; reading the
file takes a few milliseconds where building it took over a hundred).

    python -m tests.clean.test_world_months   # rewrite the file from the installed dateparser
"""

from __future__ import annotations

import json
from importlib import resources

from access.clean.fields.dates import MONTH_NUMBERS, world_months

MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
# Characters a name needs: shorter forms ("ag", "kol") are left to months.toml, and so are
# short ones in plain ASCII, English words among them ("any", "can", "pro": "iPhone 12 pro 2021").
MIN_WORLD_MONTH, MIN_ASCII_MONTH = 3, 5
HEADER = """\
# Month names in the 200-odd languages of dateparser's CLDR data (full, genitive and short
# forms), casefolded, by month; a name two languages give to different months ("listopad":
# November in Czech, October in Croatian) is left out. Read by access.clean.fields.dates.world_months
# (months.toml's own names win). Written by: python -m tests.clean.test_world_months
"""


def cldr_months() -> dict[str, int]:
    """Each month name of dateparser's languages (each language once: its regional variants
    name months alike) with its number, when no two languages give it different months."""
    from dateparser.data.languages_info import language_order
    from dateparser.languages.loader import default_loader

    numbers: dict[str, set[int]] = {}
    for language in language_order:
        locale = default_loader.get_locale(language)
        for number, key in enumerate(MONTH_KEYS, 1):
            for name in locale.info.get(key, ()):
                name = name.casefold().rstrip(".")
                if len(name) >= (MIN_ASCII_MONTH if name.isascii() else MIN_WORLD_MONTH):
                    numbers.setdefault(name, set()).add(number)
    return {name: found.pop() for name, found in numbers.items() if len(found) == 1}


def months_file(months: dict[str, int]) -> str:
    """world_months.toml's text: each month's names, sorted, one line a month."""
    rows = ""
    for month in range(1, 13):
        names = sorted(name for name, number in months.items() if number == month)
        rows += f"  [{', '.join(json.dumps(n, ensure_ascii=False) for n in names)}],\n"
    return f"{HEADER}names = [\n{rows}]\n"


def test_world_months_file_is_dateparsers():
    """The file says what the installed dateparser says (rewrite it after upgrading dateparser)."""
    stored = resources.files("access.clean.rules").joinpath("world_months.toml").read_text(encoding="utf-8")
    assert stored == months_file(cldr_months())


def test_world_months_reads_other_languages_and_keeps_our_own():
    months = world_months()
    assert months["rugpjūčio"] == 8  # Lithuanian genitive
    assert months["ஆகஸ்ட்"] == 8  # Tamil
    assert "listopad" not in months  # November in Czech, October in Croatian
    assert all(months[name] == number for name, number in MONTH_NUMBERS.items())


if __name__ == "__main__":
    path = resources.files("access.clean.rules").joinpath("world_months.toml")
    path.write_text(months_file(cldr_months()), encoding="utf-8")
