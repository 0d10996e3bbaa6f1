"""Reporting periods in news text: the span of time a trade figure covers.

"in 2023", "January-September 2024", "Jan-Sept", "in the first quarter of 2024", "Q1 2024",
"1Q24", "H1 2024", "the first five months of 2024", "11 months of 2023", "in December",
"last year", "fiscal year 2022-23", "FY2023-24", "the first quarter of the current fiscal year
2024-25 (October-December)" all become a first and a last day. Resolution rules:

* A month, quarter, half or run of months without a year belongs to the publication year,
  or to the year before when it has not ended yet at publication (a story of 2024-01-25
  saying "January-November" means 2023). "this year"/"the current year" is the publication
  year, "last year"/"the previous year" the one before; "last month" is the calendar month
  before the publication month.
* A month range that wraps ("July-March") ends in the resolved year and starts the year before.
  A month range with a two-year label ("April-December 2022-23", "July-February (2023-24)")
  lies in that fiscal year; "the January-May period this year" is "January-May this year".
* Fiscal years start in `fiscal_start_month` (see `FISCAL_YEAR_START` for a country's month,
  `fiscal_year` for the span). Without it, an explicit month range in parentheses right
  after the fiscal period decides ("(July-December)"); otherwise July, the most common
  non-calendar start (Pakistan, Egypt, Kenya, Australia...): callers that know the reporting
  country should pass its month. "2022-23" alone is two calendar years unless a fiscal word
  is next to it or a non-January `fiscal_start_month` is given. A single-year label names the
  year in which the fiscal year ENDS ("FY2024" with an April start is April 2023-March 2024),
  except for the countries that name it by the year it STARTS (`FISCAL_YEAR_NAMED_BY_START`:
  Japan's "fiscal 2022" is April 2022-March 2023), for which callers pass
  `fiscal_named_by_start`. A fiscal year followed by the month it ended ("fiscal 2022, which
  ended in March this year") is the twelve months to that month.
* Comparison periods (`comparison=True`): "the same period of 2022", "the same month last
  year", "a year earlier", "year-on-year", and any period after "compared to/with", "than",
  "versus", "from <amount> in", or a bare year or fiscal year after "over"/"on" ("+12% on 2022",
  "-9.8% over 2022-23"). "The same period" and "year-on-year" are resolved from the nearest
  reference period before them (after them when none precedes): the same months, one year
  earlier or in the year written.
  A comparison that cannot be resolved is not returned.
* Year-to-date ("so far this year") runs from 1 January to the end of the month before
  publication; a lone month after "through", "until", "accumulated to", "up to" or "as of"
  ends a running total from 1 January ("until October 2024" is January-October 2024; its
  preposition reads "through", as it is a span, not a time limit). "the past 12 months" ends
  with the month before publication; "the year to June 2024", "the 12 months ended March"
  and "the fiscal year ended June 30, 2023" end with the month they name.
* "over the nine months" (a run of months with neither "first" nor a year) is the run named
  just before it when that one has as many months ("January-September 2024"), else January
  onwards.
* Years inside full dates ("October 18, 2023") are dates, not periods.

Each Period also carries the word before it (`preposition`: "in", "since", "by", "until",
"from", ...) so callers can drop targets ("by 2030") and durations ("since 2005").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Final

from orchestration.extraction import bikram_calendar, ethiopian_calendar
from orchestration.extraction.dates import MONTH_PATTERN, MONTHS
from orchestration.extraction.money import CHANGE_VERBS, ISO_CODES, PREFIXES
from orchestration.extraction.numbers import literal_alternation, parse_number
from orchestration.extraction.text import HintedSearch, has_digit
from orchestration.extraction.trade_lexicon import FLOW_VERBS, FLOW_WORDS


@dataclass(slots=True, unsafe_hash=True)
class Period:
    """A span of time named in the text; offsets index the string given to `find_periods`.

    `granularity`: year | multi_year | fiscal_year | season | half | quarter | months | month |
    ytd | trailing (a season is a split year whose months the text does not give). `inferred`
    is True when the year came from the publication date, not the text. `fiscal` is True when
    a fiscal-year start month was applied. `looks_back` is True for a period told only as one
    year before the story's ("Over the same period a year earlier,
    ..."): it is a look back, never the period the story moves on to. `months` holds, for a
    run of months joined by "and" ("January and February 2024"), the months it was read from,
    each its own period: as many amounts listed before the run are one a month
    (`trade_links.periods_respectively`), one amount is of the whole run.
    """

    start: int
    end: int
    period_start: date
    period_end: date
    text: str
    comparison: bool = False
    granularity: str = "year"
    preposition: str | None = None
    inferred: bool = False
    fiscal: bool = False
    looks_back: bool = False
    months: tuple[Period, ...] = ()

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        start: int,
        end: int,
        period_start: date,
        period_end: date,
        text: str,
        comparison: bool = False,
        granularity: str = "year",
        preposition: str | None = None,
        inferred: bool = False,
        fiscal: bool = False,
        looks_back: bool = False,
        months: tuple[Period, ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.period_start = period_start
        self.period_end = period_end
        self.text = text
        self.comparison = comparison
        self.granularity = granularity
        self.preposition = preposition
        self.inferred = inferred
        self.fiscal = fiscal
        self.looks_back = looks_back
        self.months = months


#: Month (1-12) in which the fiscal year starts, by ISO 3166 alpha-3 code (government or
#: statistical fiscal year as used in trade reporting). Countries not listed use January.
FISCAL_YEAR_START: Final[dict[str, int]] = {
    "IND": 4, "JPN": 4, "GBR": 4, "CAN": 4, "HKG": 4, "SGP": 4, "ZAF": 4, "MMR": 4, "IRN": 3,
    "NPL": 7, "PAK": 7, "BGD": 7, "EGY": 7, "KEN": 7, "UGA": 7, "TZA": 7, "ETH": 7, "AUS": 7,
    "NZL": 7, "SDN": 7, "MWI": 7, "ZMB": 1, "NGA": 1, "GHA": 1,
    "USA": 10, "THA": 10, "LKA": 1, "AFG": 12, "BTN": 7, "LSO": 4, "BWA": 4, "NAM": 4,
    "SWZ": 4, "MUS": 7, "QAT": 1, "KWT": 4, "SAU": 1, "ARE": 1,
    # Jamaica's runs April-March (Financial Administration and Audit Act), Tonga's July-June
    "JAM": 4, "TON": 7,
    # Samoa's, Nauru's, the Bahamas', Dominica's, Rwanda's and South Sudan's July-June; Fiji's
    # August-July (since 2017); Barbados', Belize's, Saint Lucia's and Brunei's April-March;
    # Trinidad and Tobago's, Haiti's and the US-associated Pacific states' October-September
    "WSM": 7, "NRU": 7, "BHS": 7, "DMA": 7, "RWA": 7, "SSD": 7, "FJI": 8,
    "BRB": 4, "BLZ": 4, "LCA": 4, "BRN": 4, "TTO": 10, "HTI": 10, "MHL": 10, "FSM": 10, "PLW": 10,
    # the Philippines' runs with the calendar year (its "FY2025" is January-December 2025)
    "PHL": 1,
}  # fmt: skip
DEFAULT_FISCAL_START_MONTH: Final = 7
#: The day of the start month on which a country's fiscal year starts, when not the 1st: Nepal's
#: starts on 1 Shrawan, mid-July (16 July, within a day), Ethiopia's on 1 Hamle, 8 July (its
#: copy spells its years out so: "the fiscal year that ended on July 7").
FISCAL_YEAR_START_DAY: Final[dict[str, int]] = {"NPL": 16, "ETH": ethiopian_calendar.FISCAL_START[1]}
#: A two-year label from this year on is in the Bikram Sambat calendar, 56-57 years ahead of
#: the Gregorian ("fiscal year 2079/80", Nepal's July 2022-July 2023): no Gregorian fiscal
#: year that late is reported. Its fiscal year starts on 1 Shrawan, mid-July of BS year - 57.
_BIKRAM_FIRST_YEAR: Final = 2060
#: A Thai Buddhist Era year ("BE 2566") is the Gregorian year plus this.
_BUDDHIST_OFFSET: Final = 543
_BIKRAM_OFFSET: Final = bikram_calendar.OFFSET
#: Nepal's fiscal start (month, day): 1 Shrawan, mid-July.
_NEPALI_FISCAL_START: Final = (7, 16)
#: Countries whose single-year fiscal label names the year the fiscal year starts in.
FISCAL_YEAR_NAMED_BY_START: Final = frozenset(["JPN"])

#: Counts written as words, of periods ("the first nine months") and of years ("over the past five years").
WORD_COUNTS: Final = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip
#: "opening" and "closing" are house-style synonyms of "first" and "final" ("the opening quarter
#: of this year", "the closing half of 2024"), and so is "latter" of "final" ("the latter half of
#: 2024", which had been the whole year).
_ORDINALS: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": -1, "last": -1, "opening": 1, "closing": -1, "latter": -1,
}  # fmt: skip
#: The words of `_ORDINALS`, as the period pattern's alternation.
_ORDINAL_ALTERNATION: Final = "|".join(_ORDINALS)
#: Quarters and halves numbered in Roman numerals, in Ukrainian, Belarusian and Polish copy ("the
#: II quarter of 2024", "I-III quarters of 2024"), in capitals only ("I" before "half" may be the
#: pronoun: only with a year after it is it read so).
_ROMAN: Final = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OPENING: Final = re.compile(r"(?:I{1,3}|IV)(?:[-–](?:I{1,3}|IV))?")
_COMPARISON_WORDS: Final = frozenset(["than", "versus", "vs", "vs.", "against", "from"])
_TIME_PREPOSITIONS: Final = frozenset(["in", "during", "for", "over", "of", "at"])
_AMOUNT_HEDGES: Final = frozenset(["about", "some", "nearly", "around", "almost", "roughly", "approximately"])
#: The nouns of a level named before its amount: "from a low of", "from its peak of".
_LEVEL_NOUNS: Final = frozenset(["low", "high", "peak", "level"])
_RANGE_WORDS: Final = frozenset(["to", "through", "thru", "until", "till"])
_CURRENCY_MARKERS: Final = frozenset(marker.lower() for marker in [*PREFIXES, *ISO_CODES])
_QUOTES: Final = "\"“”‘’'()[]"
_PREPOSITIONS: Final = frozenset([
    "in", "during", "for", "since", "by", "until", "till", "through", "thru", "throughout", "from", "over",
    "to", "between", "before", "after", "than", "of", "on", "at", "within", "across",
])  # fmt: skip
_NON_ANCHOR_PREPOSITIONS: Final = frozenset(["since", "by", "until", "till", "before", "after", "to"])
_BEGINNING_VERBS: Final = frozenset([
    "began", "begun", "begin", "begins", "beginning", "started", "start", "starts", "starting", "commenced",
    "launched", "originated",
])  # fmt: skip

_YEAR: Final = r"(?:19[5-9]\d|20\d\d)"
#: "CY2023", "CY23", "CY 2024": a calendar year, named so beside fiscal years.
_CY: Final = rf"CY\s?(?:{_YEAR}|\d\d)(?!\d)"
#: A decade written with an apostrophe after "the" (or "early", "mid-", "late"): "in the 2020's",
#: "by the mid-1990's" name no one year, as "the 2020s" does not. Without "the" it is a year's
#: possessive ("2020's exports", "in 2010's first half"), a year as before.
_DECADE_APOSTROPHE: Final = (
    r"(?:(?<=[Tt]he\s\d{3}0)|(?<=[Mm]id-\d{3}0)|(?<=[Ee]arly\s\d{3}0)|(?<=[Ll]ate\s\d{3}0))['’]s\b"
)
_FY_LABEL: Final = (
    r"(?:\d{4}\s?[-–/]\s?\d{2}(?:\d{2})?(?!\d)|\d{4}(?!\d)|\d{2}\s?[-–/]\s?\d{2}(?!\d)|\d{2}(?!\d))"
)
#: Whose fiscal year, between the label and the word or before the label: "the 2025/26
#: Ethiopian fiscal year", "Ethiopia's 2025/26 fiscal year".
_FISCAL_OWNER: Final = r"(?:[A-Z][a-z]+(?:['’]s)?\s+)?"
#: Whose fiscal year, after "last"/"this"/"the current": "the last Ethiopian fiscal year".
_FISCAL_DEMONYM: Final = r"(?:[A-Z][a-z]+\s+)?"
#: A year the story's has just closed, as African, Asian and wire copy names it: "the just-ended
#: fiscal year", "the just-concluded year", "the recently ended financial year" (the past one).
_JUST_ENDED: Final = r"(?:just|recently)[-\s](?:ended|concluded|completed|closed)"
_JUST_ENDED_SEARCH: Final = re.compile(_JUST_ENDED).search


#: After "the year just ended": no month or date that the year ended in ("the fiscal year that
#: just ended in March" is the twelve months to March, `fyend`).
_NO_MONTH_AFTER: Final = rf"(?!\s+(?i:in|on|to)\b|\s+\d|\s+{MONTH_PATTERN})"


def _looks_back(spec: str) -> bool:
    """Whether a relative spec (lower case) names the year before the current one: "last year",
    "the previous fiscal year", "the just-ended fiscal year"."""
    return any(w in spec for w in ("last", "previous", "past", "preceding")) or bool(_JUST_ENDED_SEARCH(spec))


#: One year's label before the words of a fiscal year: "the 2024 fiscal year", "the 2025 financial
#: year", as "fiscal year 2024" names it (the year had been read as calendar 2024). "fiscal" alone
#: after it is an adjective ("the 2024 fiscal deficit"), and a country's name between ("the 2016
#: Ethiopian fiscal year") is left to that calendar's reading.
_ONE_YEAR_FISCAL_WORDS: Final = r"(?![\d\-–/])\s+(?i:fiscal|financial)\s+(?i:year)(?!\w)"
_ONE_YEAR_FISCAL: Final = rf"\d{{4}}{_ONE_YEAR_FISCAL_WORDS}"
#: A year told relative to the story's, before "year": "this ", "last ", "the previous ".
_RELATIVE_YEAR: Final = (
    rf"(?:this|last|next|the\s+(?:current|previous|past|same|preceding|following|{_JUST_ENDED}))\s+"
)
#: A year named after "of" that makes "the last three months" that year's last, not the three
#: before publication ("the last three months of 2024", "... of last year").
_NAMED_YEAR: Final = rf"(?:{_YEAR}|(?i:(?:last|this)\s+year|the\s+(?:previous|preceding|current)\s+year))"
#: Not "the last three months of the year": the year's own last months (the ordinal's reading: its
#: October-December, of the year the story's has last ended), not the three before publication.
_LAST_OF_THE_YEAR: Final = r"(?(tlast)(?!\s+(?i:of\s+the\s+year)(?![\w-]))|)"
_YEAR_SPEC: Final = (
    # "the 2024-25 fiscal year", "Nepal's 2024/25 fiscal year", "the current 2024-25 fiscal year"
    rf"(?:(?:(?i:the)\s+)?{_FISCAL_OWNER}(?:(?i:current|ongoing)\s+)?\d{{4}}\s?[-–/]\s?\d{{2}}(?:\d{{2}})?\s+{_FISCAL_OWNER}"
    rf"(?i:fiscal|financial)(?:\s+(?i:year))?"
    rf"|(?:(?i:the)\s+)?{_ONE_YEAR_FISCAL}"
    rf"|{_YEAR}(?![\d-]|[–/]\d)"
    rf"|(?i:{_RELATIVE_YEAR})"
    rf"(?:{_FISCAL_DEMONYM}(?i:(?:fiscal|financial)\s+))?(?i:year)(?:\s+{_FY_LABEL})?"
    # "of the last financial year": "the last" names a year only as a fiscal one ("the last
    # year" is as well the twelve months to now)
    rf"|(?i:the\s+last\s+){_FISCAL_DEMONYM}(?i:(?:fiscal|financial)\s+year)(?:\s+{_FY_LABEL})?"
    rf"|(?:(?i:the\s+){_FISCAL_DEMONYM})?(?i:(?:fiscal|financial)\s+(?:year\s+)?){_FY_LABEL}|FY\s?{_FY_LABEL}|{_CY}"
    rf"|(?i:the\s+year)"
    # "the current fiscal" (Indian copy), "the fiscal year" with no label: the current one
    rf"|(?i:(?:this|last|the\s+(?:current|previous|past|preceding))\s+){_FISCAL_DEMONYM}(?i:fiscal|financial)"
    rf"(?!\s+(?i:year))"
    rf"(?:\s+{_FY_LABEL}|\b)"
    # ... also with whose it is: "the first ten months of the Ethiopian fiscal year"
    rf"|(?i:the\s+){_FISCAL_DEMONYM}(?i:(?:fiscal|financial)\s+year)(?!\s*\d))"
)
#: A year told relative to the story's that owns a part of it: "this year's first half", "last
#: year's fourth quarter", "the previous year's second half" (only with its possessive: "last
#: year first half" is no such phrase).
_RELATIVE_YEAR_OWNER: Final = rf"(?i:{_RELATIVE_YEAR}year)(?=['’]s\s)"
#: A fiscal year by its label that owns a part of it: "FY25's first ten months", "fiscal 2024's
#: second half", "FY2024-25's first quarter" (only with its possessive, as above).
_FISCAL_YEAR_OWNER: Final = rf"(?:FY\s?|(?i:fiscal|financial)\s+(?:(?i:year)\s+)?){_FY_LABEL}(?=['’]s\s)"
#: "2022-23", "2023/24" after a month range: the fiscal year the months belong to.
_TWO_YEAR_LABEL: Final = r"(?:19|20)\d\d\s?[-–/]\s?\d\d(?:\d\d)?(?![\d%]|[.,]\d)"
_FISCAL_LABEL: Final = re.compile(r"(\d{2,4})(?:\s?[-–/]\s?(\d{2,4}))?")
_RANGE_WORD: Final = (
    r"\s*(?:[-–](?:to|through|till|until)[-–]|-|–|—|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*"
)
#: "nine months", "nine-month period".
_MONTHS_WORD: Final = r"(?:\s+(?i:months)|-(?i:month\s+period))"
_COUNT: Final = rf"(?:\d{{1,2}}|(?i:{'|'.join(WORD_COUNTS)}))"
#: Number words past twelve: the tens, then the teens (`_YEARS_BACK_COUNT` slices them so).
_TENS_AND_TEENS: Final = (
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
#: How many years or decades back a comparison goes ("forty years ago", "two decades earlier"):
#: counts of whole years run past twelve, as a period's months do not.
_YEARS_BACK_COUNT: Final = (
    rf"(?:\d{{1,3}}|(?i:(?:{'|'.join(_TENS_AND_TEENS[:8])})(?:-(?:{'|'.join(WORD_COUNTS[:9])}))?"
    rf"|{'|'.join(_TENS_AND_TEENS[8:])}|{'|'.join(WORD_COUNTS)}|a\s+hundred))"
)

#: A day of a month, either order: "1 April", "1st of April", "April 1", "Aug. 25th".
_DAY_MONTH: Final = (
    rf"(?:(?P<{{0}}d>\d{{{{1,2}}}})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<{{0}}m>{MONTH_PATTERN})"
    rf"|(?P<{{0}}m_>{MONTH_PATTERN})\.?\s+(?P<{{0}}d_>\d{{{{1,2}}}})(?:st|nd|rd|th)?)(?![\d,.]?\d)"
)

#: Words before a lone month that make it the end of the year so far ("through August").
_UP_TO: Final = frozenset(["through", "thru", "until", "till"])
#: Words before "to" or "of" that make the lone month after them the end of a running total
#: ("accumulated to October", "up to October", "as of October"), as "through" does.
_RUNNING_TOTAL_BEFORE: Final = {
    "to": frozenset(["up", "accumulated", "cumulative", "cumulatively"]),
    "of": frozenset(["as"]),
    "at": frozenset(["as"]),
}


def _either_case(word: str) -> str:
    """`word` with its first letter in either case ("[Aa]s"): a look-behind cannot be made
    case-insensitive alone, and the words open the sentence too ("As of end-September, ...")."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


#: The words before "the end of <Month>" that make it the end of a running total ("as of",
#: "through", "accumulated to", "by", "at"): one look-behind each (they differ in width).
#: "at the end of May 2025", "at end-June" are the French "à fin mai" of North and West
#: African statistics (the year so far, as "by the end of June"); a month alone is "in May".
_TO_MONTH_END: Final = "|".join(
    [rf"(?<={_either_case(word)}\s)" for word in sorted(_UP_TO)]
    + [
        rf"(?<={_either_case(before)}\s{word}\s)"
        for word, befores in _RUNNING_TOTAL_BEFORE.items()
        if word != "at"  # "as at": within the bare "at" below
        for before in sorted(befores)
    ]
    + [r"(?<=\b[Bb]y\s)", r"(?<=\b[Aa]t\s)"]
)

#: A year told relative to the story's after "the end of <Month>": "by the end of March last year",
#: "at end-June of the previous year" (that year's running total, not this year's).
_END_OF_RELATIVE_YEAR: Final = r"(?i:(?:last|this)\s+year|the\s+(?:previous|preceding|current)\s+year)\b"

#: The ordinal suffix of a day in "the year ended 30th June 2025", "the fiscal year ended March
#: 31st" (African, Caribbean and Pacific official style).
_ORD: Final = r"(?:st|nd|rd|th)?"
#: ... and before its month, maybe with "of" ("the 12 months to 31st of March 2025").
_ORD_OF: Final = r"(?:(?:st|nd|rd|th)(?:\s+(?i:of))?)?"

#: "the end of" before the last month of a run ("from January to the end of November", "between
#: January and end-November"): the run ends with that month.
_END_OF: Final = r"(?:(?i:the\s+)?(?i:end)(?:\s+(?i:of)\s+|-))?"

#: The twelve months of the Iranian (solar hijri) year by their common transliterations
#: ("Mordad" or "Amordad", "Dey" or "Dei", "Esfand" or "Isfand").
_PERSIAN_MONTHS: Final = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
    "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11,
    "esfand": 12, "isfand": 12,
}  # fmt: skip
#: Their names, Title or UPPER case: "Tir", "Dey" and "Mehr" are ordinary words and names too,
#: so the grammar reads a name as a month only beside a year, in a run of months or after "the
#: month of" (`pmonths`).
_PERSIAN_MONTH_NAMES: Final = [n for m in _PERSIAN_MONTHS for n in (m.title(), m.upper())]
_PERSIAN_MONTH: Final = rf"(?:{literal_alternation(_PERSIAN_MONTH_NAMES)})(?![A-Za-z])"

#: The name of the Iranian (solar hijri) year: "Iranian year", "Persian calendar year", "Iranian
#: fiscal year", and as Iranian copy also calls it, "solar year" and "solar hijri year" ("in the
#: solar year 1402", "the last solar year"): no other calendar's year is called solar in a story
#: that counts trade by it. Without the calendar's name, "solar" needs a year or a relative word
#: ("The solar year has 365 days" names none: `_persian`).
_SOLAR_YEAR_WORDS: Final = (
    r"(?:(?i:Iranian|Persian)\s+(?:(?i:solar)\s+(?:(?i:hijri)\s+)?)?|(?P<psolar>(?i:solar))\s+(?:(?i:hijri)\s+)?)"
    r"(?:(?i:calendar|fiscal)\s+)?(?i:year)"
)

#: The mark of a year of the lunar (Islamic) hijri calendar after it: "1446 AH", "1446 A.H.",
#: "1446H", "1446 Hijri". Saudi and Gulf copy dates its own years so; such a year is no solar
#: hijri year of Iran's ("the first four months of 1446 AH" had been read as one, in 2067).
_LUNAR_HIJRI_AFTER: Final = r"\s*(?:A\.\s?H\.?|AH\b|H\b|(?i:hijri)\b)"

#: A year of two digits after an apostrophe, right after a month: "Apr'24-Mar'25", "April '24 to
#: March '25" (Indian and business copy); not a decade ("the '90s") nor a number going on.
_SHORT_YEAR: Final = r"\s?['’](?P<{0}>\d\d)(?![\d%'’]|[.,]\d|s\b)"
#: The century of such a year.
_CENTURY: Final = 2000

#: Between a quarter's or half's code and its year, a slash or a dash before four digits:
#: "Q2/2023", "H1-2024" (the code had been read alone, in the publication year, and the year
#: apart from it). A dash before anything else is a run ("Q1-Q3").
_CODE_YEAR_MARK: Final = r"\s?/\s?|[-–](?=(?:19|20)\d\d(?!\d))"

#: "year" after "half", as CIS and Central European copy calques the half-year («полугодие»):
#: "the first half-year of 2024", "the second half year 2024" (the half had been read alone, in the
#: publication year, and the year apart as a whole one); not the "year" of "half year-on-year".
_HALF_YEAR: Final = r"(?:(?<=[Hh]alf|HALF)[-\s](?i:year)(?![\w-]|\s+(?i:on|over)\b))?"

_PERIOD: Final = re.compile(
    rf"""
    (?P<days>(?:(?P<dbetween>[Bb]etween)\s+)?(?:{_DAY_MONTH.format("a")}|(?P<amonly>{MONTH_PATTERN}))
        (?:,?\s+(?P<dy1>{_YEAR})(?!\d))?
        (?P<dsep>(?(dbetween)\s+and\s+|(?!))|{_RANGE_WORD}){_DAY_MONTH.format("b")}
        (?:,?\s+(?:(?i:of)\s+)?(?P<dspec>{_YEAR_SPEC}))?)
    | (?P<numdays>(?:(?P<ndbetween>[Bb]etween)\s+|(?P<ndasof>(?<=[Aa]s\sof\s|[Aa]s\sat\s)))?
        (?P<nd1>\d{{1,2}})(?P<ns1>[./])(?P<nm1>\d{{1,2}})(?P=ns1)(?P<ny1>{_YEAR})(?![\d.,]?\d)
        (?(ndasof)|(?:(?(ndbetween)\s+and\s+|(?!))|\s*[-–]\s*|\s+(?i:to|through|till|until)\s+)
        (?P<nd2>\d{{1,2}})(?P<ns2>[./])(?P<nm2>\d{{1,2}})(?P=ns2)(?P<ny2>{_YEAR})(?![\d.,]?\d)))
    | (?P<asof>(?<=[Aa]s\sof\s|[Aa]s\sat\s){_DAY_MONTH.format("e")}(?:,?\s+(?P<aoyear>{_YEAR})(?!\d))?
        ,?\s+(?:(?i:in|of|during)\s+)?(?P<aospec>{_YEAR_SPEC}))
    | (?P<asofend>(?=[TtEe])(?:{_TO_MONTH_END})
        (?i:the\s+)?(?i:end)(?:-|\s+(?:(?i:of)\s+)?)
        (?P<aem>{MONTH_PATTERN})(?:,?\s+(?P<aey>{_YEAR})(?!\d)|\s+(?:(?i:of)\s+)?(?P<aerel>{_END_OF_RELATIVE_YEAR}))?)
    | (?P<pmonths>(?:(?P<pmof>(?i:the\s+month\s+of))\s+)?
        (?P<pm1>{_PERSIAN_MONTH})(?:{_RANGE_WORD}(?P<pm2>{_PERSIAN_MONTH}))?
        (?:,?\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?(?P<pmrel>(?i:current|past|last|previous|this))\s+
        (?i:Iranian|Persian)\s+(?:(?i:calendar|fiscal)\s+)?(?i:year)(?![\w-]|\s*\d)
        |,?\s+(?:(?i:of)\s+)?(?:(?i:the\s+)?(?:(?i:Iranian|Persian)\s+)?(?:(?i:calendar|fiscal)\s+)?
        (?i:year)\s+)?(?P<pmy>1[34]\d\d)(?![\d%]|[.,]\d))?
        (?(pmy)|(?(pmrel)|(?(pm2)|(?(pmof)|(?!))))))
    | (?P<persian>(?P<pfirst>(?i:first)\s+
        (?:(?P<pcount>{_COUNT})\s+(?P<punit>(?i:months|quarters))|(?P<ppart>(?i:half|quarter)))\s+(?i:of)\s+)?
        (?:(?i:the\s+)?(?:(?P<prel>(?i:current|past|last|previous|this))\s+)?(?:(?P<psb>1[34]\d\d)\s+)?
        {_SOLAR_YEAR_WORDS}(?:\s+(?:(?i:of)\s+)?(?P<psh>1[34]\d\d)(?!\d))?
        |(?(pfirst)(?:(?i:the\s+)?(?i:year\s+))?(?P<pbare>1[34]\d\d)(?:(?P<plunar>{_LUNAR_HIJRI_AFTER})|(?!\d|[.,]\d))|(?!)))
        (?:\s*[,(]?\s*(?:(?i:which\s+|that\s+)?(?i:ended|ending)|(?i:to))\s+(?:(?i:on)\s+)?(?:(?P<ped1>\d{{1,2}}){_ORD_OF}\s+)?(?i:March)
        (?:\s+(?P<ped2>\d{{1,2}}){_ORD})?,?\s+(?P<peyear>{_YEAR})(?!\d))?)
    | (?P<between>[Bb]etween\s+(?:(?P<bm1>{MONTH_PATTERN})(?:,?\s+(?P<by0>{_YEAR})(?!\d))?
        \s+and\s+{_END_OF}(?P<bm2>{MONTH_PATTERN})
        (?:,?\s+(?:(?i:of)\s+)?(?P<bspec>{_YEAR_SPEC}))?|(?P<by1>{_YEAR})\s+and\s+(?P<by2>{_YEAR})(?![\d-])))
    | (?P<mquarter>(?P<mqm>{MONTH_PATTERN})(?:\s+(?P<mqy>{_YEAR}))?(?P<mqended>[-\s](?i:ended|ending))?\s+
        (?:(?i:quarter)(?!\w)|(?P<mqyear>(?i:year))(?![\w-]|\s+(?i:on|over)\s)
        |(?(mqended)(?P<mqhalf>(?i:half(?:[-\s]year)?))(?![\w-])|(?!)))
        (?:,?\s+(?:(?i:of)\s+)?(?P<mqspec>{_YEAR_SPEC}))?)
    | (?P<dayrun>(?:(?P<rm>{MONTH_PATTERN})\.?\s+(?P<rd1>\d{{1,2}})|(?P<rd1_>\d{{1,2}}))(?:st|nd|rd|th)?
        (?:\s*[-–]\s*|\s+(?i:to|through)\s+)(?P<rd2>\d{{1,2}})(?:st|nd|rd|th)?(?(rm)|\s+(?P<rm_>{MONTH_PATTERN}))
        (?![\d,.]?\d|-)(?:,?\s+(?:(?i:of)\s+)?(?P<rspec>{_YEAR_SPEC}))?(?:\s+(?i:period))?)
    | (?P<firstdays>(?:(?i:first)\s+
        (?:(?P<fdn>{_COUNT})\s+(?P<fdu>(?i:days|weeks))|(?P<fdone>(?i:week|fortnight)))
        |(?P<fdhalf>(?i:first|second|latter))\s+(?i:half))\s+(?i:of)\s+
        (?:(?P<fdrel>(?i:this|last|the\s+(?:current|previous|past)))\s+(?i:month)
        |(?P<fdm>{MONTH_PATTERN})(?:,?\s+(?:(?i:of)\s+)?(?P<fdspec>{_YEAR_SPEC}))?))
    | (?P<months>(?P<m1>{MONTH_PATTERN})
        (?:\s+(?P<y1>{_YEAR})(?!\d|[-–/]\d\d(?!\d))|{_SHORT_YEAR.format("y1s")})?
        (?:(?P<msep>{_RANGE_WORD}){_END_OF}(?P<m2>{MONTH_PATTERN}))?
        (?:\s+(?i:period|quarter)|(?(m2)\s+(?i:half)(?![\w-])|(?!)))?
        (?:,?\s+(?:(?i:of)\s+)?(?P<mspec>{_YEAR_SPEC})|\s+(?:(?i:of)\s+)?\(?(?P<mlabel>{_TWO_YEAR_LABEL})\)?
        |{_SHORT_YEAR.format("mys")})?
        (?:\s+(?i:period))?)
    | (?P<relmonth>(?i:last\s+month)(?![\w-]|\s+(?i:of)\b))
    | (?P<partbefore>(?i:the\s+(?:previous|preceding)\s+(?P<pbunit>quarter|month))(?![\w-])
        |(?P<pbcount>(?i:an?)|{_COUNT})\s+(?P<pbunits>(?i:months?|quarters?))\s+(?i:earlier|before|ago)(?![\w-]))
    | (?P<relquarter>(?<![Tt]he\s)(?<![\w-])(?i:last\s+quarter)(?![\w-]|\s+(?i:of)\b|\s+{_YEAR}))
    | (?P<ordinal>(?P<ord>(?i:{_ORDINAL_ALTERNATION}))(?:\s+|-)
        (?:(?P<ocount>{_COUNT})\s+)?(?P<ounit>(?i:quarters?|trimesters?|half|halves|months?|semesters?))
        {_HALF_YEAR}
        (?:(?P<oparen>\s*\((?:[A-Za-z]|\d[A-Za-z])[^()$€£¥%]{{0,29}}\))?\s+(?i:of)\s+(?P<ospec>{_YEAR_SPEC})
        |\s+(?i:of)\s+(?P<olabel>{_TWO_YEAR_LABEL})(?!\s+(?i:season|marketing|crop|harvest|campaign))
        |\s+(?P<oyear>{_YEAR})(?![\d%]|[-–/.,]\d))?)
    | (?P<roman>(?P<ra>I{{1,3}}|IV)(?:\s*[-–]\s*(?P<rb>I{{1,3}}|IV))?\s+(?P<runit>(?i:quarters?|half|halves))
        ,?\s+(?:(?i:of)\s+)?(?P<rnspec>{_YEAR_SPEC}))
    | (?P<yordinal>(?P<yoyear>{_YEAR}|{_RELATIVE_YEAR_OWNER}|{_FISCAL_YEAR_OWNER})(?:['’]s)?\s+
        (?P<yoord>(?i:{_ORDINAL_ALTERNATION}))(?:\s+|-)
        (?:(?P<yocount>{_COUNT})\s+(?P<yocunit>(?i:months|quarters))|(?P<younit>(?i:quarter|trimester|half|semester)))(?!\w))
    | (?P<fyend>(?i:(?:fiscal|financial)\s+year\s+(?:(?:that|which)\s+)?
        (?:(?:just|recently)\s+)?(?:ended|ending|to)(?:\s+(?:in|on))?)\s+(?:(?P<feday>\d{{1,2}}){_ORD_OF}\s+)?
        (?P<femonth>{MONTH_PATTERN})(?:\s+(?P<feday_>\d{{1,2}}){_ORD}(?!\d))?(?:,?\s+(?P<feyear>{_YEAR}))?)
    | (?P<qto>(?:(?P<qtcount>{_COUNT})\s+(?P<qtunit>(?i:quarters|months))|(?i:year))\s+
        (?i:to|ended|ending|through)\s+
        (?:(?i:the\s+(?:end|close)\s+of)\s+|(?i:end)(?:-|\s+(?:(?i:of)\s+)?))?(?:(?i:the)\s+)?
        (?:(?P<qtord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)|Q(?P<qtq>[1-4])(?!\w)
        |(?P<qtmonth>{MONTH_PATTERN})\s+(?i:quarter))
        (?:,?\s+(?:(?i:of)\s+)?(?P<qtyear>{_YEAR})(?!\d))?)
    | (?P<yearto>(?:(?P<tocount>{_COUNT})(?:{_MONTHS_WORD}|\s+(?P<toquarters>(?i:quarters)))
        |(?P<tohalf>(?i:half[-\s]year|six[-\s]month\s+period))|(?P<toquarter>(?i:quarter))|(?i:year))
        \s+(?:(?i:to|through)|(?i:(?:(?:that|which)\s+)?(?:(?:just|recently)\s+)?(?:ended|ending))(?:\s+(?i:in|on))?)\s+
        (?:(?i:the\s+end\s+of)\s+|(?i:end)(?:-|\s+(?:(?i:of)\s+)?))?(?:(?P<today>\d{{1,2}}){_ORD_OF}\s+)?(?P<tomonth>{MONTH_PATTERN})(?:\s+(?P<today_>\d{{1,2}}){_ORD}(?![\d,.]\d))?
        (?:,?\s+(?P<toyear>{_YEAR})(?!\d))?)
    | (?P<count>(?P<ncount>{_COUNT}){_MONTHS_WORD}(?:\s+(?i:of)\s+(?P<nspec>{_YEAR_SPEC}))?)
    | (?P<qcode>Q(?P<q>[1-4])(?:\s?[-–]\s?(?:Q(?P<q2>[1-4])|(?P<q2bare>[2-4])(?![\d.,]\d|\s?%)))?
        (?:(?![\w])|(?=FY\s?\d))
        (?:(?:,?\s?(?:(?i:of)\s+)?|{_CODE_YEAR_MARK})(?P<qspec>{_YEAR_SPEC}|'\d\d))?)
    | (?P<qcode2>(?P<q_>[1-4])Q\s?(?P<qy_>FY\s?{_FY_LABEL}|{_CY}|{_YEAR}|'?\d\d)?(?!\d))
    | (?P<hcode>H(?P<h>[12])(?:(?![\w])|(?=FY\s?\d))
        (?:(?:,?\s?(?:(?i:of)\s+)?|{_CODE_YEAR_MARK})(?P<hspec>{_YEAR_SPEC}|'\d\d))?)
    | (?P<hcode2>(?P<h_>[12])H\s?(?P<hy_>FY\s?{_FY_LABEL}|{_CY}|{_YEAR}|'?\d\d)?(?!\d))
    | (?P<mcode>(?<![\d$€£¥₹.,])(?P<mc>1[0-2]|[1-9])M(?:(?P<mcof>\s+(?i:of)\s+)|{_CODE_YEAR_MARK}|\s?)
        (?P<mcy>FY\s?{_FY_LABEL}|{_CY}|{_YEAR}|'?\d\d)(?!\d))
    | (?P<cy>{_CY})
    | (?P<fiscal>(?:FY\s?['’-]?|(?i:fiscal|financial)\s+(?i:year\s+)?['’]?)(?P<fy>{_FY_LABEL}))
    | (?P<fylabel>(?P<fy2>\d{{4}}\s?[-–/]\s?\d{{2}}(?:\d{{2}})?)(?!\d)\s+{_FISCAL_OWNER}
        (?i:fiscal|financial)(?:\s+(?i:year))?|(?P<fy1>\d{{4}}){_ONE_YEAR_FISCAL_WORDS})
    | (?P<relfiscal>(?i:(?:this|last|next|the\s+(?:current|previous|past|preceding|next|{_JUST_ENDED}))\s+)
        {_FISCAL_DEMONYM}(?i:(?:fiscal|financial)(?:\s+year)?)
        (?:\s+(?P<rfy>{_FY_LABEL}))?
        |(?i:the)\s+{_FISCAL_DEMONYM}(?i:(?:fiscal|financial)\s+year\s+(?:(?:that|which)\s+)?(?:has\s+)?{_JUST_ENDED})
        {_NO_MONTH_AFTER})
    | (?P<same>(?i:(?:the|(?P<sown>{_YEAR}|last\s+year|the\s+(?:previous|preceding)\s+year)['’]s)\s+
        (?:same|corresponding|comparable|equivalent|like)\s+(?:{_COUNT}(?:-month)?\s+|{_COUNT}-)?(?P<sunit>period|months?|quarter|half)
        (?:\s+(?:of|in|a)\s+(?P<sspec>{_YEAR_SPEC}|year\s+(?:ago|earlier|before))|\s+(?P<sago>(?:a\s+)?year\s+(?:ago|earlier|before)
        |(?:last|the\s+(?:previous|preceding))\s+(?:(?:fiscal|financial)\s+)?year))?))
    | (?P<yoy>(?i:year[-\s]on[-\s]year|year[-\s]over[-\s]year|on[-\s]year)|\b(?i:y/y|yoy|y-o-y)\b)
    | (?P<earlier>(?i:a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|the\s+previous\s+year
        |the\s+preceding\s+year)|(?P<ecount>{_YEARS_BACK_COUNT})\s+(?i:years\s+(?:earlier|ago|before))
        |(?P<dcount>(?i:a)|{_YEARS_BACK_COUNT})\s+(?i:decades?\s+(?:earlier|ago|before)))
    | (?P<fytd>\bFY\s?TD\b|(?i:(?:fiscal|financial)[-\s]year[-\s]to[-\s]date))
    | (?P<ytd>(?i:so\s+far\s+this\s+year|year[-\s]to[-\s]date|the\s+year\s+so\s+far
        |since\s+the\s+(?:beginning|start)\s+of\s+the\s+year
        |since\s+(?:the\s+(?:beginning|start)\s+of\s+)?january(?![\w-]|,?\s+\d))
        |\bYTD\b)
    | (?P<trailing>(?i:the\s+(?:past|(?P<tlast>last))\s+(?P<tcount>{_COUNT})\s+months)
        (?!\s+(?i:of)\s+{_NAMED_YEAR}){_LAST_OF_THE_YEAR})
    | (?P<relyear>(?i:(?:last|this|next)\s+year|the\s+(?:current|past|outgoing|{_JUST_ENDED})\s+year
        |the\s+year\s+(?:(?:that|which)\s+)?(?:has\s+)?{_JUST_ENDED}{_NO_MONTH_AFTER}))
    | (?P<buddhist>(?:B\.E\.|BE)\s?(?P<be1>25\d\d)(?!\d)|(?P<be2>25\d\d)\s?(?:B\.E\.|BE\b))
    | (?P<ycode>(?P<yq_y>{_YEAR})\s?[-–:/]?\s?(?:Q(?P<yq_q>[1-4])|H(?P<yq_h>[12]))(?![\w]))
    | (?P<years>(?P<ya>{_YEAR})
        (?:\s?[-–/]\s?(?P<yb>{_YEAR}|\d\d)(?![\d-]|[.,]\d)|\s+(?:to|through|thru)\s+(?P<yc>{_YEAR}))?
        # (not a decade: "since the 1990s", "by the mid-2020s", "in the 2020's" name no one year)
        (?![\d%]|[.,]\d|s\b|{_DECADE_APOSTROPHE}|\s?(?i:million|billion|trillion|thousand|mln|bn|tons|tonnes)\b))
    """,
    re.VERBOSE,
)

_ANCHOR_WORDS: Final = [
    "quarter", "quarters", "half", "halves", "month", "months", "year", "years", "period", "semester",
    "semesters", "trimester", "trimesters", "fiscal", "decade", "decades",
]  # fmt: skip
_CODE_ANCHORS: Final = ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "1Q", "2Q", "3Q", "4Q", "1H", "2H", "FY", "CY",
                        "y/y", "yoy", "y-o-y", "YTD", "FYTD", *(f"{n}M" for n in range(1, 13))]  # fmt: skip
#: Two scans whose patterns open with literals, so the engine skips ahead on its own: words
#: and codes, and years (the lookbehind sits after the first two digits for the same reason).
_WORD_ANCHORS: Final = re.compile(
    literal_alternation([*{n for m in MONTHS for n in (m.title(), m.upper())}, *_CODE_ANCHORS,
                         *{n for w in _ANCHOR_WORDS for n in (w, w.title(), w.upper())},
                         *_PERSIAN_MONTH_NAMES])
)  # fmt: skip
_YEAR_ANCHORS: Final = re.compile(r"19(?<![\d.,]19)[5-9]\d(?!\d)|20(?<![\d.,]20)\d\d(?!\d)")
#: Years of the Thai Buddhist Era ("BE 2566"), scanned only in text that writes "BE" or "B.E.":
#: elsewhere a 25xx number is a quantity ("2500 tonnes").
_BUDDHIST_YEAR_ANCHORS: Final = re.compile(r"25(?<![\d.,]25)\d\d(?!\d)")
#: A date written in digits with its year, day first: "31.05.2025", "01/01/2025" (its year is no
#: anchor of its own after a dot). Scanned for only in text with such a year (`_NUMERIC_YEAR_HINTS`).
_NUMERIC_DATE_ANCHORS: Final = re.compile(r"(?<![\d./])\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d(?!\d)")
_NUMERIC_YEAR_HINTS: Final = (".20", "/20", ".19", "/19")
_OPENING_WORDS: Final = frozenset([
    "the", "a", "between", "first", "second", "third", "fourth", "final", "last", "opening", "closing",
    "latter", "1st", "2nd", "3rd", "4th", "this", "next", "so", "since", "fiscal", "financial", "year", "on",
    "end", "y/y", "yoy",
    *WORD_COUNTS,  # (the tens and teens: `_can_open` tests them, also before a hyphen)
])  # fmt: skip
_SHORT_REACH, _LONG_REACH = 2, 6  # words tried before a year or code / before a word anchor
_DAY_AFTER_MONTH: Final = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d.,]?\d)")
_DAY_BEFORE_MONTH: Final = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DATE_AFTER_YEAR: Final = re.compile(r"[-./]\d{1,2}[-./]\d{1,2}")
#: Months in parentheses after a period, maybe from the middle of one to the middle of another
#: ("(July-December)", "(mid-July to mid-November)": Nepal's year starts mid-July).
_PARENTHESISED_MONTHS: Final = re.compile(
    rf"\s*\((?:(?i:mid)-?\s*)?(?P<m1>{MONTH_PATTERN}){_RANGE_WORD}(?:(?i:mid)-?\s*)?(?P<m2>{MONTH_PATTERN})\)"
)
#: "fiscal 2023/24, which ran from October to September": the months a fiscal year runs,
#: told in a relative clause as in parentheses ("(October-September)").
_RAN_MONTHS_CLAUSE: Final = re.compile(
    rf",?\s+(?i:which|that)\s+(?i:ran|runs|run|spanned|spans|covered|covers)\s+(?i:from\s+)?"
    rf"(?P<m1>{MONTH_PATTERN}){_RANGE_WORD}(?P<m2>{MONTH_PATTERN})\b"
)
_THE_BEFORE: Final = re.compile(r"(?i)\bthe\s+$")
#: "fiscal 2022, which ended in March this year": the month (and year) a fiscal year ended; also
#: told with the participle alone, after a comma, in brackets or right after the label ("FY2024
#: (ended March 2024)", "FY 2023-24, ended March 31, 2024", "fiscal year 2024 ending June 30"),
#: as Indian and African copy writes it.
_ENDED_CLAUSE: Final = re.compile(
    rf"(?:,?\s+(?i:which|that)\s+(?i:ended|ends|closed|ran\s+(?:to|until|through))"
    rf"|(?P<open>\s*\(\s*)(?i:ended|ending)|,?\s+(?i:ended|ending))\s+(?:(?i:in|on)\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{MONTH_PATTERN})(?:\s+(?P<day_>\d{{1,2}})(?!\d))?"
    rf"(?:,?\s+(?P<year>{_YEAR}(?!\d)|(?i:this|last)\s+year))?(?(open)\s*\)|)"
)
#: Days in the months of the Iranian (solar hijri) year; the last has 30 in a leap year.
_PERSIAN_MONTH_DAYS: Final = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)
#: Between a period and its dates in parentheses: the rest of its name, no figure or clause.
_BEFORE_SPELLED_OUT: Final = re.compile(r"[^\d(),;.]{0,60}\(\s*")
#: Relative words that count from a period already named, not from the publication date.
_BEFORE_REFERENCE: Final = re.compile(r"(?i)\b(?:previous|preceding)\b")
_FISCAL_WORD_NEAR: Final = re.compile(r"(?i)\b(?:fiscal|financial|FY)\b")
_LOOKBACK: Final = 60
_ANCHOR_FORWARD_REACH: Final = 200


def _fiscal_days(start_year: int, start_month: int, start_day: int) -> tuple[date, date]:
    """`fiscal_year`, Nepal's to the day where its calendar is known (1 Shrawan to the end of
    Asar: 16 July 2024-16 July 2025), as its start day is only about the 16th."""
    if (start_month, start_day) == _NEPALI_FISCAL_START:
        exact = bikram_calendar.fiscal_months(start_year, 0, 12)
        if exact is not None:
            return exact
    return fiscal_year(start_year, start_month, start_day)


def fiscal_year(start_year: int, start_month: int, start_day: int = 1) -> tuple[date, date]:
    """First and last day of the fiscal year that starts in `start_month` of `start_year`
    (start month 1 is the calendar year), on `start_day` of it (Nepal's mid-July)."""
    first = date(start_year, start_month, start_day)
    return first, _add_years(first, 1) - timedelta(days=1)


def fiscal_start_month_for(country_iso3: str | None) -> int:
    """The fiscal-year start month of a country (1 when it reports by calendar year)."""
    return FISCAL_YEAR_START.get(country_iso3 or "", 1)


def fiscal_start_day_for(country_iso3: str | None) -> int:
    """The day of its start month on which a country's fiscal year starts (1 for most)."""
    return FISCAL_YEAR_START_DAY.get(country_iso3 or "", 1)


#: The days of months offset..offset+length of a fiscal year that opens in a given year.
_FiscalMonths = Callable[[int, int, int], tuple[date, date] | None]


def _national_fiscal_months(
    start: tuple[int, int], fiscal_start_year: int, offset: int, length: int
) -> tuple[date, date] | None:
    """Months offset..offset+length of the fiscal year that opens on (month, day) `start` in
    `fiscal_start_year`, as its own calendar counts them, where it opens mid-month: Nepal's (1
    Shrawan, mid-July) and Ethiopia's (1 Hamle, 8 July), whose parts are not calendar months;
    None for a year that opens on the 1st, or for months outside the year."""
    months_of = _NATIONAL_FISCAL_MONTHS.get(start)
    return months_of(fiscal_start_year, offset, length) if months_of is not None else None


#: The fiscal years that open mid-month, by (month, day), and how their months are counted.
_NATIONAL_FISCAL_MONTHS: Final[dict[tuple[int, int], _FiscalMonths]] = {
    _NEPALI_FISCAL_START: bikram_calendar.fiscal_months,
    ethiopian_calendar.FISCAL_START: ethiopian_calendar.fiscal_months,
}


def _bikram_part(years: tuple[int, int] | None, offset: int, length: int) -> tuple[date, date] | None:
    """Months offset..offset+length of a Bikram Sambat fiscal year, from and to mid-month as its
    months run ("the first ten months of 2079/80": 16 July 2022-15 May 2023); None for a label
    of Gregorian years, or for no label (`years` None, as `_label_years` gives for a spec
    with none), so each caller asks here once."""
    fiscal = _bikram_fiscal_year(*years) if years is not None else None
    if fiscal is None:
        return None
    exact = bikram_calendar.fiscal_months(fiscal[0].year, offset, length)
    if exact is not None:
        return exact
    day = fiscal[0].day
    first = _add_months(fiscal[0], offset).replace(day=day)
    return first, _add_months(first, length).replace(day=day) - timedelta(days=1)


def _bikram_fiscal_year(first_year: int, second_year: int) -> tuple[date, date] | None:
    """The Gregorian days of a Bikram Sambat fiscal year labelled by its two years ("2079/80":
    16 July 2022-15 July 2023); None for a label of Gregorian years."""
    if first_year < _BIKRAM_FIRST_YEAR or second_year != first_year + 1:
        return None
    return _fiscal_days(
        first_year - _BIKRAM_OFFSET, fiscal_start_month_for("NPL"), fiscal_start_day_for("NPL")
    )


def _label_years(spec: str) -> tuple[int, int] | None:
    """The two years of the fiscal label a spec holds ("fiscal year 2080/81": 2080, 2081), for
    the Bikram Sambat test; None when it holds none over two consecutive years."""
    label = _FISCAL_LABEL.search(spec)
    return _two_year_label(label.group()) if label is not None else None


def _start_day(ctx: _Context, start_month: int) -> int:
    """The day a fiscal year starting in `start_month` starts on: the story's country's day
    (Nepal's mid-July) when that month is its start month, else the 1st."""
    return ctx.fiscal_start_day if start_month == ctx.fiscal_start_month else 1


def find_periods(
    text: str,
    published: date | None,
    fiscal_start_month: int | None = None,
    fiscal_named_by_start: bool = False,
    told_before: tuple[date, date] | None = None,
    fiscal_start_day: int = 1,
    buddhist_era: bool = False,
) -> list[Period]:
    """Every reporting period in `text`, in order, resolved by the module's rules.
    `told_before` is the period a story told before this text: "the same period a year
    earlier" and "a year earlier" with no period of their own sentence to go back from
    ("A year earlier, exports had stood at ...") go back from it. `buddhist_era` is True for a
    Thai story, whose bare years are of the Buddhist Era ("in 2567" is 2024:
    `_gregorian_years`)."""
    read = _gregorian_years(text) if buddhist_era else text
    found = _find_periods(
        read, published, fiscal_start_month, fiscal_named_by_start, told_before, fiscal_start_day
    )
    if "EFY" in text or "E.C" in text or "Ethiopian" in text:
        found = _ethiopian_fiscal_years(text, found, published)
    if "BS" in text or "B.S" in text:
        found = _bikram_years(found, text)
    if read is text:
        return found
    return [replace(p, text=text[p.start : p.end]) for p in found]  # (the years as written)


#: What makes a lone year one of the Ethiopian calendar's fiscal years, right after it ("the 2016
#: EFY", "in 2016 E.C. fiscal year", "the 2016 Ethiopian fiscal year") or right before it ("EFY
#: 2016", "the Ethiopian fiscal year 2016").
_ETHIOPIAN_YEAR_AFTER: Final = re.compile(
    r"\s*\(?(?:EFY\b|E\.\s?C\.?\s+(?i:fiscal|financial|budget)\s+year"
    r"|(?i:Ethiopian\s+(?:fiscal|financial|budget)\s+year))"
)
_ETHIOPIAN_YEAR_BEFORE: Final = re.compile(
    r"(?:\bEFY|(?i:Ethiopian\s+(?:fiscal|financial|budget)\s+year))\s*$"
)
#: Ethiopian years run seven (from Meskerem, September, eight) years behind the Gregorian: the
#: fiscal year 2016 EFY opens in Hamle 2015, July 2023.
_ETHIOPIAN_FISCAL_OFFSET: Final = 7


def _ethiopian_fiscal_years(text: str, found: list[Period], published: date | None) -> list[Period]:
    """`found` with each lone year that Ethiopian copy numbers in its own calendar ("coffee exports
    in the 2016 EFY", "the 2016 Ethiopian fiscal year") read as that fiscal year, July 2023 to June
    2024 (as "the 2023/24 Ethiopian fiscal year" is read); it had been calendar 2016. A year that
    would so fall after the publication year is a Gregorian one ("the 2024 Ethiopian fiscal year")."""
    out: list[Period] = []
    for p in found:
        if _ethiopian_year(text, p):
            first = int(p.text[-4:]) + _ETHIOPIAN_FISCAL_OFFSET
            if published is None or first <= published.year:
                start, end = fiscal_year(first, fiscal_start_month_for("ETH"), fiscal_start_day_for("ETH"))
                p = replace(p, period_start=start, period_end=end, granularity="fiscal_year", fiscal=True)
                whole = _ethiopian_part_before(text, out[-1] if out else None, p, first)
                if whole is not None:  # "the first half of the 2017 EFY": one period, that half
                    out[-1] = whole
                    continue
        else:
            p = _ethiopian_part_of_year(text, p, published) or p
        out.append(p)
    return out


#: A part of a year the grammar reads in calendar months, told by its ordinal: "first half",
#: "second quarter", "first six months", "last quarter".
_ORDINAL_PART: Final = re.compile(r"(?i)(?:first|second|third|fourth|last|final)\b")
_PART_GRANULARITIES: Final = frozenset(["half", "quarter", "months"])
_OF_THE_GAP: Final = re.compile(r"\s+of\s+(?:the\s+)?")


def _calendar_part_months(p: Period) -> tuple[int, int] | None:
    """(offset, length) in months of a part of a year read in calendar months from January
    ("first half": 0, 6; "second quarter": 3, 3), told by an ordinal; None for any other period."""
    start, end = p.period_start, p.period_end
    if (
        p.granularity not in _PART_GRANULARITIES
        or not _ORDINAL_PART.match(p.text)
        or start.year != end.year
        or start.day != 1
    ):
        return None
    return start.month - 1, end.month - start.month + 1


def _ethiopian_part(p: Period, fiscal_start_year: int) -> tuple[date, date] | None:
    """The days of the part `p` names (`_calendar_part_months`) in the Ethiopian fiscal year
    opening in July of `fiscal_start_year`, counted in Ethiopian months (8 July to 8 January
    for its first half), or None when `p` is no such part."""
    months = _calendar_part_months(p)
    return ethiopian_calendar.fiscal_months(fiscal_start_year, *months) if months is not None else None


def _ethiopian_part_before(text: str, before: Period | None, year: Period, first: int) -> Period | None:
    """A part of a year right before the Ethiopian fiscal `year` it is "of" ("the first half of
    the 2017 EFY", "the second quarter of the 2016 Ethiopian fiscal year") read as that part of
    it, one period from the part to the year; the grammar had given the part alone, inferred in
    the calendar year of publication. None when `before` is no such part."""
    if before is None or not before.inferred or not _OF_THE_GAP.fullmatch(text, before.end, year.start):
        return None
    days = _ethiopian_part(before, first)
    if days is None:
        return None
    return replace(before, end=year.end, text=text[before.start : year.end], period_start=days[0],
                   period_end=days[1], inferred=False, fiscal=True)  # fmt: skip


def _ethiopian_part_of_year(text: str, p: Period, published: date | None) -> Period | None:
    """A part of a year written with its year and the Ethiopian mark after that ("the first half
    of 2017 EFY") read as that part of the fiscal year: the grammar had read the year as a
    Gregorian one (the first half of 2017). None for any other period, or a year the Ethiopian
    calendar has not reached (then Gregorian, as `_ethiopian_fiscal_years` keeps it)."""
    if not p.text[-4:].isdigit() or not _ETHIOPIAN_YEAR_AFTER.match(text, p.end):
        return None
    first = int(p.text[-4:]) + _ETHIOPIAN_FISCAL_OFFSET
    if published is not None and first > published.year:
        return None
    days = _ethiopian_part(p, first)
    if days is None:
        return None
    return replace(p, period_start=days[0], period_end=days[1], fiscal=True)


#: A fiscal-year label of one year, as the grammar reads "the Ethiopian fiscal year 2016".
_FISCAL_LABEL_OF_A_YEAR: Final = re.compile(r"(?i)(?:fiscal|financial|budget)\s+year\s+\d{4}")


def _ethiopian_year(text: str, p: Period) -> bool:
    """Whether `p` is a lone year Ethiopian copy numbers in its own calendar: a bare year with
    the calendar's mark after or before it ("the 2016 EFY", "EFY 2016"), or the label "fiscal
    year 2016" after "Ethiopian" ("the Ethiopian fiscal year 2016"), which the grammar had read
    as the Gregorian fiscal year 2015/16 (the caller still keeps a year the Ethiopian calendar
    has not reached Gregorian)."""
    if p.granularity == "year" and p.text.isdigit() and len(p.text) == 4:
        return bool(
            _ETHIOPIAN_YEAR_AFTER.match(text, p.end)
            or _ETHIOPIAN_YEAR_BEFORE.search(text, max(0, p.start - 30), p.start)
        )
    if p.granularity == "fiscal_year" and _FISCAL_LABEL_OF_A_YEAR.fullmatch(p.text):
        year_start = p.end - 4
        return _ETHIOPIAN_YEAR_BEFORE.search(text, max(0, year_start - 40), year_start) is not None
    return False


#: The Bikram Sambat mark after or before a year: "2081 BS", "2081 B.S.", "BS 2081".
_BIKRAM_MARK_AFTER: Final = re.compile(r"\s?B\.?\s?S\b\.?")
_BIKRAM_MARK_BEFORE: Final = re.compile(r"\bB\.?\s?S\.?\s?$")


def _bikram_years(found: list[Period], text: str) -> list[Period]:
    """`found` with each lone year that Nepali copy marks as of the Bikram Sambat ("in 2081 BS",
    "BS 2081") read as that year, 1 Baisakh to the end of Chaitra (13 April 2024 to 13 April
    2025); it had been the Gregorian year 2081. A year outside the calendar's table runs from
    14 April to 13 April, as its years mostly do."""
    out: list[Period] = []
    for p in found:
        if (
            p.granularity == "year"
            and p.text.isdigit()
            and _BIKRAM_FIRST_YEAR <= int(p.text) < _BIKRAM_FIRST_YEAR + 100
            and (
                _BIKRAM_MARK_AFTER.match(text, p.end)
                or _BIKRAM_MARK_BEFORE.search(text, max(0, p.start - 6), p.start)
            )
        ):
            year = int(p.text)
            start, end = bikram_calendar.year_days(year) or (
                date(year - _BIKRAM_OFFSET, 4, 14),
                date(year - _BIKRAM_OFFSET + 1, 4, 13),
            )
            p = replace(p, period_start=start, period_end=end)
        out.append(p)
    return out


#: A Buddhist Era year as Thai copy writes it in place of the Gregorian one, maybe with the
#: second year of a label ("2566/67"), after a word of time: a preposition, a month, a
#: fiscal word or code ("in 2567", "January-June 2567", "fiscal 2567", "Q1 2567",
#: "2566-2567"). A 25xx number elsewhere is a quantity ("2500 tonnes").
_BUDDHIST_YEAR_READ: Final = re.compile(
    r"(?:(?<![\w-])(?i:in|during|for|of|since|by|until|till|through|from|to|between|and|year|fiscal"
    r"|calendar)\s+"
    rf"|{MONTH_PATTERN}\.?,?\s+|(?<![\w-])(?:FY|CY|Q[1-4]|H[12])\s?|(?<=\d)\s?[-–/]\s?)"
    r"(?P<year>25\d\d)(?:(?P<sep>\s?[-–/]\s?)(?P<short>\d\d))?(?![\d%]|[.,]\d)"
)
#: After a 25xx number: a unit or currency that makes it a quantity, or the "BE" the
#: `buddhist` grammar reads itself.
_QUANTITY_AFTER: Final = re.compile(
    r"\s?(?:B\.E\.|BE\b|(?i:baht|bt|thb|million|billion|trillion|thousand|tonnes|tons|units|percent|per\b))"
)


def _gregorian_years(text: str) -> str:
    """`text` with its Buddhist Era years (`_BUDDHIST_YEAR_READ`) written as the Gregorian
    years they are (543 less: 2567 is 2024), digit for digit, so every period of the grammar
    reads them ("the first half of 2567", "January-June 2567") and offsets stay those of
    `text`. Only for Thai stories: in others 2567 is no year at all."""
    if "25" not in text:
        return text
    parts: list[str] = []
    done = 0
    for m in _BUDDHIST_YEAR_READ.finditer(text):
        if _QUANTITY_AFTER.match(text, m.end()):
            continue
        year = int(m.group("year")) - _BUDDHIST_OFFSET
        parts += [text[done : m.start("year")], str(year)]
        done = m.end("year")
        if m.group("short"):
            short = (int(m.group("short")) - _BUDDHIST_OFFSET) % 100
            parts += [m.group("sep"), f"{short:02d}"]
            done = m.end()
    return "".join(parts) + text[done:] if parts else text


def has_buddhist_year(text: str) -> bool:
    """Whether `text` writes a year the Buddhist Era may number: a cheap test before a caller
    asks whether its story is Thai (`find_periods`' `buddhist_era`)."""
    return "25" in text and _BUDDHIST_YEAR_READ.search(text) is not None


def _find_periods(
    text: str,
    published: date | None,
    fiscal_start_month: int | None,
    fiscal_named_by_start: bool,
    told_before: tuple[date, date] | None,
    fiscal_start_day: int,
) -> list[Period]:
    """`find_periods` on a text whose years are Gregorian."""
    ctx = _Context(text, published, fiscal_start_month, fiscal_named_by_start, fiscal_start_day)
    resolved: list[Period] = []
    pending: list[tuple[int, re.Match[str]]] = []  # comparisons waiting for a reference period
    for m in _matches(text):
        if resolved and m.start() < resolved[-1].end:
            continue  # inside "(July-December)" taken in by the fiscal period before it
        if m.lastgroup in ("same", "yoy", "earlier"):
            ago = _years_ago(m, published)
            # "Two decades ago, ...": a calendar year counted from the writing; after a part of a
            # year ("in the second quarter of 2024, against $70 million two years ago"), that part
            if ago is not None and (not resolved or resolved[-1].granularity in _WHOLE_YEARS):
                resolved.append(_year_ago_period(m, text, ago, bool(resolved)))
            else:
                pending.append((len(resolved), m))
            continue
        if m.lastgroup == "partbefore":
            before = _part_before(m, text, resolved)
            if before is not None:
                resolved.append(before)
            continue
        if m.lastgroup == "years" and _names_the_year(text, m.start()):
            continue  # "the Economic Survey 2024", "Vision 2030", "Expo 2020": a name, no period
        if (
            m.lastgroup == "count"
            and not m.group("nspec")
            and _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            continue  # "rose in May to $415 million, the highest in four months": how far back it looks
        period = _resolve(m, ctx)
        if period is None:
            continue
        if m.lastgroup == "count" and not m.group("nspec") and resolved:
            period = _as_previous_run(period, resolved[-1])
        if m.lastgroup == "relfiscal" and not m.group("rfy") and _BEFORE_REFERENCE.search(m.group()):
            period = _fiscal_year_before(period, resolved)
        elif m.lastgroup in _PART_GROUPS and _PREVIOUS_YEAR_NAMED.search(m.group()):
            period = _calendar_year_before(period, resolved)
        elif m.lastgroup in ("relyear", "relfiscal"):
            period = _last_year_of_comparison(period, m, text, resolved)
        if _change_over_earlier_span(text, period, resolved):
            period = replace(period, comparison=True)
        if (
            period.preposition in _NON_ANCHOR_PREPOSITIONS
            and _PRENOMINAL.fullmatch(m.group())
            and _NOUN_AFTER.match(text, m.end())
        ):
            # "after first-quarter turnover rallied 8.7%": "after" governs the noun the period
            # modifies (here a clause), so the period is the figure's own, no time limit
            period = replace(period, preposition=None)
        if m.lastgroup == "ordinal" and text.find(" and ", max(0, m.start() - _GAPPED_REACH), m.start()) >= 0:
            resolved.extend(_ordinals_listed_before(text, m, period))
        resolved.append(period)
    if " the " in text and _ELIDED_ORDINAL.search(text) is not None:
        resolved = _ordinal_parts_elided_after(resolved, text)
    resolved = _joined_months(
        _spelled_out(_fiscal_year_up_to_month(_year_up_to_month(resolved, text), text), text), text
    )
    found = _with_comparisons(
        resolved, pending, text, _told_before(told_before) if told_before else None, published
    )
    year = _same_span_year(pending) if published is None else None
    if year is None or len(found) == len(resolved) + len(pending):
        return found
    return _dated_by_comparison(
        text, found, year, fiscal_start_month, fiscal_named_by_start, told_before, fiscal_start_day
    )


def _ordinals_listed_before(text: str, m: re.Match[str], head: Period) -> list[Period]:
    """ "in the first and second quarters of 2024", "the first, second and third quarters",
    "the first and second halves of 2023": the bare ordinals listed before an ordinal part of a
    year share its noun and year, each its own part (the parts had been the last one's alone).
    Also the ordinal of a figure whose noun the next figure's part gives ("$2.3 billion in the
    first and $2.8 billion in the second quarter of 2024"), as "in Q1 and ... in Q2 2024" reads.
    Only ordinals counting up to the head's; none before a count ("the first and last three
    months")."""
    size = _LISTED_PART_MONTHS.get(head.granularity)
    if size is None or m.group("ocount"):
        return []
    listed = _ORDINALS_BEFORE.search(text, max(0, m.start() - _LOOKBACK), m.start())
    if listed is None:
        listed = _ORDINAL_GAPPED_BEFORE.search(text, max(0, m.start() - _GAPPED_REACH), m.start())
    if listed is None:
        return []
    order = _ORDINALS[m.group("ord").lower()]
    if order == -1:
        order = 12 // size  # "the third and final quarters": the last is the fourth
    words = list(_ORDINAL_WORD.finditer(text, listed.start("list"), listed.end("list")))
    orders = [_ORDINALS[w.group().lower()] for w in words]
    if any(later <= earlier for earlier, later in pairwise([*orders, order])):
        return []
    members: list[Period] = []
    for word, number in zip(words, orders, strict=True):
        shift = size * (number - order)
        members.append(
            replace(
                head,
                start=word.start(),
                end=word.end(),
                text=word.group(),
                period_start=_months_on(head.period_start, shift),
                period_end=_months_on(head.period_end + timedelta(days=1), shift) - timedelta(days=1),
                preposition=_preposition(_words_before(text, word.start())) if not members else None,
            )
        )
    return members


#: The months in each part a list of ordinals may share ("the first and second halves").
_LISTED_PART_MONTHS: Final = {"quarter": 3, "half": 6}


def _ordinal_parts_elided_after(resolved: list[Period], text: str) -> list[Period]:
    """ "K45 billion in the second quarter of 2025, up from K38 billion in the first": a bare
    ordinal after an ordinal part of a year, its noun left out, is that year's part of its number
    (it had been no period, and the figure compared with dated a year before). Only "in/during/
    for the <ordinal>" that ends its clause (a stop, a comma, "and"), after the part and before
    the next period, and counting within the year ("in the first place", "the first to" and a
    fifth quarter are no part)."""
    out: list[Period] = []
    for k, head in enumerate(resolved):
        out.append(head)
        size = _LISTED_PART_MONTHS.get(head.granularity)
        told = _ORDINAL_PART_TOLD.match(head.text)
        if size is None or told is None or head.comparison:
            continue
        order = _ORDINALS[told.group("ord").lower()]
        if order == -1:
            order = 12 // size
        stop = resolved[k + 1].start if k + 1 < len(resolved) else len(text)
        for elided in _ELIDED_ORDINAL.finditer(text, head.end, min(stop, head.end + _GAPPED_REACH)):
            number = _ORDINALS[elided.group("ord").lower()]
            if number == order or number > 12 // size:
                continue
            shift = size * (number - order)
            out.append(
                replace(
                    head,
                    start=elided.start("ord"),
                    end=elided.end("ord"),
                    text=elided.group("ord"),
                    period_start=_months_on(head.period_start, shift),
                    period_end=_months_on(head.period_end + timedelta(days=1), shift) - timedelta(days=1),
                    preposition=elided.group("prep").lower(),
                    months=(),
                )
            )
    return out


#: An ordinal part of a year as a period's text: "the second quarter of 2025", "first half".
_ORDINAL_PART_TOLD: Final = re.compile(
    r"(?i)(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?:quarter|half)\b"
)
#: A bare ordinal ending its clause: "in the first.", "during the third, while", "in the second and".
_ELIDED_ORDINAL: Final = re.compile(
    r"(?i)\b(?P<prep>in|during|for)\s+the\s+(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"(?=\s*(?:[.;,)]|$)|\s+and\b)"
)
_ORDINAL_WORD: Final = re.compile(r"(?i)first|second|third|1st|2nd|3rd")
#: Bare ordinals listed right before an ordinal part: "first and ", "first, second, and " (a
#: comma before "and" only after a list: "ranked first, and second-quarter sales" lists none).
_ORDINALS_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<list>(?:first|second|third|1st|2nd|3rd)(?P<more>(?:,\s*(?:second|third|2nd|3rd))+)?)"
    r"(?(more),?)\s+and\s+(?:the\s+)?$"
)
#: "in the first and $2.8 billion in the ": a bare ordinal, then "and", a figure (a digit) and
#: "in" right before the ordinal part that names their noun.
_ORDINAL_GAPPED_BEFORE: Final = re.compile(
    r"(?i)\b(?:in|during)\s+the\s+(?P<list>first|second|third|1st|2nd|3rd)\s+and\s+"
    r"(?:[^.;]|\.\d){0,40}?\d(?:[^.;]|\.\d){0,40}?\s+(?:in|during)\s+(?:the\s+)?$"
)
_GAPPED_REACH: Final = 120


def _months_on(day: date, months: int) -> date:
    """`day` moved by whole months, on the same day of the month (a part's first day)."""
    return _add_months(day, months).replace(day=day.day)


def _same_span_year(pending: list[tuple[int, re.Match[str]]]) -> int | None:
    """The year "the same quarter/period/half of <year>" names, if a pending comparison does."""
    for _, m in pending:
        if m.lastgroup == "same" and (spec := _same_year_spec(m)).isdigit() and len(spec) == 4:
            return int(spec)
    return None


def _dated_by_comparison(
    text: str,
    found: list[Period],
    year: int,
    fiscal_start_month: int | None,
    fiscal_named_by_start: bool,
    told_before: tuple[date, date] | None,
    fiscal_start_day: int,
) -> list[Period]:
    """With no publication date, a part of a year with no year of its own ("in the second
    quarter") is of the year after the one its comparison names ("from N1.77 trillion in the
    same quarter of 2024": the figure is the second quarter of 2025, and the comparison that of
    2024); both had been dropped for want of a year. A whole year relative to publication ("last
    year") stays unresolved: only the parts the comparison is the same span of are dated."""
    known = {p.start for p in found}
    stood_in = find_periods(
        text, date(year + 1, 12, 31), fiscal_start_month, fiscal_named_by_start, told_before, fiscal_start_day
    )
    if any(_COUNTED_FROM_PUBLICATION.search(p.text) for p in stood_in if p.inferred):
        return found  # "in the first 20 days of this month", "last quarter": the stand-in gives neither
    return [
        p
        for p in stood_in
        if p.start in known or p.comparison or (p.inferred and not p.looks_back and p.granularity != "year")
    ]


#: A month or quarter counted from the publication ("this month", "last month", "the current
#: month", "last quarter"): the stand-in day of `_dated_by_comparison` names neither, only a year.
_COUNTED_FROM_PUBLICATION: Final = re.compile(
    r"(?i)\b(?:(?:this|last|current|previous|past)\s+month|last\s+quarter)\b"
)


#: Nouns of a change that an "after a ..." aside tells of an earlier period.
_CHANGE_NOUNS: Final = frozenset([
    "dip", "drop", "fall", "decline", "decrease", "rise", "increase", "gain", "jump", "surge", "slump",
    "contraction", "growth", "expansion",
])  # fmt: skip

#: A superlative right before a run of months ("the highest in four months", "its lowest level
#: for nine months", "the biggest monthly rise in almost six months"), or the first change of
#: its kind ("the first drop in three months", "the first monthly gain in 10 months"): the run is
#: how far back the record or the streak looks, not the period of the figure. ("first" only before
#: a change noun: "rose in the first quarter and in 10 months" keeps its ten months.)
_SUPERLATIVE_BEFORE: Final = re.compile(
    r"(?i)\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|sharpest|"
    r"steepest|deepest|best|worst|most|least|first\s+time"
    rf"|first(?:\s+[\w-]+){{0,2}}?\s+(?:{'|'.join(sorted(_CHANGE_NOUNS))})s?(?=\s+(?:in|for|over)\s))"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|for|over)\s+"
    r"(?:(?:almost|nearly|about|over|more\s+than|at\s+least)\s+)?$"
)

#: A period written as a compound modifier, hyphenated as only a modifier is ("first-quarter",
#: "second-half", "nine-month"; the noun is "the first quarter"), and the word of the noun it
#: modifies after it.
_PRENOMINAL: Final = re.compile(r"(?i)[a-z]+-(?:quarter|half|month)")
_NOUN_AFTER: Final = re.compile(r"\s+[a-z]")


def _change_over_earlier_span(text: str, period: Period, resolved: list[Period]) -> bool:
    """Whether a change is measured "over" `period` against a period of the same length the
    sentence told before it, which `period` precedes: "In January this year, ... an increase of
    6.5 per cent over January 2023" (January 2023 is what the figure is compared with, not when
    it was; a change "over the first quarter" with no such period before it builds up over it)."""
    if period.comparison or period.preposition != "over":
        return False
    months = _month_count(period)
    told = any(
        not p.comparison and p.period_start > period.period_start and _month_count(p) == months
        for p in resolved
    )
    return told and _after_change_or_amount(_words_before(text, period.start)[1:])


def _month_count(period: Period) -> int:
    """How many calendar months `period` spans, from its first month to its last."""
    return _months_between(period.period_start, period.period_end)


def _months_between(first: date, last: date) -> int:
    """How many calendar months run from the month of `first` to that of `last`, both counted."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


#: A capitalized word right before a year: the year ends a name ("Economic Survey 2024",
#: "Vision 2030"), unless the word is a month's, a period's or a function word ("Over 2022").
_NAME_BEFORE_YEAR: Final = re.compile(r"(?<![\w-])(?P<word>[A-Z][a-z]+) $")
_NOT_NAMES_BEFORE_YEAR: Final = frozenset(MONTHS) | frozenset((
    "year", "fiscal", "financial", "calendar", "in", "of", "by", "for", "since", "during", "until", "till",
    "through", "from", "to", "and", "the", "over", "within", "throughout", "after", "before", "between", "as",
    "at", "on", "across", "end", "early", "late", "mid", "last", "this", "that", "versus", "vs", "compared",
))  # fmt: skip


def _names_the_year(text: str, start: int) -> bool:
    """Whether the year at `start` ends a name (see `_NAME_BEFORE_YEAR`)."""
    before = _NAME_BEFORE_YEAR.search(text, max(0, start - 20), start)
    return before is not None and before.group("word").lower() not in _NOT_NAMES_BEFORE_YEAR


#: The words between a year and a lone month that end a running total in it ("in 2024 through
#: November", "in 2024 up to November", "in 2024 until the end of November").
_UP_TO_MONTH_OF_YEAR: Final = re.compile(
    rf",?\s+(?:{'|'.join(sorted(_UP_TO))}|(?:{'|'.join(sorted(_RUNNING_TOTAL_BEFORE['to']))})\s+to|as\s+(?:of|at))\s+",
    re.IGNORECASE,
)


def _year_up_to_month(resolved: list[Period], text: str) -> list[Period]:
    """ "in 2024 through November": the year written, from January to the month after it (the
    whole year had been taken, and the running total to November put in the publication's
    year). Only a calendar year right before a lone month that ends a running total."""
    out: list[Period] = []
    for period in resolved:
        year = out[-1] if out else None
        if (
            year is not None
            and year.granularity == "year"
            and year.period_start.month == 1
            and year.period_start.year == year.period_end.year
            and period.inferred
            and period.granularity == "months"
            and period.period_start.month == 1
            and period.period_start.day == 1
            and not period.comparison
            and _UP_TO_MONTH_OF_YEAR.fullmatch(text, year.end, period.start)
        ):
            out[-1] = replace(
                year,
                end=period.end,
                text=text[year.start : period.end],
                period_end=_month_end(year.period_start.year, period.period_end.month),
                granularity="months",
            )
            continue
        out.append(period)
    return out


#: Between a lone month that ends a running total and the fiscal year named after it: "up to
#: February in FY2024-25", "till January of the current fiscal year", "through May, fiscal 2025".
_MONTH_OF_FISCAL_YEAR: Final = re.compile(r"(?i),?\s+(?:(?:in|of|during)\s+)?")
#: The words before a lone month that make it the end of a running total ("up to", "till").
_UP_TO_BEFORE: Final = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(_UP_TO))}|(?:{'|'.join(sorted(_RUNNING_TOTAL_BEFORE['to']))})\s+to|as\s+(?:of|at))\s+$"
)


def _fiscal_year_up_to_month(resolved: list[Period], text: str) -> list[Period]:
    """ "during the current fiscal up to January", "in the current fiscal year till February",
    "up to February in FY2024-25": a fiscal year and the lone month that ends a running total
    inside it are one period, from the fiscal year's first month to that month (the whole fiscal
    year had been taken, or the calendar year to the month). The month must fall in the year."""
    out: list[Period] = []
    skip = -1
    for index, period in enumerate(resolved):
        if index == skip:
            continue
        after = resolved[index + 1] if index + 1 < len(resolved) else None
        fiscal, month, gap = None, None, None
        if period.granularity == "fiscal_year" and after is not None and _running_month(after, text):
            fiscal, month, gap = period, after, _UP_TO_MONTH_OF_YEAR.fullmatch(text, period.end, after.start)
        elif after is not None and after.granularity == "fiscal_year" and _running_month(period, text):
            fiscal, month, gap = after, period, _MONTH_OF_FISCAL_YEAR.fullmatch(text, period.end, after.start)
        last = _month_in(fiscal, month.period_end.month) if fiscal and month and gap else None
        if fiscal is None or month is None or last is None or fiscal.comparison:
            out.append(period)
            continue
        first, second = (fiscal, month) if fiscal.start < month.start else (month, fiscal)
        out.append(
            replace(
                fiscal,
                start=first.start,
                end=second.end,
                text=text[first.start : second.end],
                period_end=last,
                granularity="months",
            )
        )
        skip = index + 1
    return out


def _running_month(period: Period, text: str) -> bool:
    """Whether `period` is a lone month read as the calendar year so far after "up to", "till"
    or "as of" ("till February": January-February)."""
    return (
        period.inferred
        and period.granularity == "months"
        and (period.period_start.month, period.period_start.day) == (1, 1)
        and not period.comparison
        and _UP_TO_BEFORE.search(text, max(0, period.start - 24), period.start) is not None
    )


def _month_in(fiscal: Period, month: int) -> date | None:
    """The last day of `month` within the span of `fiscal`, or None when it does not end in it."""
    for year in (fiscal.period_start.year, fiscal.period_start.year + 1):
        last = _month_end(year, month)
        if fiscal.period_start <= last <= fiscal.period_end:
            return last
    return None


def _joined_months(resolved: list[Period], text: str) -> list[Period]:
    """ "in January and February", "in March and April 2025", "in July, August and
    September": consecutive months joined by "and" (or listed with commas up to a closing
    "and") are one run of months (the figure had been the last month's alone)."""
    out: list[Period] = []
    listing = False  # whether out[-1] is months of a list joined so far ("July, August")
    distributed = "respectively" in text
    for index, period in enumerate(resolved):
        before = out[-1] if out else None
        if before is not None and period.start < before.end:
            continue  # "February" already taken into "January and February"
        joined = before is not None and _months_listed(resolved, index, before.end, text)
        if joined and distributed and _list_closed_by_respectively(resolved, index, text):
            joined = False  # "$5 billion and $6 billion in May and June 2024, respectively": each its own
        if (
            before is not None
            and (before.granularity == "month" or listing)
            and period.granularity == "month"
            and before.comparison == period.comparison
            and joined
            and period.period_start == before.period_end + timedelta(days=1)
        ):
            listing = True
            out[-1] = replace(
                before,
                end=period.end,
                text=text[before.start : period.end],
                period_end=period.period_end,
                granularity="months",
                months=(*(before.months or (before,)), period),
            )
            continue
        following = _NEXT_MONTH_NAMED.match(text, period.end) if period.granularity == "month" else None
        if following is not None and distributed and _RESPECTIVELY_AFTER.match(text, following.end()):
            following = None
        if following is not None and MONTHS[following.group(1).lower()] == period.period_end.month % 12 + 1:
            # "in January and February, while ...": the second month alone has no preposition
            end = (period.period_end + timedelta(days=1)).replace(day=1)
            last = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            second = replace(
                period, start=following.start(1), end=following.end(), text=following.group(1),
                period_start=end, period_end=last, preposition=None,
            )  # fmt: skip
            period = replace(
                period, end=following.end(), text=text[period.start : following.end()], period_end=last,
                granularity="months", months=(period, second),
            )  # fmt: skip
        listing = False
        out.append(period)
    return out


def _months_listed(resolved: list[Period], index: int, previous_end: int, text: str) -> bool:
    """Whether the month `resolved[index]` is coordinated with the month ending at
    `previous_end`: joined by "and" (", and"), or by a comma in a list of months that a later
    "and <month>" closes ("July, August and September"); a comma alone joins no months ("in
    July, August exports fell")."""
    if _MONTHS_JOINED.fullmatch(text, previous_end, resolved[index].start):
        return True
    if not _MONTHS_LISTED.fullmatch(text, previous_end, resolved[index].start):
        return False
    for here, following in zip(resolved[index:], resolved[index + 1 :], strict=False):
        if following.granularity != "month":
            return False
        if _MONTHS_JOINED.fullmatch(text, here.end, following.start):
            return True
        if not _MONTHS_LISTED.fullmatch(text, here.end, following.start):
            return False
    return False


def _list_closed_by_respectively(resolved: list[Period], index: int, text: str) -> bool:
    """Whether the list of months that `resolved[index]` continues ends in "respectively" ("in
    May and June 2024, respectively"): the months go one to each figure listed, no run of them."""
    last = index
    while (
        last + 1 < len(resolved)
        and resolved[last + 1].granularity == "month"
        and _months_listed(resolved, last + 1, resolved[last].end, text)
    ):
        last += 1
    return _RESPECTIVELY_AFTER.match(text, resolved[last].end) is not None


_MONTHS_JOINED: Final = re.compile(r",?\s+and\s+")
#: "respectively" right after a list of periods: they go one to each figure listed before.
_RESPECTIVELY_AFTER: Final = re.compile(r"(?i),?\s*respectively\b")
#: The comma between two months of a list ("July, August and September").
_MONTHS_LISTED: Final = re.compile(r",\s*")
#: A month name and its list comma or "and" right before a bare month: the bare month is
#: listed with it ("in July, August and September"), under the first month's preposition.
_AFTER_LISTED_MONTH: Final = re.compile(rf"{MONTH_PATTERN},?\s+(?:and\s+)?$")
#: "and February" right after a month, with no year or day of its own (nor "of <year>").
_NEXT_MONTH_NAMED: Final = re.compile(rf"\s+and\s+({MONTH_PATTERN})(?![\w-]|\s*\d|,?\s+(?i:of)\s)")


def _spelled_out(resolved: list[Period], text: str) -> list[Period]:
    """ "the first half of the Ethiopian fiscal year (July 8-January 8)": a period
    whose dates follow it in parentheses is those dates, whatever calendar it was named in."""
    out: list[Period] = []
    for period in resolved:
        named = out[-1] if out else None
        if (
            named is not None
            and not named.comparison
            and text.startswith(")", period.end)
            and _BEFORE_SPELLED_OUT.fullmatch(text, named.end, period.start)
        ):
            if period.granularity in _WHOLE_YEARS and _year_told_by_its_end(named):
                # "the (fiscal) year ended March 31, 2025 (FY25)": the label names the twelve months
                # told, whose end the text gives; its own reading (a July start, say) had moved them
                out[-1] = replace(named, end=period.end + 1, text=text[named.start : period.end + 1])
                continue
            if period.granularity in _WHOLE_YEARS and named.granularity not in _WHOLE_YEARS:
                # "July-February of the current fiscal year (FY2025-26)": the label names the
                # year the months are in, not the period
                out[-1] = replace(
                    _within(named, period), end=period.end + 1, text=text[named.start : period.end + 1]
                )
                continue
            out[-1] = replace(
                named,
                end=period.end + 1,
                text=text[named.start : period.end + 1],
                period_start=period.period_start,
                period_end=period.period_end,
                granularity=period.granularity,
                inferred=period.inferred,
            )
            continue
        out.append(period)
    return out


_WHOLE_YEARS: Final = ("year", "fiscal_year", "multi_year")
#: The words of a year told by the month it ended: "the year ended March 31", "the fiscal year ending
#: June 2025", "the year to March", "the twelve months through June".
_TOLD_ITS_END: Final = re.compile(r"(?i)\b(?:ended|ending|to|through)\s")


def _year_told_by_its_end(period: Period) -> bool:
    """Whether `period` is twelve months told by the month they ended ("the year ended March 31, 2025",
    "the fiscal year to June 2024"): a year label after it in brackets only names it."""
    if period.granularity not in ("trailing", "fiscal_year") or _TOLD_ITS_END.search(period.text) is None:
        return False
    return _add_years(period.period_start, 1) - timedelta(days=1) == period.period_end


def _within(part: Period, year: Period) -> Period:
    """`part` moved by whole years to start inside `year` (unchanged when it already does)."""
    shift = year.period_start.year - part.period_start.year
    if _add_years(part.period_start, shift) < year.period_start:
        shift += 1
    if shift == 0:
        return part
    return replace(
        part,
        period_start=_add_years(part.period_start, shift),
        period_end=_add_years(part.period_end + timedelta(days=1), shift) - timedelta(days=1),
    )


def _matches(text: str) -> list[re.Match[str]]:
    """Grammar matches, non-overlapping, in order. The grammar is only tried from the few
    word starts just before an anchor (a year, a month name, "quarter", "year"...), which
    keeps the scan fast on text that is mostly not about time."""
    found: list[re.Match[str]] = []
    covered = 0
    anchors = [*_WORD_ANCHORS.finditer(text), *_YEAR_ANCHORS.finditer(text)]
    if "BE" in text or "B.E." in text:
        anchors += _BUDDHIST_YEAR_ANCHORS.finditer(text)
    if any(hint in text for hint in _NUMERIC_YEAR_HINTS):
        anchors += _NUMERIC_DATE_ANCHORS.finditer(text)
    anchors.sort(key=lambda a: a.start())
    for anchor in anchors:
        start, end = anchor.start(), anchor.end()
        if start < covered or (start and text[start - 1].isalpha()):
            continue
        word = anchor.group()
        if word.isalpha() and end < len(text) and text[end].isalpha():
            continue  # "Mayor", "yearly", "halfway"
        reach = _LONG_REACH if word.isalpha() and len(word) > 2 else _SHORT_REACH
        for candidate in _candidate_starts(text, start, covered, reach):
            m = _PERIOD.match(text, candidate)
            if m is not None and m.end() > start:
                found.append(m)
                covered = m.end()
                break
    return found


def _candidate_starts(text: str, start: int, covered: int, reach: int) -> list[int]:
    """Starts of up to `reach` words before `start` (same sentence), then of the word at it."""
    word_start = start
    while word_start > covered and text[word_start - 1].isalnum():
        word_start -= 1
    window_start = max(covered, start - _LOOKBACK)
    window = text[window_start:word_start]
    starts = [word_start]
    position = len(window)
    for token in reversed(window.split()[-reach:]):
        position = window.rfind(token, 0, position)
        word = token.lstrip(_QUOTES)
        if _can_open(word.rstrip("-,;:")):
            starts.append(window_start + position + len(token) - len(word))
    starts.reverse()
    return starts


def _can_open(word: str) -> bool:
    """Whether a period expression can begin with this word ("the", "first", "between",
    a number, a month, "FY", "Q1", "BE"); other words are not worth a grammar attempt. The
    Buddhist Era is only written in capitals, so an ordinary "be" is not tried."""
    lower = word.lower()
    return (
        bool(word)
        and (
            word[0].isdigit()
            or lower in _OPENING_WORDS
            or lower.partition("-")[0] in _TENS_AND_TEENS  # "forty-five years ago"
            or word.rstrip(".,") in ("BE", "B.E")
            or lower.rstrip(".,") in MONTHS
            or word[:2] in ("FY", "CY")
            or (word[0] in "QH" and word[1:2].isdigit())
            or _ROMAN_OPENING.fullmatch(word) is not None
        )
    )


def _fiscal_year_before(period: Period, resolved: list[Period]) -> Period:
    """ "in fiscal 2022/23, up from ... the previous fiscal year": "previous" and "preceding"
    count back from the fiscal year the sentence just named, not from the publication date; so
    they do from its twelve months named by their fiscal label ("in April-March 2024-25")."""
    named = (
        p
        for p in reversed(resolved)
        if not p.comparison and (p.granularity == "fiscal_year" or (p.fiscal and _month_count(p) == 12))
    )
    reference = next(named, None)
    if reference is None:
        return period
    return _comparison_a_year_before(period, reference)


def _comparison_a_year_before(period: Period, reference: Period) -> Period:
    """`period` as the comparison span one year before `reference` ("the previous fiscal year",
    "last year" after a twelve-month figure): the same months, a year earlier."""
    return replace(
        period,
        period_start=_add_years(reference.period_start, -1),
        period_end=_add_years(reference.period_end + timedelta(days=1), -1) - timedelta(days=1),
        comparison=True,
    )


#: A comparison amount right before a time: "compared to $5.37 billion ", "against Rs 50 crore in
#: the ", "from $22 billion " (a marker of comparison, then words holding a digit).
_COMPARED_AMOUNT_BEFORE: Final = re.compile(
    r"(?i)\b(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|from)\s+[^,;()]{0,20}?\d[^,;()]{0,30}?\s+"
    r"(?:(?:in|during|for)\s+(?:the\s+)?)?$"
)
_LAST_YEAR_WORD: Final = re.compile(r"(?i)^last\b")


def _last_year_of_comparison(period: Period, m: re.Match[str], text: str, resolved: list[Period]) -> Period:
    """ "Exports in FY24 rose to $5.44 billion as compared to $5.37 billion last year", "reached $25
    billion in 2024, compared to $22 billion last year" (told in 2025): "last year" (or "last fiscal
    year") after a comparison amount is the year before the whole year of the figure it is compared
    with, not the year before publication, which is the figure's own year or overlaps it (the
    comparison had been given the figure's period, or a calendar year across a fiscal one). Only
    when the figure's is twelve months ("FY24", "July-June 2023-24", "2024") that the
    publication's "last year" does not end before: after a part of a year ("in the first nine
    months, compared to $17 billion last year") "last year" may be the whole year, and stays so."""
    if not _LAST_YEAR_WORD.match(m.group()):
        return period
    if _COMPARED_AMOUNT_BEFORE.search(text, max(0, m.start() - 80), m.start()) is None:
        return period
    reference = next((p for p in reversed(resolved) if not p.comparison), None)
    if reference is None or _add_years(reference.period_start, 1) != reference.period_end + timedelta(days=1):
        return period
    if period.period_end < reference.period_start:
        return period
    earlier = _comparison_a_year_before(period, reference)
    return replace(earlier, granularity=reference.granularity, fiscal=reference.fiscal)


#: A part of a year told of "the previous year" or "the preceding year": "the first half of the
#: previous year", "January-September of the preceding year", "the previous year's second half".
_PREVIOUS_YEAR_NAMED: Final = re.compile(r"(?i)\bthe\s+(?:previous|preceding)\s+year\b")
#: The kinds of period that name a part of a year by a spec ("of the previous year").
_PART_GROUPS: Final = frozenset(["ordinal", "months", "count", "yordinal", "mquarter"])


def _calendar_year_before(period: Period, resolved: list[Period]) -> Period:
    """ "in the first half of 2024, compared with ... in the first half of the previous year": the
    year before the calendar year the sentence just named (2023), not the year before publication,
    as `_fiscal_year_before` does for fiscal years. Only after a period within one calendar year
    with its year written; otherwise the publication date still decides."""
    if period.fiscal:
        return period
    reference = next((p for p in reversed(resolved) if not p.comparison), None)
    if (
        reference is None
        or reference.inferred
        or reference.fiscal
        or reference.period_start.year != reference.period_end.year
        or reference.preposition in _NON_ANCHOR_PREPOSITIONS
    ):
        return period
    years_back = period.period_start.year - (reference.period_start.year - 1)
    if years_back == 0 or period.period_start.year != period.period_end.year:
        return period
    last = period.period_end  # a part of a year ends on a month's last day (29 February or not)
    return replace(
        period,
        period_start=_add_years(period.period_start, -years_back),
        period_end=_month_end(last.year - years_back, last.month),
    )


#: The months in a quarter and in a month, for "the previous quarter" and "the preceding month".
_UNIT_MONTHS: Final = {"quarter": 3, "month": 1}


def _part_before(m: re.Match[str], text: str, resolved: list[Period]) -> Period | None:
    """ "in the third quarter of 2024, against ... in the previous quarter": the quarter before
    the one the sentence just named (the second of 2024); "the preceding month" after "December
    2024" is November 2024. A count back is as long as the period it counts from: "in February,
    from $0.9 billion a month earlier" is January; "three months earlier" after a month is the
    month three back; "a quarter earlier" after the fourth quarter is the third. With no such
    period before it (or one longer than the step back: "January-October, against ... a month
    earlier"), it is no period (not one counted from publication, as "last quarter" is)."""
    if m.group("pbunit"):
        length = back = _UNIT_MONTHS[m.group("pbunit").lower()]
    else:
        count = m.group("pbcount").lower()
        steps = 1 if count in ("a", "an") else int(parse_number(count) or 0)
        back = steps * _UNIT_MONTHS[m.group("pbunits").lower().rstrip("s")]
        length = 0  # (any whole months up to the step back)
    reference = _reference(resolved, len(resolved), m.start())
    if (
        reference is None
        or reference.period_start.day != 1
        or reference.period_end != _month_end(reference.period_end.year, reference.period_end.month)
    ):
        return None
    months = _month_count(reference)
    if (length and months != length) or not 1 <= months <= back:
        return None
    first = _add_months(reference.period_start, -back)
    return Period(
        start=m.start(),
        end=m.end(),
        period_start=first,
        period_end=_add_months(first, months) - timedelta(days=1),
        text=m.group(),
        comparison=True,
        granularity=reference.granularity,
        preposition=_preposition(_words_before(text, m.start())),
        fiscal=reference.fiscal,
    )


def _as_previous_run(period: Period, previous: Period) -> Period:
    """Reads "over the nine months" after "January-September 2024" as that same run of months."""
    if (
        previous.comparison
        or _month_count(period) != _month_count(previous)
        or previous.period_start.day != 1
    ):
        return period
    return replace(
        period,
        period_start=previous.period_start,
        period_end=previous.period_end,
        inferred=previous.inferred,
        fiscal=previous.fiscal,
    )


@dataclass(slots=True, unsafe_hash=True)
class _Context:
    """What resolution needs besides the match: the text, publication day and fiscal start."""

    text: str
    published: date | None
    fiscal_start_month: int | None
    fiscal_named_by_start: bool = False
    fiscal_start_day: int = 1

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        text: str,
        published: date | None,
        fiscal_start_month: int | None,
        fiscal_named_by_start: bool = False,
        fiscal_start_day: int = 1,
    ) -> None:
        self.text = text
        self.published = published
        self.fiscal_start_month = fiscal_start_month
        self.fiscal_named_by_start = fiscal_named_by_start
        self.fiscal_start_day = fiscal_start_day


#: A period named as the level a figure is measured against: "of the 2022 level".
_LEVEL_NOUN_AFTER: Final = re.compile(r"(?i)(?:['’]s)?\s+(?:levels?|figures?)\b")
_LEVEL_PREPOSITIONS: Final = frozenset(["of", "than", "above", "below", "with", "to"])
#: Verbs whose object is the earlier level a figure is measured against: "doubling the 2023
#: figure", "exceeded the 2022 level", "topping last year's figure".
_LEVEL_VERBS: Final = frozenset([
    "doubled", "doubling", "tripled", "tripling", "trebled", "quadrupled", "halved", "halving",
    "exceeded", "exceeding", "exceeds", "surpassed", "surpassing", "surpasses", "topped", "topping",
    "outstripped", "outstripping", "matched", "matching", "beat", "beating", "overtook", "overtaking",
    # a multiple of the level with no verb: "$600 million, double the 2023 level", "half the 2023 figure"
    "double", "twice", "triple", "treble", "thrice", "quadruple", "half", "times",
])  # fmt: skip
#: A percentage "above" or "below" and the words naming a figure before a period: "9.4
#: percent above the level of December 2022", "5% below that of 2022", "3% above the December
#: 2022 level", "above the level recorded in May 2023". The period is the earlier figure's the
#: percentage compares with (as after "than"), never the period of the figure the sentence
#: gives; other words ("5% above average in the first half") leave the period the figure's. So
#: is a ratio "of" the level of a period ("112.4 percent of the value recorded in 2023").
_PERCENT_ABOVE_BEFORE: Final = re.compile(
    r"(?i)(?:%|\bper\s*cent|\bpct|\bpc)\s+(?:(?:above|below)\s+(?:(?:the|its|their|that|those)\s+)?"
    r"(?:(?:levels?|figures?|values?|totals?|volumes?)\s+)?"
    # a ratio "of" a level needs its noun: "112.4 percent of the value recorded in 2023" (not
    # "27.5 percent of all exports in 2023", a share of the year's whole)
    r"|of\s+(?:the|its|their|that|those)\s+(?:levels?|figures?|values?|totals?|volumes?)\s+)"
    r"(?:(?:recorded|seen|posted|registered|reported|reached)\s+)?(?:(?:of|for|in)\s+)?(?:the\s+)?\Z"
)
#: `_PERCENT_ABOVE_BEFORE` where one of the words every match holds ("above" or "below", or the
#: noun of a level) stands: the case-blind scan runs only on the few windows that hold one.
_PERCENT_ABOVE_SEARCH: Final = HintedSearch(
    _PERCENT_ABOVE_BEFORE, ("above", "below", "level", "figure", "value", "total", "volume")
)
#: How far before a period `_PERCENT_ABOVE_BEFORE` is looked for.
_PERCENT_ABOVE_REACH: Final = 60
#: A multiple of a figure before a period: "nearly triple the figure in 2016", "twice that of
#: 2019", "three times the level recorded in 2015", "half the value of 2022". The period is the
#: earlier figure's, which the amount is the multiple of, as after "N% above the level of";
#: the determiner or the noun must stand ("doubled in 2016" tells the figure's own year).
_MULTIPLE_OF_LEVEL_BEFORE: Final = HintedSearch(
    re.compile(
        r"(?i)\b(?:double|triple|treble|quadruple|twice|thrice|times|half)\s+"
        r"(?:(?:the|its|their|that|those)\s+(?:(?:levels?|figures?|values?|totals?|volumes?|amounts?)\s+)?"
        r"|(?:levels?|figures?|values?|totals?|volumes?|amounts?)\s+)"
        r"(?:(?:recorded|seen|posted|registered|reported|reached)\s+)?(?:of|for|in)\s+(?:the\s+)?\Z"
    ),
    ("double", "triple", "treble", "quadruple", "twice", "thrice", "times", "half"),
)


def _resolve(m: re.Match[str], ctx: _Context) -> Period | None:
    """The Period of a non-anaphoric match, or None when it cannot be resolved or is not one."""
    kind = m.lastgroup
    resolver = _RESOLVERS.get(kind or "")
    if resolver is None:
        return None
    spans = resolver(m, ctx)
    if spans is None:
        return None
    first, last, granularity, inferred, fiscal, end = spans
    start = m.start()
    words = _words_before(ctx.text, start)
    opened_between = (
        kind == "between"
        or (kind == "days" and m.group("dbetween"))
        or (kind == "numdays" and m.group("ndbetween"))
    )
    preposition = "between" if opened_between else _preposition(words)
    if granularity == "ytd" and words[:1] == ["of"]:
        since = _SINCE_START_OF.search(ctx.text, max(0, start - 24), start)
        if since is not None:
            # "since the start of 2025", "since the beginning of this year": the year so far, told
            # from its "since" as "since the beginning of the year" is (not a time "of" a noun)
            start, words, preposition = since.start(), _words_before(ctx.text, since.start()), None
    elif (
        preposition == "since"
        and granularity == "month"
        and first.month == 1
        and ctx.published is not None
        and first.year == ctx.published.year
        and ctx.published.month > 1
    ):
        # "since January 2025" in a story of June 2025: the year so far, as "since January" is
        last, end = _so_far_end(first, date(first.year, 12, 31), ctx, end)
        granularity, preposition = "ytd", None
    if (
        preposition in ("until", "till")
        and kind == "months"
        and not m.group("m2")
        and (first.month == 1 or (fiscal and granularity == "months"))
    ):
        preposition = "through"  # "until October" read as the year so far is a span, not a time limit
    if preposition in ("by", "until", "till") and kind == "asofend" and not _ahead(last, ctx.published):
        preposition = "through"  # "by the end of October 2024", told after it: the total so far
    comparison = _after_comparison_marker(words)
    if preposition == "from" and (_RANGE_WORDS & set(m.group().lower().split()) or granularity == "ytd"):
        comparison = False  # "from January to December 2022" is a range, not a comparison (nor "to date")
    if preposition in ("on", "over") and _one_year_label(m, granularity):
        # "+12% on 2022", "an increase over 2022", "a decline of 9.8 per cent over 2022-23" (a
        # fiscal year is one year too); but "trade between A and B over 2023 reached ..." and
        # "Over 2023, ..." tell no change before "over": a span of time.
        comparison = preposition == "on" or _after_change_or_amount(words[1:])
    elif preposition == "on" and granularity in _PARTS_COMPARED_ON and _after_change_or_amount(words[1:]):
        comparison = True  # "down 12 percent on January 2024": the month compared with, as a year is
    if (
        not comparison
        and (preposition in _LEVEL_PREPOSITIONS or (words[:1] and words[0] in _LEVEL_VERBS))
        and _LEVEL_NOUN_AFTER.match(ctx.text, end)
    ):
        # "or 187.5% of the 2022 level", "above the 2022 figure", "nearly doubling the 2023
        # figure": a reference
        comparison = True
    if not comparison and (
        _PERCENT_ABOVE_SEARCH(ctx.text, max(0, start - _PERCENT_ABOVE_REACH), start)
        or _MULTIPLE_OF_LEVEL_BEFORE(ctx.text, max(0, start - _PERCENT_ABOVE_REACH), start)
    ):
        # "9.4 percent above the level of December 2022", "triple the figure in 2016": the
        # figure compared with
        comparison = True
    return Period(
        start=start,
        end=end,
        period_start=first,
        period_end=last,
        text=ctx.text[start:end],
        comparison=comparison,
        granularity=granularity,
        preposition=preposition,
        inferred=inferred,
        fiscal=fiscal,
    )


_Spans = tuple[date, date, str, bool, bool, int]  # first, last, granularity, inferred, fiscal, end


#: Parts of a year a change is measured "on" as it is on a year ("up 4% on the first quarter of
#: 2024", "down 12 percent on January 2024").
_PARTS_COMPARED_ON: Final = frozenset(["month", "months", "quarter", "half"])


def _one_year_label(m: re.Match[str], granularity: str) -> bool:
    """Whether the match names one year by its label alone: "2022", or a fiscal year ("2022-23",
    "FY2022-23", "fiscal 2022-23"), which a change "over"/"on" is measured against as it is
    against a calendar year. Not a span of years ("over 2021-2024", "2022 to 2024"), over which a
    change builds up, nor a part of a year ("over the first quarter")."""
    kind = m.lastgroup
    if kind in ("fiscal", "fylabel"):
        return granularity == "fiscal_year"
    if kind != "years" or m.group("yc"):
        return False
    if not m.group("yb"):
        return True
    ya, yb = m.group("ya"), m.group("yb")
    # "2022-23": two years in a row, written as one label (read as calendar years without a
    # fiscal word, but still the one period the change is measured against)
    return len(yb) == 2 and (int(ya) + 1) % 100 == int(yb)


#: "to date" right after a lone month ("from January to date", "January till date").
_TO_DATE_AFTER: Final = re.compile(r"(?i)\s+(?:to|till|until)\s+date\b")


def _months(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Months and month ranges: "January-September 2024", "from January to December 2022",
    "in December", "December 2023", "July-March of the current fiscal year"."""
    if _DAY_AFTER_MONTH.match(ctx.text, m.end("m1")) or _DAY_BEFORE_MONTH.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return None  # "October 18, 2023", "18 October 2023": a date, not a period
    y1 = int(m.group("y1")) if m.group("y1") else None
    if m.group("y1s"):  # "Apr'24"
        y1 = _CENTURY + int(m.group("y1s"))
    spec = m.group("mspec") or (str(_CENTURY + int(m.group("mys"))) if m.group("mys") else None)
    to_date = _TO_DATE_AFTER.match(ctx.text, m.end()) if not (m.group("m2") or y1 or spec) else None
    if to_date is not None and ctx.published is not None and _month_number(m.group("m1")) == 1:
        # "from January to date": the year so far, as "since January" is
        first = date(ctx.published.year, 1, 1)
        last, end = _so_far_end(first, date(ctx.published.year, 12, 31), ctx, to_date.end())
        return first, last, "ytd", True, False, end
    if m.group("mlabel"):
        return _months_of_fiscal_label(ctx, m.group("m1"), m.group("m2"), m.group("mlabel"), m.end())
    if (
        not m.group("m2")
        and not y1
        and not spec
        and not _has_preposition(ctx.text, m.start())
        and not _MONTH_BEFORE_FLOW.match(ctx.text, m.end())
        and not _MONTH_OF_FIGURES.match(ctx.text, m.end())
        and not _AFTER_LISTED_MONTH.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return None  # a bare month name without "in"/"for"/"since": not a period
    listed = None if y1 or spec or m.group("m2") else _year_of_month_list(ctx.text, m.end(), m.group("m1"))
    if listed is not None:
        spec = listed[0]
    spans = _month_span(ctx, m.group("m1"), m.group("m2"), y1, spec, m.end())
    if spans is not None and listed is not None and listed[1]:
        # "December and January 2025": December of the year before
        first, last, granularity, inferred, fiscal, anchor = spans
        last = _add_years(last + timedelta(days=1), -1) - timedelta(days=1)
        spans = (_add_years(first, -1), last, granularity, inferred, fiscal, anchor)
    words = _words_before(ctx.text, m.start())
    if spans is not None and not m.group("m2") and _ends_year_so_far(words):
        _, last, _, inferred, fiscal, end = spans
        if not fiscal:
            # "reached $20 billion through August": the year so far, January to August
            return date(last.year, 1, 1), last, "months", inferred, fiscal, end
        started = _fiscal_spec(_named_year_spec(spec) or "", ctx) if spec else None
        if started is not None:
            # "till February this fiscal year": the fiscal year so far, from its first month (it
            # had been February alone)
            return date(started[0], started[1], 1), last, "months", inferred, fiscal, end
    return spans


#: The rest of a list of months after its first month, up to the year written once after the
#: last ("January and February of 2024", "April, May and June 2024", "March and April of
#: last year"): that year is every listed month's.
_MONTH_LIST_YEAR: Final = re.compile(
    rf"(?:,\s*{MONTH_PATTERN})*,?\s+and\s+(?P<last>{MONTH_PATTERN}),?\s+(?:(?i:of)\s+)?(?P<spec>{_YEAR_SPEC})"
)


def _year_of_month_list(text: str, end: int, first: str) -> tuple[str, bool] | None:
    """The year written after the last month of a list that the month `first`, without a
    year, opens ("In January and February of 2024"): the first months are in it too, where
    they had been read in the publication's year (or not at all in an undated story); and
    whether `first` comes after the last month, so is in the year before ("December and
    January 2025": December 2024). Tried only where a comma or "and" follows the month."""
    if text[end : end + 1] != "," and text[end : end + 5] != " and ":
        return None
    listed = _MONTH_LIST_YEAR.match(text, end)
    if listed is None:
        return None
    return listed.group("spec"), _month_number(first) > _month_number(listed.group("last"))


#: A flow noun after a lone month and a few lower-case words: the month names the flow's
#: period as an adjective ("July soybean imports from Argentina were valued at ...", "June
#: exports"), as "in July" would; a month name alone is no period ("May", "June Okafor").
_MONTH_BEFORE_FLOW: Final = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:"
    + literal_alternation(
        w for w in FLOW_WORDS if w not in FLOW_VERBS and not w.endswith("ing") and " " not in w
    )
    + r")\b"
)


#: What makes a lone month the one figures are told of, with no preposition before it: a noun
#: of figures ("December figures were weaker", "March trade data showed") or a word setting it
#: apart from a longer run ("October alone", "October by itself was a strong month").
_MONTH_OF_FIGURES: Final = re.compile(
    r"\s+(?:(?:trade\s+)?(?:figures|data|numbers|statistics)\b|alone\b|by\s+itself\b|on\s+its\s+own\b)"
)


def _ends_year_so_far(words: list[str]) -> bool:
    """Whether the words before a lone month (nearest first) make it the last month of a total
    counted from January: "through October", "until October 2024", "accumulated to October",
    "up to October", "as of October 2024". Statistics offices publish such running totals
    (Latin American "acumulado a octubre"); a single month's figure is written "in October"."""
    if not words:
        return False
    if words[0] in _UP_TO:
        return True
    before = _RUNNING_TOTAL_BEFORE.get(words[0])
    return before is not None and words[1:2] != [] and words[1].strip(",") in before


def _month_quarter(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the March quarter", "the September 2024 quarter", "the June year", "the June
    2024 year" (Australian and New Zealand house style): the three or twelve months that end
    with the month named. A year so named needs "the" before it ("in June year on year" is
    June's). The month may be told as the one the span ended in, as Indian and Nigerian copy
    writes it: "the September-ended quarter", "the June-ended quarter of 2024", and then also
    "the December-ended half" (six months); the month alone had been read."""
    month = _month_number(m.group("mqm"))
    twelve = m.group("mqyear") is not None
    if twelve and not _THE_BEFORE.search(ctx.text, 0, m.start()):
        return None
    half = m.group("mqhalf") is not None
    if month % 3 and not twelve and not half:
        return None  # "the May quarter" is no quarter
    year, inferred, fiscal = _end_year_for(m.group("mqy") or m.group("mqspec"), month, ctx)
    if year is None:
        return None
    last = _month_end(year, month)
    first = _add_months(last.replace(day=1), -11 if twelve else -5 if half else -2)
    granularity = "trailing" if twelve else "half" if half else "quarter"
    return first, last, granularity, inferred, fiscal, m.end()


def _two_year_label(label: str) -> tuple[int, int] | None:
    """The two years of a label over two consecutive years ("2022-23", "2023/24", "2024-2025"),
    the only labels that name a fiscal year; None for any other ("2019-22", "2024")."""
    years = _FISCAL_LABEL.fullmatch(label.replace(" ", ""))
    if years is None:
        return None
    first_year = _full_year(years.group(1))
    second = years.group(2) or ""
    second_year = int(second) if len(second) == 4 else (first_year // 100) * 100 + int(second or "0")
    return (first_year, second_year) if second_year == first_year + 1 else None


def _months_of_fiscal_label(
    ctx: _Context, first_name: str, last_name: str | None, label: str, end: int
) -> _Spans | None:
    """ "April-December 2022-23", "July-February (2023-24)": months of the fiscal year that
    runs across the two years. Its start month is the caller's when known and the range fits
    in that fiscal year; otherwise the range's own first month, as such ranges count from the
    start of the fiscal year (a range from January, which cannot start a two-year fiscal
    year, falls in its second year)."""
    years = _two_year_label(label)
    if years is None:
        return None
    first_year, second_year = years
    m1 = _month_number(first_name)
    m2 = _month_number(last_name) if last_name else m1
    months = (m2 - m1) % 12 + 1
    fiscal_start = ctx.fiscal_start_month or 1
    if fiscal_start == 1 or (m1 - fiscal_start) % 12 + months > 12:
        fiscal_start = m1 if m1 != 1 else DEFAULT_FISCAL_START_MONTH  # the given start does not fit
    start_year = first_year if m1 >= fiscal_start else second_year
    first = date(start_year, m1, 1)
    last = _add_months(first, months) - timedelta(days=1)
    return first, last, "month" if months == 1 else "months", False, True, end


def _days(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves a run of days: "between 3 March and 20 June of the fiscal year 2024-25",
    "from March 3 to May 30, 2024", "1 January-15 June", "January to 20 November": to the day, each day in
    the year its month falls in under the spec (a fiscal year spans two calendar years)."""
    if m.group("amonly"):  # "from January to 20 November": from the first of the month
        m1, d1 = _month_number(m.group("amonly")), 1
    else:
        m1, d1 = _month_number(m.group("am") or m.group("am_")), int(m.group("ad") or m.group("ad_"))
    m2, d2 = _month_number(m.group("bm") or m.group("bm_")), int(m.group("bd") or m.group("bd_"))
    spec = m.group("dspec")
    end_year, inferred, fiscal = _end_year_for(spec, m2, ctx, d2)
    if end_year is None:
        return None
    if m.group("dy1"):
        start_year = int(m.group("dy1"))
    elif spec and fiscal:
        start_year = _end_year_for(spec, m1, ctx)[0] or end_year
    else:
        start_year = end_year - 1 if (m1, d1) > (m2, d2) else end_year
    try:
        first, last = date(start_year, m1, d1), date(end_year, m2, d2)
    except ValueError:
        return None  # "31 April"
    if last < first:
        return None
    return first, last, "days", inferred, fiscal, m.end()


def _numeric_days(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves a run of days written in digits, as CIS, European and Asian statistics give it:
    "01.01.2025-31.05.2025", "from 01/01/2025 to 31/05/2025", "between 1.1.2025 and 31.5.2025",
    to the day; and "as of 31.05.2025", from 1 January of that year to that day (as "as of 31 May
    2025" is). Dotted dates are day first; slashed ones too unless only the month-first reading
    makes a run ("01/01/2025-05/31/2025")."""
    first = _numeric_day(m.group("nd1"), m.group("nm1"), m.group("ny1"))
    if m.group("ndasof") is not None:
        return None if first is None else (date(first.year, 1, 1), first, "days", False, False, m.end())
    last = _numeric_day(m.group("nd2"), m.group("nm2"), m.group("ny2"))
    if "/" in (m.group("ns1"), m.group("ns2")) and (first is None or last is None or last < first):
        # (a US run: "01/01/2025-05/31/2025")
        first = _numeric_day(m.group("nm1"), m.group("nd1"), m.group("ny1"))
        last = _numeric_day(m.group("nm2"), m.group("nd2"), m.group("ny2"))
    if first is None or last is None or last < first:
        return None
    return first, last, "days", False, False, m.end()


def _numeric_day(day: str, month: str, year: str) -> date | None:
    """The date of a day, month and year written in digits, or None when there is no such day."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _day_run(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves a run of days within one month: "April 1-20", "1-20 April 2024", "the March 1 to
    15 period" (customs data of the first days of a month, as Korean and Japanese copy gives it):
    those days, in the year named, else the latest year in which they have ended at publication."""
    month = _month_number(m.group("rm") or m.group("rm_"))
    first_day, last_day = int(m.group("rd1") or m.group("rd1_")), int(m.group("rd2"))
    return _days_of_month(m, ctx, month, first_day, last_day, m.group("rspec"))


def _first_days(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the first 20 days of this month", "the first ten days of March", "the first
    three weeks of April 2024", "the first week (fortnight) of June": the days from the 1st of
    the month named (this/last month counted from publication); and "the first (second) half of
    May": its 1st-15th (its 16th to its end, in the year its first half had ended by)."""
    half = (m.group("fdhalf") or "").lower()
    spans = _first_days_of_month(m, ctx)
    if spans is None or half in ("", "first"):
        return spans
    first, _, granularity, inferred, fiscal, end = spans
    return first.replace(day=16), _month_end(first.year, first.month), granularity, inferred, fiscal, end


def _first_days_of_month(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """The days from the 1st of the month `_first_days` reads, to the last its count names (a
    half of a month: the 15th)."""
    one = (m.group("fdone") or "").lower()  # "the first week of June", "the first fortnight of May"
    if m.group("fdhalf"):
        last_day = 15
    elif one:
        last_day = 7 if one == "week" else 14
    else:
        count = int(parse_number(m.group("fdn")) or 0)
        last_day = count * 7 if m.group("fdu").lower() == "weeks" else count
    relative = m.group("fdrel")
    if relative is None:
        return _days_of_month(m, ctx, _month_number(m.group("fdm")), 1, last_day, m.group("fdspec"))
    if ctx.published is None:
        return None
    month_start = ctx.published.replace(day=1)
    if relative.lower() not in ("this", "the current"):
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    if not 1 <= last_day <= _month_end(month_start.year, month_start.month).day:
        return None
    return month_start, month_start.replace(day=last_day), "days", True, False, m.end()


def _days_of_month(
    m: re.Match[str], ctx: _Context, month: int, first_day: int, last_day: int, spec: str | None
) -> _Spans | None:
    """Days `first_day`..`last_day` of `month`, in the year `spec` names, else in the latest
    year in which the last of them has passed at publication."""
    if spec:
        year, inferred, fiscal = _end_year_for(spec, month, ctx)
    elif ctx.published is None:
        return None
    else:
        year, inferred, fiscal = ctx.published.year, True, False
        if date(year, month, min(last_day, 28)) > ctx.published:
            year -= 1
    if year is None or not 1 <= first_day < last_day <= _month_end(year, month).day:
        return None
    return date(year, month, first_day), date(year, month, last_day), "days", inferred, fiscal, m.end()


def _as_of(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "as of 15 March in the 2023-24 fiscal year", "as at June 30 of this year":
    from the start of the (fiscal) year named to that day. Without a year named after it
    the day is left alone, as which year it counts from is not said."""
    month, day = _month_number(m.group("em") or m.group("em_")), int(m.group("ed") or m.group("ed_"))
    spec = m.group("aospec")
    fiscal = _fiscal_spec(spec, ctx)
    year: int | None
    if fiscal is not None:
        first = date(fiscal[0], fiscal[1], 1)
        year = _add_months(first, (month - fiscal[1]) % 12).year
    else:
        year = _calendar_spec(spec, ctx.published)
        if year is None:
            return None
        first = date(year, 1, 1)
    try:
        last = date(int(m.group("aoyear") or year), month, day)
    except ValueError:
        return None
    if last < first:
        return None
    return first, last, "days", False, fiscal is not None, m.end()


def _as_of_month_end(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "as of end-June 2024", "as at the end of June", "by the end of October 2024",
    "until (through, up to) the end of October", "by the end of March last year": a running total
    from 1 January to the end of that month (of the publication year, or the year before when that
    month has not ended at publication). Gulf and Turkish statistics offices report cumulative figures so;
    a single month's figure is written "in October"."""
    month = _month_number(m.group("aem"))
    year: int | None
    if m.group("aey"):
        year, inferred = int(m.group("aey")), False
    elif m.group("aerel"):
        # "by the end of March last year": the month of the year told (it had been this year's
        # March, and "last year" a second period of its own)
        year, inferred = _calendar_spec(m.group("aerel"), ctx.published), False
    else:
        year, inferred, _ = _end_year_for(None, month, ctx)
    if year is None:
        return None
    return date(year, 1, 1), _month_end(year, month), "months", inferred, False, m.end()


def _persian(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the first five months of this Iranian year", "the past Iranian year", "the
    Iranian year 1402" (or "of 1402", "the 1402 solar year": `_SOLAR_YEAR_WORDS`), "the Iranian
    year ended March 20, 2024", and a bare year of the 1300s or
    1400s after "the first N months/half/quarter of" ("the first seven months of 1403"): no
    Gregorian trade figure is for a year of those centuries, so it is a solar hijri year, which
    Iranian copy writes without the calendar's name. Iran reports by the solar
    hijri year, which starts on Nowruz (20 or 21 March, `_nowruz`), with six months of 31
    days, five of 30 and one of 29 or 30. A year's end day stated in the text is its end."""
    solar = m.group("psh") or m.group("psb") or m.group("pbare")
    if m.group("psolar") and not (solar or m.group("prel") or m.group("pfirst")):
        return None  # "the solar year" alone: the astronomical one, no Iranian year
    if m.group("plunar"):
        return _lunar_hijri_part(int(solar), _count_months(m), m.end())
    if solar:
        start_year = int(solar) + _SOLAR_OFFSET
    elif m.group("peyear"):
        start_year = int(m.group("peyear")) - 1  # "the Iranian year ended (to) March 20, 2024"
    elif ctx.published is not None:
        start_year = _relative_solar_year(ctx.published, m.group("prel"))
    else:
        return None
    count = _count_months(m)
    if not 1 <= count <= 12:
        return None
    first = _nowruz(start_year)
    last = _solar_month_start(start_year, count + 1) - timedelta(days=1)
    stated = m.group("ped1") or m.group("ped2")
    if count == 12 and stated and m.group("peyear") and 19 <= int(stated) <= 21:
        last = date(int(m.group("peyear")), 3, int(stated))  # "(ended March 19, 2024)"
    granularity = "fiscal_year" if count == 12 else "months"
    return first, last, granularity, solar is None, True, m.end()


def _count_months(m: re.Match[str]) -> int:
    """The months a year's opening part spans in a `persian` match: "first seven months" 7,
    "first two quarters" 6, "first half" 6, "first quarter" 3; the whole year 12."""
    if m.group("pcount"):
        per_unit = 3 if m.group("punit").lower() == "quarters" else 1
        return int(parse_number(m.group("pcount")) or 0) * per_unit
    return {"half": 6, "quarter": 3}.get((m.group("ppart") or "").lower(), 12)


def _lunar_hijri_part(year: int, count: int, end: int) -> _Spans | None:
    """The first `count` months of lunar hijri `year` ("the first four months of 1446 AH": 8
    July to 3 November 2024), as Gregorian days."""
    if not 1 <= count <= 12:
        return None
    first = lunar_hijri_month_start(year, 1)
    last = lunar_hijri_month_start(year, count + 1) - timedelta(days=1)
    return first, last, "fiscal_year" if count == 12 else "months", False, True, end


#: The first day of the tabular Islamic calendar, 1 Muharram 1 AH (16 July 622 in the Julian
#: calendar), as a proleptic Gregorian day.
_HIJRI_EPOCH: Final = date(622, 7, 19).toordinal()


def lunar_hijri_month_start(year: int, month: int) -> date:
    """The first day of lunar hijri `month` (1-12; 13 is the next year's first) of `year`, by
    the tabular (arithmetic) Islamic calendar: months of 30 and 29 days in turn, eleven leap
    years in thirty. The Umm al-Qura calendar Saudi Arabia keeps, set by the moon, may open a
    month a day before or after it."""
    year, month = (year + 1, 1) if month > 12 else (year, month)
    days = (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(_HIJRI_EPOCH + days)


def _persian_months(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves Iranian months by name: "Mehr 1403", "Farvardin-Mehr 1403", "during Farvardin
    to Shahrivar of the Iranian year 1403", "Tir of the current Iranian year", "the month of
    Mehr", "in Khordad-Mordad". Their days are the solar hijri year's (`_solar_month_start`),
    not a Gregorian month's: Mehr 1403 is 22 September-21 October 2024. A year written is the
    year of the run's last month, and a run that wraps ("Dey-Farvardin 1403") starts the year
    before, as a Gregorian "July-March 2024" does; with no year, the last month is the latest
    one that has ended by publication, as a bare "in March" is dated."""
    first_month = _PERSIAN_MONTHS[m.group("pm1").lower()]
    last_month = _PERSIAN_MONTHS[m.group("pm2").lower()] if m.group("pm2") else first_month
    inferred = False
    if m.group("pmy"):
        end_year = int(m.group("pmy")) + _SOLAR_OFFSET
    elif ctx.published is None:
        return None
    elif m.group("pmrel"):
        end_year = _relative_solar_year(ctx.published, m.group("pmrel"))
    else:
        end_year, inferred = _relative_solar_year(ctx.published, None), True
        if _solar_month_start(end_year, last_month + 1) > ctx.published:
            end_year -= 1  # (a month not yet over at publication is last year's)
    start_year = end_year - 1 if last_month < first_month else end_year
    first = _solar_month_start(start_year, first_month)
    last = _solar_month_start(end_year, last_month + 1) - timedelta(days=1)
    granularity = "month" if first_month == last_month else "months"
    return first, last, granularity, inferred, True, m.end()


#: A solar hijri year starts in the Gregorian year this much later ("1403" on 20 March 2024).
_SOLAR_OFFSET: Final = 621


def _relative_solar_year(published: date, relative: str | None) -> int:
    """The Gregorian year in which the solar hijri year a story's words name starts: the one
    under way at publication, or the one before it for "past", "last" and "previous"."""
    current = published.year if published >= _nowruz(published.year) else published.year - 1
    back = relative is not None and relative.lower() in ("past", "last", "previous")
    return current - 1 if back else current


def _solar_month_start(start_year: int, month: int) -> date:
    """The first day of solar hijri `month` (1-12; 13 is the next year's first) of the year
    that starts on Nowruz of Gregorian `start_year`: six months of 31 days, then five of 30,
    and Esfand runs to the next Nowruz (29 or 30 days)."""
    if month > len(_PERSIAN_MONTH_DAYS):
        return _nowruz(start_year + 1)
    return _nowruz(start_year) + timedelta(days=sum(_PERSIAN_MONTH_DAYS[: month - 1]))


@lru_cache(maxsize=64)
def _nowruz(year: int) -> date:
    """The first day of the solar hijri year that starts in Gregorian `year`: the day of the
    March equinox when it falls before noon in Tehran (UTC+3:30), else the day after (20 March
    in 2024, 21 March in 2023 and 2025). The equinox is Meeus' mean March equinox, within
    minutes of the true one for these centuries."""
    y = (year - 2000) / 1000
    jde = 2451623.80984 + 365242.37404 * y + 0.05169 * y**2 - 0.00411 * y**3 - 0.00057 * y**4
    tehran = datetime(2000, 1, 1, 12) + timedelta(days=jde - 2451545.0, hours=3.5)
    return tehran.date() if tehran.hour < 12 else tehran.date() + timedelta(days=1)


#: A change right before a span of years: "doubled between", "grew 40% between", "rose by a third between".
_CHANGED_OVER: Final = re.compile(
    rf"(?i)\b(?:{CHANGE_VERBS}|doubled|tripled|trebled|quadrupled|halved)"
    r"(?:\s+(?:by\s+)?(?:[\d.,]+\s*(?:%|per\s?cent|percent)|(?:a|one)\s+(?:half|third|quarter|fifth)))?\s+$"
)


def _between(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "between January and March (2024)", "between May 2024 and April 2025" (one
    span, as "from May 2024 to April 2025" is), "between 2019 and 2022"."""
    if m.group("by1"):
        ya, yb = int(m.group("by1")), int(m.group("by2"))
        if yb < ya:
            return None
        if _CHANGED_OVER.search(ctx.text, max(0, m.start() - 60), m.start()):
            # "doubled between 2020 and 2024 to €400 million": the level reached in the last year,
            # the change measured over the span (a total "between 2020 and 2024" spans them all)
            return date(yb, 1, 1), date(yb, 12, 31), "year", False, False, m.end()
        return date(ya, 1, 1), date(yb, 12, 31), "multi_year", False, False, m.end()
    first_year = int(m.group("by0")) if m.group("by0") else None
    return _month_span(ctx, m.group("bm1"), m.group("bm2"), first_year, m.group("bspec"), m.end())


def _month_span(
    ctx: _Context, first_name: str, last_name: str | None, y1: int | None, spec: str | None, end: int
) -> _Spans | None:
    """First and last day of a month or month range; a range that wraps ("July-March")
    starts the year before the year it ends in."""
    m1 = _month_number(first_name)
    m2 = _month_number(last_name) if last_name else m1
    end_year: int | None
    if y1 is not None and not spec:
        end_year, inferred, fiscal = (y1 if m1 <= m2 else y1 + 1), False, False
    else:
        end_year, inferred, fiscal = _end_year_for(spec, m2, ctx)
    if end_year is None:
        return None
    start_year = y1 if y1 is not None else (end_year - 1 if m1 > m2 else end_year)
    first, last = date(start_year, m1, 1), _month_end(end_year, m2)
    if last < first:
        return None
    granularity = "month" if (m1 == m2 and start_year == end_year) else "months"
    return first, last, granularity, inferred, fiscal, end


def _end_year_for(
    spec: str | None, end_month: int, ctx: _Context, end_day: int | None = None
) -> tuple[int | None, bool, bool]:
    """The calendar year of `end_month`: from a year spec ("2024", "this year", "the current
    fiscal year"), else inferred from the publication date: the latest year in which the month
    has ended by then, or, for a run that ends on a day of it (`end_day`), that day ("from
    January 1 to March 10" in a story of March 20 is this year's). Returns (year, inferred,
    fiscal)."""
    spec = _named_year_spec(spec)
    if spec:
        fiscal = _fiscal_spec(spec, ctx)
        if fiscal is not None:
            fy_start_year, start_month = fiscal
            months_from_start = (end_month - start_month) % 12
            year = _add_months(date(fy_start_year, start_month, 1), months_from_start).year
            if (
                _unlabelled_current(spec)
                and ctx.published is not None
                and _month_end(year, end_month) > ctx.published
            ):
                # "July-March of the current fiscal year" in early July: the fiscal year just
                # ended, whose months have (as "the first nine months of the fiscal year" reads)
                year -= 1
            return year, False, True
        return _calendar_spec(spec, ctx.published), False, False
    if ctx.published is None:
        return None, False, False
    year = ctx.published.year
    end = _month_end(year, end_month)
    if end_day is not None and end_day <= end.day:
        end = end.replace(day=end_day)
    if end > ctx.published:
        year -= 1
    return year, True, False


#: A quarter, and the "trimester" of Latin American and French copy in English (the "trimestre",
#: three months: "the third trimester of 2024" is July-September, as "semester" is a half).
_QUARTER_WORDS: Final = ("quarter", "trimester")


def _ordinal(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the first quarter of 2024", "first quarter of the current fiscal year 2024-25",
    "the first five months of 2024", "in the first seven months", "first three quarters"."""
    ordinal = m.group("ord").lower()
    unit = m.group("ounit").lower()
    count_text = m.group("ocount")
    count = int(parse_number(count_text) or 0) if count_text else 1
    if unit.startswith("month") and not count_text:
        # "the first month of the current fiscal year", "the last month of 2023": one month of
        # the year named; without a year the ordinal counts from something else ("in the
        # first month after the deal")
        if unit != "month" or not (m.group("ospec") or m.group("oyear")):
            return None
        index = 12 if _ORDINALS[ordinal] == -1 else _ORDINALS[ordinal]
        offset, length, granularity = index - 1, 1, "month"
    elif unit.startswith("month"):
        if not 1 <= count <= 12 or not _counts_from_an_end(ordinal, m):
            return None
        offset, length, granularity = (0 if _ORDINALS[ordinal] == 1 else 12 - count), count, "months"
    elif unit.startswith(_QUARTER_WORDS):
        if count_text:
            if not 1 <= count <= 4 or not _counts_from_an_end(ordinal, m):
                return None
            offset = 0 if _ORDINALS[ordinal] == 1 else 12 - 3 * count
            length, granularity = 3 * count, "months"
        else:
            index = 4 if _ORDINALS[ordinal] == -1 else _ORDINALS[ordinal]
            offset, length, granularity = 3 * (index - 1), 3, "quarter"
    else:
        if count_text:
            return None
        index = 2 if _ORDINALS[ordinal] == -1 else _ORDINALS[ordinal]
        if index > 2:
            return None
        offset, length, granularity = 6 * (index - 1), 6, "half"
    if m.group("olabel"):
        return _part_of_fiscal_label(m, ctx, offset, length, granularity)
    if not (m.group("ospec") or m.group("oyear")) and _EVENT_COUNTED.match(ctx.text, m.end()):
        return None  # "in the first twelve months of the agreement": counted from the deal, no year's
    return _within_year(m, ctx, m.group("ospec") or m.group("oyear"), offset, length, granularity)


def _counts_from_an_end(ordinal: str, m: re.Match[str]) -> bool:
    """Whether "first/last N months (quarters)" counts from an end of the year: "the first five
    months" from January, with a year or not; "the last (final) three months of 2024" back from
    December, only with the year named ("the last three months" alone are the three before
    publication, and "the final six months" alone may count from anything)."""
    order = _ORDINALS[ordinal]
    return order == 1 or (order == -1 and bool(m.group("ospec") or m.group("oyear")))


def _roman(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the II quarter of 2024", "IV quarter 2024", "the I half of 2024" and the run "I-III
    quarters of 2024" (January-September)."""
    first = _ROMAN[m.group("ra")]
    last = _ROMAN[m.group("rb")] if m.group("rb") else first
    size = 6 if m.group("runit").lower().startswith("hal") else 3
    if last < first or last * size > 12:
        return None
    granularity = ("half" if size == 6 else "quarter") if first == last else "months"
    return _within_year(m, ctx, m.group("rnspec"), size * (first - 1), size * (last - first + 1), granularity)


#: "of" and the article before the words of what a span of time counts from.
_OF_THE: Final = r"of\s+(?:the|its|their|our)\s+"
#: The same before an event's words, not a year's ("of the agreement", not "of the current
#: fiscal year", which the period's own pattern takes).
_OF_AN_EVENT: Final = _OF_THE + r"(?!(?:year|fiscal|financial|current|calendar|last|previous|past|present)\b)"
#: What follows a part of no year named that counts it from an event, not from January: "the
#: first twelve months of the agreement", "the first six months after the deal took effect",
#: "the first year since the FTA" (not "of 2024", "of this year", "of the current fiscal year",
#: which the period's own pattern takes).
_EVENT_COUNTED: Final = re.compile(rf"\s+(?:{_OF_AN_EVENT}[a-z]|(?:after|since|following)\b)", re.IGNORECASE)
#: Words that end on the noun of an event a span of time counts from, with at most four words
#: between its article and the noun ("the first twelve months of the agreement", "the first
#: year of the Chile Korea free trade agreement", "of the current agreement"): the noun says
#: when the span began. (The noun is the caller's, so no year's words are ruled out here.)
SPAN_OF_AN_EVENT: Final = re.compile(
    rf"(?i)\b(?:months?|years?|weeks|days|quarters?|half)\s+{_OF_THE}(?:\S+\s+){{0,4}}\S+\Z"
)


def _part_of_fiscal_label(
    m: re.Match[str], ctx: _Context, offset: int, length: int, granularity: str
) -> _Spans | None:
    """ "the first nine months of 2024-25", "the first half of 2023/24": a part of a year told
    by a label over two consecutive years is a part of the fiscal year so named (a part of two
    calendar years is no reading), as "April-December 2024-25" is; a calendar country's start
    month gives way to the default, as there. Any other label ("2019-22") is no period."""
    years = _two_year_label(m.group("olabel"))
    if years is None:
        return None
    first_year = years[0]
    bikram = _bikram_part(years, offset, length)
    if bikram is not None:  # "the first ten months of 2079/80"
        return *bikram, granularity, False, True, m.end()
    told_month = ctx.fiscal_start_month
    start_month = told_month if told_month is not None and told_month != 1 else DEFAULT_FISCAL_START_MONTH
    exact = _national_fiscal_months((start_month, _start_day(ctx, start_month)), first_year, offset, length)
    if exact is not None:  # "the first half of 2024/25" in Ethiopian copy: 8 July to 8 January
        return *exact, granularity, False, True, m.end()
    first = _add_months(date(first_year, start_month, 1), offset)
    return first, _add_months(first, length) - timedelta(days=1), granularity, False, True, m.end()


def _year_ordinal(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the 2024 first half", "2023's fourth quarter", "2024 second semester", and a
    first run of months or quarters of the year before it: "FY25's first ten months", "this
    year's first two months", "2024's first three quarters"."""
    index = _ORDINALS[m.group("yoord").lower()]
    if m.group("yocount"):
        count = int(parse_number(m.group("yocount")) or 0)
        months = count * (3 if m.group("yocunit").lower() == "quarters" else 1)
        if index != 1 or not 1 <= months <= 12:
            return None
        return _within_year(m, ctx, m.group("yoyear"), 0, months, "months")
    if m.group("younit").lower() in _QUARTER_WORDS:
        index = 4 if index == -1 else index
        offset, length, granularity = 3 * (index - 1), 3, "quarter"
    else:
        index = 2 if index == -1 else index
        if index > 2:
            return None
        offset, length, granularity = 6 * (index - 1), 6, "half"
    return _within_year(m, ctx, m.group("yoyear"), offset, length, granularity)


def _within_year(
    m: re.Match[str], ctx: _Context, spec: str | None, offset: int, length: int, granularity: str
) -> _Spans | None:
    """Months offset..offset+length of the (fiscal) year named by `spec`, or of the year
    inferred from the publication date. An explicit "(July-December)" right after decides
    the fiscal start month."""
    spec = _named_year_spec(spec)
    end = m.end()
    inner = m.group("oparen")  # "the first quarter (October-December) of FY2024"
    parenthesised = _PARENTHESISED_MONTHS.match(ctx.text, m.start("oparen") if inner else end)
    if spec:
        months_ctx = ctx
        told = length  # a Bikram Sambat label counts its months mid-month to mid-month already
        if parenthesised and _fiscal_spec(spec, ctx) is not None:
            stated_start = (_month_number(parenthesised.group("m1")) - offset - 1) % 12 + 1
            months_ctx = replace(ctx, fiscal_start_month=stated_start)
            end = max(end, parenthesised.end())
            # "the first four months of the fiscal year (mid-July to mid-November)": the calendar
            # months the parenthesis names, which a year starting mid-month makes one more
            length = _parenthesised_length(parenthesised, length)
        # "the first eight months of fiscal year 2081/82 (mid-July to mid-March)": eight, not nine
        bikram = _bikram_part(_label_years(spec), offset, told)
        if bikram is not None:  # "the first six months of fiscal year 2080/81"
            return *bikram, granularity, False, True, end
        fiscal = _fiscal_spec(spec, months_ctx)
        if fiscal is not None:
            fy_start = date(fiscal[0], fiscal[1], 1)
            first = _add_months(fy_start, offset)
            last = _add_months(first, length) - timedelta(days=1)
            opening = (fiscal[1], _start_day(ctx, fiscal[1]))
            exact = _national_fiscal_months(opening, fiscal[0], offset, told)
            if exact is not None:
                # Nepal's year counts Nepali months: "the first eight months of the current fiscal
                # year" are 1 Shrawan to the end of Falgun (mid-July to mid-March), not July-February;
                # Ethiopia's Ethiopian ones ("the first half" runs 8 July to 8 January)
                first, last = exact
                if _unlabelled_current(spec) and ctx.published is not None and last > ctx.published:
                    first, last = _national_fiscal_months(opening, fiscal[0] - 1, offset, told) or exact
                return first, last, granularity, False, True, end
            if _unlabelled_current(spec) and ctx.published is not None and last > ctx.published:
                # "the first 11 months of the fiscal year" in November: the fiscal year before,
                # whose first 11 months have ended (this one's have not)
                first, last = (
                    _add_months(first, -12),
                    _add_months(last + timedelta(days=1), -12) - timedelta(days=1),
                )
            return first, last, granularity, False, True, end
        year = _calendar_spec(spec, ctx.published)
        if year is None:
            return None
        first = date(year, offset + 1, 1)
        return first, _add_months(first, length) - timedelta(days=1), granularity, False, False, end
    if ctx.published is None:
        return None
    year = ctx.published.year
    if _month_end(year, offset + length) > ctx.published:
        year -= 1
    first = date(year, offset + 1, 1)
    return first, _add_months(first, length) - timedelta(days=1), granularity, True, False, end


def _parenthesised_length(parenthesised: re.Match[str], length: int) -> int:
    """The months a period runs over when its parenthesis goes from the middle of one month to
    the middle of another ("the first four months (mid-July to mid-November)"): the calendar
    months named, one more than the count told; otherwise `length`, the count told."""
    spanned = (_month_number(parenthesised.group("m2")) - _month_number(parenthesised.group("m1"))) % 12 + 1
    return spanned if spanned == length + 1 and "mid" in parenthesised.group().lower() else length


def _named_year_spec(spec: str | None) -> str | None:
    """The spec, or None for a bare "the year": "in the second half of the year" in a March
    story names no year, so it is read as "the second half" alone, of the publication year or
    the year before when those months have not ended (unlike "this year", which names the
    current one)."""
    if spec and " ".join(spec.lower().split()) == "the year":
        return None
    return spec


def _unlabelled_current(spec: str) -> bool:
    """Whether a fiscal spec names the current fiscal year by no label: "the fiscal year", "the
    current fiscal", "this fiscal year" (not "FY2024", "last fiscal year")."""
    s = spec.lower()
    return not any(c.isdigit() for c in s) and not _looks_back(s) and "next" not in s


def _fiscal_year_ended(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the fiscal year ended June 30, 2023": the twelve months to that month (to
    that day when it is not the month's last: "ended July 7, 2024"); without a year ("the
    fiscal year that ended in June"), the last one ended at publication."""
    month = _month_number(m.group("femonth"))
    year = int(m.group("feyear")) if m.group("feyear") else _end_year_for(None, month, ctx)[0]
    if year is None:
        return None
    day = _day_within_month(m.group("feday") or m.group("feday_"), month)
    return *_fiscal_year_to(year, month, day), "fiscal_year", False, True, m.end()  # "ended July 7"


def _months_to(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the year to June 2024", "the 12 months ended March", "three months to
    September", "the four quarters to end-June", "the half-year to June 30" (UK, Australian,
    South African house styles): months ending with that month, or on the day written when it
    is not the month's last ("the year to March 20, 2024")."""
    count = 12 if m.group("tocount") is None else int(parse_number(m.group("tocount")) or 0)
    if m.group("toquarters"):
        count *= 3  # "the four quarters to end-June"
    elif m.group("tohalf"):
        count = 6  # "the half-year to June 30"
    elif m.group("toquarter"):
        count = 3  # "the quarter to September"
    if not 1 <= count <= 36:
        return None
    month = _month_number(m.group("tomonth"))
    inferred = m.group("toyear") is None
    if not inferred:
        year = int(m.group("toyear"))
    elif ctx.published is not None:
        year = (
            ctx.published.year
            if _month_end(ctx.published.year, month) <= ctx.published
            else ctx.published.year - 1
        )
    else:
        return None
    day = _day_within_month(m.group("today") or m.group("today_"), month)
    if day is not None:
        # "the ten months to January 20, 2025": to that day, from the day after the same day ten
        # months before (Iranian copy counts solar months, which end on the 20th or 21st)
        last = date(year, month, day)
        before = _add_months(last.replace(day=1), -count)
        first = before.replace(day=min(day, _month_end(before.year, before.month).day)) + timedelta(days=1)
        return first, last, "trailing", inferred, False, m.end()
    last = _month_end(year, month)
    return _add_months(last.replace(day=1), 1 - count), last, "trailing", inferred, False, m.end()


def _months_to_quarter(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the eight quarters to the end of the first quarter of 2021", "the 12 months
    to Q2 2024", "the year ended the second quarter": a trailing run ending with that quarter
    (without a year, the last such quarter over at publication)."""
    if m.group("qtmonth"):  # "the year to the March quarter": the quarter that ends in March
        month = _month_number(m.group("qtmonth"))
        if month % 3:
            return None
        quarter = month // 3
    else:
        quarter = _ORDINALS[m.group("qtord").lower()] if m.group("qtord") else int(m.group("qtq"))
    count = 12 if m.group("qtcount") is None else int(parse_number(m.group("qtcount")) or 0)
    months = count * 3 if (m.group("qtunit") or "").lower() == "quarters" else count
    if not 1 <= months <= 36:
        return None
    inferred = m.group("qtyear") is None
    if not inferred:
        year = int(m.group("qtyear"))
    elif ctx.published is not None:
        year = ctx.published.year if _month_end(ctx.published.year, 3 * quarter) <= ctx.published else (
            ctx.published.year - 1)  # fmt: skip
    else:
        return None
    last = _month_end(year, 3 * quarter)
    return _add_months(last.replace(day=1), 1 - months), last, "trailing", inferred, False, m.end()


def _count(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "11 months of 2023", "in 10 months", "over the nine months": January onwards."""
    count = int(parse_number(m.group("ncount")) or 0)
    if not 1 <= count <= 12:
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if (
        not m.group("nspec")
        and not re.search(r"\b(?:the|in|first|over|during)\s+$", before)
        and not (before.endswith(("for ", "for\t")) and _FIGURE_VERB_AFTER_COUNT.match(ctx.text, m.end()))
    ):
        return None  # "for six months": a duration
    return _within_year(m, ctx, m.group("nspec"), 0, count, "months")


#: A verb of a figure's level or change right after "for N months" ("Trade of Georgia with
#: Armenia for 10 months amounted to ...", the calque of «за 10 месяцев» in CIS agency copy):
#: the months are the year so far that the figure covers, not a duration ("banned for six
#: months", "fell for six months in a row" stay durations). "was"/"were" only before an amount
#: ("for nine months was USD 1.2 billion", not "a licence for six months was granted").
_FIGURE_VERB_AFTER_COUNT: Final = re.compile(
    r"\s*,?\s+(?:(?i:(?:(?:has|have|had)\s+)?(?:amounted|amounting|reached|reaching|total(?:l)?ed|total(?:l)?ing"
    r"|stood|standing|made\s+up|came\s+to|exceeded|grew|rose|increased|decreased|fell|declined|dropped))\b"
    r"|(?i:(?:was|were)\s+(?:(?:worth|valued\s+at|estimated\s+at|recorded\s+at|at)\s+)?"
    r"(?:(?:about|around|nearly|almost|over|some|approximately|roughly|more\s+than|less\s+than)\s+)?)"
    r"(?=[$€£¥₹\dA-Z]))"
)


def _quarter_code(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "Q1 2024", "Q3", "Q1-Q3 2024", "Q1-3 2024", "Q2 of FY24", "Q4'23", "Q2/2023"."""
    q1 = int(m.group("q"))
    q2 = int(m.group("q2") or m.group("q2bare") or q1)  # "Q1-3 2024": "Q1-Q3 2024"
    if q2 < q1:
        return None
    spec = _short_year(m.group("qspec"))
    granularity = "quarter" if q1 == q2 else "months"
    return _within_year(m, ctx, spec, 3 * (q1 - 1), 3 * (q2 - q1 + 1), granularity)


def _quarter_code_reversed(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "1Q24", "3Q 2023"."""
    q = int(m.group("q_"))
    return _within_year(m, ctx, _short_year(m.group("qy_")), 3 * (q - 1), 3, "quarter")


def _month_code(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "9M24", "9M2024", "6M 2023", "9M FY24", "the first 5M of 2025", "5M/2025", "5M-2025"
    (the first N months of the year named)."""
    if _after_currency(ctx.text, m.start()):
        joint = ctx.text[m.end("mc") + 1 : m.start("mcy")].strip()
        if joint and m.group("mcy").isdigit() and len(m.group("mcy")) == 4:
            # "USD 5M of 2025 sales", "USD 5M/2025": an amount, then the year
            return _year_or_so_far(m, ctx, int(m.group("mcy")), False, m.end())
        return None  # "USD 9M 2024 ..." is an amount
    return _within_year(m, ctx, _short_year(m.group("mcy")), 0, int(m.group("mc")), "months")


def _calendar_code(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "CY2023", "CY23": the calendar year, whatever the fiscal year."""
    year = _calendar_spec(m.group("cy"), ctx.published)
    if year is None:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year", False, False, m.end()


def _half_code(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "H1 2024", "H2", "H2/2024"."""
    h = int(m.group("h"))
    return _within_year(m, ctx, _short_year(m.group("hspec")), 6 * (h - 1), 6, "half")


def _half_code_reversed(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "1H24", "2H 2023"."""
    h = int(m.group("h_"))
    return _within_year(m, ctx, _short_year(m.group("hy_")), 6 * (h - 1), 6, "half")


def _year_first_code(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "2025Q1", "2025-Q1", "2024 H2": the year before its quarter or half, as statistics
    offices (Eurostat, national accounts tables) label them. It had been the whole year and the
    quarter of the year inferred from publication, two periods."""
    spec = m.group("yq_y")
    if m.group("yq_q"):
        q = int(m.group("yq_q"))
        return _within_year(m, ctx, spec, 3 * (q - 1), 3, "quarter")
    return _within_year(m, ctx, spec, 6 * (int(m.group("yq_h")) - 1), 6, "half")


def _fiscal_label(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "fiscal year 2022-23", "FY2023-24", "FY24", "financial year 2023", and a short label
    with an apostrophe or a dash before it ("FY'25", "FY-25", "fiscal '25"), which had been none."""
    return _whole_fiscal(m, ctx, "FY " + m.group("fy"))


def _fiscal_label_first(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the 2022-23 financial year", "the 2024 fiscal year"."""
    return _whole_fiscal(m, ctx, "FY " + (m.group("fy2") or m.group("fy1")))


def _relative_fiscal(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the current fiscal year (2023-24)", "last fiscal year"."""
    return _whole_fiscal(m, ctx, m.group("relfiscal"))


def _whole_fiscal(m: re.Match[str], ctx: _Context, spec: str) -> _Spans | None:
    end = m.end()
    parenthesised = _PARENTHESISED_MONTHS.match(ctx.text, end) or _RAN_MONTHS_CLAUSE.match(ctx.text, end)
    if parenthesised:
        ctx = replace(ctx, fiscal_start_month=_month_number(parenthesised.group("m1")))
        end = parenthesised.end()
    ended = _ENDED_CLAUSE.match(ctx.text, end)
    if ended is not None:  # "fiscal 2022, which ended in March this year"
        month = _month_number(ended.group("month"))
        day = _day_within_month(ended.group("day") or ended.group("day_"), month)
        year = _calendar_spec(ended.group("year"), ctx.published)
        if year is not None:
            return *_fiscal_year_to(year, month, day), "fiscal_year", False, True, ended.end()
        if day is None:
            ctx = replace(ctx, fiscal_start_month=month % 12 + 1, fiscal_start_day=1)
        else:  # "which ended on July 7": Ethiopia's year runs from 8 July
            ctx = replace(ctx, fiscal_start_month=month, fiscal_start_day=day + 1)
        end = ended.end()
    bikram = _bikram_part(_label_years(spec), 0, 12)
    if bikram is not None:  # "fiscal year 2079/80"
        return *bikram, "fiscal_year", False, True, end
    fiscal = _fiscal_spec(spec, ctx)
    if fiscal is None:
        return None
    # a day the text says the year ended on is its end; else the country's calendar
    days = fiscal_year if ended is not None else _fiscal_days
    first, last = days(*fiscal, _start_day(ctx, fiscal[1]))
    told = (_month_number(parenthesised.group("m2")) - fiscal[1]) % 12 + 1 if parenthesised else 12
    if told < 12 and ended is None and first.day == 1:
        # "during FY25 (April-January)": the months of the year told so far, not the whole year
        return first, _add_months(first, told) - timedelta(days=1), "months", False, True, end
    so_far = _told_so_far(m, ctx, first, last, end) if not (parenthesised or ended) else None
    if so_far is not None:
        # "in FY26 so far", "so far this fiscal year": the fiscal year up to publication
        last, end = so_far
        return first, last, "ytd", False, True, end
    return first, last, "fiscal_year", False, True, end


def _fiscal_year_to(year: int, month: int, day: int | None) -> tuple[date, date]:
    """The twelve months that end with `month` of `year`, or on its `day` when the year ended
    within the month (`_day_within_month`: "ended July 7, 2024" runs from July 8, 2023)."""
    last = _month_end(year, month) if day is None else date(year, month, day)
    return _add_years(last, -1) + timedelta(days=1), last


def _day_within_month(day: str | None, month: int) -> int | None:
    """The day a year ended on when it is not its month's last ("ended on July 7": 7); None
    for the last day or none written ("ended on June 30", "ended in June"), where the year
    ends with the whole month. February's 28th is its last (a leap year's 29th is too)."""
    if day is None:
        return None
    number = int(day)
    return number if 1 <= number < _month_end(2001, month).day else None


#: The month a year-to-date runs to, right after it, and its year when written:
#: "year-to-date through September", "year to date to Feb. 2024" (the words of `_UP_TO`, or "to").
#: The month in any case ("through september"): after a year-to-date it can be nothing else.
_YTD_THROUGH: Final = re.compile(
    rf"\s+(?i:{literal_alternation(sorted(_UP_TO | {'to'}))})\s+(?P<month>(?i:{MONTH_PATTERN}))"
    rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?"
)


#: Words after a fiscal year that make it the part of the year so far: "in FY26 so far", "the
#: current fiscal year to date", "FY2025 year-to-date", "FY25 YTD".
_SO_FAR_AFTER: Final = re.compile(r",?\s+(?:(?i:so\s+far|to\s+date|year[-\s]to[-\s]date)|YTD)(?![\w-])")
#: The same words before it: "so far this fiscal year", "so far in the current financial year";
#: and "since the start (beginning) of", which tells the same of a year ("since the start of 2025",
#: "since the beginning of this fiscal year").
_SO_FAR_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:so\s+far|to\s+date)\s+(?:(?:in|during|of)\s+)?|since\s+the\s+(?:start|beginning)\s+of\s+)\Z"
)
#: "since the start of " right before a year so far (`_SO_FAR_BEFORE`), where its words begin.
_SINCE_START_OF: Final = re.compile(r"(?i)\bsince\s+the\s+(?:start|beginning)\s+of\s+\Z")


def _so_far_end(first: date, last: date, ctx: _Context, end: int) -> tuple[date, int]:
    """The last day of a fiscal year so far that runs from `first` to `last`, and where its words
    end (`end`, the end of its words so far): the end of the month a following "through <month>"
    names, else of the month before publication (publication day itself in the year's first
    month; the whole year when it had not started or had ended at publication)."""
    through = _YTD_THROUGH.match(ctx.text, end)
    if through is not None:
        month = _month_number(through.group("month"))
        told = _add_months(first, (month - first.month) % 12 + 1) - timedelta(days=1)
        if told <= last:
            return told, through.end()
    if ctx.published is None or not first <= ctx.published <= last:
        return last, end
    before = ctx.published.replace(day=1) - timedelta(days=1)
    return (before if before >= first else ctx.published), end


def _year_or_so_far(m: re.Match[str], ctx: _Context, year: int, inferred: bool, end: int) -> _Spans:
    """The calendar `year`, or the part of it so far when so-far words stand right after or right
    before it ("in 2025 so far", "so far in 2025", "this year to date") and it is the year of
    publication: 1 January to the end of the month before publication, as "so far this year" is."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    if ctx.published is None or ctx.published.year != year:
        return first, last, "year", inferred, False, end
    so_far = _told_so_far(m, ctx, first, last, end)
    if so_far is None:
        return first, last, "year", inferred, False, end
    last, end = so_far
    return first, last, "ytd", inferred, False, end


def _told_so_far(
    m: re.Match[str], ctx: _Context, first: date, last: date, end: int
) -> tuple[date, int] | None:
    """The year's last day so far and the end of its text, when so-far words stand right after the
    year's text (ending at `end`: "in FY26 so far", "2025 YTD") or right before it ("so far in
    2025"); None when neither does. The one reading of both for the calendar and the fiscal year."""
    after = _SO_FAR_AFTER.match(ctx.text, end)
    if after is None and not _SO_FAR_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    return _so_far_end(first, last, ctx, after.end() if after is not None else end)


def _fiscal_ytd(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "FYTD", "fiscal year-to-date": the current fiscal year (the story country's, else
    `DEFAULT_FISCAL_START_MONTH`'s) from its start to the month before publication, or to the
    month a following "through <month>" names."""
    fiscal = _fiscal_spec("this fiscal year", ctx)
    if fiscal is None:
        return None
    first, last = _fiscal_days(*fiscal, _start_day(ctx, fiscal[1]))
    last, end = _so_far_end(first, last, ctx, m.end())
    return first, last, "ytd", True, True, end


def _ytd(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "so far this year": 1 January to the end of the month before publication, or
    to the end of the month a following "through <month>" names, of the year written after it
    or else the year that month last ended (`_end_year_for`): "year-to-date through September"
    had ended at the month before publication, and "through September 2024" been of 2025."""
    if ctx.published is None:
        return None
    through = _YTD_THROUGH.match(ctx.text, m.end())
    if through is not None:
        month = _month_number(through.group("month"))
        year, inferred, _ = _end_year_for(through.group("year"), month, ctx)
        if year is not None:
            return date(year, 1, 1), _month_end(year, month), "ytd", inferred, False, through.end()
    last = ctx.published.replace(day=1) - timedelta(days=1)
    if last.year < ctx.published.year:
        last = ctx.published
    return date(ctx.published.year, 1, 1), last, "ytd", True, False, m.end()


def _trailing(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "the past 12 months": the months that ended before the publication month."""
    count = int(parse_number(m.group("tcount")) or 0)
    if ctx.published is None or not 1 <= count <= 36:
        return None
    month_start = ctx.published.replace(day=1)
    return _add_months(month_start, -count), month_start - timedelta(days=1), "trailing", True, False, m.end()


def _relative_year(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "last year", "this year", "the current year", "next year", and "the outgoing year"
    (of year-end copy: the year of publication, the one just ended in a January story)."""
    year = _calendar_spec(m.group("relyear"), ctx.published)
    if year is None:
        return None
    if ctx.published is not None and ctx.published.month == 1 and "outgoing" in m.group("relyear").lower():
        year -= 1
    return _year_or_so_far(m, ctx, year, True, m.end())


def _last_month(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "last month": the calendar month before the publication month."""
    if ctx.published is None:
        return None
    last = ctx.published.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last, "month", True, False, m.end()


def _last_quarter(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "last quarter" (no article, no year after it): the calendar quarter before the
    publication's, as "last month" is the month before. "The last quarter" and "the last
    quarter of 2023" are the fourth (`_ordinal`)."""
    if ctx.published is None:
        return None
    first_of_quarter = ctx.published.replace(month=(ctx.published.month - 1) // 3 * 3 + 1, day=1)
    last = first_of_quarter - timedelta(days=1)
    return last.replace(month=last.month - 2, day=1), last, "quarter", True, False, m.end()


def _buddhist(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "BE 2566", "2566 B.E.": a year of the Thai Buddhist Era, 543 years ahead of the
    Gregorian one it matches (which it does from January on)."""
    year = int(m.group("be1") or m.group("be2")) - _BUDDHIST_OFFSET
    return date(year, 1, 1), date(year, 12, 31), "year", False, False, m.end()


def _years(m: re.Match[str], ctx: _Context) -> _Spans | None:
    """Resolves "2023", "2024-2026", "2022-23" (fiscal when a fiscal word is near or a fiscal start
    month is given), skipping years inside full dates."""
    text, start = ctx.text, m.start()
    if (
        _inside_full_date(text, start)
        or _DATE_AFTER_YEAR.match(text, m.end())
        or (start > 0 and text[start - 1] in "$€£¥₹")
    ):
        return None
    ya = int(m.group("ya"))
    if m.group("yc"):
        yc = int(m.group("yc"))
        if yc <= ya:
            return date(ya, 1, 1), date(ya, 12, 31), "year", False, False, m.end("ya")
        return date(ya, 1, 1), date(yc, 12, 31), "multi_year", False, False, m.end()
    if not m.group("yb"):
        return _year_or_so_far(m, ctx, ya, False, m.end())
    yb_text = m.group("yb")
    yb = int(yb_text) if len(yb_text) == 4 else (ya // 100) * 100 + int(yb_text)
    if yb <= ya:
        if len(yb_text) == 2 and yb + 100 == ya + 1:
            yb += 100  # "1999-00"
        else:
            return date(ya, 1, 1), date(ya, 12, 31), "year", False, False, m.end("ya")
    near = text[max(0, start - 25) : m.end() + 25]
    fiscal_hint = bool(_FISCAL_WORD_NEAR.search(near)) or (ctx.fiscal_start_month or 1) != 1
    if _CALENDAR_AFTER.match(text, m.end()) or "calendar" in text[max(0, start - 25) : start].lower():
        fiscal_hint = False  # "the 2023-2024 calendar year", "calendar years 2022-2023": no fiscal year
    if yb == ya + 1 and _SEASON_AFTER.match(text, m.end()):
        # "the 2023-2024 season", "the 2024/25 marketing year": twelve months whose start is the
        # crop's (October for Chilean cherries, July for wheat), which the text does not give
        return date(ya, 1, 1), date(yb, 12, 31), "season", False, False, m.end()
    bikram = _bikram_fiscal_year(ya, yb)
    if bikram is not None:  # "in 2079/80": Nepal's years are fiscal ones
        return *bikram, "fiscal_year", False, True, m.end()
    if yb == ya + 1 and fiscal_hint:
        month = _split_year_start_month(ctx)
        first, last = _fiscal_days(ya, month, _start_day(ctx, month))
        return first, last, "fiscal_year", False, True, m.end()
    return date(ya, 1, 1), date(yb, 12, 31), "multi_year", False, False, m.end()


#: A split year named as a farm season: "2023-2024 season", "2024/25 marketing year", and a
#: crop's own year ("the 2023-2024 coffee year", "2022/23 sugar year"), which runs over the
#: crop's months as a season does (it had been two calendar years).
_CROP_YEAR_WORDS: Final = (
    r"marketing|crop|harvest|agricultural|coffee|cocoa|sugar|cotton|grain|wheat|maize|corn|rice|tea|cashew"
    r"|soybeans?|soya?|dairy|wool|citrus"
)
#: A split year the text calls calendar years: "the 2023-2024 calendar year".
_CALENDAR_AFTER: Final = re.compile(r"(?i)\s+calendar\s+years?\b")
_SEASON_AFTER: Final = re.compile(
    rf"(?i)\s+(?:(?:growing|export|shipping|{_CROP_YEAR_WORDS})\s+)?"
    rf"(?:season|campaign|(?:{_CROP_YEAR_WORDS})\s+year)\b"
)


_RESOLVERS: Final = {
    "days": _days,
    "numdays": _numeric_days,
    "persian": _persian,
    "pmonths": _persian_months,
    "asof": _as_of,
    "asofend": _as_of_month_end,
    "mquarter": _month_quarter,
    "between": _between,
    "dayrun": _day_run,
    "firstdays": _first_days,
    "months": _months,
    "ordinal": _ordinal,
    "roman": _roman,
    "yordinal": _year_ordinal,
    "fyend": _fiscal_year_ended,
    "qto": _months_to_quarter,
    "yearto": _months_to,
    "count": _count,
    "qcode": _quarter_code,
    "qcode2": _quarter_code_reversed,
    "hcode": _half_code,
    "hcode2": _half_code_reversed,
    "ycode": _year_first_code,
    "mcode": _month_code,
    "cy": _calendar_code,
    "fiscal": _fiscal_label,
    "fylabel": _fiscal_label_first,
    "relfiscal": _relative_fiscal,
    "fytd": _fiscal_ytd,
    "ytd": _ytd,
    "trailing": _trailing,
    "relyear": _relative_year,
    "relmonth": _last_month,
    "relquarter": _last_quarter,
    "years": _years,
    "buddhist": _buddhist,
}


def _with_comparisons(
    resolved: list[Period],
    pending: list[tuple[int, re.Match[str]]],
    text: str,
    told_before: Period | None,
    published: date | None = None,
) -> list[Period]:
    """Resolve "the same period ...", "year-on-year" and "a year earlier" against the
    nearest reference period, and return everything in text order. With no reference in
    the text, "the same period ..." and "a year earlier" go back from `told_before` (not
    "year-on-year", which says how a change is measured, not which period a figure is of);
    when such a phrase opens the sentence ("Over the same period a year earlier, exports had
    reached ..."), it is the period of the sentence's own figures, not a comparison's."""
    out = list(resolved)
    for index, m in pending:
        reference = _reference(resolved, index, m.start())
        # "A year earlier, exports had stood at ...": the time the sentence opens with is its own,
        # a year back from the story's, also when a later clause names a period of its own ("...,
        # while imports from China reached Rs 612 billion in January-June 2024")
        opening = False
        if told_before is not None and _goes_back(m) and _fits_span(m, told_before):
            opening = (
                _OPENING_GAP.fullmatch(text, 0, m.start()) is not None
                or _SUBJECT_IN_GAP.fullmatch(text, 0, m.start()) is not None
            )
            if reference is None or opening:
                reference = told_before
        if reference is None:
            own = _year_before_publication(m, text, published) if told_before is None else None
            if own is not None:
                out.append(own)
            continue
        first, last = _shifted(reference, m)
        out.append(
            Period(
                start=m.start(),
                end=m.end(),
                period_start=first,
                period_end=last,
                text=m.group(),
                comparison=not opening,
                granularity=reference.granularity,
                preposition=_preposition(_words_before(text, m.start())),
                inferred=reference.inferred,
                fiscal=reference.fiscal,
                looks_back=opening,
            )
        )
        if m.lastgroup == "earlier":
            out = [_moved_back_with(p, m, text, opening) for p in out]
    out.sort(key=lambda p: p.start)
    return out


#: "the previous year" as a span a figure is of ("in the previous year"), not one it is against.
_YEAR_BEFORE_AS_SPAN: Final = re.compile(r"(?i)the\s+(?:previous|preceding)\s+year")
_SPAN_PREPOSITIONS: Final = frozenset(["in", "during", "for", "over", "throughout"])


def _year_before_publication(m: re.Match[str], text: str, published: date | None) -> Period | None:
    """ "Exports reached $34 billion in the previous year" in a story that names no other time:
    the year before publication, as "last year" is. After a period of its own, the phrase is
    that period's year before (`_with_comparisons`); after "from" or "than" it is no span."""
    preposition = _preposition(_words_before(text, m.start()))
    if published is None or preposition not in _SPAN_PREPOSITIONS:
        return None
    if not _YEAR_BEFORE_AS_SPAN.fullmatch(m.group()):
        return None
    return _calendar_year_of(m, published.year - 1, preposition=preposition, inferred=True)


#: Between "a year earlier" and the months it dates: "A year earlier, over January-October,
#: ...", "In January-October a year earlier, ..." (no figure, no clause between them).
_YEAR_BACK_THEN_PERIOD: Final = re.compile(r"(?i)\s*,?\s*(?:(?:over|in|during|for|from)\s+)?(?:the\s+)?")
_PERIOD_THEN_YEAR_BACK: Final = re.compile(r"\s+")


def _moved_back_with(period: Period, m: re.Match[str], text: str, opening: bool) -> Period:
    """`period` one year (or as many as "two years earlier" counts) back when it is a part of a
    year with no year written, told together with "a year earlier" right before or after it:
    "A year earlier, over January-October, ..." is January-October of the year before, not of
    the publication's (its figure had taken the current months). Any other period is unchanged."""
    if not period.inferred or period.comparison or period.looks_back or period.granularity == "year":
        return period
    if period.start >= m.end():
        told_with = _YEAR_BACK_THEN_PERIOD.fullmatch(text, m.end(), period.start)
    else:
        told_with = _PERIOD_THEN_YEAR_BACK.fullmatch(text, period.end, m.start())
    if told_with is None:
        return period
    first, last = _shifted(period, m)
    return replace(
        period,
        period_start=first,
        period_end=last,
        comparison=not opening,
        looks_back=opening,
        inferred=False,
    )


#: The span a "the same <unit>" comparison names, as a granularity of a period.
_SAME_UNIT_GRANULARITY: Final = {"quarter": "quarter", "half": "half", "month": "month"}


def _fits_span(m: re.Match[str], told_before: Period) -> bool:
    """Whether the period the story told before can be what a comparison goes back from: "the
    same quarter of 2024" is the same span as a quarter, not as the whole year told in the
    sentence before (the quarter of its own sentence, undated, is then dated by the comparison's
    year instead of both becoming that year)."""
    if m.lastgroup != "same":
        return True
    unit = _SAME_UNIT_GRANULARITY.get(m.group("sunit").lower())
    return unit is None or unit == told_before.granularity


def _goes_back(m: re.Match[str]) -> bool:
    """Whether a comparison names a year back ("a year earlier", "the same period last
    year"), not only "the same period", which may point at the period just told."""
    return m.lastgroup == "earlier" or (m.lastgroup == "same" and bool(_same_year_spec(m) or m.group("sago")))


def _same_year_spec(m: re.Match[str]) -> str:
    """The year a "same" comparison names, after it ("the same period of 2023") or as its owner
    before it ("2023's same period", "last year's same quarter"); "" when it names none."""
    return (m.group("sspec") or m.group("sown") or "").strip()


#: What may stand before a comparison that opens its sentence: "Over", "In", "During"; a quote
#: opens a sentence of the speaker's, also after an attribution closed by a colon ('"A year
#: earlier, our exports ...," X said', 'X said: "A year earlier, ...').
_OPENING_GAP: Final = re.compile(
    r"(?i)\s*(?:(?:[^\"“”.:]*:\s*)?[\"“‘']\s*)?(?:(?:over|in|during|for|at)\s+)?"
)


#: A subject with no figure before it, then "in"/"during" ("Exports in the previous year stood
#: at ...", "Imports from China during the preceding year were ..."): the time it names is the
#: sentence's own, as when it opens the sentence; after a figure or a word of comparison ("up
#: from $12.8 billion in the previous year") it stays the comparison's.
_SUBJECT_IN_GAP: Final = re.compile(
    r"(?i)(?:(?!\b(?:than|with|against|versus|compared|over|since)\b)[^\d\"“”:;,])*\s(?:in|during)\s+"
)


def _told_before(span: tuple[date, date]) -> Period:
    """The period a story told before, as a reference for a comparison (no offsets: it is not
    in the text)."""
    first, last = span
    granularity = {12: "year", 6: "half", 3: "quarter", 1: "month"}.get(
        _months_between(first, last), "months"
    )
    return Period(start=-1, end=-1, period_start=first, period_end=last, text="", granularity=granularity)


def _reference(resolved: list[Period], index: int, position: int) -> Period | None:
    """The nearest non-comparison period before `position` (or soon after it)."""
    for period in reversed(resolved[:index]):
        if not period.comparison and period.preposition not in _NON_ANCHOR_PREPOSITIONS:
            return period
    for period in resolved[index:]:
        if period.start - position > _ANCHOR_FORWARD_REACH:
            break
        if not period.comparison:
            return period
    return None


def _shifted(reference: Period, m: re.Match[str]) -> tuple[date, date]:
    """The reference period moved to the year the comparison names (default: a year back)."""
    years_back = _years_counted(m)
    if m.lastgroup == "same":
        spec = _same_year_spec(m)
        year_match = re.fullmatch(_YEAR, spec.strip())
        if year_match:
            years_back = reference.period_end.year - int(spec)
            if reference.period_start.year != reference.period_end.year:
                years_back = reference.period_start.year - int(spec)
    if reference.period_start == _nowruz(reference.period_start.year):
        return _solar_years_back(reference, years_back)
    # (a solar month opens between the 20th and the 23rd: a period opening on the 1st, as every
    # Gregorian fiscal year does, is none, and the twelve-month search is skipped)
    solar = (
        _solar_months_back(reference, years_back)
        if reference.fiscal and reference.period_start.day != 1
        else None
    )
    if solar is not None:
        return solar
    if reference.fiscal and reference.period_start.month == 7 and reference.period_start.day > 1:
        nepali = _bikram_years_back(reference, years_back)  # (1 Shrawan falls in mid-July)
        if nepali is not None:
            return nepali
    last = reference.period_end
    shifted_last = (
        _month_end(last.year - years_back, last.month)
        if last == _month_end(last.year, last.month)
        else (_add_years(last, -years_back))
    )
    return _add_years(reference.period_start, -years_back), shifted_last


def _years_counted(m: re.Match[str]) -> int:
    """How many years back an "earlier" comparison counts: "two years earlier" two, "two decades
    ago" twenty ("a decade ago" ten), one otherwise ("a year earlier")."""
    if m.lastgroup == "earlier" and m.group("ecount"):
        return int(parse_number(m.group("ecount")) or 1)
    if m.lastgroup == "earlier" and m.group("dcount"):
        return 10 * int(parse_number(m.group("dcount")) or 1)
    return 1


def _years_ago(m: re.Match[str], published: date | None) -> int | None:
    """The calendar year "N years ago" / "N decades ago" (N years or more, at least two) names:
    counted back from the year of writing, as "last year" is, not from the period just told (a
    2024 figure before "Two decades ago, ..." in a 2025 story had made it 2004; with no figure
    before, there had been no period at all). "A year ago" stays the period told, a year back."""
    if published is None or m.lastgroup != "earlier" or not m.group().lower().endswith("ago"):
        return None
    years = _years_counted(m)
    return published.year - years if years >= 2 else None


#: How many words right before "N years ago" are read for a word of comparison ("from").
_AGO_FIGURE_WORDS: Final = 4


def _years_ago_compared(text: str, m: re.Match[str], words: list[str], after_period: bool) -> bool:
    """Whether "N years ago" is the time compared with: after a period the sentence told ("$5
    billion in 2024; thirty-five years ago they were ..."), a marker of comparison ("than twenty
    years ago", `_after_comparison_marker`), a figure anywhere before it in the sentence ("reached
    $5 billion, a level unimaginable two decades ago"), a "since" clause ("have quadrupled since
    the sector opened two decades ago"), a word of comparison in the few words right before it
    ("up from ... two decades ago"), or in an aside, a comma opening its
    clause and one closing it ("Lithium, almost unknown in the trade two decades ago, made up
    ..."). Not for a comma anywhere earlier ("Speaking on Monday, the minister said that two
    decades ago exports were ...": the sentence's own time)."""
    if after_period or _after_comparison_marker(words):
        return True
    if any(_has_digit(w) or w == "since" for w in words):
        return True
    if any(w in _COMPARISON_WORDS for w in words[:_AGO_FIGURE_WORDS]):
        return True
    clause = words[:_CLAUSE_WORDS]
    return text[m.end() : m.end() + 1] == "," and any(w.endswith(",") for w in clause)


def _year_ago_period(m: re.Match[str], text: str, year: int, after_period: bool) -> Period:
    """The calendar year of a "N years ago" phrase (see `_years_ago`), a comparison's when it is
    the time compared with (`_years_ago_compared`), else the sentence's own ("Two decades ago,
    sales were ...")."""
    words = _words_before(text, m.start())
    return _calendar_year_of(
        m, year, comparison=_years_ago_compared(text, m, words, after_period), preposition=_preposition(words)
    )


def _calendar_year_of(
    m: re.Match[str], year: int, *, comparison: bool = False, preposition: str | None, inferred: bool = False
) -> Period:
    """The whole calendar `year`, told by the phrase `m` matched ("two decades ago", "the previous year")."""
    return Period(
        start=m.start(),
        end=m.end(),
        period_start=date(year, 1, 1),
        period_end=date(year, 12, 31),
        text=m.group(),
        comparison=comparison,
        preposition=preposition,
        inferred=inferred,
    )


def _bikram_years_back(reference: Period, years_back: int) -> tuple[date, date] | None:
    """A period of Nepali months (see `bikram_calendar.fiscal_months`) moved back by Bikram Sambat years: "the
    like months of last fiscal year" after 1 Shrawan-end of Falgun 2081 are 1 Shrawan-end
    of Falgun 2080 (17 July 2023-13 March 2024; a Gregorian year back had been a day or two off
    at each end). None for any other period, or one past the table."""
    return bikram_calendar.months_back(reference.period_start, reference.period_end, years_back)


def _solar_years_back(reference: Period, years_back: int) -> tuple[date, date]:
    """A period opening on Nowruz (an Iranian year, or its first months) moved back by solar
    years: from that year's Nowruz, to the day before the next one for a whole year, else as
    many days on ("up from $1.2 billion in the previous year" after 1403 is 1402, 21 March 2023
    to 19 March 2024; a Gregorian year back had been a day off at each end)."""
    start_year = reference.period_start.year - years_back
    first = _nowruz(start_year)
    if reference.period_end == _nowruz(reference.period_start.year + 1) - timedelta(days=1):
        return first, _nowruz(start_year + 1) - timedelta(days=1)
    return first, first + (reference.period_end - reference.period_start)


def _solar_months_back(reference: Period, years_back: int) -> tuple[date, date] | None:
    """Iranian months not opening on Nowruz (`_persian_months`) moved back by solar years:
    "the same month last year" after Mehr 1403 is Mehr 1402, 23 September-22 October 2023 (a
    Gregorian year back had been a day off at each end). None unless the period runs from the
    first day of a solar month to the last day of one."""
    start = _solar_month_of(reference.period_start)
    after = _solar_month_of(reference.period_end + timedelta(days=1))
    if start is None or after is None:
        return None
    first = _solar_month_start(start[0] - years_back, start[1])
    return first, _solar_month_start(after[0] - years_back, after[1]) - timedelta(days=1)


def _solar_month_of(day: date) -> tuple[int, int] | None:
    """(Gregorian start year of its solar hijri year, month 1-12) of the solar month that
    starts on `day`; None when none does."""
    start_year = day.year if day >= _nowruz(day.year) else day.year - 1
    for month in range(1, len(_PERSIAN_MONTH_DAYS) + 1):
        if _solar_month_start(start_year, month) == day:
            return start_year, month
    return None


def _split_year_start_month(ctx: _Context) -> int:
    """The month a fiscal year labelled by two years ("2024-25") starts in: the given start
    month, or the default where none is given or it is January (a calendar-year country has
    no year over two calendar years: the label is another side's), as `_part_of_fiscal_label`
    reads a part of one."""
    told = ctx.fiscal_start_month
    return told if told is not None and told != 1 else DEFAULT_FISCAL_START_MONTH


def _fiscal_spec(spec: str, ctx: _Context) -> tuple[int, int] | None:
    """(start year, start month) of the fiscal year a spec names, or None for calendar specs."""
    s = " ".join(spec.lower().split())
    if "fiscal" not in s and "financial" not in s and not s.startswith("fy"):
        return None
    start_month = ctx.fiscal_start_month or DEFAULT_FISCAL_START_MONTH
    label = _FISCAL_LABEL.search(s)
    if label:
        first = _full_year(label.group(1))
        if label.group(2):
            return first, _split_year_start_month(ctx)
        if start_month == 1 or ctx.fiscal_named_by_start:
            return first, start_month
        return first - 1, start_month  # "FY2024" names the year in which it ends
    if ctx.published is None:
        return None
    started = (ctx.published.month, ctx.published.day) >= (start_month, _start_day(ctx, start_month))
    current = ctx.published.year if started else ctx.published.year - 1
    if _looks_back(s):
        return current - 1, start_month
    if "next" in s or "following" in s:
        return current + 1, start_month
    return current, start_month


def _calendar_spec(spec: str | None, published: date | None) -> int | None:
    """The calendar year a spec names: "2024", "'24", "this year", "last year", "the year"."""
    if not spec:
        return None
    s = " ".join(spec.lower().split())
    digits = re.fullmatch(r"(?:'|cy\s?)?(\d{2}|\d{4})", s)
    if digits:
        return _full_year(digits.group(1))
    if published is None:
        return None
    if _looks_back(s):
        return published.year - 1
    if "next" in s or "following" in s:
        return published.year + 1
    return published.year


def _short_year(spec: str | None) -> str | None:
    return spec.replace("'", "") if spec else None


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _words_before(text: str, start: int) -> list[str]:
    """Lower-case words before `start` in the same sentence, nearest first, one leading
    "the" dropped. The sentence cut keeps "...than $2 bn. In the first half" apart."""
    before = text[max(0, start - _LOOKBACK) : start]
    cut = max(before.rfind(". "), before.rfind(".\n"), before.rfind("\n"), before.rfind("; "))
    words = [w.strip(_QUOTES) for w in before[cut + 1 :].lower().split()]
    words.reverse()
    return _past_whole(words[1:] if words[:1] == ["the"] else words)


#: "the whole of", "all of", "the entire", "the full" between a preposition and its period,
#: nearest word first: they tell the period whole, the preposition before them is its own.
_WHOLE_WORDS: Final = (["of", "whole", "the"], ["of", "all"], ["entire", "the"], ["full", "the"])


def _past_whole(words: list[str]) -> list[str]:
    """Words before a period past "the whole of" ("for the whole of the first half of the
    year"): the preposition that dates the amount is "for", not the "of" of the phrase."""
    for whole in _WHOLE_WORDS:
        if words[: len(whole)] == whole:
            return words[len(whole) :]
    return words


def _after_currency(text: str, start: int) -> bool:
    """Whether a currency code or sign stands just before `start` ("USD 9M", "Rs 6M")."""
    words = _words_before(text, start)
    return bool(words) and words[0].strip(".") in _CURRENCY_MARKERS


#: Change words that compare with what follows "over": those nouns, some of their plurals and
#: adverbs of change, not verbs.
_COMPARED_CHANGES: Final = _CHANGE_NOUNS | frozenset([
    "increases", "rises", "gains", "declines", "drops", "falls", "decreases", "up", "down", "higher",
    "lower", "more", "less", "improvement",
])  # fmt: skip
#: How many words before "over" its clause is read for a change.
_CLAUSE_WORDS: Final = 8


def _after_change_or_amount(words: list[str]) -> bool:
    """Whether the clause right before "over" tells a change by how much or by a noun ("up
    12%", "an increase", "a 5 percent rise"), as comparisons do; a verb of change alone ("grew
    steadily over 2023") or an amount ("reached $3.6 billion over 2023") tells a span of time."""
    for word in words[:_CLAUSE_WORDS]:
        if word.endswith((",", ":")) or word in ("and", "while", "but"):
            return False
        if word in _COMPARED_CHANGES or word.endswith("%") or word in ("percent", "cent", "pct", "pc"):
            return True
    return False


#: The adjectives of "N times as much as" a period's figure.
_AS_MUCH_WORDS: Final = frozenset(["much", "many", "high", "large", "big", "great"])


def _after_comparison_marker(words: list[str]) -> bool:
    """Whether the period follows "compared to/with", "than (in)", "versus", "against",
    "from", or such a marker and an amount: "from €58.9 billion in 2022"."""
    if not words:
        return False
    first, second = words[0], words[1] if len(words) > 1 else ""
    as_at = 1 if first in _TIME_PREPOSITIONS else 0
    if words[as_at : as_at + 1] == ["as"] and "same" in words[as_at + 1 : as_at + 4]:
        return True  # "roughly the same as in 2023", "the same level as 2023": the period matched
    if words[as_at : as_at + 1] == ["as"] and words[as_at + 2 : as_at + 3] == ["as"]:
        # "twice as much as in 2023", "half as high as in 2022": the period the multiple is of
        return words[as_at + 1] in _AS_MUCH_WORDS
    if first in _COMPARISON_WORDS or (
        first in ("to", "with") and second in ("compared", "comparison", "relative")
    ):
        return True
    if first in _TIME_PREPOSITIONS and second == "than":
        return True
    if first in _TIME_PREPOSITIONS and second in _CHANGE_NOUNS and {"after", "following"} & set(words[2:8]):
        return True  # "expanded 7.4% in October, after a 3.1% dip in September": the month before
    if first not in _TIME_PREPOSITIONS:
        return False
    i = 1
    while i < len(words) and i <= 3 and not _has_digit(words[i]) and words[i][-1:] not in ",;:":
        i += 1  # unit words between the amount and "in": "billion", "U.S. dollars"
    if i >= len(words) or not _has_digit(words[i]) or words[i][-1:] in ",;:":
        return False
    i += 1
    if i < len(words) and words[i] in _CURRENCY_MARKERS:
        i += 1  # "compared with CLP 1.8 trillion in 2022"
    if i < len(words) and words[i] in _AMOUNT_HEDGES:
        i += 1
    if words[i : i + 1] == ["of"] and words[i + 1 : i + 2] and words[i + 1] in _LEVEL_NOUNS:
        i += 3 if words[i + 2 : i + 3] in (["a"], ["its"], ["the"]) else 2  # "from a low of $900 million in"
    if i >= len(words):
        return False
    if words[i] == "than" and words[i + 1 : i + 2] in (["more"], ["less"], ["fewer"]):
        return False  # "rose to more than $900 million in 2024": a hedge on the amount, as "over"
    return words[i] in _COMPARISON_WORDS or (
        words[i] in ("to", "with") and words[i + 1 : i + 2] == ["compared"]
    )


def _ahead(last: date, published: date | None) -> bool:
    """Whether a span ends after publication: "by the end of October" then is a deadline."""
    return published is not None and last > published


def _has_digit(word: str) -> bool:
    """Whether `word` holds a character `str.isdigit` takes (a superscript too): an ASCII word by
    `has_digit`'s ten substring tests, without a generator over its characters."""
    return has_digit(word) if word.isascii() else any(c.isdigit() for c in word)


def _preposition(words: list[str]) -> str | None:
    """The word before a period; "in" after a verb of beginning ("a slide that began in 2023",
    "talks started in March") dates a start, not a span: it reads as "since"."""
    if not words or words[0] not in _PREPOSITIONS:
        return None
    if words[0] in ("in", "during") and words[1:2] and words[1].strip(",") in _BEGINNING_VERBS:
        return "since"
    return "through" if words[0] == "thru" else words[0]  # (US copy's "thru" is "through")


def _has_preposition(text: str, start: int) -> bool:
    return _preposition(_words_before(text, start)) is not None


def _inside_full_date(text: str, start: int) -> bool:
    """Whether the year at `start` ends a full date: "March 12, 2024", "12 March 2024",
    "the 5th of March 2024", "12.03.2024"."""
    before = text[max(0, start - 24) : start]
    if before[-1:] in "./" and before[-2:-1].isdigit():
        return True
    words = before.replace(",", " ").split()
    if len(words) < 2:
        return False
    last, previous = words[-1], words[-2]
    if previous == "of" and len(words) > 2:
        previous = words[-3]
    return (_is_month_name(previous) and _is_day(last)) or (_is_month_name(last) and _is_day(previous))


def _is_month_name(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") in MONTHS


def _is_day(word: str) -> bool:
    digits = word[:-2] if word[-2:].lower() in ("st", "nd", "rd", "th") else word
    return digits.isdigit() and 1 <= int(digits) <= 31


def _month_number(name: str) -> int:
    """The number of a month's name or abbreviation as written ("Dec.", "JANUARY")."""
    return MONTHS[name.lower().rstrip(".")]


def _month_end(year: int, month: int) -> date:
    return _add_months(date(year, month, 1), 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
