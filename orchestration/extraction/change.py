"""Percentages and multiples in news text, told apart: a change, a share, or a level.

A trade figure is labelled with its stated change ("up 6.8%", "increased 1.3-fold",
"doubled"), but most percentages in a story are not changes: "accounted for 27.3 percent",
"18 percent of the world population", "exceeds 90%", "rose to 15.3 percent". Every
percentage, multiple and change word is returned with a `kind` so the trade extractor can
keep the changes and ignore the rest:

* "change": a relative change; `pct` is signed (-3.1 for "decreased by 3.1%").
* "share": part of a whole ("accounted for 44.6 percent", "9 percent of", "a share of").
* "level": a percentage that is a rate or a level ("rose to 15.3%", "stood at 14.75 percent").
* "points": a change in percentage points (`pct` None: not a relative change).
* "ratio": a multiple with no direction ("1.5 times the EU average"; `pct` None).

The sign comes from the direction word nearest the number: first a written sign ("+30%"),
then a direction word right after it ("30 percent more", "a 22 percent increase"), then the
words right before it ("up", "rose", "decreased by", "an increase of"), then a verb further
back in the same sentence ("Exports to China increased in 2023 by 5%").

Multiples follow the wire-service usage ("grew 1.5 times" = x1.5): an increase of m times is
(m - 1) * 100 percent (1.5 times -> 50.0, 2.1 times -> 110.0, 1.3-fold -> 30.0); a
decrease of m times divides by m, so "decreased 1.4 times" is -(1 - 1/1.4) * 100 = -28.57.
"doubled" is +100, "tripled" +200, "halved" -50; "by a third" / "by half" / "by a quarter"
take their sign from the verb ("fell by a quarter" -> -25.0). Vague wording ("grew several
times") is a change with `pct` None; "increased significantly" has no number and is not
returned. An integer multiple with no direction ("met three times") is a frequency and is
not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from orchestration.extraction.numbers import (
    DIGIT_FRACTION_PATTERN,
    FRACTIONS,
    NUMBER_PATTERN,
    WORD_NUMBER_PATTERN,
    literal_alternation,
    parse_number,
)


@dataclass(frozen=True, slots=True)
class Change:
    """A percentage, multiple or change word; offsets index the string given to `find_changes`.

    `pct` is the signed relative change in percent for kind "change" when it is stated, else
    None. `value` is the number as written (30.0 for "30 percent", 1.5 for "1.5 times", 2.0
    for "doubled"); `direction` is +1, -1 or 0; `basis` is "percent", "points", "multiple"
    or "word" (doubled, by a third, several times).
    """

    start: int
    end: int
    pct: float | None
    text: str
    kind: str = "change"
    value: float | None = None
    direction: int = 0
    basis: str = "percent"


_UP: Final = frozenset([
    "increase", "increased", "increases", "increasing", "rise", "rose", "risen", "rises", "rising",
    "grow", "grew", "grown", "grows", "growing", "growth", "up", "surge", "surged", "surges",
    "surging", "jump", "jumped", "jumps", "jumping", "climb", "climbed", "climbs", "climbing", "gain",
    "gained", "gains", "gaining", "add", "added", "adds", "adding", "expand", "expanded", "expands",
    "expanding", "expansion", "soar", "soared", "soars", "soaring", "advance", "advanced", "advances",
    "advancing", "boost", "boosted", "boosting", "rebound", "rebounded", "rebounding", "accelerate",
    "accelerated", "hike", "hiked", "spike", "spiked", "leap", "leapt", "leaped", "swell", "swelled",
    "widen", "widened", "widening", "uptick", "plus", "strengthen", "strengthened", "appreciated",
    "appreciate", "skyrocketed", "skyrocket", "recover", "recovered", "recovers", "recovering", "rally",
    "rallied", "rallies", "rallying",
    # the French "en progression de", as translated copy keeps it: "a progression of 11.4%"
    "progression", "progressed",
    "balloon", "ballooned", "ballooning", "rocketed", "rocketing", "zoomed",
    # a multiple told by multiplying: "multiplied threefold", "multiplied 2.5 times"
    "multiplied", "multiplies", "multiplying",
    # nouns and verbs of a rise in Asian and African business copy: "an upsurge of 12%", "an
    # increment of 9 percent", "spurted 14%", "bounced back 8%"
    "upsurge", "upswing", "upturn", "uptrend", "increment", "spurt", "spurted", "spurting", "bounced",
])  # fmt: skip
_DOWN: Final = frozenset([
    "decrease", "decreased", "decreases", "decreasing", "fall", "fell", "fallen", "falls", "falling",
    "drop", "dropped", "drops", "dropping", "decline", "declined", "declines", "declining", "down",
    "shrink", "shrank", "shrunk", "shrinks", "shrinking", "contract", "contracted", "contracts",
    "contracting", "contraction", "slump", "slumped", "slumps", "slumping", "plunge", "plunged",
    "plunges", "plunging", "slide", "slid", "slides", "sliding", "dip", "dipped", "dips", "dipping",
    "lose", "lost", "loses", "losing", "loss", "reduce", "reduced", "reduces", "reducing", "reduction",
    "cut", "cuts", "cutting", "tumble", "tumbled", "tumbling", "sink", "sank", "sunk", "sinking",
    "slip", "slipped", "slipping", "ease", "eased", "easing", "retreat", "retreated", "weaken",
    "weakened", "plummet", "plummeted", "plummeting", "dive", "dived", "narrow", "narrowed",
    "narrowing", "minus", "downturn", "depreciated", "depreciate",
    "regression", "regressed",  # "a regression of 3.2%", the French "en régression de"
    "shed", "sheds", "shedding", "nosedived", "nosedive", "nosediving", "crashed", "crashing",
    "collapsed", "collapsing", "tanked", "tanking", "slumping",
    "downswing", "downtrend", "decrement", "dwindled", "dwindling", "receded", "receding",
])  # fmt: skip
#: Words after the number that give the direction ("30 percent more", "a 5% decline").
_RIGHT_UP: Final = frozenset([
    "increase", "increases", "rise", "rises", "growth", "jump", "jumps", "gain", "gains", "more",
    "higher", "greater", "up", "surge", "hike", "expansion", "uptick", "larger", "bigger", "advance",
    "climb", "boost", "progression", "upsurge", "upswing", "upturn", "increment", "spurt",
    # more nouns of a rise the business press sizes so: "a 12% leap", "a 9 percent rebound"
    "leap", "rebound", "spike", "rally", "improvement",
])  # fmt: skip
_RIGHT_DOWN: Final = frozenset([
    "decrease", "decreases", "decline", "declines", "drop", "drops", "fall", "falls", "reduction",
    "less", "lower", "fewer", "down", "contraction", "slump", "dip", "cut", "loss", "smaller", "slide",
    "plunge", "regression", "downswing", "downtrend",
    # and of a fall: "a 12% downturn", "a 7 percent retreat", "a 5% tumble"
    "downturn", "retreat", "tumble", "shrinkage", "decrement",
])  # fmt: skip
#: Comparatives that say a change's direction: "lower by 2.1 per cent", "(12.9%) more than".
_COMPARATIVES: Final = {
    "more": 1, "higher": 1, "greater": 1, "larger": 1, "bigger": 1, "less": -1, "lower": -1, "smaller": -1,
}  # fmt: skip
_SHARE_NOUNS: Final = frozenset(["share", "shares", "proportion", "portion", "stake", "part", "quota"])
_SHARE_VERBS: Final = frozenset([
    "accounted", "accounting", "accounts", "account", "represented", "representing", "represents",
    "comprised", "comprising", "constituted", "constituting", "constitutes",
])  # fmt: skip
_LEVEL_MARKERS: Final = frozenset([
    "to", "at", "from", "reached", "reaching", "reaches", "reach", "exceeded", "exceeds", "exceeding",
    "exceed", "was", "is", "are", "were", "be", "been", "stood", "stands", "standing", "totaled",
    "totalled", "amounted", "hit", "hits", "of", "rate", "below", "above", "under", "within", "around",
    "between",
])  # fmt: skip
_HEDGES: Final = frozenset([
    "some", "about", "around", "nearly", "almost", "approximately", "roughly", "over", "just", "only",
    "a", "an", "the", "estimated", "fully", "nearly", "some", "another", "additional", "further",
    "solid", "robust", "modest", "strong", "sharp", "slight", "significant", "substantial", "marginal",
    "steep", "record", "whopping", "impressive",
])  # fmt: skip
#: Verbs of passing a level, whose "by" tells how far above it the figure is: "exceeding the
#: previous year's level by 21%", "topped the 2022 figure by 8 percent" (a rise over that level;
#: without "by", "exceeds 90%" is a level).
_EXCEEDING: Final = frozenset([
    "exceeded", "exceeding", "exceeds", "exceed", "surpassed", "surpassing", "surpasses", "surpass",
    "outstripped", "outstripping", "outstrips", "topped", "topping", "tops",
])  # fmt: skip
#: Words of the earlier level a figure passes: "the previous year's level", "the 2022 figure".
_EARLIER_WORDS: Final = frozenset([
    "previous", "prior", "last", "earlier", "ago", "year", "year's", "year’s", "level", "levels", "figure",
    "period",
])  # fmt: skip


def _earlier_word(word: str) -> bool:
    """Whether `word` (lower case) names an earlier level or its year ("previous", "2022")."""
    return word in _EARLIER_WORDS or (len(word) == 4 and word.isdigit())


_COMPARISON_AFTER: Final = frozenset(["compared", "than", "from", "over", "versus", "vs", "against", "on"])
_YOY_WORDS: Final = frozenset(
    ["year-on-year", "year-over-year", "y/y", "yoy", "on-year", "annually", "y-o-y"]
)
_YOY_PAIRS: Final = (("year", "on"), ("on", "year"), ("year", "over"), ("from", "a"))
_VAGUE_MULTIPLES: Final = frozenset(["several", "many", "multiple", "numerous"])
_STOP_TOKENS: Final = frozenset('.;:!?()[]"“”')
_CONTEXT_WORDS: Final = 8
_CONTEXT_CHARS: Final = 90

#: Units after a number: percent, percentage points, multiples.
_PERCENT_UNITS: Final = ("%", "percent", "per cent", "per-cent", "pct", "pc", "p.c.")  # ("p.c.": Indian copy)
#: The points written after the percent's own unit: "12 per cent points", "12 percent points",
#: "12%pts", "12 % points" (a change of a share's points, not a 12% change).
_POINTS_AFTER_PERCENT: Final = ("per cent point", "per cent points", "percent point", "percent points",
                                "%pt", "%pts", "% point", "% points")  # fmt: skip
#: The percent's unit at the start of one of those, read alone when a word goes on after the
#: points' letters ("12% pointedly" is 12%).
_PERCENT_UNIT_AT: Final = re.compile(literal_alternation(_PERCENT_UNITS))
_POINT_UNITS: Final = ("percentage point", "percentage points", "pct point", "pct points", "pp", "ppt",
                       "ppts", "p.p.",
                       *_POINTS_AFTER_PERCENT)  # fmt: skip
_MULTIPLE_UNITS: Final = ("times", "fold")
#: A percentage written between a verb and a later number the verb also sizes.
_PERCENT_WORDS: Final = literal_alternation((u for u in _PERCENT_UNITS if u != "%"), space=r"\s?")
_PERCENT_WRITTEN: Final = re.compile(
    rf"(?i)(?:\d|\b(?:{WORD_NUMBER_PATTERN}))\s?(?:%|(?:{_PERCENT_WORDS})\b)"
)
#: (and "x" or "×" right after a digit: "grew 2.5x", the business press's "times")
_UNIT_SCAN: Final = re.compile(
    literal_alternation([*_PERCENT_UNITS, *_POINT_UNITS, *_MULTIPLE_UNITS]) + r"|(?<=\d)[x×](?!\w)"
)
#: A round number's mark of "about" or "above" after it: "40-odd percent", "20-plus per cent",
#: "30-something percent" (the number had been cut from its unit, and the change left unread).
_ROUGHLY_AFTER: Final = r"(?:[-–](?:odd|plus|something)|\s(?:odd|plus))"
_NUMBER_BEFORE: Final = re.compile(
    rf"(?P<sign>[+\-−–](?=\d))?(?P<n>{DIGIT_FRACTION_PATTERN}|{NUMBER_PATTERN}|{WORD_NUMBER_PATTERN})"
    rf"(?:\s?[-–]\s?(?P<n2>{NUMBER_PATTERN}))?{_ROUGHLY_AFTER}?(?P<gap>\s?-?\s?)$"
)
#: A hyphen, the minus sign, or the en dash typeset as a minus ("(–14,3 % vs 2022)").
_MINUS_SIGNS: Final = "-−–"
_NUMBER_REACH: Final = 40
_SIGN_OK_BEFORE: Final = frozenset(" \t\n([{,;:\"'“")

#: Change words that carry their own multiple: doubled, tripled, halved, threefold...
_WORD_MULTIPLES: Final[dict[str, tuple[float, int]]] = {
    "doubled": (2, 1), "doubling": (2, 1), "tripled": (3, 1), "tripling": (3, 1), "trebled": (3, 1),
    "trebling": (3, 1), "quadrupled": (4, 1), "quadrupling": (4, 1), "quintupled": (5, 1),
    "halved": (2, -1), "halving": (2, -1),
    "twofold": (2, 0), "two-fold": (2, 0), "threefold": (3, 0), "three-fold": (3, 0),
    "fourfold": (4, 0), "four-fold": (4, 0), "fivefold": (5, 0), "five-fold": (5, 0),
    "sixfold": (6, 0), "six-fold": (6, 0), "tenfold": (10, 0), "ten-fold": (10, 0),
}  # fmt: skip
#: Words of a multiple that are a change only before the figure of an earlier period
#: (`_earlier_level`): "double the DKK 1.55 billion registered a year earlier", "twice the level
#: of 2022" (not "double taxation", "twice a year").
_MULTIPLES_OF_LEVEL: Final[dict[str, float]] = {
    "double": 2,
    "twice": 2,
    "triple": 3,
    "treble": 3,
    "quadruple": 4,
}
_VAGUE_WORDS: Final = ("manifold", "severalfold", "many-fold", "manyfold", "multifold")
_FRACTION_WORDS: Final = tuple(FRACTIONS)
#: Lower, Title and UPPER spellings as plain literals: a trie of literals lets the regex
#: engine skip to candidate first letters, which a case-insensitive pattern does not.
_WORD_SCAN: Final = re.compile(
    literal_alternation(
        {
            v
            for w in (*_WORD_MULTIPLES, *_MULTIPLES_OF_LEVEL, *_VAGUE_WORDS, *_FRACTION_WORDS)
            for v in (w, w.title(), w.upper())
        }
    )
)
_FRACTION_BEFORE: Final = re.compile(
    r"(?i)\b(?P<by>by|in)\s+(?:(?:nearly|almost|about|around|roughly|some|more\s+than|over|less\s+than"
    r"|just\s+over|just\s+under|close\s+to)\s+)?(?:(?P<count>an?|one|two|three|four)[\s-]+)?$"
)
_TOKEN: Final = re.compile(r"[A-Za-z][A-Za-z'’/-]*|[+\-−]?\d[\d.,]*%?|[.;:!?()\[\]\"“”]")


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the context says about a number: its kind, its direction, and how far the span
    stretches to take in the words that said so."""

    kind: str
    direction: int = 0
    start: int | None = None
    end: int | None = None
    rate: bool = False  # told of a "growth rate", which a ratio of 100 or more is an index of


def find_changes(text: str) -> list[Change]:
    """Every percentage, multiple and change word in `text`, in order, each with its kind."""
    found = [*_unit_changes(text), *_word_changes(text), *_factor_changes(text), *_multiplied_changes(text)]
    found.extend(_digit_fraction_changes(text))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Change] = []
    for change in found:
        if not kept or change.start >= kept[-1].end:
            kept.append(change)
    return [c for i, c in enumerate(kept) if not _sized_after(c, kept[i + 1 : i + 2], text)]


#: Between a change word and the percentage that sizes it: "halved, dropping by 48.7%", "nearly
#: doubled (up 96%)", "tripled, or 204 percent": a comma or bracket, and no word of a subject
#: (the percentage's span opens on its verb: "halved, and imports fell by 5%" sizes nothing).
_SIZED_GAP: Final = re.compile(r"\s*(?:,|\(|--|—|–)\s*(?:or\s+|an?\s+|with\s+an?\s+)?")


def _sized_after(change: Change, following: list[Change], text: str) -> bool:
    """Whether a change word ("halved", "almost doubled") is followed in its clause by the
    percentage change that gives its exact size, in the same direction ("almost halved, dropping
    by 48.7%"): the stated percentage is the figure's change, the word only its gist (it had
    been -50)."""
    if change.basis != "word" or not following:
        return False
    sized = following[0]
    return (
        sized.basis == "percent"
        and sized.kind == "change"
        and sized.pct is not None
        and sized.direction == change.direction
        and _SIZED_GAP.fullmatch(text, change.end, sized.start) is not None
    )


def multiple_to_pct(multiple: float, direction: int) -> float | None:
    """Percent change of "grew m times" (+) or "fell m times" (-); None without a direction."""
    if direction > 0:
        return round((multiple - 1) * 100.0, 2)
    if direction < 0:
        return round(-(1 - 1 / multiple) * 100.0 if multiple > 1 else -(1 - multiple) * 100.0, 2)
    return None


def _unit_changes(text: str) -> list[Change]:
    """Numbers followed by %, percent, percentage points, times or -fold."""
    found: list[Change] = []
    for hit in _UNIT_SCAN.finditer(text):
        unit = hit.group().lower()
        start, end = hit.start(), hit.end()
        if unit in ("x", "×"):
            unit = "times"
        if unit in _POINTS_AFTER_PERCENT and end < len(text) and text[end].isalpha():
            percent = _PERCENT_UNIT_AT.match(text, start)
            assert percent is not None  # (each of those opens on a percent unit)
            unit, end = percent.group().lower(), percent.end()
        if unit != "%" and unit != "p.p." and end < len(text) and text[end].isalpha():
            continue  # "percentage of", "timeshare", "pcs"
        number = _NUMBER_BEFORE.search(text, max(0, start - _NUMBER_REACH), start)
        if number is None:
            if unit == "times":
                change = _vague_multiple(text, start, end)
                found.extend([change] if change else [])
            continue
        change = _classify_unit(text, _Number.of(number, text), unit, end)
        if change is not None:
            found.append(change)
    return found


@dataclass(frozen=True, slots=True)
class _Number:
    """The number before a unit: where it starts, its sign, its text and value."""

    start: int
    sign: str | None
    written: str
    value: float | None

    @classmethod
    def of(cls, m: re.Match[str], text: str) -> _Number:
        """Read a `_NUMBER_BEFORE` match. "2023-5%" is a year and a number, not a range and
        not a minus five: a range must rise and a sign must not follow a word or digit."""
        start, sign, written = m.start(), m.group("sign"), m.group("n")
        value = parse_number(written)
        if m.group("n2"):
            high = parse_number(m.group("n2"))
            if value is None or high is None or high < value:
                return cls(m.start("n2"), None, m.group("n2"), high)
        if sign and start > 0 and text[start - 1] not in _SIGN_OK_BEFORE:
            sign, start = None, m.start("n")
        return cls(start, sign, written, value)


def _vague_multiple(text: str, start: int, end: int) -> Change | None:
    """Vague multiples ("grew several times"): a change without a figure."""
    tokens = list(_TOKEN.finditer(text, max(0, start - 12), start))
    if not tokens or tokens[-1].group().lower() not in _VAGUE_MULTIPLES:
        return None
    return _vague_change(text, tokens[-1].start(), end)


def _classify_unit(text: str, number: _Number, unit: str, end: int) -> Change | None:
    if number.value is None:
        return None
    start, sign, value = number.start, number.sign, number.value
    basis = "multiple" if unit in _MULTIPLE_UNITS else "points" if unit in _POINT_UNITS else "percent"
    if basis == "multiple" and number.written.lower() in ("a", "an"):
        return None
    reading = (
        _Reading("change", -1 if sign in _MINUS_SIGNS else 1) if sign else _read_context(text, start, end)
    )
    if (
        not sign
        and basis == "percent"
        and reading.kind != "change"
        and _bare_year_on_year(text, start, end, value)
    ):
        reading = _Reading("change", _nearest_direction(text, start))
    kind, direction = reading.kind, reading.direction
    if reading.rate and value >= 100:
        reading = _Reading("level")  # "the growth rate was 131.2%": an index (a ratio), not +131.2
        kind, direction = reading.kind, reading.direction
    span_start = start if reading.start is None else min(start, reading.start)
    if span_start < start and _PERCENT_WRITTEN.search(text, span_start, start):
        # "grew 7.3% in value terms and 2% in volume", "rose 12% and 8% respectively": the verb
        # sizes each percentage of the list, and each keeps its own span, so none swallows another
        span_start = start
    span_end = end if reading.end is None else max(end, reading.end)
    written = text[span_start:span_end]
    if basis == "points":
        return Change(span_start, span_end, None, written, "points", value, direction, basis)
    if basis == "percent":
        if kind == "change" and direction:
            return Change(span_start, span_end, round(direction * value, 4), written, kind, value, direction)
        if kind != "change" and _of_earlier_level(text, end, value):
            # "or 187.5% of the 2022 level", "or 112.4% year-on-year" (as Belarusian and Russian copy
            # writes a ratio to an earlier period): a change of 87.5 and 12.4 percent
            pct = round(value - 100.0, 4)
            return Change(span_start, span_end, pct, written, "change", value, 1 if pct >= 0 else -1, "ratio")
        return Change(span_start, span_end, None, written, kind, value, direction)
    whole = not any(c in number.written for c in ".,")
    return _multiple(text, span_start, span_end, value, reading, frequency_if_bare=whole)


def _multiple(
    text: str, start: int, end: int, value: float, reading: _Reading, frequency_if_bare: bool
) -> Change | None:
    """A multiple ("1.5 times", "1.3-fold"): a change with a direction, else a ratio, or
    nothing for a bare whole number ("met three times" counts meetings)."""
    direction = reading.direction
    if reading.kind != "change" or not direction:
        if value > 1 and _next_word(text, end) in _COMPARISON_AFTER:
            direction = 1  # "1.8 times compared to 2021": only growth is written this way
        elif value > 1 and _earlier_level(text, end):
            direction = 1  # "1.7 times the level of a year earlier", "1.7 times the 2024 level"
        elif value > 1 and _as_much_as_earlier(text, end):
            direction = 1  # "1.2 times as much as a year earlier": x1.2 of that period's figure
        elif frequency_if_bare or value <= 0:
            return None
        else:
            return Change(start, end, None, text[start:end], "ratio", value, 0, "multiple")
    return Change(start, end, multiple_to_pct(value, direction), text[start:end], "change", value, direction,
                  "multiple")  # fmt: skip


#: A year-on-year mark right after a percentage, closing its bracket or clause: "(12% YoY)", ", 12%
#: y/y,", "(12.5 percent year-on-year)".
_BARE_YEAR_ON_YEAR: Final = re.compile(
    r"(?i)\s*(?:year[-\s](?:on|over)[-\s]year|on[-\s]year|y/y|y-o-y|yoy)(?=\s*(?:[),;]|\.(?!\d)|$))"
)
#: Below it, a bare percentage told year on year is a change; from it on it may be the ratio to the
#: year before that CIS copy writes ("(92.1% y/y)" is -7.9; "(104.1% y/y)" reads so in
#: `_of_earlier_level`), so it is left unsized.
_BARE_YEAR_ON_YEAR_MAX: Final = 50.0


def _bare_year_on_year(text: str, start: int, end: int, value: float) -> bool:
    """Whether a percentage with no word of its own is a change told year on year, as business
    and statistics briefs write one after the figure: "$1.2 billion (12% YoY)", "exports of $1.2
    billion, 12.5% y/y," (it had been a level). Only right after a bracket or a comma (not "inflation
    was 3.2% y/y", a rate), and below `_BARE_YEAR_ON_YEAR_MAX`."""
    if value >= _BARE_YEAR_ON_YEAR_MAX or _BARE_YEAR_ON_YEAR.match(text, end) is None:
        return False
    before = text[max(0, start - 3) : start].rstrip()
    return before.endswith(("(", ","))


def _nearest_direction(text: str, start: int) -> int:
    """The direction of the change word nearest before `start` in its sentence ("exports fell to $1.2
    billion (12% YoY)": down), else up: a bare percentage told year on year is a rise unless a
    word of a fall says otherwise."""
    words = [t.group().lower() for t in _left_tokens(text, start)]
    for k, word in enumerate(words):
        if word in _DOWN:
            return -1
        if word in _UP and not (word == "up" and words[k + 1 : k + 2] and words[k + 1] in _PHRASAL_UP):
            return 1
    return 1


#: Verbs that "up" completes without a rise: "made up", "took up", "set up".
_PHRASAL_UP: Final = frozenset(
    ["made", "make", "makes", "making", "took", "take", "takes", "taking", "set", "sets"]
)


def _of_earlier_level(text: str, end: int, value: float) -> bool:
    """Whether a percentage is a ratio to the figure of an earlier period, as Central and
    Eastern European statistics offices write a change: "187.5% of the 2022 level", "108.4
    percent of the value recorded a year earlier", "92.1% of the level a year ago", or, after
    "or"/"i.e.", "112.4% year-on-year" (over 100) and "108.4% compared to the same period of
    2024" (a "compared" ratio below half would be a share told against another)."""
    of = _OF_LEVEL.match(text, end)
    if of is not None:
        return _EARLIER_PERIOD.search(text, of.start(), of.end()) is not None
    if _earlier_period_after(_OF_LEVEL_NOUN, text, end):
        return True
    if _OR_BEFORE.search(text, max(0, end - 30), end) is None:
        return False
    if value > 100 and _YEAR_ON_YEAR.match(text, end) is not None:
        return True
    return value >= 50 and _earlier_period_after(_COMPARED_TO, text, end)


def _earlier_period_after(opener: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `opener` matches at `end` and an earlier period (`_EARLIER_PERIOD`) follows it."""
    m = opener.match(text, end)
    return m is not None and _EARLIER_PERIOD.match(text, m.end()) is not None


#: "of the 2022 level", "of the level of a year earlier", "of the value recorded a year
#: earlier", "of the level a year ago", "of the previous year's figure": a level noun and the
#: earlier period it is of, right after it ("27.5 percent of the value of all exports in 2023"
#: is a share: the year is the whole's). A level noun before its period is `_OF_LEVEL_NOUN`.
_OF_LEVEL: Final = re.compile(
    r"(?i)\s+(?:of|compared\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+(?:level|figure|value)"
    r"|level\s+of\s+(?:the\s+)?[\w\s-]{0,20}?(?:(?:19|20)\d\d|year\s+(?:earlier|ago|before)|(?:previous|preceding|last)\s+year)"
    r"|(?:previous|preceding|last)\s+year['’]s\s+(?:level|figure|value))"
)
#: "of the value recorded", "of the level in", "compared to the figures of the": a level noun
#: whose earlier period (`_EARLIER_PERIOD`) follows it.
_OF_LEVEL_NOUN: Final = re.compile(
    r"(?i)\s+(?:of|compared\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?(?:level|figure|value|volume)s?"
    r"(?:\s+(?:recorded|registered|reported|posted|seen|reached))?(?:\s+(?:of|in|for|during))?\s+(?:the\s+|a\s+)?"
)
_OR_BEFORE: Final = re.compile(
    r"(?i)(?:\bor|\bi\.\s?e\.,?|,\s*which\s+(?:is|was))\s+[\d.,]+\s*(?:%|percent|per\s?cent)?\s*$"
    # or in brackets right after the amount: "$24.7 billion (104.1% compared to 2023)"
    r"|\d\s*(?:billion|million|bln|mln|bn|mn)?\s*\(\s*[\d.,]+\s*(?:%|percent|per\s?cent)?\s*$"
)
_YEAR_ON_YEAR: Final = re.compile(r"(?i)\s+(?:year[- ]on[- ]year|y/y|yoy)\b")
#: "compared to the", "compared with a", "against": before an earlier period (`_EARLIER_PERIOD`:
#: "compared to the same period of 2024", "compared with a year earlier", "against 2024").
_COMPARED_TO: Final = re.compile(
    r"(?i)\s+(?:compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+|a\s+)?"
)


def _earlier_level(text: str, end: int) -> bool:
    """Whether a multiple's noun after it is the figure of an earlier period: "1.7 times the
    level of a year earlier", "1.7 times the 2024 level" (not "1.5 times the EU average")."""
    level = _LEVEL_AFTER.match(text, end)
    return level is not None and _EARLIER_PERIOD.search(text, level.start(), level.end() + 30) is not None


def _as_much_as_earlier(text: str, end: int) -> bool:
    """Whether a multiple is "as much (as many, as high) as" an earlier period's figure: "1.2
    times as much as a year earlier", "1.5 times as high as in 2023" (not "twice as much as
    Chile", a ratio to another country's)."""
    much = _AS_MUCH_AS.match(text, end)
    return much is not None and _EARLIER_PERIOD.match(text, much.end()) is not None


#: "as much as", "as high as in the", "as large as the": what an earlier period follows.
_AS_MUCH_AS: Final = re.compile(
    r"(?i)\s+as\s+(?:much|many|high|large|big|great)\s+as\s+(?:(?:in|during|for|over)\s+)?"
    r"(?:the\s+|a\s+)?"
)
#: "the level", "the 2024 figure", "that of", "the DKK 1.55 billion": a multiple's noun after
#: "times" (an amount as its marker, number and scale word: "the $2 billion of 2022"), or the
#: level of the year before named by it: "double last year's level", "twice the previous year's".
_LEVEL_AFTER: Final = re.compile(
    r"(?i)\s+(?:that\b|(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:level|figure|value|volume|amount|total)s?\b"
    r"|(?:last|the\s+(?:previous|preceding))\s+year['’]s(?=\s+(?:level|figure|value|volume|amount|total)s?\b)"
    r"|the\s+(?:[^\W\d]{1,3})?[^\w\s]{0,2}\s?\d[\d.,]*(?:\s?(?:billion|million|trillion|bn|mn|m)\b)?)"
)
_EARLIER_PERIOD: Final = re.compile(
    # (a year may follow its months: "compared to January-September 2023", "to June 2023")
    r"(?i)\b(?:(?:[a-z]+(?:\s*[-–]\s*[a-z]+)?\s+(?:of\s+)?)?(?:19|20)\d\d|year\s+(?:earlier|ago|before)"
    r"|(?:previous|preceding|last)\s+year|same\s+period)\b"
)


#: "14.2 percent below the record set a year earlier", "5% above 2022 levels": the side of an
#: earlier figure the number puts this one on, and what that figure is, up to a stop.
#: (A figure is named by a determiner or a time: "above inflation last year" compares no figure.)
_ABOVE_BELOW: Final = re.compile(
    r"(?i)\s+(?P<side>above|below)\s+(?P<what>(?:the|its|their|that|those|a|last|previous|(?:19|20)\d\d)\b"
    r"[^.;:()\"“”]{0,40})"
)
#: Lines a figure is measured against that are no earlier figure: "below the 2030 target".
_NOT_EARLIER: Final = re.compile(
    r"(?i)\b(?:targets?|goals?|plans?|forecasts?|projections?|expectations?|estimates?|thresholds?|"
    r"ceilings?|caps?|averages?|limits?|quotas?)\b"
)


def _earlier_side(text: str, end: int) -> re.Match[str] | None:
    """The "above"/"below" after a percentage when what follows is the figure of an earlier
    period ("14.2 percent below the record set a year earlier"): the percentage is a change
    against it, as "14.2 percent lower than a year earlier" is. None for a line to be met
    ("5% below the target", "below the 2030 goal") or anything else."""
    side = _ABOVE_BELOW.match(text, end)
    if side is None or _NOT_EARLIER.search(side.group("what")):
        return None
    return side if _EARLIER_PERIOD.search(side.group("what")) is not None else None


def _word_changes(text: str) -> list[Change]:
    """doubled, tripled, halved, threefold, several-fold, by a third, by half, in half."""
    found: list[Change] = []
    for hit in _WORD_SCAN.finditer(text):
        start, end = hit.start(), hit.end()
        if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
            continue
        word = hit.group().lower()
        change = _word_change(text, word, start, end)
        if change is not None:
            found.append(change)
    return found


def _word_change(text: str, word: str, start: int, end: int) -> Change | None:
    if word in FRACTIONS:
        return _fraction_change(text, word, start, end)
    if word in _VAGUE_WORDS:
        return _vague_change(text, start, end)
    if word in _MULTIPLES_OF_LEVEL:
        if not (_earlier_level(text, end) or _as_much_as_earlier(text, end)):
            return None  # ("twice as much as in 2023" is the earlier year's level doubled)
        multiple = _MULTIPLES_OF_LEVEL[word]
        # "nearly double the ...": short of the multiple, as "nearly doubled" is
        pct = None if _SHORT_OF.search(text, max(0, start - 16), start) else multiple_to_pct(multiple, 1)
        return Change(start, end, pct, text[start:end], "change", multiple, 1, "word")
    multiple, inherent = _WORD_MULTIPLES[word]
    if inherent:
        # "almost doubled", "nearly halved": short of the multiple, by how much is not told
        pct = (
            None if _SHORT_OF.search(text, max(0, start - 16), start) else multiple_to_pct(multiple, inherent)
        )
        return Change(start, end, pct, text[start:end], "change", float(multiple), inherent, "word")
    reading = _read_context(text, start, end)
    span_start, span_end = _span_start(start, reading), _span_end(end, reading)
    return _multiple(text, span_start, span_end, float(multiple), reading, frequency_if_bare=False)


#: "almost", "nearly" right before a change word: the multiple was not reached ("almost
#: doubling the 2023 figure" is no +100); "more than doubled" has reached it and keeps +100.
_SHORT_OF: Final = re.compile(r"(?i)\b(?:almost|nearly|not\s+quite)\s+$")


def _fraction_change(text: str, word: str, start: int, end: int) -> Change | None:
    """Fractions ("fell by a quarter", "grew by a third", "cut in half"), signed by the verb."""
    of_earlier = _fraction_of_earlier_level(text, word, start, end)
    if of_earlier is not None:
        return of_earlier
    before = _FRACTION_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        after_direction = _fraction_after_direction(text, word, start, end)
        return (
            after_direction
            or _fraction_before_comparative(text, word, start, end)
            or _fraction_of_level_named(text, word, start, end)
        )
    if word not in ("half", "halves") and before.group("count") is None:
        return None
    count = before.group("count")
    fraction = FRACTIONS[word] * (1 if count in (None, "a", "an", "one") else _small_count(count))
    reading = _read_context(text, before.start(), end)
    if before.group("by").lower() == "in":
        if word != "half":
            return None
        reading = _Reading("change", -1, start=reading.start)  # "cut in half" halves
    if reading.kind != "change" or not reading.direction:
        return None
    span_start = min(before.start(), _span_start(before.start(), reading))
    pct = round(reading.direction * fraction * 100, 2)
    return Change(span_start, end, pct, text[span_start:end], "change", fraction, reading.direction, "word")


#: "to a third", "to just half", "to two-thirds": the fraction a figure came to, before "of" and the
#: level of an earlier period (`_OF_LEVEL`, `_OF_LEVEL_NOUN`).
_FRACTION_TO: Final = re.compile(
    r"(?i)\bto\s+(?:(?:nearly|almost|about|around|roughly|some|just|only|barely|less\s+than|more\s+than)\s+)?"
    r"(?:(?P<count>an?|one|two|three)[\s-]+)?$"
)


def _of_earlier_period(text: str, end: int) -> bool:
    """Whether "of" and the level of an earlier period follow `end` ("of their 2023 level", "of
    last year's level", "of the level recorded in 2022")."""
    of = _OF_LEVEL.match(text, end)
    if of is not None and _EARLIER_PERIOD.search(text, of.start(), of.end()) is not None:
        return True
    return _earlier_period_after(_OF_LEVEL_NOUN, text, end)


def _fraction_of_earlier_level(text: str, word: str, start: int, end: int) -> Change | None:
    """A figure that came to a fraction of an earlier period's level: "exports fell to a third of
    their 2023 level" is a change of -66.67, "shrank to half of last year's level" -50.0, as "fell
    by two-thirds" and "halved" are (the figure is the fraction times the earlier one). A fraction
    of anything else ("rose to a third of total exports", a share) gives none here."""
    before = _FRACTION_TO.search(text, max(0, start - 30), start)
    if before is None or (before.group("count") is None and word not in ("half", "halves")):
        return None
    if not _of_earlier_period(text, end):
        return None
    count = (before.group("count") or "a").lower()
    fraction = FRACTIONS[word] * (1 if count in ("a", "an", "one") else _small_count(count))
    if fraction >= 1:
        return None
    reading = _read_context(text, before.start(), end)
    span_start = _span_start(before.start(), reading)
    pct = round((fraction - 1) * 100, 2)
    return Change(span_start, end, pct, text[span_start:end], "change", fraction, -1, "word")


def _fraction_of_level_named(text: str, word: str, start: int, end: int) -> Change | None:
    """A figure told as a fraction of an earlier period's, with no verb to it: "$5 billion, half
    the 2023 level" is a change of -50.0 and "a third of last year's figure" -66.67, as "double
    the 2023 figure" is +100 (the "to" of "fell to a third of ..." is `_fraction_of_earlier_level`'s);
    "half that of 2023" is -50.0 as "double that of 2023" is +100.
    A hedge before it ("nearly half the 2023 level") leaves the change unsized; a fraction of
    anything else ("half the EU average", "a third of total exports") gives none."""
    count_match = _COUNT_BEFORE_FRACTION.search(text, max(0, start - 8), start)
    if count_match is None and word not in ("half", "halves"):
        return None
    if (
        _LEVEL_OF_EARLIER_PERIOD.match(text, end) is None
        and _OF_LEVEL.match(text, end) is None
        and not _as_much_as_earlier(text, end)  # "half as much as in 2023"
        and not _level_of_period_after(text, end)  # "half that of 2023", as "double that of 2023"
    ):
        return None
    count = (count_match.group("count") if count_match is not None else "a").lower()
    fraction = FRACTIONS[word] * (1 if count in ("a", "an", "one") else _small_count(count))
    if fraction >= 1:
        return None
    span_start = count_match.start("count") if count_match is not None else start
    short = _HEDGED_FRACTION.search(text, max(0, span_start - 16), span_start) is not None
    pct = None if short else round((fraction - 1) * 100, 2)
    return Change(span_start, end, pct, text[span_start:end], "change", fraction, -1, "word")


#: The level of an earlier period right after a fraction, maybe after "of": "the 2023 level", "its
#: year-earlier value", "last year's figure" (not "the value of all exports in 2023", a share's whole).
_LEVEL_OF_EARLIER_PERIOD: Final = re.compile(
    r"(?i)\s+(?:of\s+)?(?:(?:the|its|their)\s+(?:(?:19|20)\d\d|year-(?:earlier|ago)|(?:previous|preceding)\s+year['’]s)"
    r"|(?:last|the\s+previous)\s+year['’]s)\s+(?:levels?|figures?|values?|volumes?)\b"
)
#: "that of", "the level of", "the value recorded in" right after a fraction, before its earlier
#: period (`_level_of_period_after`).
_LEVEL_OF_PERIOD_GAP: Final = re.compile(
    r"(?i)\s+(?:that|the\s+(?:level|figure|value|volume|amount|total)s?)\s+"
    r"(?:of|in|(?:recorded|registered|seen|reached)\s+in)\s+(?:the\s+|a\s+)?"
)


def _level_of_period_after(text: str, end: int) -> bool:
    """Whether the level of an earlier period follows a fraction with that period right after its
    noun: "half that of 2023", "half the level of 2023", "half the amount recorded in 2023" (not
    "half the value of all exports in 2023", a share's whole)."""
    gap = _LEVEL_OF_PERIOD_GAP.match(text, end)
    return gap is not None and _EARLIER_PERIOD.match(text, gap.end()) is not None


#: A hedge before a fraction of a level: "nearly half the 2023 level" is no -50.0 exactly.
_HEDGED_FRACTION: Final = re.compile(
    r"(?i)\b(?:almost|nearly|not\s+quite|about|around|roughly|some|over|more\s+than|less\s+than|under|just)\s+$"
)


#: A fraction right after a direction word, past "of" after a noun and a hedge: "up a third", "an
#: increase of a quarter", "a drop of nearly a fifth", "fell two-thirds" (the word before "up" is
#: kept, as "made up a third" is a share).
_FRACTION_AFTER_DIRECTION: Final = re.compile(
    r"(?i)\b(?P<dir>[a-z]+)\s+(?:of\s+)?"
    r"(?:(?:nearly|almost|about|around|roughly|some|more\s+than|over|less\s+than|just\s+over|just\s+under"
    r"|close\s+to)\s+)?(?P<count>an?|one|two|three|four)[\s-]+$"
)
#: Verbs "up" after which makes a share or a sum, no rise: "made up a third", "took up a quarter".
_PHRASAL_BEFORE_UP: Final = frozenset(
    ["made", "make", "makes", "making", "take", "takes", "took", "taken", "taking", "summed", "added"]
)
#: Words a fraction of the level may be followed by; any other lower-case word makes "third" an
#: ordinal or "quarter" a unit ("a rise of a third country's share", "up a quarter point").
_AFTER_FRACTION: Final = frozenset([
    "to", "from", "in", "on", "over", "and", "or", "year", "compared", "than", "since", "at", "as",
    "against", "versus", "vs", "during", "last", "this", "year-on-year", "y/y", "yoy", "for", "while",
])  # fmt: skip
#: The fractions of FRACTIONS that name one part ("a third", not "two thirds").
_ONE_FRACTION: Final = frozenset(w for w in FRACTIONS if not w.endswith("s"))
_WORD_NEXT: Final = re.compile(r"\s+(?P<word>[a-z][\w/-]*)")
_WORD_BEFORE: Final = re.compile(r"\b(?P<word>[A-Za-z]+)\s+$")


def _fraction_after_direction(text: str, word: str, start: int, end: int) -> Change | None:
    """A fraction told by the direction word right before it ("up a third", "an increase of a
    quarter", "fell two-thirds", "a drop of three quarters"), not by "by": signed by that word."""
    before = _FRACTION_AFTER_DIRECTION.search(text, max(0, start - 50), start)
    if before is None:
        return None
    count = before.group("count").lower()
    if (word in _ONE_FRACTION) != (count in ("a", "an", "one")):
        return None  # "up a third", "fell two-thirds" (not "two third", "a thirds")
    fraction = FRACTIONS[word] * (1 if count in ("a", "an", "one") else _small_count(count))
    direction_word = before.group("dir").lower()
    direction = 1 if direction_word in _UP else -1 if direction_word in _DOWN else 0
    if not direction or fraction >= 1:
        return None
    if direction_word == "up":
        verb = _WORD_BEFORE.search(text, max(0, before.start() - 20), before.start())
        if verb is not None and verb.group("word").lower() in _PHRASAL_BEFORE_UP:
            return None
    following = _WORD_NEXT.match(text, end)
    if following is not None and following.group("word") not in _AFTER_FRACTION:
        return None
    span_start = before.start("dir")
    pct = round(direction * fraction * 100, 2)
    return Change(span_start, end, pct, text[span_start:end], "change", fraction, direction, "word")


#: A fraction sizing the comparative right after it: "a quarter higher", "a fifth lower than a year
#: earlier", "one-third more", "two-thirds less" (the figure's change against the earlier one, as
#: "25% higher" is); its count opens the span.
_COUNT_BEFORE_FRACTION: Final = re.compile(r"(?i)\b(?P<count>an?|one|two|three|four)[\s-]+$")
_COMPARATIVE_AFTER_FRACTION: Final = re.compile(
    r"(?i)[\s-]+(?P<comparative>higher|lower|more|less|larger|smaller|bigger|greater)\b"
)
#: What may follow that comparative for it to be the figure's: a stop, or a word of the comparison
#: ("than", "on", "from", "year-on-year"); "a third more expensive" or "a quarter more ships" makes
#: it a price's or a count's, and a fraction before "of" is a share ("a quarter more of the oil").
_AFTER_COMPARATIVE: Final = re.compile(
    r"\s*(?:$|[.,;:)]|[-–—]|(?:than|on|from|over|in|at|compared|against|versus|vs|year-on-year|y/y|yoy"
    r"|year-over-year|last|this|during|for|since|to|and|while|as)\b)",
    re.IGNORECASE,
)


def _fraction_before_comparative(text: str, word: str, start: int, end: int) -> Change | None:
    """A fraction right before a comparative ("a quarter higher", "two-thirds lower"): signed by
    the comparative, as "25% higher" is. A fraction with no count before it ("the third
    largest", "the fourth higher court") is an ordinal and gives none."""
    count = _COUNT_BEFORE_FRACTION.search(text, max(0, start - 8), start)
    comparative = _COMPARATIVE_AFTER_FRACTION.match(text, end)
    if count is None or comparative is None or not _AFTER_COMPARATIVE.match(text, comparative.end()):
        return None
    many = count.group("count").lower()
    if many not in ("a", "an", "one") and not word.endswith("s"):
        return None  # "two third higher" is no English: a typo is not read
    fraction = FRACTIONS[word] * (1 if many in ("a", "an", "one") else _small_count(many))
    direction = _COMPARATIVES[comparative.group("comparative").lower()]
    span_start, span_end = count.start(), comparative.end()
    pct = round(direction * fraction * 100, 2)
    return Change(span_start, span_end, pct, text[span_start:span_end], "change", fraction, direction, "word")


#: "by a factor of three", "by a factor of about 2.5": a multiple told as the factor a figure was
#: multiplied or divided by, signed by the verb before "by" as "rose three times" is.
_FACTOR_OF: Final = re.compile(
    rf"(?i)\bby\s+a\s+factor\s+of\s+(?:(?:about|around|some|roughly|more\s+than)\s+)?"
    rf"(?P<n>{NUMBER_PATTERN}|{WORD_NUMBER_PATTERN})(?![\w%])"
)


def _factor_changes(text: str) -> list[Change]:
    """Multiples told "by a factor of" ("increased by a factor of three": +200, "fell by a factor
    of 4": -75, as "fell four times" is), which had given no change; a factor with no verb of a
    change before it ("differ by a factor of two") or of one or less gives none."""
    if "factor" not in text:
        return []
    found: list[Change] = []
    for m in _FACTOR_OF.finditer(text):
        value = parse_number(m.group("n"))
        if value is None or value <= 1:
            continue
        reading = _read_context(text, m.start(), m.end())
        if reading.kind != "change" or not reading.direction:
            continue
        start = _span_start(m.start(), reading)
        pct = multiple_to_pct(value, reading.direction)
        found.append(Change(start, m.end(), pct, text[start : m.end()], "change", value, reading.direction,
                            "multiple"))  # fmt: skip
    return found


#: "multiplied by three", "were multiplied by about 2.5", "divided by four": a multiple told by the
#: arithmetic verb itself, which gives its direction (a hedge short of it, "multiplied by almost
#: three", is no match: short of the multiple, as "almost tripled" is unsized). A noun after the
#: number ("divided by two ports") makes it a count: only a word of time or comparison may follow.
_MULTIPLIED_BY: Final = re.compile(
    rf"(?i)\b(?:(?P<up>multipl(?:ied|y|ies|ying))|divid(?:ed|e|es|ing))\s+by\s+"
    rf"(?:(?:about|around|some|roughly|more\s+than)\s+)?(?P<n>{NUMBER_PATTERN}|{WORD_NUMBER_PATTERN})(?![\w%])"
    r"(?!\s+(?!(?:to|in|from|since|compared|over|against|on|year|between|and|during|at|as|while|after|reaching"
    r"|y/y|yoy|year-on-year)\b)[a-z])"
)
#: Above this a "multiplied by" is arithmetic ("multiplied by 100"), no change of trade.
_MAX_MULTIPLIED: Final = 50.0


def _multiplied_changes(text: str) -> list[Change]:
    """Multiples told "multiplied by" or "divided by" ("exports multiplied by three": +200,
    "imports were divided by four": -75, as "tripled" and "fell four times" are), which had given
    no change; a multiple of one or less, or past `_MAX_MULTIPLIED`, gives none."""
    if "ultipl" not in text and "ivid" not in text:
        return []
    found: list[Change] = []
    for m in _MULTIPLIED_BY.finditer(text):
        value = parse_number(m.group("n"))
        if value is None or not 1 < value <= _MAX_MULTIPLIED:
            continue
        direction = 1 if m.group("up") else -1
        pct = multiple_to_pct(value, direction)
        found.append(Change(m.start(), m.end(), pct, m.group(), "change", value, direction, "multiple"))
    return found


#: A fraction in digits after "by" and no unit: "grew by 1/3", "cut by about 1/4" (as "by a third"
#: reads); with a unit after it ("by 1/2 per cent", "by 1/2 a point") it is no part of the level.
_DIGIT_FRACTION_BY: Final = re.compile(
    r"(?i)\bby\s+(?:(?:nearly|almost|about|around|roughly|some|over|close\s+to)\s+)?"
    rf"(?P<fraction>{DIGIT_FRACTION_PATTERN})(?!\s?(?:%|per|pc|pct|pp|point|percentage|of|times|fold|x)\b|%)"
)


def _digit_fraction_changes(text: str) -> list[Change]:
    """Fractions in digits after "by" ("rose by 1/3": +33.33, "fell by 1/4": -25.0), signed by
    the verb as "by a third" is; a whole number before the fraction ("by 2 1/2") or no verb of a
    change ("divided by 1/2") gives none."""
    if "/" not in text:
        return []
    found: list[Change] = []
    for m in _DIGIT_FRACTION_BY.finditer(text):
        value = parse_number(m.group("fraction"))
        if value is None or value >= 1:
            continue
        reading = _read_context(text, m.start(), m.end())
        if reading.kind != "change" or not reading.direction:
            continue
        start = _span_start(m.start(), reading)
        pct = round(reading.direction * value * 100, 2)
        found.append(Change(start, m.end(), pct, text[start : m.end()], "change", value, reading.direction,
                            "word"))  # fmt: skip
    return found


def _vague_change(text: str, start: int, end: int) -> Change | None:
    reading = _read_context(text, start, end)
    if reading.kind != "change" or not reading.direction:
        return None
    span_start = _span_start(start, reading)
    return Change(span_start, end, None, text[span_start:end], "change", None, reading.direction, "word")


def _small_count(word: str) -> int:
    return {"two": 2, "three": 3, "four": 4}[word]


def _span_start(start: int, reading: _Reading) -> int:
    return start if reading.start is None else min(start, reading.start)


def _span_end(end: int, reading: _Reading) -> int:
    return end if reading.end is None else max(end, reading.end)


def _next_word(text: str, end: int) -> str:
    m = _TOKEN.search(text, end, min(len(text), end + 30))
    return m.group().lower() if m else ""


def _left_tokens(text: str, start: int) -> list[re.Match[str]]:
    """Tokens before `start` in the same sentence, nearest first."""
    tokens = list(_TOKEN.finditer(text, max(0, start - _CONTEXT_CHARS), start))
    tokens.reverse()
    for i, token in enumerate(tokens):
        if token.group() in _STOP_TOKENS:
            if (
                i == 0
                and token.group() == "("
                and len(tokens) > 1
                and _AMOUNT_END.fullmatch(tokens[1].group())
            ):
                continue  # "fell NZ$1.2 billion (20 percent) to ...": the size of the change told
            return tokens[:i]
    return tokens


#: The last word of an amount: "fell NZ$1.2 billion (20 percent)".
_AMOUNT_END: Final = re.compile(r"(?i)\d[\d.,]*|billion|million|trillion|bn|mn|m|bln|mln|crore|lakh")


def _right_tokens(text: str, end: int) -> list[re.Match[str]]:
    """Up to three tokens after `end`, skipping "year-on-year" and its spellings, and the
    amount in brackets of "30.1 percent ($22.5 million) more"."""
    bracket = _BRACKETED_AMOUNT.match(text, end)
    if bracket is not None:
        end = bracket.end()
    tokens = list(_TOKEN.finditer(text, end, min(len(text), end + 50)))
    words = [t.group().lower() for t in tokens]
    skip = 0
    while skip < len(words):
        if words[skip] in _YOY_WORDS:
            skip += 1
        elif (
            tuple(words[skip : skip + 2]) in _YOY_PAIRS
            and skip + 2 < len(words)
            and words[skip + 2] == "year"
        ):
            skip += 3
        else:
            break
    return tokens[skip : skip + 3]


#: An amount in brackets right after a percentage: the change written in money.
_BRACKETED_AMOUNT: Final = re.compile(r"\s*\([^()]{0,30}\d[^()]{0,30}\)")


def _read_context(text: str, start: int, end: int) -> _Reading:
    """Kind and direction of the number spanning start..end, from the words around it."""
    right = _right_tokens(text, end)
    first_right = right[0].group().lower() if right else ""
    if first_right in _RIGHT_UP or first_right in _RIGHT_DOWN:
        return _Reading("change", 1 if first_right in _RIGHT_UP else -1, end=right[0].end())
    if (
        first_right == ")"
        and len(right) > 1
        and right[1].group().lower() in _COMPARATIVES
        and text[:start].rstrip().endswith("(")
    ):
        # "$400 million (12.9%) more than in 2023": the amount's change as a percentage, bracketed
        return _Reading("change", _COMPARATIVES[right[1].group().lower()], end=right[1].end())
    side = _earlier_side(text, end)
    if side is not None:
        return _Reading("change", 1 if side.group("side").lower() == "above" else -1, end=side.end("side"))
    left = _left_tokens(text, start)
    words = [t.group().lower() for t in left]
    if "rate" in words[:6] and _over_years(text, start, end):
        return _Reading("level")
    i = _skip_hedges(words)
    subject = _change_noun_subject(words, left, i)
    if subject is not None:
        return subject
    if i < len(words):
        immediate = _read_immediate(words, left, i)
        if immediate is not None:
            return immediate
    if first_right in ("of", "share") or (
        first_right == "a" and len(right) > 1 and right[1].group() == "share"
    ):
        return _Reading("share")
    connected = _connected_change(words, left, i)
    if connected is not None:
        return connected
    if i < len(words):
        if words[i] in _SHARE_VERBS or (
            words[i] == "for" and i + 1 < len(words) and words[i + 1] in _SHARE_VERBS
        ):
            return _Reading("share")
        if words[i] in _LEVEL_MARKERS:
            return _Reading("level")
    for j in range(i, min(len(words), i + _CONTEXT_WORDS)):
        if words[j] == "up" and j + 1 < len(words) and words[j + 1] in _PHRASAL_UP:
            break  # "made up $48.9 million, or 187.5% ...": a verb of amount, no rise
        if words[j] in _UP or words[j] in _DOWN:
            return _Reading("change", _direction_of(words, j), start=left[j].start())
        if words[j] == "of" and j + 1 < len(words) and (words[j + 1] in _UP or words[j + 1] in _DOWN):
            # "an increase of NOK 212 million, or 13 per cent": the change's size, told twice
            return _Reading("change", _direction_of(words, j + 1), start=left[j + 1].start())
        if words[j] in _LEVEL_MARKERS or words[j] in _SHARE_VERBS:
            break
    return _Reading("level")


#: Verbs of a level that a change noun is the subject of, read leftwards from the number, with
#: the word that completes them: "amounted to", "made up", "stood at", "was".
_COPULAS: Final = {
    "to": frozenset(["amounted", "amounts", "came", "comes", "equalled", "equaled"]),
    "up": frozenset(["made", "makes"]),
    "at": frozenset(["stood", "stands", "was", "is"]),
    "": frozenset(["was", "is", "were", "totaled", "totalled", "totals", "reached", "reaches", "equalled",
                   "equaled", "equals"]),
}  # fmt: skip
#: Nouns of a change: as a subject they make the level after their verb its size ("the jump
#: was 12%"), and a connector may follow back to them ("a downturn estimated at 3 percent").
CHANGE_NOUNS: Final = frozenset([
    "increase", "rise", "growth", "gain", "jump", "surge", "climb", "hike", "expansion", "uptick",
    "decrease", "decline", "drop", "fall", "reduction", "contraction", "downturn", "dip", "slump", "slide",
])  # fmt: skip
#: Gerunds of a change, which only a connector follows back to ("increasing by a percentage of
#: 12.7 percent"); as a subject they would be a clause, not a noun ("rising was ...").
_CHANGE_GERUNDS: Final = frozenset([
    "increasing", "rising", "growing", "gaining", "jumping", "surging", "climbing",
    "decreasing", "declining", "dropping", "falling", "shrinking", "contracting",
])  # fmt: skip


def _change_noun_subject(words: list[str], left: list[re.Match[str]], i: int) -> _Reading | None:
    """ "The growth amounted to 12.3%", "the increase was 12.3%", "the decrease in exports made
    up 4.1%", "the growth rate was 12.3%" (the calque of «рост составил»): a change noun, maybe
    with one or two words after "in"/"of", as the subject of a verb of a level, is the change
    that level sizes (it had been read as a level). `i` is the first word left of the number
    past its hedges."""
    verb = i
    if i < len(words) and words[i] in _COPULAS and words[i]:
        verb = i + 1
        if verb >= len(words) or words[verb] not in _COPULAS[words[i]]:
            return None
    elif i >= len(words) or words[i] not in _COPULAS[""]:
        return None
    head = verb + 1
    for gap in (2, 3):  # "the increase in exports", "the growth of bilateral trade"
        if (
            head + gap < len(words)
            and words[head + gap - 1] in ("in", "of")
            and words[head + gap] in CHANGE_NOUNS
        ):
            head += gap
            break
    rate = head < len(words) and words[head] == "rate"
    noun = head + 1 if rate else head
    if noun >= len(words) or words[noun] not in (_CHANGE_RATE_NOUNS if rate else CHANGE_NOUNS):
        return None
    if rate and not _rate_of_change(words, noun):
        return None  # "the average annual growth rate was 5%": over years
    if words[noun + 1 : noun + 2] == ["of"]:
        return None  # "the share of growth was 5%": the noun is not the subject
    return _Reading("change", _direction_of(words, noun), start=left[noun].start(), rate=rate)


def _skip_hedges(words: list[str]) -> int:
    """Index of the first word left of the number that is not a hedge ("more than", "up to")."""
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _HEDGES:
            i += 1
        elif (
            (w == "than" and nxt in ("more", "less", "fewer"))
            or (w == "least" and nxt == "at")
            or (w == "to" and nxt in ("up", "close"))
        ):
            i += 2
        else:
            break
    return i


def _direction_of(words: list[str], k: int) -> int:
    """The direction of the change word at `k` of `words` (read leftwards from the number):
    down for a fall, up for a rise unless a word before it negates it ("a negative growth of
    4.2 percent", South Asian copy's fall)."""
    if words[k] in _DOWN:
        return -1
    return -1 if words[k + 1 : k + 2] == ["negative"] else 1


def _connected_change(words: list[str], left: list[re.Match[str]], i: int) -> _Reading | None:
    """A change noun joined to its number by words of estimate or measure, as agency English
    calqued on Arabic and French writes it: "an increase estimated at 9 percent", "a rise in the
    order of 6 percent", "increasing by a percentage of 12.7 percent", "with a growth percentage of
    12.7%", "an increase amounting to 9 percent" (the number had been read as a level)."""
    if i >= len(words) or words[i] not in _CONNECTOR_LAST:
        return None
    for j in range(i, min(len(words), i + _CONNECTOR_REACH)):
        if words[j] in _CONNECTORS:
            continue
        if j > i and words[j] in _CHANGE_NOUNS_AND_GERUNDS:
            return _Reading("change", _direction_of(words, j), start=left[j].start())
        return None
    return None


#: The change words a connector may follow back to: nouns and gerunds, not finite verbs ("the
#: share rose to 15.3 percent" is a level reached).
_CHANGE_NOUNS_AND_GERUNDS: Final = CHANGE_NOUNS | _CHANGE_GERUNDS


#: The words that may join a change noun to its number, and those that may stand right before it.
_CONNECTORS: Final = frozenset([
    "at", "estimated", "put", "valued", "amounting", "to", "reaching", "exceeding", "in", "the", "order",
    "of", "by", "a", "an", "percentage", "ratio", "with", "estimate", "about", "around", "some",
])  # fmt: skip
_CONNECTOR_LAST: Final = frozenset(["at", "to", "of", "reaching", "exceeding"])
_CONNECTOR_REACH: Final = 6


#: Verbs of a change whose "at" tells its pace, the change itself: "grew at 12.5 percent".
_VERBS_OF_A_PACE: Final = frozenset([
    "grew", "grow", "grows", "growing", "rose", "rise", "rises", "rising", "increased", "increasing",
    "expanded", "expanding", "climbed", "advanced", "declined", "declining", "decreased", "decreasing",
    "fell", "falling", "contracted", "contracting", "shrank", "shrinking", "dropped", "dropping",
])  # fmt: skip


def _read_immediate(words: list[str], left: list[re.Match[str]], i: int) -> _Reading | None:
    """The word right before the number: a direction ("up 5%"), "by" ("grew by 5%"), or
    "of" after a direction noun ("an increase of 5%")."""
    word = words[i]
    if word == "up" and i + 1 < len(words) and words[i + 1] in _PHRASAL_UP:
        return _Reading("share")  # "The top five countries made up 27.5 percent": a part, no rise
    if word in _UP or word in _DOWN:
        return _Reading("change", 1 if word in _UP else -1, start=left[i].start())
    if word in _COMPARATIVES and i + 1 < len(words) and words[i + 1] in _VERBS_OF_DRIFT:
        # "edged lower 0.4%", "moved higher 2%", "closed 3% lower" written the other way round: the
        # comparative after a verb of drift gives the direction (the number had been a level)
        return _Reading("change", _COMPARATIVES[word], start=left[i + 1].start())
    if word == "at" and i + 1 < len(words) and words[i + 1] in _VERBS_OF_A_PACE:
        # "grew at 12.5 percent", "contracted at 3%": the pace of the change is its size (not a
        # level, as "stood at 12.5 percent" is; "grew at an average 5%" stays one)
        return _Reading("change", _direction_of(words, i + 1), start=left[i + 1].start())
    if word == "by":
        for j in range(i + 1, min(len(words), i + 1 + _CONTEXT_WORDS)):
            if words[j] in _UP or words[j] in _DOWN:
                return _Reading("change", _direction_of(words, j), start=left[j].start())
            if j == i + 1 and words[j] in _COMPARATIVES:
                # "were lower by 2.1 per cent", "higher by 4%" (Malaysian and Singapore copy)
                return _Reading("change", _COMPARATIVES[words[j]], start=left[j].start())
            if words[j] in _EXCEEDING and any(_earlier_word(w) for w in words[i + 1 : j]):
                # "exceeding the previous year's level by 21%" (not "exports exceeded imports by 12%")
                return _Reading("change", 1, start=left[j].start())
        return _Reading("change", 0, start=left[i].start())
    if word == "of" and i + 1 < len(words):
        noun = words[i + 1]
        if noun in _UP or noun in _DOWN:
            return _Reading("change", _direction_of(words, i + 1), start=left[i + 1].start())
        if noun in _SHARE_NOUNS:
            return _Reading("share")
        if noun == "rate" and _rate_of_change(words, i + 2):
            # "a growth rate of 9 percent", "registering a negative growth rate of 2%": the change
            return _Reading("change", _direction_of(words, i + 2), start=left[i + 2].start())
        if noun in ("rate", "pace"):
            return _verb_at_rate(words, left, i + 2)
    return None


#: Verbs of drift a comparative completes before a number: "edged lower 0.4%", "moved higher 2%",
#: "ended lower 1.5%" (not a copula: "were higher 4%" is no English a desk writes).
_VERBS_OF_DRIFT: Final = frozenset([
    "edged", "edges", "edging", "moved", "moves", "moving", "inched", "inches", "inching", "crept",
    "creeps", "creeping", "ticked", "ticks", "ticking", "trended", "trending", "ended", "ends", "closed",
    "finished", "went", "came", "drifted", "drifting",
])  # fmt: skip
#: Nouns of a change before "rate" whose rate is that change: "a growth rate of 9 percent" (not a
#: "loss rate" or a "reduction rate", which are levels of their own).
_CHANGE_RATE_NOUNS: Final = frozenset(["growth", "increase", "decline", "decrease"])
#: Words before such a rate that make it a rate over years, no change from the period before
#: ("an average annual growth rate of 5%", "a compound growth rate of 7%"). "annual" and "yearly"
#: alone say so only with a span of years after the rate (`_over_years`): "an annual growth rate
#: of 12%" in a year's figure is its change on the year before.
_RATE_OVER_YEARS: Final = frozenset([
    "average", "compound", "compounded", "cumulative", "annualised", "annualized",
])  # fmt: skip
_YEARLY: Final = ("annual", "yearly")
#: A span of years after a rate: "over the past decade", "between 2015 and 2024", "since 2010",
#: "from 2019 to 2024", "in 2015-2024", "over five years", "over a five-year period" (not "over the
#: past year", one year).
_SPAN_OF_YEARS_AFTER: Final = re.compile(
    r"(?i)\s*,?\s*(?:(?:over|during|in|for|across|throughout|between|from)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:past|last|previous|next|coming|following|preceding)\s+)?(?:period\s+)?"
    r"(?:decades?\b|\w+[\s-]+(?:years|decades)\b|\w+-year\s+period\b"
    r"|(?:19|20)\d\d\s*(?:-|–|to|and)\s*(?:19|20)?\d\d\b)"
    r"|since\s+(?:19|20)\d\d\b)"
)


def _over_years(text: str, start: int, end: int) -> bool:
    """Whether the rate ending at `end` is told "annual" or "yearly" before the number at `start`
    and a span of years follows it: "grew at an annual rate of 5% over the past decade", "an annual
    growth rate of 7% between 2015 and 2024", a rate over years, no change on the year before."""
    before = text[max(0, start - 40) : start].lower()
    if not any(word in before for word in _YEARLY):
        return False
    return _SPAN_OF_YEARS_AFTER.match(text, end) is not None


def _rate_of_change(words: list[str], k: int) -> bool:
    """Whether the words from `k` on (leftwards, the word before "rate") are a change's noun with
    nothing that makes its rate one over years: "a growth rate of", not "an average growth rate of"."""
    if k >= len(words) or words[k] not in _CHANGE_RATE_NOUNS:
        return False
    return _RATE_OVER_YEARS.isdisjoint(words[k + 1 : k + 3])


def _verb_at_rate(words: list[str], left: list[re.Match[str]], j: int) -> _Reading | None:
    """ "grew at a rate of 12%", "fell at an annual pace of 3%": the verb's change, sized by
    the rate (`j` is the word before "rate"). Not an average or compound rate ("grew at an
    average annual rate of 5% over the decade"): a rate over years, no change from the period
    before."""
    if j < len(words) and words[j] in ("annual", "yearly", "annualised", "annualized"):
        j += 1
    if j + 2 >= len(words) or words[j] not in ("a", "an") or words[j + 1] != "at":
        return None
    verb = words[j + 2]
    if verb not in _UP and verb not in _DOWN:
        return None
    return _Reading("change", 1 if verb in _UP else -1, start=left[j + 2].start())
