"""Which period, change and comparison belong to which amount of a sentence.

A sentence often holds a figure, the figure it is compared with and a stated change:
"rose 30% to $31.4 billion in 2023 from $24.2 billion in 2022". The amount after "from",
"than" or "compared to" (or in parentheses after a comparison period) is the comparison
figure; each amount takes the period next to it; each change goes to the main amount it
modifies ("climbed 21.5% to $48.06 billion", "$1.03 billion, up 34 percent"), never to the
comparison figure. A "respectively" list gives the n-th amount the n-th partner or flow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from operator import itemgetter
from typing import Final

from orchestration.extraction.change import Change
from orchestration.extraction.countries import BlocMention
from orchestration.extraction.dates import MONTHS
from orchestration.extraction.money import CHANGE_VERBS, HEDGE_ALTERNATION, Money
from orchestration.extraction.numbers import (
    NUMBER_PATTERN,
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    literal_alternation,
    parse_word_number,
)
from orchestration.extraction.periods import WORD_COUNTS, Period
from orchestration.extraction.text import CaseBlindSearch, lowered_for_hints
from orchestration.extraction.trade_clauses import Clauses, Frame, Hints, evolve, hedge_start
from orchestration.extraction.trade_lexicon import (
    COMPARISON_BEFORE,
    COMPARISON_CUE,
    COMPARISON_STEMS,
    QUANTITY_UNITS,
    TARGET_INFINITIVE,
)
from orchestration.extraction.trade_slots import CountrySlot

#: "over the period", "during the aforementioned period": the period named before (not "in
#: the period from January to April", "in the period January-April": one named right after);
#: "over the same nine months", "in that quarter", "during those months": the run of months named
#: before, of the length told (`months`, `quarter`, `half`); "in the quarter", "in the
#: half-year" alone too, and "in the half", "in the semester" (Latin American copy's half-year)
#: (not "the quarter to March", but "fell 4 percent in the quarter to $1.1 billion", whose "to"
#: opens the amount, not a month or a day).
_ANAPHORIC_PERIOD: Final = re.compile(
    r"(?i)\b(?:over|during|in|for|within|throughout)\s+(?:(?:the|this|that)\s+(?:aforementioned\s+|same\s+|"
    r"reporting\s+|review\s+|said\s+|above\s+|specified\s+|indicated\s+)?period"
    r"|(?:the\s+same|that|those|these)\s+(?:(?P<months>" + WORD_NUMBER_PATTERN + r"|\d{1,2})\s+months"
    r"|months|(?P<quarter>quarter)|(?P<half>half(?:[\s-]year)?|semester))"
    r"|the\s+(?:(?P<quarter_alone>quarter)|(?P<half_alone>half(?:[\s-]year)?|semester)))\b"
    r"(?!\s+(?:from|between|of|since)\b|\s+(?-i:[A-Z])|\s+\d"
    r"|\s+to\s+(?:(?:the\s+)?end\b|\d|" + literal_alternation(MONTHS) + r"\b))"
)

#: "for the full year", "over the whole year": the year of the period the story is about.
_WHOLE_YEAR: Final = re.compile(r"(?i)\b(?:full|whole|entire)[\s-]year\b")
#: A length of time used as a modifier ("a half-year record", "six-month exports"): how long
#: the figure's period is, when the clause names no period of its own ("a nine-month high" is
#: the highest in nine months, not a nine-month figure).
_SPAN_WORD: Final = re.compile(
    r"(?i)\b(?:(?P<half>half[\s-]year(?:ly)?|semi-?annual|six-monthly)|(?P<n>two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|\d{1,2})[\s-]month)\b(?!\s+(?:high|low|peak|bottom|trough)s?\b)"
)
#: "Annual imports", "annual exports": the figure of the twelve months to the story's month.
_ANNUAL: Final = re.compile(
    r"(?i)\bannual\s+(?:(?:goods|merchandise|bilateral|two-way)\s+)?(?:exports|imports|trade)\b"
)
_SPAN_NUMBERS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                        "nine": 9, "ten": 10, "eleven": 11}  # fmt: skip
_OPEN_PAREN: Final = re.compile(r"\(\s*$")
#: "last year" before a parenthesis dates the figure told before it ("China was Germany's top
#: partner last year, ahead of the United States (€252.3 billion)"): no comparison period, as it
#: is inside the parentheses ("$5 billion (last year: $4.1 billion)").
_OWN_YEAR: Final = re.compile(r"(?i)last\s+year")
#: How far after (or before) an amount its period or a comparison period may be written.
_PERIOD_GAP: Final = 40
#: Words between a change and the amount after it that link the two ("grew 5% to $X").
_CHANGE_GAP: Final = re.compile(
    r"(?i)\b(?:to|reach\w*|total\w*|amount\w*|stood|stand\w*|at|hit|exceed\w*"
    # (verbs of the level the figure came to: "rose 12% against the same period and made up $420 mln")
    r"|made\s+up|constitut\w*|equal\w*|register\w*|record\w*)\b"
)
#: Between a change and a later amount: the amount is the comparison's ("4% higher than in
#: 2022, when exports reached ..."), not the figure the change is about.
_COMPARED_GAP: Final = re.compile(r"(?i)\b(?:than|compared)\b.*,\s*when\b")
#: A gap that opens on the comparison's connective: "down 18.75 percent compared to imports of
#: $11.2 billion in FY23", "up 12% against exports of $1.4 billion": the amount after it is the
#: level the change is measured from, not the figure that changed (but "doubled compared to the
#: first half of 2023, reaching ..." reaches its own figure after a comma).
_AGAINST_OPENING_GAP: Final = re.compile(
    r"(?i)\s*,?\s*(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+)?(?:exports|imports|shipments|trade|turnover|purchases|sales)\s+(?:of|worth|at)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|just)\s+)?"
)
#: Between a change and a later amount in another clause: a clause set against the change's
#: ("rose 12 percent, but the figure for 2023 was ..."), whose amount the change is not about.
_CONTRAST_GAP: Final = re.compile(r"(?i)\b(?:while|whereas|but|although|though|however)\b")
#: Between a change and a later amount: the amount is a part of the figure told before the
#: change ("reached $270 million, a rise of 15%, of which exports accounted for $250 million").
_PART_GAP: Final = re.compile(r"(?i)\b(?:of\s+which|including|among\s+them)\b")
#: Between a comparison amount and its period: "over the N1.58 trillion recorded in Q2 2025".
_RECORDED_IN: Final = re.compile(
    r"(?i)\s*,?\s*(?:(?:recorded|registered|posted|reported|seen|achieved|reached)\s+)?"
    r"(?:in|during|for|over)\s+(?:the\s+)?"
    # "for the whole of 2024", "over all of the first half", "in the entire year": the period whole
    r"(?:(?:whole\s+of|all\s+of|entire|full)\s+(?:the\s+)?)?"
)
#: A period written as a label of the amount after it: "(2024: £1.2bn)", and in the dash style
#: of Central Asian wires, "in 2023 - US$ 812,4 mln, in January-June 2024 - US$ 377,9 mln": each
#: period is the amount's after its dash, not that of the amount before it.
#: (A currency must open the amount: "in 2023 — up 8.9% on the previous year" is an aside; after a
#: colon, an amount or its number: "$11.6 billion last year: exports $3.8 billion, imports ..."
#: opens the parts of the amount before it, whose year it is.)
_LABEL_COLON: Final = re.compile(
    r"\s*:\s*(?=(?:[A-Z]{0,3}[$€£¥₽₸]|[A-Z]{3}\s?)?\s?\d)|\s+[-–—]\s*(?=(?:[A-Z]{0,3}[$€£¥₽₸]|[A-Z]{3}\s)\s?\d)"
)
#: An amount after such a colon or dash that a flow word sizes ("$1.5 billion in 2023: $900
#: million in exports and $600 million in imports", "in 2023 - $900 million of Bolivian
#: exports"): the mark opens the parts of the amount before it, whose year it is, not a label
#: of the next one.
_PART_AFTER_COLON: Final = re.compile(
    rf"(?:[A-Z]{{0,3}}[$€£¥₽₸]|[A-Z]{{3}})?\s?{NUMBER_PATTERN}(?:\s?{SCALE_PATTERN})?"
    r"\s+(?i:in\s+|of\s+|worth\s+of\s+)?(?:[A-Za-z]+\s+)?"
    r"(?i:exports|imports|re-exports|shipments|purchases|sales)\b"
)


def _labels_next_amount(text: str, period_end: int) -> bool:
    """Whether the period ending at `period_end` is written as the label of the amount after it
    (`_LABEL_COLON`), not the year of the amount before a colon or dash that opens its parts."""
    label = _LABEL_COLON.match(text, period_end)
    return label is not None and not _PART_AFTER_COLON.match(text, label.end())


#: A clause of its own opening between an amount and a period ("... to $1.6 billion after
#: Manila suspended imports in September"): the period dates that clause's event. Not a
#: conjunction before a prepositional phrase ("as of", "since in").
_SUBORDINATE_OPENER: Final = re.compile(
    r"(?i)\b(?:after|since|when|because|before|while|following|once|until|as)\s+"
    r"(?!of\b|at\b|in\b|from\b|for\b|on\b|during\b|per\b|a\s+year\b)(?:the\s+)?[\w'’-]+\s+[a-z]+"
)
#: "in 2022, when exports reached ...": a clause opened by "when" right after a period is set in it;
#: so is one after the noun a period qualifies ("from the 2022 peak, when trade topped ...", "the
#: 2014 commodity boom, when ...": the time the noun names is the year's).
_WHEN_OPENER: Final = re.compile(r"(?:\s+[a-z]+){0,2}?\s*,\s*when\b")


def respectively(
    text: str, frames: list[Frame], clauses: Clauses, cues: list[tuple[int, int, str, str]],
    slots: list[CountrySlot], blocs: list[BlocMention],
) -> list[Frame]:  # fmt: skip
    """ "Exports to China and India reached $5 billion and $3 billion respectively": the
    n-th amount takes the n-th partner (or the n-th flow) named before the amounts."""
    out = list(frames)
    # Neither depends on the clause (only `out` changes below, never `frames`): found once; the
    # ranking cue only when some clause may be told in order.
    paired = amounts_paired(text, frames)
    followed_with = (paired or "respectively" in text) and _FOLLOWED_WITH.search(text) is not None
    for k in {f.clause for f in frames}:
        clause_text = text[clauses.starts[k] : clauses.ends[k]]
        in_order = "respectively" in clause_text or paired
        if in_order and followed_with:
            # (", with" opens a clause)
            _ranked_respectively(out, k, slots)
            continue
        followed_by = _FOLLOWED_BY.search(clause_text) if "respectively" in clause_text else None
        if followed_by is not None:
            _ranked_respectively(out, k, slots, after=clauses.starts[k] + followed_by.end())
            continue
        members = [i for i, f in enumerate(frames) if f.clause == k and f.rejection is None]
        if len(members) < 2 or not in_order:
            continue
        first = frames[members[0]].money.start
        reporter = frames[members[0]].reporter
        in_clause = [s for s in slots if clauses.starts[k] <= s.start < first]
        partners = list(dict.fromkeys(s.iso3 for s in in_clause if s.role in ("to", "from", "with") and
                                      s.iso3 != reporter))  # fmt: skip
        flows = [c[3] for c in cues if clauses.starts[k] <= c[0] < first]
        if blocs and len(partners) < len(members):
            items = _partners_with_blocs(text, in_clause, blocs, clauses.starts[k], first, reporter)
            flow_cues = [c for c in cues if clauses.starts[k] <= c[0] < first]
            by_flow = len(items) != len(members) and len(flow_cues) == len(members)
            if by_flow:
                # "Kenya's exports to the EU and imports from China stood at $1.1 billion and $2.3
                # billion respectively": each flow with its own partner or bloc
                items = _partners_of_flows(text, in_clause, blocs, flow_cues, first, reporter)
            if len(items) == len(members):
                # "exports to the US and the EU were $2.9 billion and $3.1 billion": the bloc's
                # amount is no pair's, and the country's is the one in its place (the bloc in the
                # clause had made every amount a total with the world)
                for n, i in enumerate(members):
                    item = items[n]
                    frame = evolve(out[i], flow=flow_cues[n][3]) if by_flow else out[i]
                    out[i] = (
                        evolve(frame, partner=item, world=False)
                        if item is not None
                        else evolve(frame, rejection="world: a bloc's")
                    )
                continue
        if len(partners) != len(members) and "respectively" in clause_text:
            listed = _listed_subjects(text, slots, first, len(members))
            lead = out[members[0]]
            if listed and lead.flow is not None and (lead.reporter in listed or lead.partner in listed):
                # "China and the United States bought Peruvian goods worth $23.1 billion and $9.4
                # billion, respectively", "China and the US were Peru's top markets, with $A and $B
                # respectively": the subjects, in order, are the side the amounts vary by
                varies = "reporter" if lead.reporter in listed else "partner"
                for n, i in enumerate(members):
                    sides = {"reporter": lead.reporter, "partner": lead.partner, varies: listed[n]}
                    out[i] = evolve(out[i], flow=lead.flow, source=lead.source, rejection=None, **sides)
                continue
        if len(partners) != len(members) and "respectively" in clause_text:
            named_after = _partners_listed_after(
                text, slots, frames[members[-1]].money.end, reporter, len(members)
            )
            if named_after:
                # "Indonesia exported $62.4 billion and $26.3 billion worth of goods to China and the
                # US, respectively": the partners after the amounts, in their order
                partners = named_after
        for n, i in enumerate(members):
            frame = out[i]
            if len(partners) == len(members):
                frame = evolve(frame, partner=partners[n])
            if len(flows) == len(members) and len(set(flows)) == len(flows):
                frame = evolve(frame, flow=flows[n])
            out[i] = frame
    return out


def _partners_with_blocs(
    text: str, in_clause: list[CountrySlot], blocs: list[BlocMention], start: int, first: int,
    reporter: str | None,
) -> list[str | None]:  # fmt: skip
    """The partners of a list that holds a bloc, in order, each country by its code and each bloc
    as None ("to the US, the EU and China": USA, None, CHN); empty unless the bloc stands in one
    list with countries, joined only by commas and "and", right after "to", "from" or "with"."""
    listed = [b for b in blocs if start <= b.start < first]
    if not listed:
        return []
    items = sorted(
        [
            *((s.start, s.end, s.iso3) for s in in_clause if s.iso3 != reporter),
            *((b.start, b.end, None) for b in listed),
        ],
        key=itemgetter(0),
    )
    at = next(n for n, item in enumerate(items) if item[2] is None)
    low, high = at, at
    while low > 0 and _LIST_JOIN.fullmatch(text, items[low - 1][1], items[low][0]) is not None:
        low -= 1
    while (
        high + 1 < len(items) and _LIST_JOIN.fullmatch(text, items[high][1], items[high + 1][0]) is not None
    ):
        high += 1
    chain = items[low : high + 1]
    if len(chain) < 2 or _LIST_OPENER.search(text, max(0, chain[0][0] - 12), chain[0][0]) is None:
        return []
    return [iso3 for _, _, iso3 in chain]


def _partners_of_flows(
    text: str, in_clause: list[CountrySlot], blocs: list[BlocMention],
    flow_cues: list[tuple[int, int, str, str]], first: int, reporter: str | None,
) -> list[str | None]:  # fmt: skip
    """The partner each flow word of a list names right after it, in order, a country by its
    code and a bloc as None ("exports to the EU and imports from China": None, CHN); empty
    unless every flow word has one, after "to", "from" or "with", before the next flow word."""
    ends = [c[0] for c in flow_cues[1:]] + [first]
    items: list[str | None] = []
    for cue, end in zip(flow_cues, ends, strict=True):
        found = sorted(
            [
                *((s.start, s.iso3) for s in in_clause if cue[1] <= s.start < end and s.iso3 != reporter),
                *((b.start, None) for b in blocs if cue[1] <= b.start < end),
            ],
            key=itemgetter(0),
        )
        if not found or _FLOW_TO_PARTNER.fullmatch(text, cue[1], found[0][0]) is None:
            return []
        items.append(found[0][1])
    return items


#: Between a flow word and the partner it names: "to", "from" or "with", maybe "the".
_FLOW_TO_PARTNER: Final = re.compile(r"(?i)\s+(?:to|from|with)\s+(?:the\s+)?")
#: What opens a list of partners: "to", "from" or "with" and maybe "the" right before its first.
_LIST_OPENER: Final = re.compile(r"(?i)\b(?:to|from|with)\s+(?:the\s+)?\Z")


def _partners_listed_after(
    text: str, slots: list[CountrySlot], last_end: int, reporter: str | None, count: int
) -> list[str]:
    """The `count` partners listed after the last amount, before "respectively" ("... worth of goods
    to China and the US, respectively"): the first after "to", "from" or "with", the rest joined by
    commas and "and" alone; [] when the list is not exactly that."""
    end = text.find("respectively", last_end)
    listed = [s for s in slots if last_end <= s.start < end and s.iso3 != reporter]
    if len(listed) != count or listed[0].role not in ("to", "from", "with"):
        return []
    joined = all(_LIST_JOIN.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(listed))
    return [s.iso3 for s in listed] if joined and len({s.iso3 for s in listed}) == count else []


def _listed_subjects(text: str, slots: list[CountrySlot], first: int, count: int) -> list[str]:
    """The `count` countries listed as the sentence's subject before the amount at `first`
    ("China and the United States ...", "Japan, Korea and China ..."): joined by commas and
    "and" alone, in the order "respectively" pairs them with the amounts; [] when none are."""
    subjects = [s for s in slots if s.role == "subject" and s.end <= first]
    if len(subjects) != count:
        return []
    joined = all(_LIST_JOIN.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(subjects))
    return [s.iso3 for s in subjects] if joined and len({s.iso3 for s in subjects}) == count else []


#: What joins the countries of a listed subject: ", ", " and ", ", and " (and "the" before a name).
_LIST_JOIN: Final = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")


def amounts_paired(text: str, frames: list[Frame]) -> bool:
    """Whether a sentence's two amounts stand joined by "and" alone ("exports to Lithuania and
    imports from Lithuania amounted to PLN 22.4 billion and PLN 14.1 billion"): a pair told in
    order, as "respectively" tells one."""
    return len(frames) == 2 and moneys_joined_by_and(text, [f.money for f in frames])


def moneys_joined_by_and(text: str, moneys: list[Money]) -> bool:
    """Whether a sentence's amounts are two, joined by "and" alone ("PLN 22.4 billion and PLN
    14.1 billion"): the test `amounts_paired` makes of frames, made of the amounts before there are."""
    return len(moneys) == 2 and _AND_ALONE.fullmatch(text, moneys[0].end, moneys[1].start) is not None


#: (a bracketed change of the first amount may stand before "and": "$1.2 billion (up 14%) and $900
#: million (down 3%)", "(+14%)", "(-3.1% y/y)": each amount's own, as `_changes_respectively` pairs them)
_AND_ALONE: Final = re.compile(
    r"(?:\s*\((?:up|down|\+|-|−)?\s*[\d.,]+\s*(?:%|percent|per\s*cent|pct)(?:\s+[a-z/-]{1,16})?\))?\s+and\s+"
)


def periods_respectively(text: str, frames: list[Frame], periods: list[Period]) -> list[Frame]:
    """ "$3.1 billion and $3.4 billion in 2023 and 2024, respectively", "stood at $31.6 billion and
    $35.6 billion in FY23 and FY24 respectively": the n-th amount is of the n-th period of a list
    of as many right after the amounts (each had taken the first). Only amounts listed alone (by
    commas and "and"), main figures all, and periods listed alone before "respectively". With no
    "respectively" ("$5.1 billion and $5.6 billion in Q1 and Q2 2024") the periods are paired so
    too when the amounts are all the list holds and nothing else tells them apart (one flow, the
    same sides): "exports and imports were $5 billion and $6 billion in ..." is left as it was.
    Months joined by "and" into one run ("$5.1 billion and $5.6 billion in January and February
    2024") are listed month by month for this, as quarters are (the run stays one amount's)."""
    if any(p.months for p in periods):
        periods = [month for p in periods for month in _months_of_run(p)]
    for i, first in enumerate(periods):
        run = [first]
        for later in periods[i + 1 :]:
            if not _PERIOD_LIST_JOIN.fullmatch(text, run[-1].end, later.start):
                break
            run.append(later)
        if len(run) < 2:
            continue
        ahead = _periods_before_amounts(text, frames, run)
        if ahead is not None:
            return ahead
        told = _RESPECTIVELY.match(text, run[-1].end) is not None
        if not (told or _ONLY_PERIODS_VARY.match(text, run[-1].end)):
            continue
        before = [f for f in frames if f.money.end <= first.start]
        listed = before[-len(run) :]
        if (
            len(listed) != len(run)
            or any(f.comparison or f.rejection is not None for f in listed)
            or not _GAP_TO_PERIODS.fullmatch(text, listed[-1].money.end, first.start)
            or not all(_LIST_JOIN.fullmatch(text, a.money.end, b.money.start) for a, b in pairwise(listed))
        ):
            continue
        if not told and not _only_periods_vary(text, before, listed):
            continue
        paired = {id(f): p for f, p in zip(listed, run, strict=True)}
        return [evolve(f, period=paired[id(f)]) if id(f) in paired else f for f in frames]
    return frames


def _periods_before_amounts(text: str, frames: list[Frame], run: list[Period]) -> list[Frame] | None:
    """The frames with the n-th period of a list told before as many amounts ("Exports to Libya
    in 2022, 2023 and 2024 were $1.2 billion, $1.5 billion and $1.9 billion, respectively"): each
    had taken the last period. None when no such list follows the periods: the sentence's last
    amounts, after their verb, listed alone, main figures all of one flow, sides and goods (so
    that only their periods tell them apart), then "respectively" or the clause's end."""
    after = [f for f in frames if f.money.start >= run[-1].end]
    listed = after[: len(run)]
    if (
        len(listed) != len(run)
        or len(after) > len(run)
        or any(f.comparison or f.rejection is not None for f in listed)
        or len({_figure_key(f) for f in listed}) != 1
        or not _VERB_AFTER_PERIODS.fullmatch(text, run[-1].end, listed[0].money.start)
        or not all(_LIST_JOIN.fullmatch(text, a.money.end, b.money.start) for a, b in pairwise(listed))
        or not (
            _RESPECTIVELY.match(text, listed[-1].money.end)
            or _ONLY_PERIODS_VARY.match(text, listed[-1].money.end)
        )
    ):
        return None
    paired = {id(f): p for f, p in zip(listed, run, strict=True)}
    return [evolve(f, period=paired[id(f)]) if id(f) in paired else f for f in frames]


#: Between a list of periods and the amounts listed after it: the verb of a figure ("were ",
#: "stood at ", ", amounted to "), after the subject when the periods open the sentence ("In 2023
#: and 2024, exports to Libya stood at ", also with no comma: "In the first and second quarters
#: Zambia's exports to Tanzania were "), and any hedge of money.HEDGES ("were less than ").
_VERB_AFTER_PERIODS: Final = re.compile(
    r"(?i)(?:,?\s+[^,;:$€£¥\d]{1,80}?)?,?\s+(?:(?:were|was|stood\s+at|amounted\s+to|reached|totall?ed|came\s+to|hit)\s+)"
    rf"(?:(?:{HEDGE_ALTERNATION})\s+)?"
)


def _months_of_run(period: Period) -> tuple[Period, ...]:
    """The months a run joined by "and" was read from (`Period.months`), when they still span
    it exactly (a run moved as a whole, to a year before, keeps months of its old dates), else
    the run itself."""
    months = period.months
    if (
        months
        and months[0].start == period.start
        and months[-1].end == period.end
        and months[0].period_start == period.period_start
        and months[-1].period_end == period.period_end
    ):
        return months
    return (period,)


def _only_periods_vary(text: str, before: list[Frame], listed: list[Frame]) -> bool:
    """Whether amounts listed before periods with no "respectively" differ by period alone: the
    whole list (no amount joined before the first), of one flow between the same sides and of
    the same goods."""
    ahead = before[-len(listed) - 1] if len(before) > len(listed) else None
    if ahead is not None and _LIST_JOIN.fullmatch(text, ahead.money.end, listed[0].money.start):
        return False  # "$4 billion, $5.1 billion and $5.6 billion in Q1 and Q2": not one each
    return len({_figure_key(f) for f in listed}) == 1 and listed[0].flow is not None


def quarters_run(text: str, frames: list[Frame], periods: list[Period]) -> list[Frame]:
    """ "$5.1 billion in Q1 and Q2 2024": one amount before consecutive quarters joined by "and"
    is of their whole run (January-June), as one before "January and February" is of both
    months (it had taken the first quarter alone). Not when other amounts are listed with it
    (`periods_respectively` pairs each with its own) or a quarter of the run is another's."""
    for frame in frames:
        first = frame.period
        if first is None or first.granularity != "quarter" or first not in periods:
            continue
        run = [first]
        for later in periods[periods.index(first) + 1 :]:
            if (
                later.granularity != "quarter"
                or later.period_start != run[-1].period_end + timedelta(days=1)
                or not _PERIOD_LIST_JOIN.fullmatch(text, run[-1].end, later.start)
            ):
                break
            run.append(later)
        if len(run) < 2 or not _AND_ALONE.fullmatch(text, run[-2].end, run[-1].start):
            continue
        if not _GAP_TO_PERIODS.fullmatch(text, frame.money.end, first.start):
            continue
        others = [f for f in frames if f is not frame]
        if any(f.period in run or _LIST_JOIN.fullmatch(text, f.money.end, frame.money.start) for f in others):
            continue
        last = run[-1]
        whole = replace(
            first,
            end=last.end,
            text=text[first.start : last.end],
            period_end=last.period_end,
            granularity="months",
        )
        return [evolve(f, period=whole) if f is frame else f for f in frames]
    return frames


def span_ends(text: str, frames: list[Frame]) -> list[Frame]:
    """ "Between 2022 and 2024, exports rose from $1.5 billion to $1.9 billion", "exports were $1.5
    billion and $1.9 billion between 2022 and 2024", "From 2020 to 2024, exports doubled to $1.9
    billion": a span told by its two years, with the level the figure went from and the one it
    came to, dates each by its end (the first year's, the last year's), as "in 2022 and 2024"
    does; both had been of the whole span, and the level left had been dropped. A total over the
    span ("totalled $5.1 billion between 2022 and 2024") stays the span's. Only calendar years
    named at both ends ("between ... and", "from ... to")."""
    out = list(frames)
    for i, frame in enumerate(frames):
        span = frame.period
        if span is None or not _ends_named(text, span) or frame.rejection is not None:
            continue
        first, last = _year_at(span, span.period_start.year), _year_at(span, span.period_end.year)
        if frame.comparison:
            k = frame.owner
            if k is not None and frames[k].period is None and frames[k].rejection is None:
                # "rose to $1.9 billion from $1.5 billion between 2022 and 2024"
                out[i] = evolve(frame, period=first)
                out[k] = evolve(frames[k], period=last)
            break
        compared = [
            j
            for j, f in enumerate(frames)
            if f.comparison
            and f.period in (None, span)
            and (
                f.owner == i or (j == i - 1 and _FROM_TO_GAP.fullmatch(text, f.money.end, frame.money.start))
            )
        ]
        listed = [
            j
            for j in range(i + 1, len(frames))
            if frames[j].period is span
            and not frames[j].comparison
            and _LIST_JOIN.fullmatch(text, frames[j - 1].money.end, frames[j].money.start)
        ]
        if len(compared) == 1:  # "rose from $1.5 billion to $1.9 billion"
            out[compared[0]] = evolve(frames[compared[0]], period=first)
            out[i] = evolve(frame, period=last)
        elif len(listed) == 1 and _figure_key(frame) == _figure_key(frames[listed[0]]):
            # "$1.5 billion and $1.9 billion"
            out[i] = evolve(frame, period=first)
            out[listed[0]] = evolve(frames[listed[0]], period=last)
        elif _CHANGED_TO_BEFORE.search(text, max(0, frame.money.start - 60), frame.money.start):
            out[i] = evolve(frame, period=last)  # "doubled to $1.9 billion": the level at the end
        break
    return out


def _ends_named(text: str, span: Period) -> bool:
    """Whether a span of calendar years is told by its first and last year ("between 2022 and
    2024", "from 2020 to 2024")."""
    return (
        span.granularity == "multi_year"
        and span.preposition in ("between", "from")
        and (span.period_start.month, span.period_start.day) == (1, 1)
        and (span.period_end.month, span.period_end.day) == (12, 31)
        and _YEAR_ENDS.fullmatch(span.text) is not None
    )


def _year_at(span: Period, year: int) -> Period:
    """The calendar year `year` of a span told by its ends."""
    return replace(
        span,
        period_start=date(year, 1, 1),
        period_end=date(year, 12, 31),
        granularity="year",
        preposition="in",
    )


def _figure_key(frame: Frame) -> tuple[str | None, str | None, str | None, str | None]:
    """What makes amounts one figure told for several periods: the flow, the two sides, the goods."""
    return (frame.flow, frame.reporter, frame.partner, frame.product)


#: Between the level a figure went from and the one it came to, maybe hedged (money.HEDGES):
#: "from $1.5 billion to $1.9 billion", "... to more than $1.9 billion".
_FROM_TO_GAP: Final = re.compile(rf"(?i)\s+to\s+(?:(?:{HEDGE_ALTERNATION})\s+)?")
#: A span's text told by its two years: "Between 2022 and 2024", "2020 to 2024".
_YEAR_ENDS: Final = re.compile(r"(?i)(?:between\s+)?(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d")
#: A verb of change (money.CHANGE_VERBS, their participles, the multiples), then "to" and maybe a
#: hedge of money.HEDGES right before an amount: the level the figure came to.
_CHANGED_TO_BEFORE: Final = re.compile(
    rf"(?i)\b(?:{CHANGE_VERBS}|risen|grown|fallen|doubled|tripled|trebled)\b"
    rf"(?:[^.;$]{{0,40}}?)\s+to\s+(?:(?:{HEDGE_ALTERNATION})\s+)?$"
)


#: After a list of periods paired with amounts without "respectively": the sentence or clause
#: ends (no more list, no word tying the periods to something else).
_ONLY_PERIODS_VARY: Final = re.compile(r"\s*(?:[.;:!?]|,\s|$)")


#: What joins periods listed for "respectively": ", ", " and ", ", and " (and a repeated "in").
_PERIOD_LIST_JOIN: Final = re.compile(r"(?i)(?:,\s*|,?\s+and\s+)(?:(?:in|during|for)\s+)?(?:the\s+)?")
#: Between the last listed amount and its list of periods: a preposition, no word of its own.
_GAP_TO_PERIODS: Final = re.compile(r"(?i),?\s+(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:years?\s+)?")
_RESPECTIVELY: Final = re.compile(r"(?i),?\s*respectively\b")


def _ranked_respectively(
    frames: list[Frame], k: int, slots: list[CountrySlot], after: int | None = None
) -> None:
    """The next places of a ranking, one country for each amount of clause k in order: "The
    United Kingdom, India, Germany and Italy followed with $74.1 million, ..., and $47.2 million
    respectively" (the countries before the amounts, the ranking's flow and reporter); with
    `after`, the end of "followed by": "..., followed by China and India at SR4.6 billion and
    SR3.2 billion, respectively" (the countries after it, the first place's flow and reporter)."""
    members = [
        i
        for i, f in enumerate(frames)
        if f.clause == k and f.rejection in (None, "no flow") and (after is None or f.money.start > after)
    ]
    if len(members) < 2:
        return
    first = frames[members[0]].money.start
    named = [
        s
        for s in slots
        if s.start < first and (s.role in ("subject", "pair") if after is None else s.start >= after)
    ]
    countries = list(dict.fromkeys(s.iso3 for s in named))
    if len(countries) != len(members):
        return
    for n, i in enumerate(members):
        frames[i] = evolve(frames[i], rejection=None, source="rank", partner=countries[n])


_FOLLOWED_BY: Final = re.compile(r"(?i)\bfollowed\s+by\b")
#: "X, Y and Z followed with $A, $B and $C respectively", "X and Y came next at $A and $B":
#: the next places of a ranking.
_FOLLOWED_WITH: Final = re.compile(
    r"(?i)\bfollowed,?\s+(?:closely\s+)?(?:with|at)\b|\b(?:came|were|ranked|placed|stood)\s+next\s+(?:with|at)\b"
)


#: How far before an amount `COMPARISON_BEFORE` looks for the comparison's word.
_COMPARED_REACH: Final = 64
#: `COMPARISON_BEFORE` by its case-sensitive twin on a text lowered by `lowered_for_hints`.
_COMPARISON_BEFORE_SEARCH: Final = CaseBlindSearch(COMPARISON_BEFORE)


#: A change, then "over" right before an amount: the level the change is measured against.
_CHANGE_OVER_BEFORE: Final = re.compile(
    r"(?i)(?:%|\bper\s*cent|\bpercent|\bpct|\bincreases?|\brises?|\bgrowth|\bgains?|\bjumps?|\bdeclines?"
    r"|\bdrops?|\bdecreases?|\bfalls?)\s+over\s+(?:the\s+)?$"
)


#: A look back to the year before, then the level it had then, right before an amount.
_WHEN_IT_STOOD_BEFORE: Final = re.compile(
    r"(?i)\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|preceding|prior)\s+year|last\s+year)\s*,\s+"
    r"when\s+(?:it|they|the\s+[a-z]+|[a-z]+)\s+(?:had\s+)?(?:stood|was|were|reached|amounted|totall?ed)"
    r"(?:\s+(?:at|to))?\s+(?:some\s+|about\s+|around\s+)?$"
)


def _comparison_before(before: str) -> bool:
    """Whether the text `before` an amount ends on a comparison (`COMPARISON_BEFORE`), asked of
    the lowered text's `COMPARISON_STEMS` first, then of the pattern's case-sensitive twin on it
    (the pattern itself where the text holds a letter only the pattern folds)."""
    low = lowered_for_hints(before)
    if low is not None and COMPARISON_STEMS.search(low) is None:
        return False
    return _COMPARISON_BEFORE_SEARCH(before, low) is not None


#: A reduced relative right after an amount, with a pronoun subject and a flow verb: "$7.6
#: billion it imported", "the $2 billion worth of goods they bought".
#: So is a flow noun of its own after "of" or "in": "against $120 million of imports from Togo",
#: "compared with $0.9 billion in purchases from that country".
_OWN_FLOW_VERB_AFTER: Final = re.compile(
    r"(?i)\s+(?:(?:worth\s+of\s+(?:[a-z-]+\s+){0,2}?)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:exported|imported|shipped|sold|purchased|bought)"
    r"|(?:of|in)\s+(?:exports|imports|purchases|sales|shipments)\s+(?:from|to)\s)\b"
)


def _other_flow_told_after(text: str, frame: Frame, out: list[Frame]) -> bool:
    """Whether an amount after "compared with" is the other flow's, told by its own verb ("exports
    were worth $1.2 billion, compared with $7.6 billion it imported from Indonesia") or flow noun
    ("..., against $120 million of imports from Togo"): the two flows
    of one period set side by side, not the main figure's value in an earlier period."""
    if frame.flow is None or _OWN_FLOW_VERB_AFTER.match(text, frame.money.end) is None:
        return False
    main = next((f for f in reversed(out) if not f.comparison), None)
    return main is not None and main.flow is not None and main.flow != frame.flow


#: The preposition that names a flow's partner: "exports to", "imports from", "trade with" (also
#: the role `trade_slots` gives a country so introduced).
FLOW_PREPOSITIONS: Final = {"exports": "to", "imports": "from", "turnover": "with"}


def partner_right_after(text: str, flow: str, slots: list[CountrySlot], money: Money) -> CountrySlot | None:
    """The country right after an amount by its flow's preposition: "worth $39 billion to China,
    $16 billion to the United States and $8 billion to Japan" (or "traded $3.1 billion with
    Russia and $1.8 billion with Kazakhstan") gives each amount its own."""
    preposition = FLOW_PREPOSITIONS.get(flow)
    if preposition is None:
        return None
    slot = next((s for s in slots if s.start >= money.end), None)
    gap = text[money.end : slot.start].strip().lower() if slot is not None else ""
    return slot if gap in (preposition, f"{preposition} the") else None


def _partner_bracketing(text: str, flow: str, slots: list[CountrySlot], money: Money) -> CountrySlot | None:
    """The country whose amount is bracketed right after it, by its flow's preposition: "more than
    twice what it sold to the United States ($16.1 billion)", "than to Japan (¥2 trillion)"."""
    preposition = FLOW_PREPOSITIONS.get(flow)
    slot = next((s for s in reversed(slots) if s.end <= money.start), None)
    if preposition is None or slot is None or text[slot.end : money.start].strip() != "(":
        return None
    before = text[max(0, slot.start - 12) : slot.start].lower().split()
    return slot if before[-1:] == [preposition] or before[-2:] == [preposition, "the"] else None


def _other_partner_after(text: str, frame: Frame, out: list[Frame], slots: list[CountrySlot]) -> Frame | None:
    """An amount after "compared with" that its flow's preposition gives another partner ("exports
    to Poland reached $1.7 billion in 2024, compared with $5 billion to Italy", or bracketed after
    it: "more than twice what it sold to Italy ($5 billion)"): the same flow of the same period to
    that partner, set beside the main figure, not the main figure's value in an earlier period (it
    had been Poland's in 2023); None when no other partner follows."""
    main = next((f for f in reversed(out) if not f.comparison), None)
    if main is None or main.flow is None or main.partner is None or main.rejection is not None:
        return None
    other = partner_right_after(text, main.flow, slots, frame.money) or _partner_bracketing(
        text, main.flow, slots, frame.money
    )
    if other is None or other.iso3 in (main.partner, main.reporter):
        return None
    return evolve(
        frame, flow=main.flow, source="cue", reporter=main.reporter, partner=other.iso3, rejection=None,
        period=main.period,
    )  # fmt: skip


def mark_comparisons(
    text: str, hints: Hints, frames: list[Frame], clauses: Clauses, slots: list[CountrySlot]
) -> list[Frame]:
    """An amount after "from"/"than"/"compared to", or in parentheses after a comparison
    period, is the figure of the comparison period; it belongs to the main figure before it.
    One the flow's preposition gives another partner ("compared with $5 billion to Italy") is
    that partner's figure of the same period (`_other_partner_after`)."""
    out: list[Frame] = []
    for frame in frames:
        money = frame.money
        # (the words the comparison may hold before the amount run long: "compared with the
        # corresponding figure of $1.5 billion")
        before = text[max(0, money.start - _COMPARED_REACH) : hedge_start(hints.low, money)]
        # "an increase of 29.6 percent over $1.057 billion": "over" after a change is the level it
        # is measured against, no hedge ("over $1 billion"); "up 9% from a year earlier, when it
        # stood at $3.85 billion": the level of the year the change is measured from
        is_cmp = (
            _comparison_before(before)
            or _CHANGE_OVER_BEFORE.search(text, max(0, money.start - 40), money.start) is not None
            or _WHEN_IT_STOOD_BEFORE.search(text, max(0, money.start - 80), money.start) is not None
        )
        if not is_cmp and _OPEN_PAREN.search(before):
            previous_end = out[-1].money.end if out else clauses.starts[frame.clause]
            paren = text.rfind("(", previous_end, money.start)
            is_cmp = any(
                (not _OWN_YEAR.fullmatch(cue.group()) or cue.start() > paren)
                and not _partner_from(text, cue, slots)
                for cue in COMPARISON_CUE.finditer(text, previous_end, money.start)
            )
        if is_cmp and _other_flow_told_after(text, frame, out):
            is_cmp = False
        if is_cmp and (other := _other_partner_after(text, frame, out, slots)) is not None:
            out.append(other)  # "exports to Poland reached $1.7 billion, compared with $5 billion to Italy"
            continue
        if is_cmp:
            owner = next((j for j in range(len(out) - 1, -1, -1) if not out[j].comparison), None)
            frame = evolve(frame, comparison=True, owner=owner)
            if owner is not None and frame.rejection is None and frame.flow is None:
                main = out[owner]
                frame = evolve(
                    frame, flow=main.flow, source="comparison", reporter=main.reporter, partner=main.partner,
                    product=main.product, pair_cue=main.pair_cue, world=main.world,
                )  # fmt: skip
            elif frame.rejection == "no flow":
                frame = evolve(frame, rejection=None, source="comparison")
        out.append(frame)
    if len(out) > 1 and out[0].source == "comparison" and out[0].flow is None:
        out[0] = _fronted_start_point(text, hints, out)
    return out


#: A sentence opening on the level a later figure grew or fell from: "From $3.1 billion in
#: 2020, ...", "From a low of $900 million in 2021, ...", "Up from ...".
FRONTED_FROM: Final = re.compile(
    r"(?i)\W*(?:(?:up|down|rising|growing|climbing|falling)\s+)?from\s+"
    r"(?:(?:a|its|the)\s+(?:low|high|peak|level)\s+of\s+)?"
)


def _fronted_start_point(text: str, hints: Hints, frames: list[Frame]) -> Frame:
    """The sentence's first amount as the start point its opening "From" fronts ("From $3.1
    billion in 2020, trade between Vietnam and Brazil climbed to $5.4 billion in 2024"): no
    figure before it owns the comparison, so it is of the flow and sides of the first figure
    after it, with its own period; `frames[0]` as it is otherwise. Its source is that figure's,
    as the trade reader resolves a comparison's sides from a figure before it alone."""
    first = frames[0]
    if FRONTED_FROM.fullmatch(text, 0, hedge_start(hints.low, first.money)) is None:
        return first
    owner = next((j for j in range(1, len(frames)) if not frames[j].comparison), None)
    if owner is None or frames[owner].flow is None or frames[owner].rejection is not None:
        return first
    main = frames[owner]
    return evolve(
        first, flow=main.flow, source=main.source, reporter=main.reporter, partner=main.partner,
        product=main.product, pair_cue=main.pair_cue, world=main.world, owner=owner,
    )  # fmt: skip


def _partner_from(text: str, cue: re.Match[str], slots: list[CountrySlot]) -> bool:
    """Whether a comparison cue is the "from" of a flow's origin ("imports from China in 2024
    were panels ($3.1 billion) and ..."): a country right after it is the partner, no level of
    an earlier period the amount in parentheses would restate."""
    if cue.group().lower() != "from":
        return False
    gap = _ARTICLE_GAP.match(text, cue.end())
    return gap is not None and any(slot.start == gap.end() for slot in slots)


#: Between "from" and the country it opens: spaces and an article at most.
_ARTICLE_GAP: Final = re.compile(r"\s+(?:the\s+)?")


#: What may follow a sentence's closing period: its final punctuation and quotes.
_CLOSING_MARKS: Final = " .;!?\"'”’)"
#: ", in 2023", ", during the first half": a comma, a preposition, then the period.
_COMMA_BEFORE_PERIOD: Final = re.compile(r",\s*(?:in|during|for|over|at|the|of)?\s*(?:the\s+)?$")


#: A comparison phrase that goes back a year ("a year earlier", "the same period last year"), or
#: names the year it is of ("the same period of 2023", "the same quarter in 2022").
_GOES_BACK: Final = re.compile(
    r"(?i)\b(?:earlier|ago|before|last\s+year|previous\s+year|prior\s+year|(?:of|in)\s+(?:FY\s?)?\d{4})\b"
)


def _time_gap(prepositions: str) -> re.Pattern[str]:
    """What may stand between a number and the time it is of: a comma, one of `prepositions`
    ("in", "during", ...) and "the"; one template for the gaps after an amount and a change."""
    return re.compile(rf"(?i)\s*,?\s*(?:(?:{prepositions})\s+)?(?:the\s+)?")


#: What may stand between an amount and the time it is of: "$45.1 billion (in) a year earlier".
_TIME_GAP: Final = _time_gap("in|during|over|for|at")


def _look_back_after(text: str, money_end: int, periods: list[Period], limit: int) -> Period | None:
    """A look back right after a main amount is the amount's own time: "It had stood at AED 45.1
    billion a year earlier", "Imports were Sh37 billion in the same period last year" tell the
    figure of a year before, as "A year earlier, it had stood at ..." does; so does "Exports were
    $1.1 billion in the same period of 2023" after a sentence of 2024. Only with nothing
    but a preposition between: "up 5% from a year earlier", "compared with the same period last
    year" measure a change, and "up from $4bn a year earlier" marks its amount a comparison."""
    for p in periods:
        if money_end <= p.start < limit and p.comparison and _GOES_BACK.search(p.text):
            return p if _TIME_GAP.fullmatch(text, money_end, p.start) else None
    return None


def with_period(
    text: str, hints: Hints, frame: Frame, frames: list[Frame], periods: list[Period], clauses: Clauses
) -> Frame:
    """The period of an amount: the one right after it ("$31.4 billion in 2023"), else the
    nearest before it in its clause ("In 2023, ... $31.4 billion"), else the nearest in an
    earlier clause; a comparison amount takes a comparison period. None: the context decides."""
    money = frame.money
    k = frame.clause
    start, end = clauses.starts[k], clauses.ends[k]
    if "annual" in hints.low and not frame.comparison and _ANNUAL.search(text, start, money.start):
        # "Annual imports from Australia were ...", "..., bringing annual exports to $4.2 billion":
        # twelve months, to the end of whatever period the amount is found to have
        frame = evolve(frame, span_months=12)
    others = [f.money for f in frames if f.money is not money and f.rejection != "conversion"]
    next_money = min((m.start for m in others if m.start >= money.end), default=len(text))
    pointed = (
        _points_to_period(text, periods, money.end, min(end, money.end + _PERIOD_GAP))
        if hints.anaphoric_period
        else None
    )
    pointed_before = False
    if pointed is None and hints.anaphoric_period:
        pointed = _points_to_period(text, periods, start, money.start)
        pointed_before = pointed is not None
    anaphoric = pointed is not None
    if pointed:  # "over the same nine months": the last run of that length, not the story's year
        frame = evolve(frame, span_months=pointed)
    wanted = [p for p in periods if p.comparison == frame.comparison]
    after = [
        p
        for p in wanted
        if money.end <= p.start < min(next_money, end)
        and p.start - money.end <= _PERIOD_GAP
        and not _labels_next_amount(text, p.end)  # "£1.4bn (2024: £1.2bn)": the next amount's year
        and not _in_clause_after(text, money.end, p)
    ]
    if frame.comparison:
        close_before = [p for p in wanted if p.end <= money.start and money.start - p.end <= _PERIOD_GAP]
        if after:
            return evolve(frame, period=after[0])
        if close_before:
            return evolve(frame, period=close_before[-1])
        plain_after = [
            p
            for p in periods
            if money.end <= p.start < min(next_money, end)
            and (p.start - money.end <= 12 or _RECORDED_IN.fullmatch(text, money.end, p.start))
        ]
        return evolve(frame, period=plain_after[0] if plain_after else None)
    if after and (not anaphoric or (pointed_before and _TIME_GAP.fullmatch(text, money.end, after[0].start))):
        # (an anaphor before the amount yields to a period written right after it: "grew 3.1
        # times in the reporting period, reaching $2.6 billion in January-September 2024"; not
        # to one further on: "during that period totaled $5 billion, 4% more than in 2022")
        return evolve(frame, period=after[0])
    back = _look_back_after(text, money.end, periods, min(next_money, end))
    if back is not None:
        return evolve(frame, period=back)
    previous_money = max((m.end for m in others if start <= m.start and m.end <= money.start), default=None)
    setting = next((p for p in reversed(periods) if p.end <= money.start), None)
    if (
        setting is not None
        and (previous_money or 0) <= setting.start
        and _WHEN_OPENER.match(text, setting.end)
    ):
        return evolve(frame, period=setting)  # "... than in 2022, when exports reached 588 billion"
    before = [p for p in wanted if start <= p.start < money.start and not _owned_by_other(p, previous_money)]
    if before:
        return evolve(frame, period=before[-1], period_anaphoric=anaphoric)
    back_subject = _time_back_of_subject(text, periods, start, money.start) if not frame.comparison else None
    if back_subject is not None:  # "The corresponding figure a year earlier was $1.5 billion"
        return evolve(frame, period=back_subject, comparison=True)
    if anaphoric:
        return evolve(frame, period_anaphoric=True)
    later = [
        p
        for p in wanted
        if money.end <= p.start < min(next_money, end) and not _elsewhere_after(text, money.end, p)
    ]
    if later:
        return evolve(frame, period=later[0])
    earlier = [p for p in wanted if p.start < start]
    if earlier:
        return evolve(frame, period=earlier[-1])
    compared = [f.money.end for f in frames if f.comparison and f.money is not money]
    rest = [
        p
        for p in wanted
        if money.end <= p.start < end
        and not _elsewhere_after(text, money.end, p)
        # (not "..., surpassing the SR7.1 billion recorded in January 2023": the compared amount's)
        and not any(0 <= p.start - e <= _PERIOD_GAP for e in compared)
    ]
    if rest:
        return evolve(frame, period=rest[0])  # "$38.2 billion and $7.9 billion respectively in 2023"
    last_money_end = max(m.end for m in [money, *others])
    closing = _closing_period(text, wanted, last_money_end)
    if closing is not None:  # "Exports ... came to $112 million, and imports to $290 million, in 2023."
        return evolve(frame, period=closing)
    last = max(frames, key=lambda f: f.money.end)
    final = (
        _sentence_final_period(text, wanted, last_money_end)
        if not last.comparison and last.rejection is None
        else None  # ("..., surpassing the OMR 410 million recorded in January 2023": the compared one's)
    )
    if final is not None:
        # "Korea's exports to China fell to $133 billion, while imports rose to $139 billion last
        # year": the one period, ending the sentence after its last amount, dates its first too
        return evolve(frame, period=final)
    if "year" in hints.low and _WHOLE_YEAR.search(text):
        return evolve(frame, whole_year=True)  # "For the full year, trade reached ..."
    if "month" in hints.low or "year" in hints.low or "annual" in hints.low:
        span = _SPAN_WORD.search(text, start, money.start)
        if span is not None:  # "hit a half-year record of ...": the story's period of that length
            n = span.group("n")
            months = 6 if span.group("half") else (_SPAN_NUMBERS.get(n.lower()) or int(n))
            if 1 < months < 12:
                return evolve(frame, span_months=months)
    return frame


def _time_back_of_subject(text: str, periods: list[Period], start: int, money_start: int) -> Period | None:
    """A comparison period that dates the figure noun the clause opens on, right before its verb
    and the amount ("The figure a year earlier was $1.5 billion", "The corresponding figure a
    year before stood at ..."): the amount is the level of that earlier time, a comparison of
    the figure told before, not a second figure of its period. None for a time elsewhere
    ("Compared with a year earlier, exports rose to ...": the figure's own clause)."""
    for p in periods:
        if (
            p.comparison
            and start <= p.start < money_start
            and _FIGURE_NOUN_BEFORE.search(text, max(start, p.start - 40), p.start) is not None
            and _FIGURE_VERB_GAP.fullmatch(text, p.end, money_start) is not None
        ):
            return p
    return None


#: A figure's noun right before its time: "The figure ", "the corresponding figure ", "the value ".
_FIGURE_NOUN_BEFORE: Final = re.compile(r"(?i)\b(?:figure|value|level|total|tally)\s+$")
#: Between that time and the amount: the verb of a level and a hedge of money.HEDGES or "just"
#: ("was ", "stood at about ", "was just under ").
_FIGURE_VERB_GAP: Final = re.compile(
    r"(?i),?\s+(?:was|stood\s+at|had\s+stood\s+at|had\s+been|amounted\s+to|came\s+to|totall?ed)\s+"
    rf"(?:(?:{HEDGE_ALTERNATION}|just)\s+)?"
)


def _elsewhere_after(text: str, money_end: int, period: Period) -> bool:
    """Whether a period after the amount dates something else: a clause of its own, or the
    amount after it as its label ("€11.3 billion (H1 2024: €10.6 billion)")."""
    return _in_clause_after(text, money_end, period) or _labels_next_amount(text, period.end)


def _in_clause_after(text: str, money_end: int, period: Period) -> bool:
    """Whether the period dates a clause of its own that opens after the amount ("fell to $1.6
    billion after Manila suspended imports in September"), not the amount."""
    return _SUBORDINATE_OPENER.search(text, money_end, period.start) is not None


def _sentence_final_period(text: str, periods: list[Period], last_money_end: int) -> Period | None:
    """The sentence's only period, when it ends the sentence right after its last amount's clause
    ("..., while imports rose 1 percent to $139 billion last year."), dating no subordinate clause
    of its own: every amount of the sentence that names no period of its own is of it."""
    if len(periods) != 1:
        return None
    period = periods[0]
    if period.start < last_money_end or not _ends_sentence(text, period.end):
        return None
    return None if _in_clause_after(text, last_money_end, period) else period


def _ends_sentence(text: str, end: int) -> bool:
    """Whether nothing but closing marks follows `end`, or only the attribution that closes the
    sentence (", the ministry said.", "..., customs data for the first half showed."): a source
    dates no figure of its own, so a period before it is the sentence's last."""
    tail = text[end:].rstrip(_CLOSING_MARKS)
    if tail.startswith(", "):
        level = _LEVEL_APPOSITIVE.match(tail)
        if level is not None:  # "in 2024, a level last seen in 2019, the bureau said."
            tail = tail[level.end() :]
    return not tail or (tail.endswith(_ATTRIBUTION_ENDINGS) and _ATTRIBUTION_TAIL.fullmatch(tail) is not None)


#: An apposition that sizes up the level just told, after its period: ", a level last seen in
#: 2019", ", the lowest since 2015", ", a five-year high", ", its highest level in a decade". It
#: names no figure of its own (its year is the past the level is measured against, which
#: trade_frames._last_seen_level sets aside), so the period before it still ends the sentence.
#: Up to the next comma (the attribution may follow) or the end.
_LEVEL_APPOSITIVE: Final = re.compile(
    r"(?i),\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:level|levels|record|high|low|peak|highest|lowest|best|worst)\b[^,;:()$€£¥]*(?=,|$)"
)


#: The attribution that may close a sentence after its last period: a comma maybe, a source of at
#: most six words ("the ministry", "Korea's customs service", none after "data for the first
#: half"), its verb and a day ("said on Monday", "showed"); `_ATTRIBUTION_ENDINGS` are the words
#: it ends on, tested first.
_ATTRIBUTION_TAIL: Final = re.compile(
    r"(?i),?\s+(?:[\w'’.&-]+\s+){0,6}?(?:said|says|showed|shows|show|indicated|indicates|indicate|"
    r"revealed|reveals|reported|reports|announced|noted)(?:\s+on\s+[A-Z][a-z]+day)?"
)
_ATTRIBUTION_ENDINGS: Final = (
    "said", "says", "showed", "shows", "show", "indicated", "indicates", "indicate", "revealed", "reveals",
    "reported", "reports", "announced", "noted", "day",
)  # fmt: skip


def _closing_period(text: str, periods: list[Period], last_money_end: int) -> Period | None:
    """A period set off by a comma at the end of the sentence, after its last amount: it
    dates every amount of the sentence that names none of its own."""
    period = periods[-1] if periods else None
    if period is None or period.start < last_money_end or not _ends_sentence(text, period.end):
        return None
    return period if _COMMA_BEFORE_PERIOD.search(text, 0, period.start) else None


def _points_to_period(text: str, periods: list[Period], start: int, end: int) -> int | None:
    """ "over the same period" between `start` and `end` that points back to the period
    named before, not a comparison ("than in the same period last year": a year earlier)
    nor a period of its own ("Over the same period a year earlier, exports had reached").
    None when there is none; else how many months it says the period spans ("the same nine
    months": 9, "that quarter": 3), 0 when it does not say ("the same period")."""
    # (to the sentence's end, so that what follows "the quarter to" is seen: "in the quarter
    # to $1.1 billion" right before the amount)
    for m in _ANAPHORIC_PERIOD.finditer(text, start):
        if m.start() >= end:
            break
        if m.end() > end:
            continue
        if not any(p.start < m.end() and m.start() < p.end for p in periods):
            return _anaphor_months(m)
    return None


def _anaphor_months(m: re.Match[str]) -> int:
    """How many months an anaphoric period names: 3 for a quarter, 6 for a half, the count of
    "the same nine months"; 0 for "the period", "those months"."""
    if m.group("quarter") or m.group("quarter_alone"):
        return 3
    if m.group("half") or m.group("half_alone"):
        return 6
    count = m.group("months")
    if count is None:
        return 0
    months = int(count) if count.isdigit() else parse_word_number(count)
    return int(months) if months is not None and 1 < months < 12 else 0


def _owned_by_other(period: Period, previous_money_end: int | None) -> bool:
    """A period right after an earlier amount of the same clause is that amount's ("$5bn in
    2023 and $4bn ...")."""
    return previous_money_end is not None and 0 <= period.start - previous_money_end <= 12


def assign_changes(
    text: str,
    frames: list[Frame],
    changes: list[Change],
    clauses: Clauses,
    cues: list[tuple[int, int, str, str]],
    slots: list[CountrySlot],
    periods: list[Period],
) -> tuple[list[Frame], float | None]:
    """Give each stated change to the figure it modifies: the main amount right after it in
    the same clause ("climbed 21.5% to $48.06 billion"), else the main amount before it
    ("$1.03 billion, up 34 percent"). A conversion ("SR161.2 billion ($43 billion)") is the
    amount before it written again: it takes no change. A change no amount takes is returned
    as the orphan."""
    frames = list(frames)
    if "respectively" in text or amounts_paired(text, frames):
        frames, changes = _changes_respectively(text, frames, changes)
    if len(changes) > 1 and any(_YEAR_ON_YEAR_AFTER.match(text, c.end) for c in changes):
        # "increased 3.2% month-on-month and 6.1% year-on-year to EUR 13.1 billion": the change
        # on the year is the figure's, set against the same period of the year before
        changes = [c for c in changes if not _SHORTER_SPAN_AFTER.match(text, c.end)]
    orphan: float | None = None
    # (nor does a change written in money: "30.1 percent ($22.5 million) more", nor a line the
    # figure crossed: "up 26.3%, exceeding the $200 billion target")
    mains = [
        i
        for i, f in enumerate(frames)
        if not f.comparison and f.rejection not in ("conversion", "increment", "target: threshold")
    ]
    for change in changes:
        if change.kind != "change" or change.pct is None:
            continue
        if (
            _INFINITIVE_BEFORE.search(text, max(0, change.start - 16), change.start)
            and _GROWTH_VERB.match(change.text)
        ) or _GOAL_GROWTH_BEFORE.search(text, max(0, change.start - 40), change.start):
            continue  # "aim to increase it by 50 percent within three years": a goal's, no figure's
        if _GOAL_OF_BEFORE.search(text, max(0, change.start - 30), change.start) and _GROWTH_GERUND.match(
            change.text
        ):
            continue  # "set a goal of doubling trade, which reached $43.8 billion": the goal's
        if _FORECAST_BEFORE.search(text, max(0, change.start - 40), change.start):
            continue  # "reached $133 billion in 2024 and could rise 3% this year": a forecast's
        if _of_volume(text, change):
            continue  # "worth NOK 2.2 billion, while volumes fell 20 percent": the tonnes', no figure's
        if _SEVERAL_YEARS_AFTER.match(text, change.end):
            continue  # "has grown 1.5 times over the past five years and exceeded $3 billion in 2024"
        if clauses.of(change.start) == 0 and _SEVERAL_YEARS_OPENING.match(text) is not None:
            continue  # "Over the past five years, trade has grown 1.5-fold, reaching $6.4 billion"
        k = clauses.of(change.start)
        target = None
        following = [i for i in mains if frames[i].money.start >= change.end]
        preceding = [i for i in mains if frames[i].money.end <= change.start]
        if _of_a_contrasted_subject(text, change) and not any(
            clauses.of(frames[i].money.start) == k for i in following
        ):
            # "reached 12.4 billion euros, while prices fell 1.4%": the prices', no figure's (but
            # "while revenue fell 9 percent to $310 million" sizes the amount after it)
            continue
        if (
            preceding
            and _WRITTEN_AGAINST.match(change.text)
            and _RIGHT_AFTER_AMOUNT.fullmatch(text, frames[preceding[-1]].money.end, change.start)
        ):
            # "MAD 63.8 billion (+3.2%), then Italy (MAD 14.1 billion)", "$6.3 billion, up 3.2%,
            # then ...": the amount the change is written against
            following = []
        if _set_against(text, change, periods):
            continue  # "reached $90.2 billion in 2024, compared with a 3.5% decline in 2023"
        if _of_a_component(text, change) and not (
            following and clauses.of(frames[following[0]].money.start) == k
        ):
            # "stood at $6.2 billion, with rice up 48 per cent": the rice's, no figure's (but
            # ", with exports jumping 49.3 percent to $5.1 billion" is its own amount's)
            continue
        if following:
            i = following[0]
            gap = text[change.end : frames[i].money.start]
            money_clause = clauses.of(frames[i].money.start)
            if (
                # (or a later clause of the same subject's, when the change's own clause has no amount:
                # "rose 12 percent and accounted for a fifth of the total, and reached $3.4 billion",
                # no flow word or country of its own between)
                (
                    money_clause == k
                    or (
                        not any(frames[j].clause == k for j in preceding)
                        and not _CONTRAST_GAP.search(gap)
                        and not _new_subject(money_clause, k, clauses, cues, slots)
                    )
                )
                and (_CHANGE_GAP.search(gap) or len(gap) < 25)
                and not _COMPARED_GAP.search(gap)
                and not _AGAINST_OPENING_GAP.fullmatch(gap)
                and not _PART_GAP.search(gap)
                and not _target_told_between(frames[i], gap)
                and (
                    _FRONTED_CHANGE.fullmatch(text, 0, change.start) is not None
                    or not _item_after_comma(text, change.end, frames[i].money.start, slots)
                )
                and not _of_another_period(text, change, periods, frames[i])
            ):
                target = i
        if target is None:
            preceding = [i for i in mains if frames[i].money.end <= change.start]
            if (
                preceding
                and not _new_subject(k, frames[preceding[-1]].clause, clauses, cues, slots)
                and not _of_another_period(text, change, periods, frames[preceding[-1]])
            ):
                target = preceding[-1]
        if target is None:
            if orphan is None:
                orphan = change.pct
            continue
        if frames[target].change is None:
            concluded = _CONCLUSION.search(text, frames[target].money.end, change.start) is not None
            frames[target] = evolve(frames[target], change=change.pct, concluded=concluded)
    return frames, orphan


def _of_another_period(text: str, change: Change, periods: list[Period], frame: Frame) -> bool:
    """Whether the change is told with a period of its own, right after it, that is not the
    amount's: "Vietnam's exports to Korea, which reached $31bn in 2024, rose 5% in January" (the
    January change of a month with no amount, not the year's); "which reached $31bn in 2024, rose
    5% last year" is the year's."""
    if frame.period is None:
        return False
    own = next(
        (
            p
            for p in periods
            if not p.comparison
            and change.end <= p.start
            and _OWN_PERIOD_GAP.fullmatch(text, change.end, p.start)
        ),
        None,
    )
    return own is not None and (own.period_start, own.period_end) != (
        frame.period.period_start,
        frame.period.period_end,
    )


#: Between a change and the period it is told for: "rose 5% in January", "fell 3% last year".
_OWN_PERIOD_GAP: Final = re.compile(r"\s*(?:(?:in|during|for|over)\s+)?(?:the\s+)?")


#: A change marked as on the year before, right after it: "6.1% year-on-year", "(y/y)", "45% on
#: year", or against a month of a year named ("up 12% from May 2024").
_YEAR_ON_YEAR_AFTER: Final = re.compile(
    r"(?i)\s*\(?(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|y-o-y|on\s+the\s+year|on[- ]year"
    r"|from\s+a\s+year\s+(?:earlier|ago)"
    rf"|(?:from|on|over|against)\s+(?:{literal_alternation(MONTHS)})\.?\s+(?:19|20)\d\d)\b"
)
#: A change marked as on the month or quarter before: "3.2% month-on-month", "(m/m)", "on the month",
#: "8.4% on-month", or against a month with no year ("down 3% from April", beside "up 12% from May
#: 2024").
_SHORTER_SPAN_AFTER: Final = re.compile(
    r"(?i)\s*\(?(?:month[- ]on[- ]month|month[- ]over[- ]month|m/m|mom|m-o-m|on\s+the\s+month|on[- ]month"
    r"|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|q/q|qoq|q-o-q|on\s+the\s+quarter|on[- ]quarter"
    r"|from\s+the\s+(?:previous|preceding|prior)\s+(?:month|quarter)"
    rf"|(?:from|on|over|against)\s+(?:{literal_alternation(MONTHS)})\b(?!\.?\s*,?\s*\d))\b"
)


#: A span of several years right after a change ("grown by one and a half times over the past
#: five years", "doubled in the last decade"): a change over years, not one from the period
#: before the figure's, so no figure's change ("doubled since 2019 to $5 billion in 2023" names
#: its comparison year, and keeps it).
_SEVERAL_YEARS_AFTER: Final = re.compile(
    r"(?i)\s+(?:(?:over|in|during|within|across)\s+(?:the\s+)?(?:past|last|previous|recent)\s+"
    rf"(?:(?:{'|'.join(WORD_COUNTS)}|several|few|\d+)\s+)?(?:years|decades?)\b"
    rf"|over\s+(?:{'|'.join(WORD_COUNTS)}|several|\d+)\s+years\b)"
)
#: The same span of several years opening the sentence, its change told in the first clause after it.
_SEVERAL_YEARS_OPENING: Final = re.compile(
    r"(?i)\s*(?:over|in|during|within|across)\s+(?:the\s+)?(?:past|last|previous|recent)\s+"
    rf"(?:(?:{'|'.join(WORD_COUNTS)}|several|few|\d+)\s+)?(?:years|decades?)\s*,"
)
#: A volume as the subject right before a change ("while volumes fell", "although export volumes
#: were down"); "trade volume" is the value's usual name, so it is not one.
_VOLUME_SUBJECT: Final = re.compile(
    r"(?i)(?<!trade\s)(?<!turnover\s)\b(?:volumes?|tonnages?|quantit(?:y|ies))\s+"
    r"(?:(?:have|has|had|were|was|are|is)\s+)?(?:also\s+)?\Z"
)
#: A change said of the volume right after it: "rose 5% in volume terms", "fell 8% by volume".
_VOLUME_AFTER: Final = re.compile(
    r"(?i)\s+(?:in\s+(?:volume|tonnage)(?:\s+terms)?|by\s+(?:volume|weight|tonnage))\b"
)


#: The quantity a change went to or from right after it: "rose 20% to 2.1 million tonnes",
#: "fell 15 percent in the first half from 1.4 million tons" (a few words may come between).
_QUANTITY_REACHED: Final = re.compile(
    r"(?i)(?:\s+[\w-]+){0,4}?\s+(?:to|from)\s+(?:[a-z]+\s+){0,2}?"
    rf"{NUMBER_PATTERN}(?:\s*(?:thousand|million|billion|mn|mln|bn|m)\b)?\s+(?:metric\s+)?{QUANTITY_UNITS}\b"
)


#: "a"/"an" right before a change: "compared with a 3.5% decline", "after a 4% drop".
_ARTICLE_BEFORE: Final = re.compile(r"(?i)\b(?:a|an)\s+\Z")
#: "after a 4% drop", "following a 12% rise": a change that came before the figure's period, when
#: the earlier period follows it ("in 2023", "the previous year", "a year earlier").
_AFTER_CHANGE: Final = re.compile(r"(?i)\b(?:after|following)\s+(?:a|an)\s+\Z")
#: Between a change and the period it was in: "after a 4% drop in 2023", "after a 4% drop last
#: year". Not "over"/"on": "following a 4% rise over the same period of 2023" is the base the
#: figure's own change is measured on.
_CHANGE_PERIOD_GAP: Final = _time_gap("in|during|for|at")


def _set_against(text: str, change: Change, periods: list[Period]) -> bool:
    """Whether a change is the one the figure is set against, not its own: after a comparison
    (`COMPARISON_BEFORE`) and "a" ("reached $73.5 billion in 2024, compared with a 4% decline in
    2023", "versus an 8% rise"), or after "after a" with another period's time right behind it
    (`_other_periods_change`). Not "more than a 12% rise on 2023": a bound on the figure's own
    change."""
    before = text[max(0, change.start - 20) : change.start]
    if _ARTICLE_BEFORE.search(before) is None:
        return False
    compared = COMPARISON_BEFORE.search(before)
    if compared is not None and not compared.group().lower().startswith("than"):
        return True
    return _AFTER_CHANGE.search(before) is not None and _other_periods_change(text, change, periods)


def _other_periods_change(text: str, change: Change, periods: list[Period]) -> bool:
    """Whether the period right behind a change (`_CHANGE_PERIOD_GAP`) is another than the
    figure's: one the sentence compares with or looks back to ("after a 12% rise a year
    earlier"), or any when the figure's own was told before the change ("reached $5 billion in
    the first quarter, after a 4% drop last year": last year's drop, not the quarter's)."""
    told = any(q.end <= change.start for q in periods)
    return any(
        p.start >= change.end
        and _CHANGE_PERIOD_GAP.fullmatch(text, change.end, p.start)
        and (p.comparison or p.looks_back or told)
        for p in periods
    )


#: ", with" and the noun phrase a change is told of, right before the change: ", with rice up
#: 48 per cent", ", with machinery shipments rising 12%", ", with imports from India down 3%"
#: (an absolute phrase after the clause; "trade with Czechia rose 18.5 percent" is no such).
_WITH_SUBJECT: Final = re.compile(r"(?i),\s+with\s+((?:[\w'’-]+\s+){1,5})\Z")
#: Heads of that noun phrase that name the figure itself, or no subject ("with the total up
#: 9%", "with shipments up 12%", "with a 12% rise"): the change stays the figure's.
_FIGURE_OWN_HEADS: Final = frozenset([
    "a", "an", "the", "its", "their", "it", "this", "that", "which", "trade", "turnover", "total",
    "totals", "value", "values", "figure", "growth", "sales", "shipments", "deliveries", "overall",
    "both", "them", "year-on-year", "annual",
])  # fmt: skip


def _of_a_component(text: str, change: Change) -> bool:
    """Whether the change is told of a part of the figure in a "with" phrase after it ("reached
    $73.5 billion, with machinery up 12%"): "with" opens an absolute phrase whose own subject
    (a good, a flow, a partner) takes the change, so the figure's change is not stated."""
    before = text[max(0, change.start - 50) : change.start]
    if ", with" not in before:
        return False
    subject = _WITH_SUBJECT.search(before)
    return subject is not None and subject.group(1).split()[-1].lower() not in _FIGURE_OWN_HEADS


#: A subject set against the figure's clause, right before its change: "while prices fell", "although
#: oil prices were up", "even as demand slowed". Its last word is the subject's head.
_CONTRASTED_SUBJECT: Final = re.compile(
    r"(?i)\b(?:while|whereas|although|though|even\s+as)\s+((?:[\w'’-]+\s+){1,4}?)"
    r"(?:(?:have|has|had|were|was|are|is)\s+)?(?:also\s+)?\Z"
)
#: Heads of a contrasted subject that may still be a trade figure's: a flow, the figure, a pronoun.
_FLOW_OR_FIGURE_HEADS: Final = _FIGURE_OWN_HEADS | frozenset([
    "exports", "imports", "export", "import", "purchases", "supplies", "exchanges", "commerce", "they",
    "receipts", "earnings", "inflows", "outflows",
])  # fmt: skip


def _of_a_contrasted_subject(text: str, change: Change) -> bool:
    """Whether a change is told of another subject in a clause set against the figure's ("reached
    12.4 billion euros in 2023, while prices fell 1.4%", "although demand slowed 3%"): a common noun
    that names no flow and no figure is the change's subject, so the figure's change is not told.
    A flow ("while imports rose 3%"), a pronoun or a proper name ("while Morocco's ...") may still
    be a figure's, and is left to the rules after."""
    before = text[max(0, change.start - 60) : change.start]
    subject = _CONTRASTED_SUBJECT.search(before)
    if subject is None:
        return False
    head = subject.group(1).split()[-1]
    return head.isalpha() and head.islower() and head not in _FLOW_OR_FIGURE_HEADS


def _of_volume(text: str, change: Change) -> bool:
    """Whether a change is told of the quantity shipped, not of a value: its subject is a
    volume ("although volumes were down 15%"), it is marked as one ("fell 8% by volume"), or
    the level it reached is a quantity ("rose 20% to 2.1 million tonnes, valued at $1.3
    billion": the value's change is not told). Commodity reports often set the two against
    each other ("value rose while volumes fell")."""
    before = text[max(0, change.start - 40) : change.start]
    if ("olume" in before or "onnage" in before or "uantit" in before) and _VOLUME_SUBJECT.search(before):
        return True
    if _VOLUME_AFTER.match(text, change.end) is not None:
        return True
    after = text[change.end : change.end + 80]
    return (" to " in after or " from " in after) and _QUANTITY_REACHED.match(text, change.end) is not None


def _changes_respectively(
    text: str, frames: list[Frame], changes: list[Change]
) -> tuple[list[Frame], list[Change]]:
    """ "... stood at $3.44 billion and $2.91 billion, down 10.2 percent and up 4.3 percent
    respectively": as many changes after the amounts as there are amounts, before
    "respectively", go to them in order; the changes left are returned."""
    mains = [i for i, f in enumerate(frames) if not f.comparison and f.rejection is None]
    if len(mains) < 2:
        return frames, changes
    last_end = frames[mains[-1]].money.end
    stated = [c for c in changes if c.kind == "change" and c.pct is not None and c.start >= last_end]
    closing = text.find("respectively", last_end)
    listed = [c for c in stated if closing >= 0 and c.end <= closing]
    if not listed and closing >= 0:
        # "$412 million and $388 million respectively in 2023, up 14 percent and nine percent":
        # the changes listed after the amounts' "respectively", up to another one if any
        further = text.find("respectively", closing + 1)
        listed = [c for c in stated if c.start > closing and (further < 0 or c.end <= further)]
    if not listed:
        # "rose 12% and 8% respectively, to $3.4 billion and $2.9 billion": the changes listed
        # before the amounts, with their "respectively" between them and the first amount
        first_start = frames[mains[0]].money.start
        before = [c for c in changes if c.kind == "change" and c.pct is not None and c.end <= first_start]
        if before and _RESPECTIVELY_NEXT.match(text, before[-1].end):
            listed = before[-len(mains) :]
        elif len(before) >= len(mains) and _changes_listed_to(text, before[-len(mains) :], first_start):
            # "rose 5% and 8% to $2.1 billion and $2.3 billion respectively": the changes listed
            # alone right before the amounts' "to", as many as the amounts
            listed = before[-len(mains) :]
    stated = listed
    pcts = [c.pct for c in stated]
    if len(stated) == 1 and _BOTH_BEFORE.search(text, max(0, stated[0].start - 12), stated[0].start):
        pcts = [stated[0].pct] * len(mains)  # "..., both up about 6 percent"
    if len(pcts) != len(mains):
        return frames, changes
    for i, pct in zip(mains, pcts, strict=True):
        frames[i] = evolve(frames[i], change=pct)
    return frames, [c for c in changes if c not in stated]


def _changes_listed_to(text: str, listed: list[Change], first_amount: int) -> bool:
    """Whether changes stand listed alone ("5% and 8%", "3%, 5% and 8%") with nothing but "to"
    between the last and the first amount ("rose 5% and 8% to $2.1 billion and ...")."""
    return _TO_ALONE.fullmatch(text, listed[-1].end, first_amount) is not None and all(
        _LIST_JOIN.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(listed)
    )


_TO_ALONE: Final = re.compile(r"(?i),?\s+to\s+")
#: "respectively" right after the last change of a list: "rose 12% and 8%, respectively".
_RESPECTIVELY_NEXT: Final = re.compile(r"(?i),?\s+respectively\b")
_BOTH_BEFORE: Final = re.compile(r"(?i)\b(?:both|each)\s+\Z")


#: What stands between an amount and a change written right against it: "(", ", ", "(up ".
_RIGHT_AFTER_AMOUNT: Final = re.compile(r"\s*(?:\(|,)\s*")
#: A change written as a signed number or "up/down N%" (not one with its verb: ", rose 12 percent
#: to $1.4 billion" is the next amount's).
_WRITTEN_AGAINST: Final = re.compile(r"(?i)[-+−–\d]|(?:up|down)\b")

#: A change written as an infinitive is a goal: "(aim) to increase it by 50 percent", "hope to
#: see it grow 20%".
_INFINITIVE_BEFORE: Final = re.compile(r"(?i)\bto\s+(?:see\s+(?:it|them|trade)\s+)?\Z")
#: A modal or a word of forecast right before a change: "could rise 3%", "are expected to grow 5%",
#: "expects a 3% rise", "aims for 5% growth": where the flow may go, no figure's change.
_FORECAST_BEFORE: Final = re.compile(
    r"(?i)\b(?:could|may|might|would|will|should|shall|(?:expected|forecast|projected|predicted|seen|set"
    r"|likely|tipped|poised|due)\s+to|expects?|forecasts?|projects?|predicts?|aims?\s+(?:for|at)"
    r"|targets?)\s+(?:an?\s+)?(?:(?:also|still|further|again|only)\s+)?\Z"
)
#: A goal's infinitive of growth right before a bare percentage: "hope to see it grow 20 percent".
_GOAL_GROWTH_BEFORE: Final = re.compile(
    r"(?i)\bto\s+(?:see\s+(?:it|them|trade)\s+)?(?:grow|increase|rise|expand)\s+(?:by\s+)?\Z"
)
#: A goal's noun and its preposition right before a gerund of growth: "a goal of doubling",
#: "the target of tripling", "plans for doubling", "aiming at doubling".
_GOAL_OF_BEFORE: Final = re.compile(
    r"(?i)\b(?:goals?|targets?|aims?|aiming|objectives?|plans?|ambitions?|intention|task)\s+(?:of|at|for)\s+\Z"
)
_GROWTH_GERUND: Final = re.compile(
    r"(?i)(?:doubling|tripling|raising|increasing|boosting|lifting|growing|expanding)\b"
)
_GROWTH_VERB: Final = re.compile(r"(?i)(?:raise|increase|boost|lift|grow|expand|push|double|triple)\b")


def _target_told_between(frame: Frame, gap: str) -> bool:
    """Whether the goal a target amount states is told after a change and before the amount
    ("up 27% from the previous year, adding that the two countries aim to raise it to $5
    billion"): the change is the figure's before it, not the goal's ("aim to raise it by 50% to
    $1.5 billion" is the goal's)."""
    rejection = frame.rejection or ""
    if not rejection.startswith("target: "):
        return False
    word = rejection.removeprefix("target: ")
    if word == "infinitive":
        return TARGET_INFINITIVE.search(gap) is not None
    return re.search(rf"(?i)\b{re.escape(word)}\b", gap) is not None


#: What may stand before a change that opens the sentence, set off by a comma before the subject
#: whose amount it sizes: "Up 12.4% year-on-year, Vietnam's exports to India reached ...",
#: "With a 15% increase, trade between ...", "Registering a growth of 22 per cent, India's
#: exports ...": nothing before it, or a preposition or participle of having (no amount can
#: stand before the change, so the comma's country is the figure's own, not a next item's).
_FRONTED_CHANGE: Final = re.compile(
    r"(?i)[\s\"'“‘]*(?:(?:with|registering|recording|posting|showing|marking|logging|notching(?:\s+up)?|"
    r"clocking|seeing|witnessing)\s+(?:(?:an?|the)\s+)?)?"
)


def _item_after_comma(text: str, change_end: int, money_start: int, slots: list[CountrySlot]) -> bool:
    """Whether a country named after a comma stands between a change and the amount after it
    ("..., up 6.7% from the previous year, followed by the UAE at RM30.1bil"): the amount is the
    next item's, and the change was told of the figure before it ("rose 6.7% to ..." has none)."""
    return any(
        change_end <= s.start and s.end <= money_start and "," in text[change_end : s.start] for s in slots
    )


#: A participle or relative clause drawing a conclusion from the figures told (", meaning
#: shipments rose 65.6%", ", which means exports grew ..."): its change compares them.
_CONCLUSION: Final = re.compile(
    r"(?i),\s*(?:meaning|implying|indicating|signall?ing|which\s+(?:means|meant|implies|implied|indicates|"
    r"indicated))\b"
)


def _new_subject(
    change_clause: int, money_clause: int, clauses: Clauses, cues: list[tuple[int, int, str, str]],
    slots: list[CountrySlot],
) -> bool:  # fmt: skip
    """True when a clause between the amount and the change starts a statement of its own
    (it has its own flow word or country), so the change is not about that amount."""
    for k in range(money_clause + 1, change_clause + 1):
        start, end = clauses.starts[k], clauses.ends[k]
        if any(start <= c[0] < end for c in cues) or any(start <= s.start < end for s in slots):
            return True
    return False
