"""Calendar dates in news text and in metadata values, resolved against the publication date.

Wire copy rarely writes a full date for the event it reports: it says "on Tuesday",
"yesterday", "on March 12" or "the same day". The engagement extractor needs those as
calendar dates, so every mention is resolved here by documented, pure rules:

* weekday ("on Tuesday", "Monday evening"): the most recent such day ON OR BEFORE the
  publication date (`resolve_weekday`); "last Tuesday" is strictly before it and
  "next Tuesday" strictly after it.
* month and day without a year ("on March 12"): the latest such day on or before the
  publication date, unless the next one comes within `FUTURE_MONTH_DAY_DAYS` days (news
  reports what happened; a future date without a year is an announcement for the coming
  weeks). A story of 2024-01-18 puts "October 19" in 2023 and "February 5" in 2024; one of
  2024-09-12 puts "20 February" in 2024.
* "on the 27th", "this Monday (23)": that day in the publication month, or in the month
  before when the day has not come yet.
* "the same day", "the next day", "a day earlier", "two days later": relative to the last
  date resolved before it in the same text (kind "anaphoric").
* "last week", "earlier this month": kind "vague", no date; "in May": kind "month", no date
  (the period parser turns months into spans); "in 2019", "last year", "two years ago": kind
  "year", no date.

Spanish, Portuguese and French month names are read after a day number ("22 de agosto de
2025", "on 28 de agosto", "5 août 2024"), as Latin American and European copy keeps them.

Numeric dates: ISO ("2024-04-01", also inside datetimes), day-first with dots
("01.04.2024", and "31.05.25" with two digits each), year-first with slashes or dots
("2025/06/05", "2025.06.05"), slashed or dashed with a year ("1/4/2024", "27-11-2026": a part above 12 is
the day, else day-first unless only the month-first reading lies on or before publication),
and a day and month without a year only after "on" and only where the order is sure ("on
20/02"; not "on 9/11": US and European orders clash). A slashed year of two digits is of this
century, as a dotted one is ("12/06/25", "12.06.25"), its order read by the same rule.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from orchestration.extraction.numbers import literal_alternation

#: Month names and abbreviations (lower case) -> month number.
MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

#: Spanish, Portuguese and French month names (lower case, with and without accents) -> month
#: number: Latin American and European copy in English keeps them after a day number ("22 de
#: agosto de 2025", "on 28 de agosto", "5 août 2024"). Read only after a day number, never alone
#: (alone they are names and words: "Julio", "Mayo"), and "Mars" never in Title case ("2 Mars rovers").
ROMANCE_MONTHS: Final[dict[str, int]] = {
    "enero": 1, "janeiro": 1, "janvier": 1, "febrero": 2, "fevereiro": 2, "février": 2,
    "fevrier": 2, "marzo": 3, "março": 3, "marco": 3, "mars": 3, "abril": 4, "avril": 4,
    "mayo": 5, "maio": 5, "mai": 5, "junio": 6, "junho": 6, "juin": 6, "julio": 7, "julho": 7,
    "juillet": 7, "agosto": 8, "août": 8, "aout": 8, "septiembre": 9, "setiembre": 9,
    "setembro": 9, "septembre": 9, "octubre": 10, "outubro": 10, "octobre": 10, "noviembre": 11,
    "novembro": 11, "novembre": 11, "diciembre": 12, "dezembro": 12, "décembre": 12,
    "decembre": 12,
}  # fmt: skip


def _numbered_months(names_by_month: tuple[str, ...]) -> dict[str, int]:
    """Each name -> its month's number, from twelve space-separated lists of names, January's
    first (a tuple of lines reads as a table, one month to a line)."""
    return {name: number for number, names in enumerate(names_by_month, start=1) for name in names.split()}


#: Months written short in Spanish, Portuguese, French, Italian, German, Dutch and Indonesian
#: (lower case, with and without accents) -> month number, as those papers stamp a story and
#: their agencies date a dateline ("12 ago 2025", "12 déc. 2025", "12 out 2025", "12 mrt 2025").
#: Read only in a date with its day and year (`_SHORT_MONTH_DATE`): alone, many are words
#: ("out", "set", "gen", "mag", "des").
ROMANCE_SHORT_MONTHS: Final[dict[str, int]] = _numbered_months(
    (
        "ene gen janv",
        "fev fév févr fevr",
        "mär maer mrt",
        "abr avr",
        "mai mag mei",
        "giu",
        "juil lug",
        "ago agu agt",
        "set",
        "out ott okt",
        "",
        "dic dez déc des",
    )
)

#: Month names of other languages (lower case) -> month number, as a story's stamp line, a
#: header or a page's metadata keeps them from the paper's own edition ("12 Haziran 2025", "12
#: июня 2025 г.", "12. Juni 2025", "12 Mei 2025", "12 giugno 2025", "12 czerwca 2025"): Turkish,
#: Russian, Ukrainian and Polish (the genitive, as a day is written), German, Dutch, Indonesian
#: and Malay, Italian, Romanian, Uzbek and Azerbaijani. Read only after a day number AND before
#: a year: alone, or with a day only, many are words or names ("Mart", "Mai", "Ekim").
FOREIGN_MONTHS: Final[dict[str, int]] = _numbered_months(
    (
        "ocak января січня stycznia januar jänner januari gennaio ianuarie yanvar",
        "şubat subat февраля лютого lutego februar februari febbraio februarie fevral",
        "mart марта березня marca märz maerz maart maret mac martie",
        "nisan апреля квітня kwietnia aprile aprilie aprel",
        "mayıs mayis мая травня maja mei maggio",
        "haziran июня червня czerwca juni giugno iunie iyun",
        "temmuz июля липня lipca juli julai luglio iulie iyul",
        "ağustos agustos августа серпня sierpnia augustus ogos avgust avqust",
        "eylül eylul сентября вересня września wrzesnia settembre septembrie sentabr sentyabr",
        "ekim октября жовтня października pazdziernika oktober ottobre octombrie oktabr oktyabr",
        "kasım kasim ноября листопада listopada noiembrie noyabr",
        "aralık aralik декабря грудня grudnia dezember desember disember dicembre decembrie dekabr",
    )
)
#: Each name as written in lower, Title and UPPER case -> month number (a Turkish capital "İ" or
#: "I" is lowered to no name of the table, so the forms are looked up as written).
_FOREIGN_FORM_MONTHS: Final = {
    v: n for m, n in FOREIGN_MONTHS.items() for v in (m, m.title(), m.upper(), m.replace("i", "İ").upper())
}
_FOREIGN_FORMS: Final = sorted(_FOREIGN_FORM_MONTHS)
#: Regex source for a month name of `FOREIGN_MONTHS`, lower, Title or UPPER case.
FOREIGN_MONTH_PATTERN: Final = rf"(?:{literal_alternation(_FOREIGN_FORMS)})(?![^\W\d_])"

#: How far ahead a month-and-day without a year may be read as a coming date.
FUTURE_MONTH_DAY_DAYS: Final = 60
#: A year of the last and this century written alone as a word ("2019"), for `fullmatch`.
YEAR_WORD: Final = re.compile(r"(?:19|20)\d\d")
#: Time zones by the abbreviations stamps write after a clock time ("09:12 GST", "10:31 AM EAT"):
#: datelines reads them in a live blog's entry stamps, txt_format after a header's date.
TIME_ZONES: Final = (
    "GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "GST", "AST", "PKT",
    "EAT", "CAT", "WAT", "SAST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "KST",
    "HKT", "SGT", "ICT", "WIB", "AEST", "AEDT", "AWST", "NZST", "NZDT", "TRT", "IRST", "AFT", "BDT",
    "NPT", "MYT", "PHT", "ALMT", "UZT", "AZT",
)  # fmt: skip

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
#: Abbreviated weekdays as written (Title case only, read with an optional dot): "on Tues.",
#: "last Thurs". Each is also a word or a name ("Sat", "Sun", the Mon people, the Vietnamese
#: given names Thu and Tue), so they are read only where a date is expected: after "on" or a
#: weekday modifier ("last", "this", "next"...), see `_SHORT_WEEKDAY_BEFORE`.
SHORT_WEEKDAYS: Final[dict[str, int]] = {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Weds": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4,
    "Sat": 5, "Sun": 6,
}  # fmt: skip
_WEEKDAY_NAMES: Final = {day: name for name, day in WEEKDAYS.items()}
#: Month and weekday names (lower case): the words that name a day of the calendar.
CALENDAR_NAMES: Final = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _title_and_upper(names: list[str]) -> list[str]:
    """Names as Title and UPPER case only: "may" the verb and "march" the verb must not match."""
    return sorted({v for name in names for v in (name.title(), name.upper())})


_FULL_MONTHS: Final = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
#: The twelve month names written out, lower case.
FULL_MONTHS: Final = frozenset(_FULL_MONTHS)
_ABBREVIATED_MONTHS: Final = [m for m in MONTHS if m not in _FULL_MONTHS]
#: Regex source for a month name or abbreviation (Title or UPPER case, optional dot).
MONTH_PATTERN: Final = (
    rf"(?:(?:{literal_alternation(_title_and_upper(_FULL_MONTHS))})(?![A-Za-z])"
    rf"|(?:{literal_alternation(_title_and_upper(_ABBREVIATED_MONTHS))})\.?(?![A-Za-z]))"
)
#: Regex source for a Spanish, Portuguese or French month name, lower, Title or UPPER case
#: ("Mars" is the planet).
_ROMANCE_FORMS: Final = sorted({v for m in ROMANCE_MONTHS for v in (m, m.title(), m.upper())} - {"Mars"})
ROMANCE_MONTH_PATTERN: Final = rf"(?:{literal_alternation(_ROMANCE_FORMS)})(?![^\W\d_])"
_ORDINAL: Final = r"(?:st|nd|rd|th)"
_COUNT_WORDS: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT: Final = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven)"
_YEAR: Final = r"(?P<year>\d{4})(?!\d)"
#: A year after a month and day ("May 5, 2024"; also "Jun 12,2025", with no space after the
#: comma, as some South Asian sites stamp a story: it had been no date, and only a year of this
#: or the last century is read so); the day-first branch also allows the Spanish and Portuguese
#: "de"/"del" before it ("30 de diciembre del 2022"), and the "of" of their translation into
#: English ("13 of June of 2024").
_YEAR_TAIL: Final = rf"(?:(?:,?\s+|,(?=(?:19|20)\d\d(?!\d))){_YEAR})?"

# Three scans, each opening with a character class or a literal trie so the regex engine
# skips quickly to candidates: digits, capitalised month/weekday names, and the few
# lower-case words every relative expression contains. Context before a candidate
# ("on the", "last", "in") is checked afterwards with small anchored patterns. (The digit
# scan is written "\d\d*": the engine skips ahead only for a pattern opening on a class or
# literal, which a repeat of one, "\d+", is not to its compiler.)
#: The days listed between the first and the last of a run, before its "and": the ", 11" of "10,
#: 11 and 12 June" and "June 10, 11 and 12", the serial comma allowed ("10, 11, and 12 June").
_LISTED_DAYS: Final = rf"(?:,\s*\d{{1,2}}{_ORDINAL}?)+,?"
_DIGIT_SCAN: Final = re.compile(r"\d\d*")
# (A "dmy" day with its ordinal may be followed by "day of" before the month: "on the 12th
# day of March 2025", "Done at Accra, this 8th day of May", the style of communiqués and treaties.
# Two days joined by a slash before their month are a night over both, "on the night of 11/12
# June", which a "day_month" before a month's name is not: it had been 11 December.)
_DIGIT_DATE: Final = re.compile(
    rf"""
    (?P<iso>(?<![\d-])(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})(?![\d-]))
    | (?P<dotted>(?<![\d.])(?:(?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?P<dot_y>\d{{4}})
        |(?P<dot_d2>0[1-9]|[12]\d|3[01])\.(?P<dot_m2>0[1-9]|1[0-2])\.(?P<dot_y2>\d\d))(?!\d|\.\d))
    | (?P<dot_day_month>(?<![\d.,])(?P<ddm_d>\d{{1,2}})\.(?P<ddm_m>0[1-9]|1[0-2])\.?(?!\d|\.\d|,\d))
    | (?P<slashed>(?<![\d/])(?P<sl_a>\d{{1,2}})/(?P<sl_b>\d{{1,2}})/(?P<sl_y>\d{{4}}|\d\d)(?![\d/]|\.\d))
    | (?P<day_month>(?<![\d/.,])(?P<dm_a>\d{{1,2}})/(?P<dm_b>\d{{1,2}})(?![\d/%]|[.,]\d|\s+{MONTH_PATTERN}))
    | (?P<dashed>(?<![\d+/.-])(?<![\d)]\s)(?P<da_a>\d{{1,2}})-(?P<da_b>\d{{1,2}})-
        (?P<da_y>(?:19|20)\d\d)(?![\d/-]|\.\d))
    | (?P<ymd>(?<![\d/.])(?P<ymd_y>\d{{4}})(?P<ymd_s>[/.])(?P<ymd_m>\d{{1,2}})(?P=ymd_s)(?P<ymd_d>\d{{1,2}})
        (?![\d/]|\.\d))
    | (?P<hyphened>(?<![\d/.-])(?P<hy_d>\d{{1,2}})-(?P<hy_m>{MONTH_PATTERN})-
        (?P<hy_y>(?:19|20)?\d\d)(?![\d-]))
    | (?P<dmy>(?<![\d.,])(?P<day>\d{{1,2}}){_ORDINAL}?
        (?:(?:\s*[-–]\s*|(?P<dmy_slash>/)|\s+(?:to|until|till|through)\s+(?:the\s+)?
        |(?P<dmy_and>(?P<dmy_list>{_LISTED_DAYS})?\s+and\s+(?:the\s+)?))
        (?P<day2>\d{{1,2}}){_ORDINAL}?)?
        (?:(?<=st|nd|rd|th)\s+day\s+of)?
        (?P<dot>\.)?\s+(?:(?:of\s+)?(?P<month>{MONTH_PATTERN})|(?:de\s+)?(?P<romance>{ROMANCE_MONTH_PATTERN})
        |(?P<foreign>{FOREIGN_MONTH_PATTERN}))
        (?:,?\s+(?:del?\s+|of\s+)?{_YEAR}(?:\s?(?:г\.|года(?![^\W\d_])))?)?)
    | (?P<nth>(?<![\d.,])(?P<nth_d>\d{{1,2}}){_ORDINAL}\b
        (?:(?P<nth_month>\s+of\s+(?:this|last|the\s+previous)\s+month|\s+(?:instant|inst\b\.?|ultimo|ult\b\.?))
        |(?!\s+(?!(?:of|between|with|in|at|and|when|where|after|before|during|to|for|by|as)\b)[a-z])))
    """,
    re.VERBOSE,
)
_DAY_NUMBER: Final = re.compile(r"\d+")


def _consecutive(day: int, listed: str | None, day_end: int) -> bool:
    """Whether a first day, the days listed after it and a last day follow one another ("10, 11
    and 12": a run of three days, dated by the first as "10-12" is); days apart ("3, 9 and 12")
    are separate days, no run."""
    days = [day, *(int(d) for d in _DAY_NUMBER.findall(listed or "")), day_end]
    return all(later == earlier + 1 for earlier, later in itertools.pairwise(days))


#: The century of a year written in two digits ("3-Mar-25").
_CENTURY: Final = 2000
_AFTER_DAY: Final = frozenset(" \u00a0\t\n-–.sntr/,")  # (",": the first day of "10, 11 and 12 June")
_ON_THE_BEFORE: Final = re.compile(r"(?i)\bon\s+(?P<the>the)\s+$")
_ON_BEFORE: Final = re.compile(r"(?i)\bon\s+(?:(?P<the>the)\s+)?$")

_NAME_SCAN: Final = re.compile(
    rf"(?:{literal_alternation([*_title_and_upper([*MONTHS, *WEEKDAYS]), *SHORT_WEEKDAYS])})(?![A-Za-z])"
)
#: "the" between a month and its day, as spoken English and some South Asian and Caribbean copy
#: write it: "on June the 12th", "March the 3rd, 2025"; only before an ordinal ("in June the 12
#: ministers met" is a count, no day).
_THE_BEFORE_ORDINAL: Final = rf"(?:the\s+(?=\d{{1,2}}{_ORDINAL}\b))?"
#: (A second day may follow the first with "and", as the day-first "10 and 11 June" does: "June 10
#: and 11", "June 10th and 11th"; not a count or a percentage, "June 10 and 11 percent". So may
#: a last day after "to" or "through", as in "from 10 to 12 June": "from June 10 to 12", not one of
#: the next month, "from June 28 to 3 July".)
_MONTH_DAY_TAIL: Final = re.compile(
    rf"\.?\s+{_THE_BEFORE_ORDINAL}(?P<day>\d{{1,2}}){_ORDINAL}?"
    rf"(?:(?:\s*[-–]\s*|(?P<and>(?P<list>{_LISTED_DAYS})?\s+and\s+(?:the\s+)?)"
    rf"|(?P<to>\s+(?:to|through|until|till)\s+(?:the\s+)?))"
    rf"(?P<day2>\d{{1,2}}){_ORDINAL}?(?!\s*%|\s+per|(?(to)\s+{MONTH_PATTERN}|(?!))))?"
    rf"(?![\d:]){_YEAR_TAIL}"
)
#: The first day alone, when the "and" after it joins a day that is not the next ("June 3 and 9").
_MONTH_DAY_ALONE: Final = re.compile(rf"\.?\s+{_THE_BEFORE_ORDINAL}(?P<day>\d{{1,2}}){_ORDINAL}?")
_MONTH_YEAR_TAIL: Final = re.compile(rf"(?:\.(?=,?\s+\d{{4}}))?{_YEAR_TAIL}(?![\w-])")  # "Sept. 2021"
_MONTH_PREPOSITION_BEFORE: Final = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|during|of|early|late|mid|end\s+of|beginning\s+of"
    r"|last|this|next|past)[\s-]+$"  # ("last September": a month, no day)
)
#: What opens a timeline entry before its stamp: the start of a line, maybe a bullet mark
#: ("* March 2013 - X visits Hanoi", "- 2019: Y meets Z").
_STAMP_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·▪–—][ \t]*)?$")
#: What closes a timeline entry's stamp: a dash or a colon before the entry's text.
_STAMP_AFTER: Final = re.compile(r"[ \t]*[-–—:]\s")
_WEEKDAY_TAIL: Final = re.compile(r"(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?(?![\w])")
_WEEKDAY_MODIFIER_BEFORE: Final = re.compile(r"\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+$")
#: "the following Thursday", "the previous Monday", "the preceding Friday": a weekday counted from
#: the day told before it (a day of the story's own narrative), not from publication as "last
#: Thursday" is. "The talks opened on 2 June. The ministers met again the following Thursday"
#: is 5 June; read as a bare weekday it had been the last Thursday before publication.
_WEEKDAY_ANAPHOR_BEFORE: Final = re.compile(r"\b(?:[Tt]he\s+)?(?P<mod>following|previous|preceding)\s+$")
#: What must come before an abbreviated weekday for it to be one: "on Tues.", "last Thurs".
_SHORT_WEEKDAY_BEFORE: Final = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+$")
#: "Thursday last week", "Thursday of last week".
_WEEK_AFTER: Final = re.compile(r"\s+(?:of\s+)?last\s+week\b")
#: "week" right after a weekday: "on Thursday week", the British "a week from Thursday", a day
#: ahead (not "Thursday week-long talks", "Monday week's meeting").
_WEEK_ON_AFTER: Final = re.compile(r"\s+week\b(?![-'’])")
#: "last" closing a weekday ("on Thursday last"), not opening a span ("Thursday last week", "...
#: last year") nor a time of day ("Friday last night").
_LAST_AFTER: Final = re.compile(
    r"\s+last\b(?!\s+(?:week|weekend|month|year|night|evening|morning|time|quarter|season|[A-Z]))"
)
#: Between a weekday and the date after it: "Monday, March 11", "Wednesday (May 8)", and the article
#: of a day written as an ordinal, "Wednesday, the 11th of June" (which had been two dates).
_WEEKDAY_BEFORE_DATE: Final = re.compile(r"^(?:,?\s+(?:the\s+)?|\s*\(\s*)$")
_CLOSING_PARENTHESIS: Final = re.compile(r"\s*\)")
_DAY_IN_PARENTHESES: Final = re.compile(r"\s?\((?P<day>\d{1,2})(?:st|nd|rd|th)?\)")
#: A day of the month written as an ordinal right after a weekday, with no month after it: "on
#: Thursday 12th", "on Friday the 30th", "on Thursday, the 12th," (British and South Asian copy
#: leaves the month to the reader). A month after it makes it a calendar date ("Thursday 12th
#: June"), a lower-case word other than a preposition a count ("Saturday 2nd leg").
_ORDINAL_DAY_AFTER_WEEKDAY: Final = re.compile(
    rf""",?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?![\w-])
    (?!\s+of\b|\s+(?:{MONTH_PATTERN}|{ROMANCE_MONTH_PATTERN}|{FOREIGN_MONTH_PATTERN})
    |\s+(?!(?:between|with|in|at|and|when|where|after|before|during|to|for|by|as|on)\b)[a-z])""",
    re.VERBOSE,
)

#: The label of a publication timestamp, up to its date ("Published: ", "Posted on ", "First
#: published "), also with the word "date" as CMSs print it ("Published Date: ", "Publication
#: date: ", "Publish Date: ", "Date Published: ", "Date of publication: "): a byline's or a
#: page's, read by documents.py and html_format.py. A ministry's or a firm's release stamps its
#: issue so ("Issued on: 12/06/2025", "Release Date: 12 June 2025", "Date of issue: ...",
#: "Released on ...": such a page, with no other date, had had none).
PUBLISHED_LABEL: Final = (
    r"(?:(?:first\s+)?(?:published|posted|issued|released)(?:\s+date)?(?:\s+on)?"
    r"|(?:publication|publish|release|issue)\s+date"
    r"|date\s+(?:published|posted|issued|released|of\s+(?:publication|issue|release)))\s*:?\s*"
)
#: The label of the dated part of a stamp line or header ("Updated:", "Last updated", "Published
#: on", "Date:"), before the date it stamps.
STAMP_LABEL: Final = re.compile(
    r"(?i)(?:last\s+)?(?:updated|published|posted|modified|dated|date)(?:\s+(?:on|at))?\s*:?\s*"
)

#: Words every relative expression holds ("Day" and "Week" open "Days earlier", "Weeks before");
#: a season after "last", "this", "next" ("held talks last autumn") dates to no day, as a week does.
#: "the eve" finds a bare "On the eve, X met Y" (no "of"), and "the evening" keeps the scan from
#: passing over the "evening" of "the evening before" that "the eve" would take the start of.
_SCAN_WORDS: Final = ("day", "night", "morrow", "morning", "afternoon", "evening", "week", "month",
                      "fortnight", "eve of", "the eve", "the evening", "Day", "Week", "spring", "summer",
                      "autumn", "fall", "winter")  # fmt: skip
_KEYWORD_SCAN: Final = re.compile(literal_alternation(list(_SCAN_WORDS)))
#: Words that may follow "overnight" when it is the time of what a clause tells ("spoke by
#: phone overnight with", "talks ran overnight in Geneva"), not an adjective before a noun
#: ("overnight talks", "an overnight stay") that dates nothing.
_OVERNIGHT_THEN: Final = r"(?:on|in|at|to|with|and|but|from|after|before|as|when|while|local|their|his|her)\b"
_KEYWORD_DATE: Final = re.compile(
    rf"""
    (?P<relative>(?P<rel_word>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow
        |last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today
        |(?<!happen\s)(?<!happens\s)(?<!change\s)overnight(?=\s*(?:[^\w\s]|$)|\s+(?:{_OVERNIGHT_THEN}|(?-i:[A-Z])))
        |(?P<ago_n>{_COUNT})\s+(?P<ago_unit>days?|weeks?|fortnights?)\s+ago))
        (?:\s+(?:morning|afternoon|evening|night))?\b)
    | (?P<anaphoric>(?i:(?:the\s+)?(?:same|previous|next|following)\s+(?:day|morning|afternoon|evening|night)
        |that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)
        |the\s+(?:day|morning|afternoon|evening|night)\s+(?:before|after)|on\s+the\s+eve(?:\s+of)?|(?:later|earlier)\s+in\s+the\s+day
        |the\s+(?P<ana_nth>second|third|fourth|fifth)\s+day\s+of\s+(?:the|his|her|their|its)\s+(?:[a-z-]+\s+)?
        (?:visit|stay|trip|tour)
        |(?P<ana_n>{_COUNT})\s+(?P<ana_unit>days?|weeks?|fortnights?)\s+(?P<ana_dir>earlier|later|before|after)
        (?!\s+than\b))\b)
    | (?P<vague>(?i:(?:last|this|next|past|coming|previous|following|earlier\s+this|later\s+this
        |earlier\s+last)\s+(?:weekend|week|month|spring|summer|autumn|fall|winter)|(?:over|at|during|on)\s+the\s+weekend(?!\s+of\b)|(?:earlier|later)\s+in\s+the\s+(?:week|month)|(?:days|weeks)\s+(?:earlier|later|before)(?!\s+than\b))\b)
    """,
    re.VERBOSE,
)
_KEYWORDS: Final = frozenset(["day", "days", "yesterday", "today", "tonight", "tomorrow", "night",
                              "overnight", "morning", "afternoon", "evening", "week", "weeks", "weekend",
                              "month", "fortnight", "eve of", "the eve", "the evening", "spring", "summer",
                              "autumn", "fall", "winter"])  # fmt: skip
#: "last year", "earlier this year", "two years ago": a year that dates an event to no day. Trade
#: stories say "year" everywhere ("year-on-year"), so each one is checked with two anchored
#: patterns instead of a scan of the text around it.
_YEAR_SCAN: Final = re.compile(r"[Yy]ears?(?![\w'’-])")
_YEAR_BEFORE: Final = re.compile(
    r"(?i)(?<![a-z])(?:last|this|earlier\s+this|later\s+this|earlier\s+last|the\s+previous)\s+$"
)
_YEARS_AGO: Final = re.compile(rf"(?i)(?<![a-z\d])(?:{_COUNT})\s+$")
_AGO: Final = re.compile(r"\s+ago(?![a-z])")
_KEYWORD_REACH_BACK: Final = 32
_KEYWORD_REACH_AHEAD: Final = 20

_ISO_PREFIX: Final = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_NUMERIC: Final = re.compile(r"^\s*(\d{1,4})[./](\d{1,2})[./](\d{1,4})\s*$")
#: A slashed date with its time on a 12-hour clock marked AM or PM, as US software stamps a story
#: ("06/12/2025 10:42 AM", "6/12/2025 10:42:00 PM": .NET's and Java's en-US default, Focus
#: Taiwan's byline): month first. Such a stamp had been read day first (December 6). Sites that
#: write the day first keep a 24-hour clock ("12/06/2025 10:42") or dots, which read as before.
_AMERICAN_STAMP: Final = re.compile(
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}),?\s+(?:at\s+)?[01]?\d:[0-5]\d(?::[0-5]\d)?\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,5})?\s*$"
)
#: A compact date, maybe with its time of day run on in six digits ("20250612", "20250612104200",
#: as Chinese portals stamp a story in a "ptime" meta tag; the stamp with its time had been
#: unparsed). Twelve digits are left to `_EPOCH` (milliseconds).
_COMPACT: Final = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?[0-2]\d[0-5]\d[0-5]\d)?\s*$")
#: A year-first date with a time after it, its parts set apart by dots ("2025.06.12 10:42", as
#: Korean and Japanese sites stamp a story) or by the characters of a Chinese, Japanese or
#: Korean date ("2025年6月12日", "2025년 6월 12일"): the dotted form had been read only alone on
#: its value, the others not at all.
_YEAR_FIRST: Final = re.compile(
    r"^\s*(\d{4})(?:\.(\d{1,2})\.(\d{1,2})\.?(?=$|[\sT,])"
    r"|\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일])"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date-like expression: offsets into the text, the resolved day (or None), its kind.

    kind: "absolute" (day, month and year written), "month_day" (year inferred), "weekday",
    "relative" (yesterday/today/tomorrow), "anaphoric" (the same day, a day later),
    "day_of_month" ("on the 27th"), "month" (month without day; date None), "vague"
    (last week; date None) or "year" ("in 2019", "last year", "two years ago"; date None).
    `date_end` is set for day ranges ("January 15-17").
    """

    start: int
    end: int
    date: datetime.date | None
    text: str
    kind: str
    date_end: datetime.date | None = None  # `datetime.`: inside the class, `date` is the field above
    #: Days from the date a relative or anaphoric mention counts from ("two days later": 2).
    offset: int = 0
    #: The weekday (Monday=0) an anaphoric mention names ("the following Thursday": 3), -1 for
    #: none; its `offset` then only tells the direction (1 after its anchor, -1 before).
    weekday: int = -1


def counts_back(m: DateMention) -> bool:
    """Whether an anaphoric date is a day before its anchor and names no event it is the eve of:
    "the day before", "the previous day", "a day earlier", a bare "on the eve" (not "on the eve
    of the summit", whose day is the summit's eve). With no day told before it, the anchor is the
    day the story is written: a translated Russian lead's "накануне" ("MOSCOW, March 12. The day
    before, X met Y": March 11)."""
    return m.kind == "anaphoric" and m.offset < 0 and not m.text.lower().endswith(" of")


def counted_from(m: DateMention, base: date) -> date:
    """The day an anaphoric mention names, counted from `base`, the day told before it: `offset`
    days away ("the following day", "two days later"), or the first of its weekday after or
    before `base` ("the following Thursday", "the previous Monday"), never `base` itself."""
    if m.weekday < 0:
        return base + timedelta(days=m.offset)
    if m.offset > 0:
        return base + timedelta(days=(m.weekday - base.weekday() - 1) % 7 + 1)
    return base - timedelta(days=(base.weekday() - m.weekday - 1) % 7 + 1)


def resolve_weekday(weekday: int, published: date, after: bool = False) -> date:
    """The most recent `weekday` (Monday=0) on or before `published`.

    This is the labelling rule: a story published on Monday 2024-05-13 saying "on Monday"
    means 2024-05-13. With `after=True` it is the first such day strictly after `published`
    (for "next Monday").
    """
    if after:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve_month_day(month: int, day: int, published: date) -> date | None:
    """The year of a month and day written without one (see the module rule): the latest
    occurrence on or before `published`, or the next one if it is at most
    `FUTURE_MONTH_DAY_DAYS` days ahead. None when no year has that day (30 February)."""
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(y, month, day)) is not None]  # fmt: skip
    ahead = [d for d in candidates if d > published]
    if ahead and (ahead[0] - published).days <= FUTURE_MONTH_DAY_DAYS:
        return ahead[0]
    past = [d for d in candidates if d <= published]
    return past[-1] if past else (ahead[0] if ahead else None)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `published` where possible."""
    return list(_dates_in(text, published))


@lru_cache(maxsize=512)
def _dates_in(text: str, published: date | None) -> tuple[DateMention, ...]:
    """`find_dates`, kept for the last texts asked (its mentions are frozen): the engagement
    side reads a sentence's dates from several places, a third of the calls on generated
    stories asking again for a text and day already read."""
    candidates = [
        *_digit_candidates(text, published),
        *_name_candidates(text, published),
        *_keyword_candidates(text),
    ]
    if "year" in text or "Year" in text:
        candidates += _year_candidates(text)
    candidates.sort(key=lambda c: (c.start, -c.end))
    joined = _joined(_without_overlaps(candidates), text)
    resolved = [_resolve(candidate, text, published, None) for candidate in joined]
    if published is not None and any(m.kind == "month_day" for m in resolved):
        resolved = _with_stated_years(resolved, text, published)
    mentions: list[DateMention] = []
    anchor: date | None = None
    anchor_end = 0
    same_day = _weekdays_naming_date_before(joined, resolved, text)
    for index, (candidate, mention) in enumerate(zip(joined, resolved, strict=True)):
        if index in same_day:
            mentions[-1] = _with_weekday_after(mentions[-1], candidate, text)
            continue
        # "X, who arrived Monday evening in Algiers, co-chaired earlier in the day ...": the day
        # of the story's event, not of the clause set off before it, so the unanchored `mention`
        # (resolved without an anchor above) stands
        if candidate.kind == "anaphoric" and not (
            in_the_day(mention) and "," in text[anchor_end : candidate.start]
        ):
            mention = _resolve(candidate, text, published, anchor)
        mentions.append(mention)
        if mention.date is not None and mention.kind not in ("month", "vague"):
            anchor, anchor_end = mention.date, candidate.end
    return tuple(_spans(mentions, text))


def _weekdays_naming_date_before(
    joined: list[_Candidate], resolved: list[DateMention], text: str
) -> frozenset[int]:
    """The indices of bare weekdays written right after a calendar date, set off by a comma or
    in parentheses, that name that date's own weekday: "on 11 June, Wednesday" and "on June 11
    (Wednesday)" are one day, as "Wednesday, 11 June" is (`_joined`). Resolved on its own, the
    weekday had been the last such day before publication (18 June for a story of 20 June),
    a second date. A weekday that names another day ("on 11 June, Thursday") stays its own."""
    found = set()
    for index in range(1, len(joined)):
        candidate, date_before = joined[index], resolved[index - 1]
        if (
            candidate.kind == "weekday"
            and not candidate.modifier
            and date_before.kind in _CALENDAR_KINDS
            and date_before.date is not None
            and date_before.date.weekday() == candidate.day
            and _WEEKDAY_AFTER_DATE.fullmatch(text, date_before.end, candidate.start)
        ):
            found.add(index)
    return frozenset(found)


def _with_weekday_after(mention: DateMention, weekday: _Candidate, text: str) -> DateMention:
    """`mention` stretched over the weekday written after it, a closing parenthesis included."""
    in_parentheses = "(" in text[mention.end : weekday.start]
    closing = _CLOSING_PARENTHESIS.match(text, weekday.end) if in_parentheses else None
    end = closing.end() if closing is not None else weekday.end
    return replace(mention, end=end, text=text[mention.start : end])


#: Between a date and the weekday after it: "11 June, Wednesday", "June 11 (Wednesday)".
_WEEKDAY_AFTER_DATE: Final = re.compile(r",\s*|\s*\(\s*")


def in_the_day(m: DateMention) -> bool:
    """Whether an anaphoric date is "earlier in the day" or "later in the day"."""
    return m.text.lower().endswith(" the day")


#: Longest span of days read as one range ("30 January - 1 February"): a visit or a session.
_MAX_SPAN_DAYS: Final = 31


def _spans(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Two calendar dates joined by a range word are one span of days, dated by its first:
    "30 January - 1 February 2023", "June 28 to July 2" (like "January 15-17")."""
    out: list[DateMention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind in _CALENDAR_KINDS
            and m.kind in _CALENDAR_KINDS
            and previous.date is not None
            and previous.date_end is None
            and m.date is not None
            and 0 < (m.date - previous.date).days <= _MAX_SPAN_DAYS
            and (
                _SPAN_GAP.fullmatch(text, previous.end, m.start)
                or (
                    text[: previous.start].lower().endswith("between ")
                    and _AND_GAP.fullmatch(text, previous.end, m.start)
                )
            )
        ):
            out[-1] = DateMention(
                previous.start, m.end, previous.date, text[previous.start : m.end], m.kind, m.date
            )
        else:
            out.append(m)
    return out


_CALENDAR_KINDS: Final = ("absolute", "month_day")
#: "5 May and 7 May" are two days; "between 5 and 7 May" one span.
_SPAN_GAP: Final = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*", re.IGNORECASE)
_AND_GAP: Final = re.compile(r"\s+and\s+", re.IGNORECASE)


#: A year told after a month and day: "March 3 last year", also with "of" ("on 3 March of last
#: year", "on June 5 of this year"), where the date had been taken for the latest March 3.
_YEAR_AFTER: Final = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)
#: Years from the year of publication that "last year", "this year", "next year" name.
_YEAR_SHIFT: Final = {"last": -1, "this": 0, "next": 1}
_RANGE_GAP: Final = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*", re.IGNORECASE)
#: How far a year written in one date reaches a later date written without one.
_YEAR_CONTEXT_CHARS: Final = 200
_SENTENCE_END: Final = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


def _with_stated_years(mentions: list[DateMention], text: str, published: date) -> list[DateMention]:
    """Month-days whose year the text states after all: "March 3 last year", "from March 29
    to April 1 last year" (a range takes the year of its end), and "on March 31" later in
    the sentence of "5 May 2023" or "March 29 last year" (the year in force)."""
    out = list(mentions)
    stated: dict[int, int] = {}  # index -> year the text states for it
    for i in range(len(out) - 1, -1, -1):
        m = out[i]
        if m.kind not in ("month_day", "absolute") or m.date is None:
            continue
        if m.kind == "absolute":
            stated[i] = m.date.year
            continue
        relative = _YEAR_AFTER.match(text, m.end)
        if relative:
            stated[i] = published.year + _YEAR_SHIFT[relative.group(1).lower()]
        elif i + 1 in stated and _RANGE_GAP.fullmatch(text, m.end, out[i + 1].start):
            stated[i] = stated[i + 1]
    in_force: tuple[int, int] | None = None  # (end offset, year) of the last stated year
    for i, m in enumerate(out):
        if i in stated:
            in_force = (m.end, stated[i])
        elif (opening := _opening_year(m, text, published)) is not None:
            in_force = (m.end, opening)  # "In 2019, X met Y in Tehran on June 12"
        elif m.kind == "month_day" and m.date is not None and in_force is not None:
            gap = text[in_force[0] : m.start]
            if len(gap) <= _YEAR_CONTEXT_CHARS and not _SENTENCE_END.search(gap):
                stated[i] = in_force[1]
        if i in stated and m.kind == "month_day" and m.date is not None and m.date.year != stated[i]:
            out[i] = _in_year(m, stated[i])
    return out


def _opening_year(m: DateMention, text: str, published: date) -> int | None:
    """The year a year or month mention states when it opens its sentence, set off by a comma
    ("In 2019, ...", "Last year, ...", "In June 2019, ..."): the time of the whole sentence,
    so a month-day later in it falls in that year. None elsewhere ("X, who took office in
    2019, met Y on June 12": the year is the relative clause's) and for a list of years."""
    if m.kind not in ("year", "month") or not text.startswith(",", m.end):
        return None
    if _SENTENCE_OPENING.search(text, max(0, m.start - _OPENING_REACH), m.start) is None:
        return None
    if m.kind == "month":
        stated = month_and_year(m)
        return stated[1] if stated is not None else None
    if m.text.isdigit():
        return int(m.text)
    relative = _RELATIVE_YEAR.fullmatch(m.text)
    return published.year + _YEAR_SHIFT[relative.group(1).lower()] if relative else None


#: What may stand between a sentence's start and a year that opens it: "In", "Back in", "In early".
_SENTENCE_OPENING: Final = re.compile(
    r"(?i)(?:^|[.!?]\s+|\n)[\"“]?\s*(?:(?:back|earlier|later|also)\s+)?(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?\Z"
)
_OPENING_REACH: Final = 30
_RELATIVE_YEAR: Final = re.compile(r"(last|this)\s+year", re.IGNORECASE)


def month_and_year(m: DateMention) -> tuple[int, int] | None:
    """The (month, year) a mention states with both written: "in January 2024", "30 January
    2024"; None for a month or day without its year."""
    if m.kind == "absolute" and m.date is not None:
        return m.date.month, m.date.year
    if m.kind == "month":
        written = _MONTH_AND_YEAR.fullmatch(m.text)
        if written is not None:
            return MONTHS[written.group(1).lower().rstrip(".")], int(written.group(2))
    return None


_MONTH_AND_YEAR: Final = re.compile(r"([A-Za-z]+\.?),?\s+((?:19|20)\d\d)")


def in_year(m: DateMention, year: int) -> DateMention:
    """The month-day `m` in `year`: "On January 30" after a sentence set in January 2024."""
    return _in_year(m, year)


def _in_year(m: DateMention, year: int) -> DateMention:
    day = _safe_date(year, m.date.month, m.date.day) if m.date else None
    day_end = _safe_date(year, m.date_end.month, m.date_end.day) if m.date_end else None
    return DateMention(m.start, m.end, day, m.text, m.kind, day_end)


def parse_date(text: str, published: date | None = None) -> date | None:
    """A date from a metadata value: ISO date or datetime (the written local date is kept,
    the offset ignored), "2024/04/01", "20240401", "20240401104200", "2024.04.01 10:42",
    "2024年4月1日", "01.04.2024" / "01/04/2024" (day first unless the first part cannot be a
    day; month first with a 12-hour clock, "06/12/2025 10:42 AM": `_AMERICAN_STAMP`), "April
    1, 2024", "1 April 2024", RFC 2822 ("Mon, 01 Apr 2024 10:00:00 +0000"), a Unix time in
    seconds or milliseconds ("1749722400", "1749600000000", as CMS exports and a page's meta
    tags stamp it: the day in UTC; it had been unparsed), a month in lower case or short in
    another language between a day and a year ("12 ago 2025", "12 déc. 2025":
    `_short_month_date`). A month and day without a year needs `published`.
    """
    epoch = _EPOCH.fullmatch(text)
    if epoch:
        return _epoch_day(epoch.group(1))
    iso = _ISO_PREFIX.match(text) or _COMPACT.match(text)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    year_first = _YEAR_FIRST.match(text)
    if year_first:
        year, month, day = (int(part) for part in year_first.groups() if part is not None)
        return _safe_date(year, month, day)
    american = _AMERICAN_STAMP.match(text)
    if american:
        a, b, c = (int(g) for g in american.groups())
        return _safe_date(c, a, b) if a <= 12 else _safe_date(c, b, a)
    numeric = _NUMERIC.match(text)
    if numeric:
        a, b, c = (int(g) for g in numeric.groups())
        if len(numeric.group(1)) == 4:
            return _safe_date(a, b, c)
        if len(numeric.group(3)) == 2 and len(numeric.group(1)) <= 2:
            c += _CENTURY  # "12/06/25", "12.06.25": a year of two digits is of this century
        elif len(numeric.group(3)) != 4:
            return None
        return _safe_date(c, a, b) if b > 12 else _safe_date(c, b, a)
    for mention in find_dates(text, published):
        if mention.kind in ("absolute", "month_day") and mention.date is not None:
            return mention.date
    return _short_month_date(text)


#: Every month name the parsers know, in any language and any case (lower case keys) -> month
#: number: English, Spanish, Portuguese and French, and those languages' short forms.
_ANY_MONTHS: Final = {**MONTHS, **ROMANCE_MONTHS, **ROMANCE_SHORT_MONTHS}
#: A day, a month's name in any case and a year of four digits, in either order, set apart by
#: spaces (with the "de" of Spanish and Portuguese), dots or hyphens: "12 ago 2025", "12 déc.
#: 2025", "12 de set. de 2025", "12-jun-2025", "jun. 12, 2025", "12 june 2025"; a year of two
#: digits only after a hyphen ("12-ago-25", as "12-Aug-25" is read).
_SHORT_MONTH_DATE: Final = re.compile(
    rf"""(?i)(?<![\d.])(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|º|er)?\.?(?:\s+(?:de\s+)?|-)
        (?P<month>{literal_alternation(sorted(_ANY_MONTHS))})(?![^\W\d_])\.?(?:,?\s+(?:del?\s+)?|(?P<hyphen>-))
      | (?<![^\W\d_])(?P<month2>{literal_alternation(sorted(_ANY_MONTHS))})(?![^\W\d_])\.?\s+
        (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)
    (?P<year>(?:19|20)\d\d|(?(hyphen)\d\d|(?!)))(?!\d)""",
    re.VERBOSE,
)


def _short_month_date(text: str) -> date | None:
    """The date of a value that writes its month in lower case or short in another language
    ("12 jun 2025", "12 ago 2025", "12 déc. 2025", "12 out 2025": a Latin American, Lusophone
    or French paper's stamp), which `find_dates` does not read in running text, where such a
    name is often a word ("12 out of 20", "the 12 set"). With its day and its year around it, it
    is a month; such a value had given no date."""
    m = _SHORT_MONTH_DATE.search(text)
    if m is None:
        return None
    name = (m["month"] or m["month2"]).lower()
    month = _ANY_MONTHS.get(name)
    if month is None:
        return None
    year = int(m["year"])
    return _safe_date(year if year > 99 else _CENTURY + year, month, int(m["day"] or m["day2"]))


#: A whole value that is a Unix time: seconds (nine or ten digits, maybe a fraction) or
#: milliseconds (twelve or thirteen); eight digits are a compact date ("20250612").
_EPOCH: Final = re.compile(r"\s*(\d{9,10}(?:\.\d+)?|\d{12,13})\s*")
#: Above this a Unix time counts milliseconds.
_EPOCH_MILLIS: Final = 1e11


def _epoch_day(stamp: str) -> date | None:
    """The UTC day of a Unix time in seconds or milliseconds."""
    seconds = float(stamp)
    seconds = seconds / 1000 if seconds > _EPOCH_MILLIS else seconds
    try:
        return datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date expression found by a scan, not yet resolved against the publication date.

    kind: calendar (a month and day, maybe a year) | weekday | relative | anaphoric |
    day_of_month | month | vague. `offset` is in days (relative, anaphoric); `modifier` is
    "last"/"next"/... for weekdays and "this"/"last" for "the 5th of this/last month", and
    "past" for a calendar day that lies on or before publication ("on 25/06").
    """

    start: int
    end: int
    kind: str
    day: int = 0
    day_end: int = 0
    month: int = 0
    year: int = 0
    offset: int = 0
    modifier: str = ""


#: A month and day after a year and a dot ("2025.06.05", as Korean, Chinese and Hungarian copy
#: writes a date): the year of a date, not a year alone.
_DOTTED_AFTER_YEAR: Final = re.compile(r"\.\d{1,2}\.\d")


def _digit_candidates(text: str, published: date | None) -> list[_Candidate]:
    """ISO, dotted, slashed, day-first dates and "on the 27th", found from each run of digits."""
    found: list[_Candidate] = []
    last_end = 0
    for run in _DIGIT_SCAN.finditer(text):
        start, end = run.start(), run.end()
        if start < last_end or (start and text[start - 1] in ".,"):
            continue
        following = text[end : end + 1]
        if (
            end - start == 4
            and (not following or following not in "-/")
            and not _DOTTED_AFTER_YEAR.match(text, end)
        ):
            year = _year_alone(text, start, end)
            if year is not None:
                found.append(year)
            continue
        if not (end - start == 4 or (end - start <= 2 and following in _AFTER_DAY)):
            continue  # neither the year of an ISO date nor a day or dotted day
        m = _DIGIT_DATE.match(text, run.start())
        candidate = None if m is None else _digit_candidate(m, text, published)
        if candidate is not None:
            found.append(candidate)
            last_end = candidate.end
    return found


#: "in 2019", "in early 2023", "in mid-2022": a year alone after "in" (not "in 2019's", "in 2023-24").
_IN_YEAR_BEFORE: Final = re.compile(r"(?i)\bin\s+(?:(?:early|late|mid)[\s-]+)?$")
_YEAR_ALONE_AFTER: Final = re.compile(r"(?![\w'’/-]|\.\d)")


def _year_alone(text: str, start: int, end: int) -> _Candidate | None:
    """A year written alone after "in", which dates an event to no day: kind "year"."""
    if not 1900 <= int(text[start:end]) <= 2099 or not _YEAR_ALONE_AFTER.match(text, end):
        return None
    before = _IN_YEAR_BEFORE.search(text, max(0, start - 14), start)
    if before is None and not timeline_stamp(text, start, end):
        return None
    return _Candidate(start, end, "year")


def timeline_stamp(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a month and year, or a year alone) heads a timeline entry:
    first on its line, after a bullet mark at most, and set off by a dash or colon ("* March
    2013 - X visits Hanoi", "October 2022: X visits Riyadh"). Like "in March 2013", it dates
    the entry's events to no day; without it they had taken the story's."""
    return (
        _STAMP_BEFORE.search(text, max(0, start - 8), start) is not None
        and _STAMP_AFTER.match(text, end) is not None
    )


def _digit_candidate(m: re.Match[str], text: str, published: date | None) -> _Candidate | None:
    kind = m.lastgroup
    if kind == "iso":
        return _calendar(m.start(), m.end(), int(m["iso_d"]), 0, int(m["iso_m"]), int(m["iso_y"]))
    if kind == "dotted":
        if m["dot_y2"]:  # "on 31.05.25": a year of two digits is of this century
            return _calendar(
                m.start(), m.end(), int(m["dot_d2"]), 0, int(m["dot_m2"]), _CENTURY + int(m["dot_y2"])
            )
        return _calendar(m.start(), m.end(), int(m["dot_d"]), 0, int(m["dot_m"]), int(m["dot_y"]))
    if kind == "ymd":
        return _calendar(m.start(), m.end(), int(m["ymd_d"]), 0, int(m["ymd_m"]), int(m["ymd_y"]))
    if kind == "slashed":
        first, second, year = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
        year += _CENTURY if year < 100 else 0  # "on 12/06/25", as "on 12.06.25"
        day, month = _weekday_order(text, m.start(), first, second, year) or _day_and_month(
            first, second, year, published
        )
        return _calendar(m.start(), m.end(), day, 0, month, year)
    if kind == "day_month":
        return _day_month(m, text, published)
    if kind == "dot_day_month":
        return _dotted_day_month(m, text)
    if kind == "hyphened":
        # "on 3-Mar-2025", "3-MAR-25": a spreadsheet's and a ledger's day, month name and year
        # joined by hyphens (a year of two digits is of this century)
        year = int(m["hy_y"])
        year += _CENTURY if year < _CENTURY else 0
        return _calendar(m.start(), m.end(), int(m["hy_d"]), 0, _month_number(m["hy_m"]), year)
    if kind == "dashed":
        # "on 27-11-2026", as South Asian and European papers write it; a day-month pair with a
        # year of this or the last century only, after no other group of digits (not the phone
        # number "(01) 44-12-2015" nor "2-1-2026-27")
        first, second, year = int(m["da_a"]), int(m["da_b"]), int(m["da_y"])
        day, month = _weekday_order(text, m.start(), first, second, year) or _day_and_month(
            first, second, year, published
        )
        return _calendar(m.start(), m.end(), day, 0, month, year)
    if kind == "dmy":
        if (m["foreign"] or m["dot"]) and not m["year"]:
            return None  # "the 12 Mart stores", "grew 12. June sales": no year, no date
        if m["foreign"]:
            month = _FOREIGN_FORM_MONTHS[m["foreign"]]
            return _calendar(m.start(), m.end(), int(m["day"]), int(m["day2"] or 0), month, int(m["year"]))
        romance = m["romance"]
        if (
            romance
            and not m["year"]
            and (
                (" de " not in m.group() and not _written_as_month(romance, text, m))
                or _romance_name(m, text)
            )
        ):
            return (
                None  # "the 3 Julio Iglesias concerts", "NASA SENDS 2 MARS ROVERS", "the 25 de Mayo theatre"
            )
        if m["dmy_slash"] and int(m["day2"]) != int(m["day"]) + 1:
            # "on the night of 11/12 June": a night over two days, the first and the next; any
            # other pair before a month ("12/11 June") is no run, and no date of its own
            return None
        if m["dmy_list"] and not _consecutive(int(m["day"]), m["dmy_list"], int(m["day2"])):
            return None  # "on 3, 9 and 12 May": days apart, the last pair then read on its own
        if (
            m["dmy_and"]
            and not m["dmy_list"]
            and int(m["day2"]) != int(m["day"]) + 1
            and not _between_days(m, text)
        ):
            # "on 10 and 11 March" is a run of two days, dated by the first (as "10-11 March"); days
            # apart ("on 3 and 9 May") are two days, and the second is then read on its own; but
            # "between 10 and 12 March" is one span, as "from 10 to 12 March" is
            return None
        month = _month_number(m["month"]) if m["month"] else ROMANCE_MONTHS[romance.lower()]
        year = int(m["year"] or 0)
        return _calendar(m.start(), m.end(), int(m["day"]), int(m["day2"] or 0), month, year)
    words = (m["nth_month"] or "").split()
    # "on 18th instant" (of this month), "on the 3rd ultimo" (of last month): South Asian style
    latin = bool(words) and words[0].startswith(("inst", "ult"))
    # A month told after the day ("instant", "of this month") makes "the" optional: "on 12th of
    # this month" is as much a date as "on the 12th of this month" (it had been only "this
    # month", no day); a bare "on 12th" still needs its "the".
    on_the = (_ON_BEFORE if words else _ON_THE_BEFORE).search(text, max(0, m.start() - 12), m.start())
    day = int(m["nth_d"])
    if on_the is None or not 1 <= day <= 31:
        return None
    modifier = (
        "this" if "this" in words or (latin and words[0].startswith("inst")) else "last" if words else ""
    )
    start = on_the.start("the") if on_the.group("the") else m.start()
    return _Candidate(start, m.end(), "day_of_month", day=day, modifier=modifier)


def _weekday_order(text: str, start: int, first: int, second: int, year: int) -> tuple[int, int] | None:
    """(day, month) of "06/10/2025" when a weekday's name right before it fits one reading only:
    "Tue, 06/10/2025 - 09:12", Drupal's stamp, is 10 June (a Tuesday; 6 October is a Monday),
    "Monday 06/10/2025" is 6 October. Such a stamp had been read day-first whatever its weekday
    said. None when no weekday is written, or it fits both readings or neither."""
    named = _WEEKDAY_BEFORE_NUMBERS.search(text, max(0, start - _WEEKDAY_REACH), start)
    if named is None or first > 12 or second > 12 or first == second:
        return None
    weekday = WEEKDAYS.get(named["day"].lower()) if len(named["day"]) > 3 else None
    if weekday is None:
        weekday = SHORT_WEEKDAYS.get(named["day"].title())
    fitting = [
        (day, month)
        for day, month in ((first, second), (second, first))
        if (found := _safe_date(year, month, day)) is not None and found.weekday() == weekday
    ]
    return fitting[0] if len(fitting) == 1 else None


#: A weekday's name, whole or short, right before a numeric date: "Tue, ", "Tuesday ", "Tue. ".
_WEEKDAY_BEFORE_NUMBERS: Final = re.compile(
    r"(?i)(?<![a-z])(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+\Z"
)
_WEEKDAY_REACH: Final = 14


def _between_days(m: re.Match[str], text: str) -> bool:
    """Whether a day and a later one joined by "and" before their month (a "dmy" match) follow
    "between" ("between 10 and 12 March", "between the 10th and 12th of March"): one span, from
    the first day to the second, not two days apart."""
    return _span_after_between(int(m["day"]), int(m["day2"]), text, m.start())


def _span_after_between(day: int, day_end: int, text: str, start: int) -> bool:
    """Whether two days at `start` follow "between" and the second is later, within a span's
    reach: the test `_between_days` (the day first) and `_run_of_days` (the month first) share."""
    before = _BETWEEN_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and 0 < day_end - day <= _MAX_SPAN_DAYS


_BETWEEN_BEFORE: Final = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")


def _run_of_days(day: int, day_end: int, text: str, start: int, after_to: bool = False) -> bool:
    """Whether a month's day and a later one joined by "and" ("June 10 and 11", the month first)
    are one run of days, dated by the first as "June 10-11" is: the next day, or any later one
    of the span after "between" ("between June 10 and 14"), as the day-first `_between_days`.
    After "to" (`after_to`: "from June 10 to 12") any later day ends the run."""
    if day_end == day + 1 or (after_to and day_end > day):
        return True
    return _span_after_between(day, day_end, text, start)


#: "24/7" (all hours) after "on" is no day.
_NOT_DAY_MONTH: Final = frozenset({"24/7"})
#: A measure noun after the pair: "on 10/10 scale", "on 60/40 basis" rate or split, no day.
_MEASURE_AFTER: Final = re.compile(
    r"\s+(?:scale|score|rating|basis|split|ratio|terms|majority|margin|vote|odds)\b", re.IGNORECASE
)


def _written_as_month(romance: str, text: str, m: re.Match[str]) -> bool:
    """Whether a Spanish, Portuguese or French month name with neither "de" nor a year is the
    month: only in lower case within a sentence of mixed case ("el 5 mayo", not "the 3 Julio
    Iglesias concerts", "NASA SENDS 2 MARS ROVERS" or a lowered headline's "the 2 mars
    rovers"), as a name's or a shouted line's capitals and a lowered line's lack of them do
    not tell which it is. The case is judged on the whole line, not cut at ". ", which an
    abbreviation ends as well ("met ... in Washington, D.C. on 5 mayo": "on 5 mayo" alone is
    all lower case and had lost its date)."""
    if not romance.islower():
        return False
    end = text.find("\n", m.end())
    line = text[text.rfind("\n", 0, m.start()) + 1 : len(text) if end < 0 else end]
    return line != line.lower() and line != line.upper()


#: Before a day and romance month that name a place or a feast: "the 25 de Mayo theatre",
#: "Avenida 9 de Julio", "Rua 25 de Março".
_ROMANCE_NAME_BEFORE: Final = re.compile(
    r"(?:\b(?:the|The)|Avenida|Avenue|Av\.|Calle|Rua|Plaza|Praça|Praca|Paseo|Street|Square|Boulevard)\s+$"
)
#: After a Title-case romance month without a year, a capitalized word goes on with a name
#: ("9 de Julio Avenue", "5 de Mayo Stadium").
_CAPITALIZED_AFTER: Final = re.compile(r"\s+[A-Z][a-z]")


def _romance_name(m: re.Match[str], text: str) -> bool:
    """Whether a day and romance month with no year (`m`, a "dmy" match) is part of a name, not a
    date: "the 25 de Mayo theatre", "Avenida 9 de Julio", "the 9 de Julio Avenue". A date in
    English copy stands after "on" or a comma, never after "the" or a street word, and goes on
    with no capitalized name word. A Title-case month without "de" ("the 3 Julio Iglesias
    concerts") never comes here: the caller drops it first, as `_written_as_month` takes only a
    lower-case month."""
    romance = m["romance"]
    if _ROMANCE_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None:
        return True
    return romance.istitle() and _CAPITALIZED_AFTER.match(text, m.end()) is not None


def _day_month(m: re.Match[str], text: str, published: date | None) -> _Candidate | None:
    """ "on 20/02", "On 14/08": a day and month without a year, as Latin American and European
    copy writes them, resolved as "on February 20" is. Only after "on" (not the fraction, score or
    ratio "2/3", "3/1", nor "on 10/10 scale"), and only when the order is sure: a part above 12
    is the day; two parts of two digits each ("05/06") are day-first, the form of the day-first
    world, unless only the month-first reading lies on or before publication ("met on 06/09" in
    a story of 10 June is 9 June); "on 9/11" and "on 5/6" stay unread. A story tells what
    happened: a day after publication is of the year before ("met on 25/06" in a story of 10
    June 2025)."""
    if m.group() in _NOT_DAY_MONTH or _ON_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
        return None
    if _MEASURE_AFTER.match(text, m.end()) is not None:
        return None
    first, second = int(m["dm_a"]), int(m["dm_b"])
    if first <= 12 and second <= 12 and not len(m["dm_a"]) == len(m["dm_b"]) == 2:
        return None
    day, month = _day_and_month(first, second, published.year if published else 2000, published)
    if not 1 <= month <= 12:
        return None
    found = _calendar(m.start(), m.end(), day, 0, month, 0)
    return None if found is None else replace(found, modifier="past")


def _dotted_day_month(m: re.Match[str], text: str) -> _Candidate | None:
    """ "on 18.06.", "on 03.11": a day and month without a year as German, Russian and Central
    European copy writes them, day first always, resolved as "on 20/02" is (`_day_month`). Only
    after "on", with a month of two digits ("rose on 1.5 percent" is no date) and a day of two
    digits unless the closing dot follows, not before a percent or a measure ("on 10.05 %"); the
    pair had been no date at all."""
    if _ON_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
        return None
    if not m.group().endswith(".") and len(m["ddm_d"]) != 2:
        return None  # "on 3.06" may be a decimal; "on 03.06" and "on 3.06." are the day's forms
    if _MEASURE_AFTER.match(text, m.end()) is not None or _PERCENT_AFTER.match(text, m.end()) is not None:
        return None
    found = _calendar(m.start(), m.end(), int(m["ddm_d"]), 0, int(m["ddm_m"]), 0)
    return None if found is None else replace(found, modifier="past")


_PERCENT_AFTER: Final = re.compile(r"\s?(?:%|per\s?cent|percent|pct|points?|times)\b|\s?%", re.IGNORECASE)


def _day_and_month(first: int, second: int, year: int, published: date | None) -> tuple[int, int]:
    """Day and month of "11/06/2024": a number above 12 is the day; when both could be
    either, day-first, as most of the world writes it, unless only the month-first reading
    lies on or before publication (a story tells what happened: "06/11/2024" in a story of
    14 June 2024 is 11 June)."""
    if first > 12 or second > 12:
        return (first, second) if first > 12 else (second, first)
    day_first = _safe_date(year, second, first)
    month_first = _safe_date(year, first, second)
    if published is not None and day_first and month_first and day_first > published >= month_first:
        return second, first
    return first, second


def _calendar(start: int, end: int, day: int, day_end: int, month: int, year: int) -> _Candidate | None:
    """A calendar candidate, or None when no year has such a day (31 April, 30 February)."""
    if _safe_date(year or 2000, month, day) is None:
        return None
    if day_end and _safe_date(year or 2000, month, day_end) is None:
        day_end = 0
    return _Candidate(start, end, "calendar", day=day, day_end=day_end, month=month, year=year)


def _name_candidates(text: str, published: date | None = None) -> list[_Candidate]:
    """Dates that start from a month or weekday name: "March 12, 2024", "on Tuesday
    evening", "last Friday", "in May 2023"."""
    found: list[_Candidate] = []
    for hit in _NAME_SCAN.finditer(text):
        name = hit.group().lower()
        start, end = hit.start(), hit.end()
        if hit.group() in SHORT_WEEKDAYS:
            if not _SHORT_WEEKDAY_BEFORE.search(text, max(0, start - 8), start):
                continue  # "Sun" the newspaper, "Thu" a given name: no date is expected there
            name = _WEEKDAY_NAMES[SHORT_WEEKDAYS[hit.group()]]
            if text.startswith(".", end):
                end += 1  # "on Tues. reviewed": the dot belongs to the abbreviation
        if name in WEEKDAYS:
            tail = _WEEKDAY_TAIL.match(text, end)
            anaphor = _WEEKDAY_ANAPHOR_BEFORE.search(text, max(0, start - 15), start)
            if anaphor is not None:
                tail = _WEEKDAY_TAIL.match(text, end)
                after = anaphor["mod"] == "following"
                found.append(_Candidate(anaphor.start(), tail.end() if tail else end, "anaphoric",
                                        day=WEEKDAYS[name], offset=1 if after else -1,
                                        modifier="following" if after else "previous"))  # fmt: skip
                continue
            modifier = _WEEKDAY_MODIFIER_BEFORE.search(text, max(0, start - 8), start)
            if modifier is not None:
                start = modifier.start()
            end = tail.end() if tail else end
            week = _WEEK_AFTER.match(text, end)
            if week is not None and modifier is None:
                # "on Thursday last week": that weekday of the calendar week before publication's
                day = WEEKDAYS[name]
                found.append(_Candidate(start, week.end(), "weekday", day=day, modifier="last week"))
                continue
            week_on = _WEEK_ON_AFTER.match(text, end) if modifier is None else None
            if week_on is not None:
                # "on Thursday week": a week after the coming Thursday, never the one just past
                day = WEEKDAYS[name]
                found.append(_Candidate(start, week_on.end(), "weekday", day=day, modifier="week on"))
                continue
            last = _LAST_AFTER.match(text, end) if modifier is None else None
            if last is not None:
                # "on Thursday last": "last Thursday" as British, Indian and African copy writes it
                found.append(_Candidate(start, last.end(), "weekday", day=WEEKDAYS[name], modifier="last"))
                continue
            numbered = _DAY_IN_PARENTHESES.match(text, end)
            if numbered is not None and 1 <= int(numbered["day"]) <= 31:
                # "this Monday (23)": the 23rd, as Brazilian wire copy dates its events
                found.append(_Candidate(start, numbered.end(), "day_of_month", day=int(numbered["day"])))
                continue
            paired = _DAY_MONTH_AFTER_WEEKDAY.match(text, end) if published is not None else None
            named = None if paired is None else _weekday_day_month(paired, WEEKDAYS[name], published)
            if paired is not None and named is not None:
                # "on Thursday (12/6)": the day and month the weekday names, in whichever order it
                # fits; the weekday alone had been read, the pair (no "on" before it) not at all
                found.append(replace(named, start=start, end=paired.end()))
                continue
            ordinal = _ORDINAL_DAY_AFTER_WEEKDAY.match(text, end) if modifier is None else None
            if ordinal is not None and 1 <= int(ordinal["day"]) <= 31:
                # "on Thursday 12th": the 12th, as "this Monday (23)" is the 23rd; the weekday
                # alone had been read, the last Thursday before publication (a week off)
                found.append(_Candidate(start, ordinal.end(), "day_of_month", day=int(ordinal["day"])))
                continue
            found.append(_Candidate(start, end, "weekday", day=WEEKDAYS[name],
                                    modifier=modifier["mod"].lower() if modifier else ""))  # fmt: skip
            continue
        month = MONTHS[name]
        tail = _MONTH_DAY_TAIL.match(text, end)
        if tail is not None:
            day, day_end, year = int(tail["day"]), int(tail["day2"] or 0), int(tail["year"] or 0)
            tail_end = tail.end()
            if (tail["and"] or tail["to"]) and not (
                _consecutive(day, tail["list"], day_end)
                if tail["list"]
                else _run_of_days(day, day_end, text, start, bool(tail["to"]))
            ):
                # "on June 3 and 9": two days, the first read here and the second on its own (and
                # "June 12 to 3" no run)
                alone = _MONTH_DAY_ALONE.match(text, end)
                day_end, year, tail_end = 0, 0, alone.end() if alone else tail_end
            candidate = _calendar(start, tail_end, day, day_end, month, year)
            if candidate is not None:
                found.append(candidate)
            continue
        year_tail = _MONTH_YEAR_TAIL.match(text, end)
        if year_tail is None:
            continue
        # "in May 2023", "last September"; or a timeline entry's stamp, "* March 2013 - ..."
        if _MONTH_PREPOSITION_BEFORE.search(text, max(0, start - 16), start) or (
            year_tail["year"] and timeline_stamp(text, start, year_tail.end())
        ):
            found.append(_Candidate(start, year_tail.end(), "month", month=month,
                                    year=int(year_tail["year"] or 0)))  # fmt: skip
    return found


#: A day and month in figures right after a weekday, set off by a space, a comma or parentheses:
#: "on Thursday (12/6)", "on Thursday 12/06", "Thursday, 12/6," (Brazilian and Portuguese copy
#: in English; not a fraction or a score going on: "Thursday 12/6/2025" is read whole elsewhere).
_DAY_MONTH_AFTER_WEEKDAY: Final = re.compile(
    r"(?:,?\s+|\s?\()(?P<a>\d{1,2})/(?P<b>\d{1,2})(?P<close>\))?(?![\d/%]|[.,]\d)"
)


def _weekday_day_month(m: re.Match[str], weekday: int, published: date | None) -> _Candidate | None:
    """The calendar candidate of a day and month after a weekday (`_DAY_MONTH_AFTER_WEEKDAY`),
    when exactly one of its two orders, resolved as a month and day without a year is, falls
    on that weekday ("Thursday (12/6)" in a story of 20 June 2025: 12 June, a Thursday; 6
    December 2024 was a Friday); None otherwise."""
    if published is None or (m["close"] is None) != ("(" not in m.group()):
        return None
    first, second = int(m["a"]), int(m["b"])
    fitting = {
        (day, month)
        for day, month in ((first, second), (second, first))
        if 1 <= month <= 12
        and (found := resolve_month_day(month, day, published)) is not None
        and found.weekday() == weekday
    }
    if len(fitting) != 1:
        return None
    ((day, month),) = fitting
    return _calendar(m.start(), m.end(), day, 0, month, 0)


def _keyword_candidates(text: str) -> list[_Candidate]:
    """Relative, anaphoric and vague expressions, looked for only around the few words that
    every one of them contains (day, night, morrow, morning, week, month...)."""
    found: list[_Candidate] = []
    covered = 0
    for hit in _KEYWORD_SCAN.finditer(text):
        if hit.start() < covered or _word_at(text, hit.start(), hit.end()) not in _KEYWORDS:
            continue
        ahead = min(len(text), hit.end() + _KEYWORD_REACH_AHEAD)
        while ahead < len(text) and text[ahead].isalpha():
            ahead += 1
        for m in _KEYWORD_DATE.finditer(text, max(0, hit.start() - _KEYWORD_REACH_BACK), ahead):
            if m.start() <= hit.start() < m.end():
                found.append(_keyword_candidate(m))
                covered = m.end()
                break
    return found


def _word_at(text: str, start: int, end: int) -> str:
    """The whole word around text[start:end], lower case ("Monday" around "day")."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end].lower()


#: Days after a visit's first of its "second day", "third day"...
ORDINAL_DAYS: Final = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}
#: Days in the units of "a week earlier", "two weeks later", "a fortnight before".
_UNIT_DAYS: Final = {"day": 1, "week": 7, "fortnight": 14}


def _keyword_candidate(m: re.Match[str]) -> _Candidate:
    kind = m.lastgroup or ""
    words = " ".join(m.group().lower().split())
    if kind == "relative":
        if m["ago_n"]:  # "two days ago", "a week ago", "a fortnight ago": that many days back
            days = count_of(m["ago_n"]) * _UNIT_DAYS[m["ago_unit"].lower().rstrip("s")]
            return _Candidate(m.start(), m.end(), kind, offset=-days)
        # ("overnight" in a story is the night before its day, as "last night" is)
        offset = (
            -2
            if "before yesterday" in words
            else -1
            if words.startswith(("yesterday", "last", "overnight"))
            else 0
        )
        return _Candidate(m.start(), m.end(), kind, offset=1 if words.startswith("tomorrow") else offset)
    if kind == "anaphoric":
        if m["ana_n"]:
            days = count_of(m["ana_n"]) * _UNIT_DAYS[m["ana_unit"].lower().rstrip("s")]
            offset = days if m["ana_dir"].lower() in ("later", "after") else -days
        elif m["ana_nth"]:
            offset = ORDINAL_DAYS[
                m["ana_nth"].lower()
            ]  # "on the second day of the visit": a day after its first
        elif not _BEFORE_WORDS.isdisjoint(words.split()):
            offset = -1
        elif not _AFTER_WORDS.isdisjoint(words.split()):  # (whole words: not "that afternoon")
            offset = 1
        else:
            offset = 0
        return _Candidate(m.start(), m.end(), kind, offset=offset)
    return _Candidate(m.start(), m.end(), "vague")


#: Words of an anaphoric date that put it a day before or after its anchor ("the previous
#: evening", "on the eve of", "the night before"; "the next morning", "the day after").
_BEFORE_WORDS: Final = frozenset(["previous", "before", "eve"])
_AFTER_WORDS: Final = frozenset(["next", "following", "after"])


def _year_candidates(text: str) -> list[_Candidate]:
    """ "last year", "earlier this year", "two years ago": kind "year"."""
    found = []
    for hit in _YEAR_SCAN.finditer(text):
        start, end = hit.start(), hit.end()
        before = _YEAR_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and hit.group() in ("year", "Year"):
            found.append(_Candidate(before.start(), end, "year"))
            continue
        ago = _AGO.match(text, end)
        count = _YEARS_AGO.search(text, max(0, start - 8), start) if ago is not None else None
        if ago is not None and count is not None:
            found.append(_Candidate(count.start(), ago.end(), "year"))
    return found


def count_of(word: str) -> int:
    """The number a count word or figure says ("a" and "one" 1, "two" 2, "3" 3); 0 for any
    other word."""
    lower = word.lower()
    return _COUNT_WORDS.get(lower) or (int(lower) if lower.isdigit() else 0)


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the first (then longest) of overlapping candidates."""
    kept: list[_Candidate] = []
    for candidate in candidates:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


def _joined(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """Joins a weekday to the calendar date right after it: "Monday, March 11, 2024" is one
    date, and so is "Wednesday (May 8)", parentheses included."""
    joined: list[_Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        gap = text[previous.end : candidate.start] if previous is not None else ""
        if (
            previous is not None
            and previous.kind == "weekday"
            and candidate.kind == "calendar"
            and _WEEKDAY_BEFORE_DATE.match(gap)
        ):
            closing = _CLOSING_PARENTHESIS.match(text, candidate.end) if "(" in gap else None
            end = closing.end() if closing is not None else candidate.end
            joined[-1] = _Candidate(previous.start, end, "calendar", candidate.day,
                                    candidate.day_end, candidate.month, candidate.year)  # fmt: skip
        else:
            joined.append(candidate)
    return joined


def _resolve(c: _Candidate, text: str, published: date | None, anchor: date | None) -> DateMention:
    """The DateMention of a candidate, with its date resolved by the module's rules."""
    span = (c.start, c.end)
    written = text[c.start : c.end]
    if c.kind == "calendar":
        if c.year:
            day = _safe_date(c.year, c.month, c.day)
            kind = "absolute"
        else:
            day = resolve_month_day(c.month, c.day, published) if published else None
            if day is not None and published is not None and c.modifier == "past" and day > published:
                day = _safe_date(day.year - 1, c.month, c.day)
            kind = "month_day"
        day_end = _safe_date(day.year, c.month, c.day_end) if day and c.day_end else None
        return DateMention(*span, day, written, kind, day_end)
    if c.kind == "weekday":
        return DateMention(*span, _weekday(c.day, c.modifier, published), written, "weekday")
    if c.kind == "anaphoric" and c.modifier:
        # "the following Thursday": a weekday counted from the anchor (see `counted_from`)
        found = DateMention(*span, None, written, c.kind, None, c.offset, c.day)
        return replace(found, date=counted_from(found, anchor)) if anchor else found
    if c.kind in ("relative", "anaphoric"):
        base = published if c.kind == "relative" else anchor
        return DateMention(
            *span, base + timedelta(days=c.offset) if base else None, written, c.kind, None, c.offset
        )
    if c.kind == "day_of_month":
        return DateMention(*span, _day_of_month(c.day, c.modifier, published), written, c.kind)
    return DateMention(*span, None, written, c.kind)


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _weekday(weekday: int, modifier: str, published: date | None) -> date | None:
    if published is None:
        return None
    if modifier == "last week":
        return published - timedelta(days=published.weekday() + 7 - weekday)
    if modifier in ("next", "coming"):
        return resolve_weekday(weekday, published, after=True)
    if modifier == "week on":
        return published + timedelta(days=(weekday - published.weekday()) % 7 + 7)
    if modifier in ("last", "past"):
        return resolve_weekday(weekday, published - timedelta(days=1))
    return resolve_weekday(weekday, published)


def _day_of_month(day_number: int, modifier: str, published: date | None) -> date | None:
    """Resolves "on the 27th": that day of the publication month, or of the month before when it is
    still ahead ("of this month" / "of last month" force the choice)."""
    if published is None:
        return None
    day = _safe_date(published.year, published.month, day_number)
    if modifier == "last" or (modifier != "this" and (day is None or day > published)):
        previous = published.replace(day=1) - timedelta(days=1)
        return _safe_date(previous.year, previous.month, day_number)
    return day
