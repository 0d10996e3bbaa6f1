"""Trade figures in a plain-text or pipe table whose unit and periods are only in its header.

A statistics box lists partners with bare numbers: the header names the flow, its reporter
(or the story's dateline names it), the unit in parentheses and the periods, as columns or
after the unit::

    Exports by destination (US$ billion) 2024 (2023)
    China: 21.4 (19.8)

    Australia's exports by destination (A$ billion):
    | Partner | 2024 | 2023 |
    | China | 21.4 | 19.8 |

Each row's number in a column is the header's flow from its reporter to the row's country,
for that column's period, in the header's unit. The reader is conservative: a header that
lacks any of flow, reporter, certain currency, scale or periods gives nothing, as does a row
whose numbers do not fill the columns; a row labelled other than by one country ("Total",
"EU") is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from orchestration.extraction.countries import find_countries
from orchestration.extraction.model import TradeMention
from orchestration.extraction.money import find_money
from orchestration.extraction.periods import find_periods
from orchestration.extraction.text import Sentence
from orchestration.extraction.trade_lexicon import flow_cues, lower_same_length

#: The unit in parentheses in a header: "(US$ billion)", "(billion yuan)", "(in millions of US
#: dollars)", "(RM million)", "(USD mn)". Group "unit" is the text inside.
_UNIT: Final = re.compile(r"\((?P<unit>[^()\d]{2,40})\)")
#: The scale word of a unit, plural "of" forms included ("millions of").
_SCALE: Final = re.compile(r"(?i)\b(thousand|million|billion|trillion|bn|mn|mln|m)(?:s\s+of)?\b")
#: A word of a header that tells its rows are no flow's amounts: a balance, investment, loans.
_NOT_A_FLOW: Final = re.compile(r"balanc|deficit|surplus|shortfall|invest|loan|remittance|share|percent|%")
#: Right before a country the header names as the partner ("Exports to China by province").
_PARTNER_BEFORE: Final = re.compile(r"(?i)\b(?:to|from|with|into|in)\s+(?:the\s+)?$")
#: A markdown rule under a table's column line ("|---|---|", "|:--|--:|").
_RULE_LINE: Final = re.compile(r"[\s|:\-–—=+]+")
#: The label words a column line opens with ("| Partner | 2024 | 2023 |").
_COLUMN_LABEL: Final = re.compile(
    r"(?i)\s*\|?\s*(?:(?:country|partner|destination|market|source|origin|region)s?"
    r"(?:\s*/\s*\w+)?|rank|#)?\s*\|?"
)
#: Where a header or column line splits into cells: pipes, brackets, runs of spaces, tabs.
_CELL_SPLIT: Final = re.compile(r"\s*[|()]\s*|\s{2,}|\t")
#: A row: a country label (after a list mark at most) and the numbers of its cells.
_ROW: Final = re.compile(
    r"\s*\|?\s*(?:[-*•]\s+)?(?P<label>[A-Za-z][A-Za-z .,'’&-]{1,40}?)\s*[:|]?\s*"
    r"(?P<cells>\(?\d[\d.,]*\)?(?:\s*\|?\s*\(?\d[\d.,]*\)?)*)\s*\|?\s*"
)
#: One number of a row's cells, in thousands with commas or a decimal point.
_NUMBER: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class _Header:
    """What a table's header tells: the flow, its reporter, the unit's currency and scale, the
    periods of its columns (in order)."""

    flow: str
    reporter: str
    currency: str
    scale: float
    columns: tuple[tuple[date, date], ...]


def table_figures(
    text: str, sentences: list[Sentence], published: date | None, dateline: Callable[[], str | None]
) -> list[TradeMention]:
    """Every figure of every header-only-unit table in the document (`dateline()`, the country
    of the story's dateline, reports for a header that names no country)."""
    found: list[TradeMention] = []
    i = 0
    while i < len(sentences):
        header = _header(sentences, i, published, dateline) if "(" in sentences[i].text else None
        if header is None:
            i += 1
            continue
        head, first = header
        rows, i = _rows(sentences, first, len(head.columns))
        for sentence, label, cells in rows:
            found.extend(_row_figures(text, sentence, label, cells, head))
    return found


def _header(
    sentences: list[Sentence], index: int, published: date | None, dateline: Callable[[], str | None]
) -> tuple[_Header, int] | None:
    """The header sentence `index` is, with the index of the first line after it and its column
    line, when it names a flow, a reporter, a certain unit and the columns' periods."""
    line = sentences[index].text.strip().lstrip("#").strip()
    unit = _UNIT.search(line)
    if unit is None or len(line) > 160:
        return None
    low = lower_same_length(line)
    flows = {cue[3] for cue in flow_cues(line, low)}
    if len(flows) != 1 or _NOT_A_FLOW.search(low):
        return None
    money = _unit_money(unit.group("unit"))
    if money is None:
        return None
    # the unit's own country is no side ("in billions of US dollars")
    reporter = _reporter(line[: unit.start()] + " " * len(unit.group()) + line[unit.end() :], dateline)
    if reporter is None:
        return None
    after = line[unit.end() :].strip(" ,;:")
    columns = _column_periods(after, published) if after else None
    nxt = index + 1
    if nxt < len(sentences) and (spelled := _column_line(sentences[nxt].text, published)) is not None:
        columns, nxt = spelled, nxt + 1
    elif columns is None:
        stated = [p for p in find_periods(line[: unit.start()], published) if not p.comparison]
        columns = ((stated[0].period_start, stated[0].period_end),) if len(stated) == 1 else None
    if not columns:
        return None
    while nxt < len(sentences) and _RULE_LINE.fullmatch(sentences[nxt].text):
        nxt += 1
    return _Header(flows.pop(), reporter, money[0], money[1], columns), nxt


def _unit_money(unit: str) -> tuple[str, float] | None:
    """(currency, scale) of a header's unit when both are certain ("US$ billion" -> USD, 1e9):
    the unit is read as an amount of one ("US$1 billion", "1 billion yuan")."""
    unit = re.sub(r"(?i)^\s*in\s+", "", unit).strip()
    scale = _SCALE.search(unit)
    if scale is None:
        return None
    word = scale.group(1)
    rest = (unit[: scale.start()] + " " + unit[scale.end() :]).strip(" ,")
    if not rest:
        return None
    for written in (f"{rest}1 {word}", f"{rest} 1 {word}", f"1 {word} {rest}"):
        moneys = find_money(written)
        if len(moneys) != 1 or moneys[0].end - moneys[0].start != len(written) or moneys[0].candidates:
            continue
        if moneys[0].currency is not None:
            return moneys[0].currency, moneys[0].scale
    return None


def _reporter(line: str, dateline: Callable[[], str | None]) -> str | None:
    """The one country a header names, not as a partner ("Australia's exports by destination"),
    else the dateline's country when it names none; None for a header naming a partner or
    several countries."""
    mentions = find_countries(line)
    named = {m.iso3 for m in mentions}
    if len(named) > 1 or any(_PARTNER_BEFORE.search(line, 0, m.start) for m in mentions):
        return None
    return named.pop() if named else dateline()


def _column_periods(cells_text: str, published: date | None) -> tuple[tuple[date, date], ...] | None:
    """The periods of a run of cells ("2024 (2023)", "| 2024 | 2023 |", "Q1 2024  Q1 2023"), in
    order, when every cell is one period; None otherwise."""
    columns: list[tuple[date, date]] = []
    for chunk in (c for c in _CELL_SPLIT.split(cells_text) if c.strip()):
        whole = _whole_period(chunk.strip(), published)
        if whole is not None:
            columns.append(whole)
            continue
        for token in chunk.split():
            single = _whole_period(token, published)
            if single is None:
                return None
            columns.append(single)
    return tuple(columns) or None


def _whole_period(cell: str, published: date | None) -> tuple[date, date] | None:
    """The period `cell` is as a whole, else None."""
    periods = find_periods(cell, published)
    if len(periods) == 1 and periods[0].start == 0 and periods[0].end == len(cell):
        return periods[0].period_start, periods[0].period_end
    return None


def _column_line(text: str, published: date | None) -> tuple[tuple[date, date], ...] | None:
    """The periods of a column line ("| Partner | 2024 | 2023 |", "Country  2024  2023")."""
    label = _COLUMN_LABEL.match(text)
    rest = text[label.end() :] if label is not None else text
    return _column_periods(rest, published) if rest.strip() else None


def _rows(
    sentences: list[Sentence], first: int, width: int
) -> tuple[list[tuple[Sentence, re.Match[str], list[re.Match[str]]]], int]:
    """The rows from sentence `first` on, each with its label and its `width` numbers, up to the
    first line that is no row, and the index after them."""
    rows = []
    i = first
    while i < len(sentences):
        row = _ROW.fullmatch(sentences[i].text)
        if row is None:
            break
        numbers = list(_NUMBER.finditer(sentences[i].text, row.start("cells"), row.end("cells")))
        if len(numbers) != width:
            break
        rows.append((sentences[i], row, numbers))
        i += 1
    return rows, max(i, first + 1)


def _row_figures(
    text: str, sentence: Sentence, row: re.Match[str], cells: list[re.Match[str]], head: _Header
) -> Iterator[TradeMention]:
    """The figures of one row: one for each column, when its label is one country alone other
    than the reporter."""
    label = row.group("label").strip(" .,")
    mentions = find_countries(label)
    if len(mentions) != 1 or label[: mentions[0].start].strip() or label[mentions[0].end :].strip():
        return
    partner = mentions[0].iso3
    if partner == head.reporter:
        return
    for cell, (start, end) in zip(cells, head.columns, strict=True):
        yield TradeMention(
            flow=head.flow, reporter_iso3=head.reporter, partner_iso3=partner, period_start=start,
            period_end=end, value=float(cell.group().replace(",", "")) * head.scale, currency=head.currency,
            change_pct=None, product=None, evidence=sentence.text, char_start=sentence.start + cell.start(),
            char_end=sentence.start + cell.end(), evidence_start=sentence.start, evidence_end=sentence.end,
        )  # fmt: skip
