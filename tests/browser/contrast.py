"""WCAG contrast ratio of two computed CSS colours ("rgb(r, g, b)")."""

from __future__ import annotations

import re


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(css: str) -> float:
    r, g, b = (float(x) for x in re.findall(r"[\d.]+", css)[:3])
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
