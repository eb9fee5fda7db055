"""Language tags (BCP 47): a document's ``lang`` may carry a script and a region (es-SV,
zh-Hant-TW); whatever looks a language up (voices, phrases, speech rules, sentences, fonts,
direction) asks for its primary subtag here, and only speech reads the region."""

from __future__ import annotations

import re
from collections import Counter

SUBTAGS = re.compile(r"[A-Za-z0-9]+")


def base_language(lang: str) -> str:
    """"ar" for "ar-EG", "zh" for "zh_Hant", "es" for "es-SV": what to look a language up by."""
    return lang.replace("_", "-").split("-")[0].casefold().strip()


def language_tag(declared: str) -> str:
    """A declared language ("es_SV", "ES-sv", "zh-hant-tw", "en-US-x-foo") as a BCP 47 tag of
    its language, script and region, cased as written conventionally (es-SV, zh-Hant-TW); ""
    when it names no language."""
    primary, *rest = SUBTAGS.findall(declared.split(",")[0]) or [""]  # Content-Language: "es-SV, en"
    if not primary.isalpha() or not 2 <= len(primary) <= 3:
        return ""
    tag = [primary.casefold()]
    if rest and len(rest[0]) == 4 and rest[0].isalpha():
        tag.append(rest.pop(0).title())
    if rest and ((len(rest[0]) == 2 and rest[0].isalpha()) or (len(rest[0]) == 3 and rest[0].isdigit())):
        tag.append(rest[0].upper())
    return "-".join(tag)


def declared_language(*declared: str) -> str:
    """The first of the page's declarations that names a language, as a tag; a region (or
    script) a later one of the same language gives added (lang="es", og:locale "es_SV")."""
    tags = [t for d in declared if d and (t := language_tag(d))]
    if not tags:
        return ""
    first = tags[0]
    if "-" in first:
        return first
    return next((t for t in tags if "-" in t and base_language(t) == first), first)


def detected_with_region(detected: str, declared: str) -> str:
    """The language told from the text, keeping the declared tag (its region: es-SV) when the
    two agree on the language; the detected one alone when they do not."""
    return declared if declared and base_language(declared) == base_language(detected) else detected


def with_chinese_script(lang: str, text: str) -> str:
    """"zh" told as "zh-Hant" when its text has more traditional letters than simplified ones
    (letters ICU's Hant-Hans transliteration changes, against those Hans-Hant changes): the
    language model names Chinese alone, and a traditional text drawn in the simplified font
    took the mainland's glyph forms. Any other tag as it is."""
    if lang != "zh":
        return lang
    import icu

    letters = Counter(c for c in text[:5000] if "\u3400" <= c <= "\u9fff")
    to_simplified = icu.Transliterator.createInstance("Hant-Hans")
    to_traditional = icu.Transliterator.createInstance("Hans-Hant")
    traditional = sum(n for c, n in letters.items() if to_simplified.transliterate(c) != c)
    simplified = sum(n for c, n in letters.items() if to_traditional.transliterate(c) != c)
    return "zh-Hant" if traditional > simplified else lang
