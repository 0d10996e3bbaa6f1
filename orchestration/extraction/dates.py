"""Calendar dates in news text and in metadata values, resolved against the publication date.

Wire copy rarely writes a full date for the event it reports: it says "on Tuesday",
"yesterday", "on March 12" or "the same day". The engagement extractor needs those as
calendar dates, so every mention is resolved here by documented, pure rules:

* weekday ("on Tuesday", "Monday evening"): the most recent such day ON OR BEFORE the
  publication date (`resolve_weekday`); "last Tuesday" is strictly before it and
  "next Tuesday" strictly after it.
* month and day without a year ("on March 12"): the occurrence nearest to the publication
  date, so a story of 2024-01-18 puts "October 19" in 2023 and "February 5" in 2024.
* "on the 27th": that day in the publication month, or in the month before when the day
  has not come yet.
* "the same day", "the next day", "a day earlier", "two days later": relative to the last
  date resolved before it in the same text (kind "anaphoric").
* "last week", "earlier this month": kind "vague", no date; "in May": kind "month", no date
  (the period parser turns months into spans).

Numeric dates: ISO ("2024-04-01", also inside datetimes) and day-first with dots
("01.04.2024"). Slashed dates are not read from running text (US and European orders
clash); `parse_date` reads them day-first unless the first part cannot be a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

#: Month names and abbreviations (lower case) -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_ABBREVIATED_WEEKDAYS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")


def _title_and_upper(names: list[str]) -> str:
    """Alternation of names as Title and UPPER case only: "may" the verb must not match."""
    forms = {v for name in names for v in (name.title(), name.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


#: Regex source for a month name or abbreviation (Title or UPPER case, optional dot).
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
MONTH_PATTERN = (
    rf"(?:(?:{_title_and_upper(_FULL_MONTHS)})(?![A-Za-z])"
    rf"|(?:{_title_and_upper([m for m in MONTHS if m not in _FULL_MONTHS])})\.?(?![A-Za-z]))"
)
_WEEKDAY_PATTERN = _title_and_upper(list(WEEKDAYS))
_ORDINAL = r"(?:st|nd|rd|th)"
_PART_OF_DAY = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven)"

_DATE = re.compile(
    rf"""
    (?P<iso>(?<![\d-])(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})(?![\d-]))
    | (?P<dotted>(?<![\d.])(?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?P<dot_y>\d{{4}})(?![\d.]))
    | (?P<mdy>(?:(?P<mdy_wd>{_WEEKDAY_PATTERN}),?\s+)?(?P<mdy_m>{MONTH_PATTERN})\s+
        (?P<mdy_d>\d{{1,2}}){_ORDINAL}?(?:\s*[-–]\s*(?P<mdy_d2>\d{{1,2}}){_ORDINAL}?)?(?![\d:])
        (?:,?\s+(?P<mdy_y>\d{{4}})(?!\d))?)
    | (?P<dmy>(?:(?P<dmy_wd>{_WEEKDAY_PATTERN}),?\s+)?(?:the\s+)?(?<![\d.])(?P<dmy_d>\d{{1,2}}){_ORDINAL}?
        (?:\s*[-–]\s*(?P<dmy_d2>\d{{1,2}}){_ORDINAL}?)?\s+(?:of\s+)?(?P<dmy_m>{MONTH_PATTERN})
        (?:,?\s+(?P<dmy_y>\d{{4}})(?!\d))?)
    | (?P<relative>(?P<rel_word>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow
        |last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)){_PART_OF_DAY})
    | (?P<anaphoric>(?i:(?:the\s+)?(?:same|previous|next|following)\s+day|that\s+(?:same\s+)?day
        |the\s+day\s+(?:before|after)|(?P<ana_n>{_COUNT})\s+days?\s+(?P<ana_dir>earlier|later|before|after)))
    | (?P<weekday>(?:(?P<wd_mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?
        (?P<wd>{_WEEKDAY_PATTERN})(?:'s)?{_PART_OF_DAY.replace("part", "wd_part")})
    | (?P<vague>(?i:(?:last|this|next|past|coming|earlier\s+this|later\s+this|earlier\s+last)
        \s+(?:week|weekend|month)))
    | (?P<nth>(?i:\bon\s+the\s+)(?P<nth_d>\d{{1,2}}){_ORDINAL}\b
        (?:(?P<nth_month>\s+of\s+(?:this|last|the\s+previous)\s+month)
        |(?!\s+of\s+{MONTH_PATTERN})(?!\s+(?!of\b)[a-z])))
    | (?P<month>(?i:\b(?:in|since|until|till|by|from|during|of|early|late|mid|end\s+of|beginning\s+of)
        [\s-]+)(?P<month_m>{MONTH_PATTERN})(?:,?\s+(?P<month_y>\d{{4}})(?!\d))?(?![\w-]))
    """,
    re.VERBOSE,
)

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_NUMERIC = re.compile(r"^\s*(\d{1,4})[./](\d{1,2})[./](\d{1,4})\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date-like expression: offsets into the text, the resolved day (or None), its kind.

    kind: "absolute" (day, month and year written), "month_day" (year inferred), "weekday",
    "relative" (yesterday/today/tomorrow), "anaphoric" (the same day, a day later),
    "day_of_month" ("on the 27th"), "month" (month without day; date None) or "vague"
    (last week; date None). `date_end` is set for day ranges ("January 15-17").
    """

    start: int
    end: int
    date: date | None
    text: str
    kind: str
    date_end: date | None = None


def resolve_weekday(weekday: int, published: date, after: bool = False) -> date:
    """The most recent `weekday` (Monday=0) on or before `published`.

    This is the labelling rule: a story published on Monday 2024-05-13 saying "on Monday"
    means 2024-05-13. With `after=True` it is the first such day strictly after `published`
    (for "next Monday").
    """
    if after:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def month_day_nearest(month: int, day: int, published: date) -> date | None:
    """The date with this month and day nearest to `published` (previous, same or next year)."""
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(y, month, day)) is not None]  # fmt: skip
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - published).days), d > published))


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `published` where possible."""
    mentions: list[DateMention] = []
    anchor: date | None = None
    for m in _DATE.finditer(text):
        mention = _mention(m, published, anchor)
        if mention is None:
            continue
        mentions.append(mention)
        if mention.date is not None and mention.kind not in ("month", "vague"):
            anchor = mention.date
    return mentions


def parse_date(text: str, published: date | None = None) -> date | None:
    """A date from a metadata value: ISO date or datetime (the written local date is kept,
    the offset ignored), "2024/04/01", "20240401", "01.04.2024" / "01/04/2024" (day first
    unless the first part cannot be a day), "April 1, 2024", "1 April 2024", RFC 2822
    ("Mon, 01 Apr 2024 10:00:00 +0000"). A month and day without a year needs `published`.
    """
    iso = _ISO_PREFIX.match(text) or _COMPACT.match(text)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    numeric = _NUMERIC.match(text)
    if numeric:
        a, b, c = (int(g) for g in numeric.groups())
        if len(numeric.group(1)) == 4:
            return _safe_date(a, b, c)
        if len(numeric.group(3)) != 4:
            return None
        return _safe_date(c, a, b) if b > 12 else _safe_date(c, b, a)
    for mention in find_dates(text, published):
        if mention.kind in ("absolute", "month_day") and mention.date is not None:
            return mention.date
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _mention(m: re.Match[str], published: date | None, anchor: date | None) -> DateMention | None:
    """Build the mention for one regex match; None when the match is not a real date."""
    kind = m.lastgroup
    start, end, text = m.start(), m.end(), m.group()
    if m.group("iso"):
        day = _safe_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        return None if day is None else DateMention(start, end, day, text, "absolute")
    if m.group("dotted"):
        day = _safe_date(int(m.group("dot_y")), int(m.group("dot_m")), int(m.group("dot_d")))
        return None if day is None else DateMention(start, end, day, text, "absolute")
    for prefix in ("mdy", "dmy"):
        if m.group(prefix):
            return _calendar_mention(m, prefix, published)
    if kind == "relative":
        return DateMention(start, end, _relative(m.group("rel_word"), published), text, "relative")
    if kind == "anaphoric":
        return DateMention(start, end, _anaphoric(m, anchor), text, "anaphoric")
    if kind == "weekday":
        return DateMention(start, end, _weekday(m, published), text, "weekday")
    if kind == "vague":
        return DateMention(start, end, None, text, "vague")
    if kind == "nth":
        return _nth_mention(m, published)
    return DateMention(m.start("month_m"), end, None, m.group()[m.start("month_m") - start :], "month")


def _calendar_mention(m: re.Match[str], prefix: str, published: date | None) -> DateMention | None:
    """ "March 12, 2024", "12-14 March", "Jan. 3": a day (or day range) with a written month."""
    month = _month_number(m.group(f"{prefix}_m"))
    first, last = int(m.group(f"{prefix}_d")), m.group(f"{prefix}_d2")
    year_text = m.group(f"{prefix}_y")
    if not 1 <= first <= 31:
        return None
    if year_text:
        day, kind = _safe_date(int(year_text), month, first), "absolute"
    else:
        day, kind = (month_day_nearest(month, first, published) if published else None), "month_day"
    if day is None and (year_text or published):
        return None
    day_end = _safe_date(day.year, month, int(last)) if day and last else None
    return DateMention(m.start(), m.end(), day, m.group(), kind, day_end)


def _relative(word: str, published: date | None) -> date | None:
    if published is None:
        return None
    w = " ".join(word.lower().split())
    if w == "the day before yesterday":
        return published - timedelta(days=2)
    if w in ("yesterday", "last night"):
        return published - timedelta(days=1)
    if w == "tomorrow":
        return published + timedelta(days=1)
    return published


def _anaphoric(m: re.Match[str], anchor: date | None) -> date | None:
    if anchor is None:
        return None
    w = " ".join(m.group("anaphoric").lower().split())
    if m.group("ana_n"):
        n = m.group("ana_n").lower()
        days = int(n) if n.isdigit() else _COUNT_WORDS[n]
        return anchor + timedelta(days=days if m.group("ana_dir").lower() in ("later", "after") else -days)
    if "previous" in w or "before" in w:
        return anchor - timedelta(days=1)
    if "next" in w or "following" in w or "after" in w:
        return anchor + timedelta(days=1)
    return anchor


def _weekday(m: re.Match[str], published: date | None) -> date | None:
    if published is None:
        return None
    weekday = WEEKDAYS[m.group("wd").lower()]
    modifier = (m.group("wd_mod") or "").lower()
    if modifier in ("next", "coming"):
        return resolve_weekday(weekday, published, after=True)
    if modifier in ("last", "past"):
        return resolve_weekday(weekday, published - timedelta(days=1))
    return resolve_weekday(weekday, published)


def _nth_mention(m: re.Match[str], published: date | None) -> DateMention | None:
    """ "on the 27th": that day of the publication month, or of the month before if still ahead."""
    day_number = int(m.group("nth_d"))
    if not 1 <= day_number <= 31:
        return None
    month_words = (m.group("nth_month") or "").split()
    this_month, last_month = "this" in month_words, bool(month_words) and "this" not in month_words
    day = None
    if published is not None:
        day = _safe_date(published.year, published.month, day_number)
        if last_month or (not this_month and (day is None or day > published)):
            previous = published.replace(day=1) - timedelta(days=1)
            day = _safe_date(previous.year, previous.month, day_number)
    start = m.start("nth_d") - len("the ")
    return DateMention(start, m.end(), day, m.string[start : m.end()], "day_of_month")
