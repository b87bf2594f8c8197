"""How the report shows a value: numbers, dates, percentages and links, in the report's language."""
from __future__ import annotations

import datetime as dt
import re

from reports.i18n import format_number
from reports.safety import web_url

LINK_TEXT_CHARS = 70

_PLACEHOLDER = re.compile(r"\{\w+\}")
_EXAMPLE_TEMPLATE = re.compile(r"\s*\([^()]*\{example\w*\}[^()]*\)")
# Rendered labels end with "(ex. URL ...)" / "(e.g. URL ...)"; the report shows those URLs as links.
_EXAMPLE_TEXT = re.compile(r"\s*\((?:ex\.|e\.g\.)[^()]*\)")


def link(url) -> dict:
    """Display text plus an href only for http(s) URLs; anything else stays plain text."""
    text = "" if url is None else str(url)
    href = web_url(url)
    # The scheme and a home page's slash only take room; the full address stays in the tooltip.
    shown = re.sub(r"^https?://", "", text).rstrip("/") if href else text
    short = shown if len(shown) <= LINK_TEXT_CHARS else shown[: LINK_TEXT_CHARS - 1] + "…"
    return {"text": short, "title": text, "href": href}


def without_examples(label: str) -> str:
    """A fired rule's label without its "(ex. URL ...)" tail (the report shows those URLs as links)."""
    return _EXAMPLE_TEXT.sub("", label).strip() or label


def rule_text(template: str | None) -> str:
    """A rule's label template made generic: examples dropped, values shown as N."""
    if not template:
        return ""
    return _PLACEHOLDER.sub("N", _EXAMPLE_TEMPLATE.sub("", template)).strip()


def num(value, language: str, digits: int = 0, trim: bool = False) -> str:
    """A number in the language's style; None is empty, anything else its text."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, (int, float)):
        return format_number(value, language, digits, trim)
    return str(value)


def positive(value) -> bool:
    try:
        return float(value) > 0
    except (TypeError, ValueError):
        return False


def iso(value) -> str:
    """A date (or datetime) as YYYY-MM-DD."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value)


def pct(part, whole, language: str, digits: int = 0) -> str:
    """part/whole as a percentage (0 without a whole)."""
    sign = "\u00a0%" if language == "fr" else "%"  # French typography spaces the sign, English does not
    value = 100 * (part or 0) / whole if whole else 0
    return format_number(value, language, digits) + sign
