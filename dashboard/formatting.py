"""How numbers, periods and evidence read on the dashboard.

Trade figures span eleven orders of magnitude and many period shapes (calendar years,
quarters, halves, months, year-to-date, fiscal years). Readers compare them at a glance,
so every figure gets one short, unambiguous form: "$31.4 bn", "Q1 2024", "Jan–Sep 2024".
"""

from __future__ import annotations

import html
import math
from datetime import date, timedelta

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: Period shapes a chart may put on one axis without comparing unlike lengths.
PERIOD_KINDS = {
    "year": "Calendar years",
    "half": "Half-years",
    "quarter": "Quarters",
    "month": "Months",
    "other": "Other periods",
}

_QUOTE = '<blockquote style="margin:0 0 .6em 0;padding:.1em .8em;border-left:4px solid #4C78A8">'

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k"))


def _trim(number: float, decimals: int = 2) -> str:
    """`31.40` -> `31.4`, `157.50` -> `157.5`, `7.00` -> `7`: no noise digits, no lost ones."""
    return f"{number:,.{decimals}f}".rstrip("0").rstrip(".")


def scaled(value: float) -> str:
    """A magnitude in words a trade reader expects: 31_400_000_000 -> "31.4 bn"."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{_trim(value / size)} {word}"
    return _trim(value)


def axis_unit(largest: float) -> tuple[float, str]:
    """The divisor and word for a chart axis whose largest value is `largest`: (1e9, "billion")."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(largest) >= size:
            return size, word
    return 1.0, ""


def usd(value: float | None) -> str:
    """A US-dollar amount, or a plain statement that no exchange rate was known."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "no USD rate"
    sign = "-" if value < 0 else ""
    return f"{sign}${scaled(abs(value))}"


def amount(value: float, currency: str) -> str:
    """An amount as the article stated it: "169.6 bn EUR"."""
    return f"{scaled(value)} {currency}"


def percent(value: float | None) -> str:
    """A signed change, "+30%" / "-3.1%"; empty when none was stated."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:+,.1f}%".replace(".0%", "%")


def _months_between(start: date, end: date) -> int | None:
    """Whole months covered by [start, end] when both ends fall on month boundaries."""
    after = end + timedelta(days=1)
    if start.day != 1 or after.day != 1:
        return None
    return (after.year - start.year) * 12 + after.month - start.month


def period_kind(start: date, end: date) -> str:
    """Which of PERIOD_KINDS a period is; fiscal years and year-to-date figures are "other"."""
    months = _months_between(start, end)
    if months == 12 and start.month == 1:
        return "year"
    if months == 6 and start.month in (1, 7):
        return "half"
    if months == 3 and start.month in (1, 4, 7, 10):
        return "quarter"
    if months == 1:
        return "month"
    return "other"


def period_label(start: date, end: date) -> str:
    """Short name of a period: "2023", "H1 2024", "Q3 2024", "Mar 2024", "Jan–Sep 2024"."""
    kind = period_kind(start, end)
    if kind == "year":
        return str(start.year)
    if kind == "half":
        return f"H{1 if start.month == 1 else 2} {start.year}"
    if kind == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if kind == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if _months_between(start, end) is not None:
        if start.year == end.year:
            return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
        return f"{_MONTHS[start.month - 1]} {start.year}–{_MONTHS[end.month - 1]} {end.year}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"


def evidence_html(sentence: str, mark_start: int | None, mark_end: int | None) -> str:
    """The evidence sentence as HTML with the figure itself marked.

    HTML rather than Markdown because news text is full of characters Markdown would
    reinterpret ("$157.5 billion ... $104.3 billion" would turn into LaTeX). Offsets that
    do not fall inside the sentence (older rows, odd extractions) mark nothing rather
    than the wrong words.
    """
    if mark_start is None or mark_end is None or not 0 <= mark_start < mark_end <= len(sentence):
        return f"{_QUOTE}{html.escape(sentence)}</blockquote>"
    before, figure, after = sentence[:mark_start], sentence[mark_start:mark_end], sentence[mark_end:]
    marked = f"<mark><b>{html.escape(figure)}</b></mark>"
    return f"{_QUOTE}{html.escape(before)}{marked}{html.escape(after)}</blockquote>"
