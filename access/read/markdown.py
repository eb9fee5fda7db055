"""A Markdown article (a blog's source file) as the HTML page it stands for."""

from __future__ import annotations

import datetime
import html
import re
import tomllib

# Front matter: YAML between "---" lines (Jekyll, Hugo, Eleventy…) or TOML between "+++" (Hugo).
FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                          re.DOTALL)
AUTHOR_KEYS = ("author", "authors", "byline")
DATE_KEYS = ("date", "published", "pubDate", "publishDate")
SUMMARY_KEYS = ("description", "summary", "excerpt", "subtitle")


def markdown_page(text: str) -> str:
    """The page: its front matter's title, author, date and summary as the page's metadata;
    its body (CommonMark and its tables, by markdown-it-py) as the article, so that headings,
    lists, quotes and links reach the document; HTML written inside it (a figure, an embed) is
    the page's, cleaned as any saved page's is."""
    from markdown_it import MarkdownIt

    fields, body = front_matter(text)
    article = MarkdownIt("commonmark").enable("table").render(body)
    head = _head(fields)
    return f"<!doctype html><html><head>{head}</head><body><article>{article}</article></body></html>"


def front_matter(text: str) -> tuple[dict, str]:
    """The front matter's fields (empty when it has none or cannot be read) and the text after it."""
    found = FRONT_MATTER.match(text)
    if not found:
        return {}, text
    try:
        if found.group(1) == "+++":
            fields = tomllib.loads(found.group(2))
        else:
            import yaml

            fields = yaml.safe_load(found.group(2))
    except Exception:  # (any parser error: the fields are lost, never the article)
        fields = {}
    if fields is not None and not isinstance(fields, dict):  # prose between two rules ("---"): no fields
        return {}, text
    return fields or {}, text[found.end():]


def _head(fields: dict) -> str:
    """``<title>`` and ``<meta>`` elements for the fields the cleaner reads from a page."""
    title = _first_text(fields, ("title",))
    author = ", ".join(_names(_first(fields, AUTHOR_KEYS)))
    date = _iso(_first(fields, DATE_KEYS))
    summary = _first_text(fields, SUMMARY_KEYS)
    parts = [f"<title>{html.escape(title)}</title>" if title else ""]
    parts += [f'<meta name="{name}" content="{html.escape(value)}">' for name, value in
              (("author", author), ("date", date), ("description", summary)) if value]
    return "".join(parts)


def _first(fields: dict, keys: tuple[str, ...]) -> object:
    return next((fields[key] for key in keys if fields.get(key)), None)


def _first_text(fields: dict, keys: tuple[str, ...]) -> str:
    value = _first(fields, keys)
    if isinstance(value, int | float) and not isinstance(value, bool):  # title: 1984
        value = str(value)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _names(value: object) -> list[str]:
    """An author field's names: a string, or a list of strings or of entries with a "name" (never
    deeper: YAML aliases can make a list hold itself, or lists of lists that flatten to millions)."""
    names = []
    for item in value if isinstance(value, list) else [value]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(" ".join(name.split()))
    return names


def _iso(value: object) -> str:
    """A date field as ISO 8601 (YAML reads a bare 2024-03-05 as a date already)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value.strip() if isinstance(value, str) else ""
