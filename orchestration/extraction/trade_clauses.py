"""The pieces of a sentence the trade grammar works on: clauses, cue hints, and frames.

A sentence is cut into clauses at the words that start a new statement (", while", "; ",
", and"), so that each amount is read with the words of its own statement first. `Hints`
records which rare cue families occur in the sentence at all, so the expensive patterns run
only where they can match. `Frame` is what the grammar says of one amount.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Final

from orchestration.extraction.money import CHANGE_VERBS, Money
from orchestration.extraction.numbers import literal_alternation
from orchestration.extraction.periods import Period
from orchestration.extraction.text import Sentence, holds_any
from orchestration.extraction.trade_lexicon import (
    CLAUSE_BOUNDARY,
    FLOW_VERBS,
    HOME_GUARD,
    LEVEL_VERBS,
    MARKET_RANKING_GUARD,
    PAIR_GUARD,
    TOP_ITEM_GUARD,
    WORLD_GUARD,
    lower_same_length,
)

#: The bullets, each tested for by a substring test on the document (before any sentence is
#: looked at) and on each sentence: no scan for a class of them visiting every character, and
#: none at all of an ASCII text, which holds no bullet.
_BULLET_MARKS: Final = ("•", "▪", "●", "►", "◦", "‣")
_OPENING_MARKS: Final = frozenset("-–*")
_BULLET: Final = re.compile(r"\s[•▪●►◦‣]\s")
_OPENING_BULLET_AGAIN: Final = {"-": re.compile(r"\s-\s(?=[A-Z])"), "–": re.compile(r"\s–\s(?=[A-Z])"),
                         "*": re.compile(r"\s\*\s(?=[A-Z])")}  # fmt: skip


def list_items(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of `text` with every flattened list cut into its items, so that each
    item is read as the statement it is ("• Exports to Mali: 148.2 billion CFA francs •
    Imports from Mali: 9.8 billion CFA francs" is two)."""
    has_bullet = not text.isascii() and holds_any(text, _BULLET_MARKS)
    has_rows = "; " in text and ": " in text
    if not has_bullet and not has_rows and not any(s.text[:1] in _OPENING_MARKS for s in sentences):
        return sentences  # a test of the document, then one character per sentence
    out: list[Sentence] = []
    for sentence in sentences:
        text = sentence.text
        rows = _semicolon_rows(text) if has_rows else []
        if rows:
            # "Main export destinations in 2024: China $23.5bn (+12%); United States $9.8bn": a
            # ranking's lead and rows, as they are when each row is a line of its own
            for start, end in zip([0, *rows], [*rows, len(text)], strict=True):
                piece = text[start:end].rstrip("; ")
                out.append(Sentence(sentence.start + start, sentence.start + start + len(piece), piece))
            continue
        # a list whose lines were joined into one sentence: any bullet, or the dash or star the
        # sentence itself opens with, and a space ("- Exports to Colombia: USD 1.5 billion - ...")
        if not (
            (text[:1] in _OPENING_MARKS and text[1:2].isspace())
            or (not text.isascii() and holds_any(text, _BULLET_MARKS))
        ):
            out.append(sentence)
            continue
        again = _OPENING_BULLET_AGAIN.get(text[0])
        cuts = sorted([m.start() for m in _BULLET.finditer(text)]
                      + ([m.start() for m in again.finditer(text)] if again is not None else []))  # fmt: skip
        for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
            piece = text[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                at = sentence.start + start + lead
                out.append(Sentence(at, at + len(piece), piece))
    return out


def _semicolon_rows(text: str) -> list[int]:
    """Where the rows of a ranking flattened into one sentence start: after a lead ending in
    a colon, two or more short rows set off by semicolons, each a capitalized label (or
    "to"/"from" and one) and a figure ("...: China $23.5bn (+12%); United States $9.8bn
    (-3%); Canada $3.1bn"); none for a sentence of clauses that semicolons join."""
    colon = text.find(": ")
    if colon < 0 or "; " not in text[colon:]:
        return []
    starts = [colon + 2]
    starts += [m.end() for m in _ROW_SEPARATOR.finditer(text, colon + 2)]
    rows = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    if len(rows) < 2 or not all(_ROW.fullmatch(row.rstrip("; .")) for row in rows):
        return []
    return starts


_ROW_SEPARATOR: Final = re.compile(r";\s+")
#: A row: a capitalized label of at most four words, maybe after "to"/"from", then a figure and
#: at most a bracket after it.
_ROW: Final = re.compile(
    r"(?:(?:to|from)\s+(?:the\s+)?)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?:?\s+"
    r"[^\s;()]*\d[^;()]*(?:\([^()]*\))?"
)


@dataclass(slots=True, unsafe_hash=True)
class Hints:
    """Which rare cue families occur in the sentence at all: substring tests on the
    lower-cased sentence are far cheaper than running every case-insensitive pattern."""

    low: str
    world: bool
    pair: bool
    ranking: bool
    home: bool
    anaphoric_period: bool
    top_item: bool
    market: bool

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        low: str,
        world: bool,
        pair: bool,
        ranking: bool,
        home: bool,
        anaphoric_period: bool,
        top_item: bool,
        market: bool,
    ) -> None:
        self.low = low
        self.world = world
        self.pair = pair
        self.ranking = ranking
        self.home = home
        self.anaphoric_period = anaphoric_period
        self.top_item = top_item
        self.market = market

    @classmethod
    def of(cls, text: str) -> Hints:
        low = lower_same_length(text)
        return cls(
            low=low,
            world=holds_any(low, WORLD_GUARD),
            pair=holds_any(low, PAIR_GUARD),
            ranking="partner" in low,
            home=holds_any(low, HOME_GUARD),
            # (trade_links._ANAPHORIC_PERIOD: "the period", or a run of months after "the
            # same", "that", "those", "these": not every "months", "first half", "behalf")
            anaphoric_period="period" in low
            or "the quarter" in low  # "fell 4 percent in the quarter" after a quarter told
            or "the half" in low
            or "the semester" in low
            or (
                holds_any(low, ("same", "that", "those", "these"))
                and holds_any(low, ("month", "quarter", "half", "semester"))
            ),
            top_item=holds_any(low, TOP_ITEM_GUARD),
            market=holds_any(low, MARKET_RANKING_GUARD),
        )


@dataclass(slots=True, unsafe_hash=True)
class Clauses:
    starts: list[int]
    ends: list[int]

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def of(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1


#: An adverb between commas right before the verb of the subject it follows: "Chilean wine,
#: meanwhile, earned $95 million in Brazil", "Brazil, meanwhile, imported goods worth ..." -- an
#: aside inside one clause, where ", meanwhile, imports fell" opens a clause of its own subject.
_ASIDE_BEFORE_VERB: Final = re.compile(
    rf",\s+(?:meanwhile|however),\s+(?:also\s+)?(?:earned|fetched|brought|{LEVEL_VERBS}|{CHANGE_VERBS}|"
    rf"accounted|made|were|was|{literal_alternation(FLOW_VERBS, space=' ')})\b"
)


def split_clauses(text: str) -> Clauses:
    starts, ends = [0], []
    for m in CLAUSE_BOUNDARY.finditer(text):
        if text[m.start() + 1 : m.start() + 5] in (" mea", " how") and _ASIDE_BEFORE_VERB.match(
            text, m.start()
        ):
            continue  # "Chilean wine, meanwhile, earned ...": the subject's aside, one clause
        ends.append(m.start())
        starts.append(m.start())
    ends.append(len(text))
    return Clauses(starts, ends)


def hedge_start(low: str, money: Money) -> int:
    """Where the hedge before the amount starts ("about $2 billion"); `low` is lower case."""
    if money.qualifier is None:
        return money.start
    found = low.rfind(money.qualifier, max(0, money.start - 40), money.start)
    return found if found >= 0 else money.start


@dataclass(slots=True)
class Frame:
    """What one sentence says of one amount; offsets index the sentence. Never changed in
    place: `evolve` makes the changed copy (not frozen, as a frozen dataclass costs three
    times as much to copy, and the grammar copies each frame several times).

    `reporter`/`partner` are what the clause names (None when it does not): for exports the
    exporter and the destination, for imports the importer and the origin, for turnover the
    two sides. `source` says where the flow came from: "cue" (the clause has its own flow
    word), "clause" (continues the clause before it), "anaphor" ("it", "the figure"),
    "rank" ("Kazakhstan ranked third with ..."), "item" ("followed by refined copper at ...").
    `owner` is, for a comparison amount, the index of the figure it is compared with (None:
    the document's last figure).
    """

    money: Money
    clause: int
    flow: str | None = None
    source: str | None = None
    reporter: str | None = None
    partner: str | None = None
    pair_cue: bool = False
    home_cue: bool = False
    definite_partner: bool = False
    product: str | None = None
    period: Period | None = None
    period_anaphoric: bool = False
    #: The period a participle clause after the last amount names ("..., reversing the surplus
    #: China ran in 2023"): the figure's only when nothing else dates it.
    trailing_period: Period | None = None
    whole_year: bool = False  # "for the full year": the calendar year of the story's period
    span_months: int | None = None  # "a half-year record", "nine-month sales": how long, not when
    change: float | None = None
    #: The change was drawn as a conclusion after the amount (", meaning shipments rose 65.6%"):
    #: it compares the figures told, so it is the latest one's, which may be told before.
    concluded: bool = False
    comparison: bool = False
    owner: int | None = None
    world: bool = False
    share: bool = False  # a part of the amount before it ("of which exports accounted for ...")
    #: A bare flow noun set against the figure before ("..., while shipments to the UAE ..."):
    #: of that figure's goods when of its flow.
    contrasted: bool = False
    #: The flow noun is pointed back to ("those shipments", "such exports", "these sales"): the
    #: flow the sentence before told, so of its goods when of its flow and sides.
    pointed: bool = False
    rejection: str | None = None

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow).
    def __init__(
        self,
        money: Money,
        clause: int,
        flow: str | None = None,
        source: str | None = None,
        reporter: str | None = None,
        partner: str | None = None,
        pair_cue: bool = False,
        home_cue: bool = False,
        definite_partner: bool = False,
        product: str | None = None,
        period: Period | None = None,
        period_anaphoric: bool = False,
        trailing_period: Period | None = None,
        whole_year: bool = False,
        span_months: int | None = None,
        change: float | None = None,
        concluded: bool = False,
        comparison: bool = False,
        owner: int | None = None,
        world: bool = False,
        share: bool = False,
        contrasted: bool = False,
        pointed: bool = False,
        rejection: str | None = None,
    ) -> None:
        self.money = money
        self.clause = clause
        self.flow = flow
        self.source = source
        self.reporter = reporter
        self.partner = partner
        self.pair_cue = pair_cue
        self.home_cue = home_cue
        self.definite_partner = definite_partner
        self.product = product
        self.period = period
        self.period_anaphoric = period_anaphoric
        self.trailing_period = trailing_period
        self.whole_year = whole_year
        self.span_months = span_months
        self.change = change
        self.concluded = concluded
        self.comparison = comparison
        self.owner = owner
        self.world = world
        self.share = share
        self.contrasted = contrasted
        self.pointed = pointed
        self.rejection = rejection


_FRAME_FIELDS: Final = tuple(f.name for f in fields(Frame))
#: All of a frame's values in field order, read in one C call (the grammar copies each frame
#: several times, and a getattr per field was most of the cost of a copy).
_FRAME_VALUES: Final = attrgetter(*_FRAME_FIELDS)
_FRAME_INDEX: Final = {name: i for i, name in enumerate(_FRAME_FIELDS)}


def evolve(frame: Frame, **changes: object) -> Frame:
    """A copy of `frame` with `changes` (`dataclasses.replace`, without its generic checks)."""
    values = list(_FRAME_VALUES(frame))
    for name, value in changes.items():
        values[_FRAME_INDEX[name]] = value
    return Frame(*values)
