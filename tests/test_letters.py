"""access.document.letters: the cased letters written out are the ones Python's str knows."""

from __future__ import annotations

import re

from access.document.letters import LOWER, UPPER, letter_class


def test_the_letter_classes_are_the_cased_letters_of_every_cased_script():
    assert letter_class(str.isupper) == UPPER
    assert letter_class(str.islower) == LOWER
    upper, lower = re.compile(f"[{UPPER}]"), re.compile(f"[{LOWER}]")
    assert all(upper.fullmatch(c) for c in "AÄÀŁΩЖԱႠ") and not any(upper.fullmatch(c) for c in "aßжω中ا1-")
    assert all(lower.fullmatch(c) for c in "aßłωжաა") and not any(lower.fullmatch(c) for c in "AЖ中ا1-")
