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
for that column's period, in the header's unit. A column may name the flow instead, the header
then giving the one period ("Kenya's trade with partners in 2023 (KSh billion)" over "| Country
| Exports | Imports |"); a balance column is passed over, and a change column ("Change (%)") is
the change of the latest period's figure when the others are of one flow.

The reader is conservative: a header that lacks any of flow, reporter, certain currency, scale
or periods gives nothing, as does a row whose numbers do not fill the columns; a row labelled
other than by one country ("Total", "EU") is passed over, but under a pair's header of goods
rows ("Chile's exports to India (US$ billion)" over "Coal: 7.2") a "Total" row is the pair's
figure of all goods.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from orchestration.extraction.countries import find_countries
from orchestration.extraction.model import TradeMention
from orchestration.extraction.money import Money, find_money
from orchestration.extraction.periods import find_periods
from orchestration.extraction.text import Sentence
from orchestration.extraction.trade_lexicon import flow_cues, lower_same_length
from orchestration.extraction.trade_products import clean_product

#: The unit in parentheses in a header: "(US$ billion)", "(billion yuan)", "(in millions of US
#: dollars)", "(RM million)", "(USD mn)". Group "unit" is the text inside.
_UNIT: Final = re.compile(r"\((?P<unit>[^()\d]{2,40})\)")
#: The scale word of a unit, plural "of" forms included ("millions of").
_SCALE: Final = re.compile(r"(?i)\b(thousand|million|billion|trillion|bn|mn|mln|m)(?:s\s+of)?\b")
#: A word of a header that tells its rows are no flow's amounts: a balance, investment, loans.
_NOT_A_FLOW: Final = re.compile(r"balanc|deficit|surplus|shortfall|invest|loan|remittance|share|percent|%")
#: Right before a country the header names as the partner ("Exports to China by province").
_PARTNER_BEFORE: Final = re.compile(r"(?i)\b(?:to|from|with|into|in)\s+(?:the\s+)?$")
#: Goods after the flow noun ("Exports of coffee by destination"), whose figures are of those goods,
#: which this reader leaves alone (`goods` reads those the noun is modified by: "tea exports").
_GOODS_OF: Final = re.compile(r"(?i)\b(?:exports?|imports?)\s+of\s+(?!goods\b|merchandise\b)[a-z]")
#: A markdown rule under a table's column line ("|---|---|", "|:--|--:|").
_RULE_LINE: Final = re.compile(r"[\s|:\-–—=+]+")
#: The label words a column line opens with ("| Partner | 2024 | 2023 |").
_COLUMN_LABEL: Final = re.compile(
    r"(?i)\s*\|?\s*(?:(?:country|partner|destination|market|source|origin|region)s?"
    r"(?:\s*/\s*\w+)?|rank|#)?\s*\|?"
)
#: Where a header or column line splits into cells: pipes, brackets, runs of spaces, tabs.
_CELL_SPLIT: Final = re.compile(r"\s*[|()]\s*|\s{2,}|\t")
#: A row: a country label (after a list mark at most) and the numbers of its cells (a change cell
#: signed or with its percent sign: "| China | 21.4 | 19.8 | +8.1% |").
_ROW: Final = re.compile(
    r"\s*\|?\s*(?:[-*•]\s+)?(?P<label>[A-Za-z][A-Za-z .,'’&-]{1,40}?)\s*[:|]?\s*"
    r"(?P<cells>\(?[+\-−–]?\d[\d.,]*%?\)?(?:\s*\|?\s*\(?[+\-−–]?\d[\d.,]*%?\)?)*)\s*\|?\s*"
)
#: One number of a row's cells, in thousands with commas or a decimal point, with its sign and
#: percent sign when written.
_NUMBER: Final = re.compile(r"[+\-−–]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?")
#: A column of a flow ("Exports", "Imports", "Total trade"), of a balance (its cells are passed
#: over) or of the change of the first column ("Change (%)", "% chg", "y/y").
_FLOW_COLUMN: Final = re.compile(
    r"(?i)(?P<exports>exports?)|(?P<imports>imports?)|(?P<turnover>(?:total|two-way)(?:\s+trade)?|trade|turnover)"
)
#: A percent sign in brackets after a column's head ("Change (%)").
_PERCENT_UNIT: Final = re.compile(r"\s*\(\s*%\s*\)")
_BALANCE_COLUMN: Final = re.compile(r"(?i)(?:trade\s+)?balance")
_CHANGE_COLUMN: Final = re.compile(r"(?i)(?:%\s*)?(?:change|chg|growth)(?:\s*,?\s*%)?|y/y|yoy|%")


#: A figure column's flow and period; None for a change or balance column.
_Told = tuple[str, tuple[date, date]] | None


@dataclass(frozen=True, slots=True)
class _Column:
    """A column of a table: the flow or period its head names (the header's when it names
    none), or a change or balance column that gives no figure of its own."""

    flow: str | None = None
    period: tuple[date, date] | None = None
    change: bool = False
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class _Header:
    """What a table's header tells: its reporter, the unit's currency and scale, and each
    column's flow and period (in order; None for a change or balance column) and, for a
    change column, its index and that of the column whose change it is."""

    reporter: str
    product: str | None  # the goods the header names ("Kenya's tea exports by market"), else None
    partner: str | None  # the partner a header of goods rows names ("Chile's exports to India"), else None
    currency: str
    scale: float  # 0.0 for a unit of currency alone ("(US$)"): each row writes its own scale
    columns: tuple[_Told, ...]
    change: tuple[int, int] | None


def table_figures(
    text: str, sentences: list[Sentence], published: date | None, dateline: Callable[[], str | None],
    goods: Callable[[str, str], str | None], currency: Callable[[Money, str, str], str | None],
) -> list[TradeMention]:  # fmt: skip
    """Every figure of every header-only-unit table in the document (`dateline()`, the country
    of the story's dateline, reports for a header that names no country; `goods(header, flow)`
    reads the goods a header's flow noun names, as for a figureless sentence's), and of the
    lines of amounts under a pair's heading (`currency(money, reporter, partner)` reads each
    line's unit as a statement's)."""
    found: list[TradeMention] = []
    i = 0
    while i < len(sentences):
        header = _header(sentences, i, published, dateline, goods) if "(" in sentences[i].text else None
        if header is None:
            heading = (
                _money_rows_heading(sentences, i, published) or _items_heading(text, sentences, i, published)
                if sentences[i].text.endswith(":")
                else None
            )
            if heading is None:
                i += 1
                continue
            lines, i = _money_rows(sentences, i + 1, heading, currency)
            found.extend(lines)
            continue
        head, first = header
        if not head.scale:
            scaled, i = _scaled_rows(sentences, first, head)
            found.extend(scaled)
            continue
        rows, i = _rows(sentences, first, len(head.columns))
        for sentence, label, cells in rows:
            found.extend(_row_figures(text, sentence, label, cells, head))
    return found


def _header(
    sentences: list[Sentence], index: int, published: date | None, dateline: Callable[[], str | None],
    goods: Callable[[str, str], str | None],
) -> tuple[_Header, int] | None:  # fmt: skip
    """The header sentence `index` is, with the index of the first line after it and its column
    line, when it and its columns name a flow, a reporter, a certain unit and a period."""
    line = sentences[index].text.strip().lstrip("#").strip()
    unit = _UNIT.search(line)
    if unit is None or len(line) > 160:
        return None
    low = lower_same_length(line)
    flows = {cue[3] for cue in flow_cues(line, low)}
    if not flows or _NOT_A_FLOW.search(low) or _GOODS_OF.search(line):
        return None
    money = _unit_money(unit.group("unit")) or _unit_currency(unit.group("unit"))
    if money is None:
        return None
    # the unit's own country is no side ("in billions of US dollars")
    named = line[: unit.start()] + " " * len(unit.group()) + line[unit.end() :]
    reporter, partner = _reporter(named, dateline), None
    if reporter is None:
        reporter, partner = _pair(named)
    if reporter is None:
        return None
    after = line[unit.end() :].strip(" ,;:")
    columns = _columns(after, published) if after else None
    nxt = index + 1
    if nxt < len(sentences) and (spelled := _column_line(sentences[nxt].text, published)) is not None:
        columns, nxt = spelled, nxt + 1
    stated = [p for p in find_periods(line[: unit.start()], published) if not p.comparison]
    period = (stated[0].period_start, stated[0].period_end) if len(stated) == 1 else None
    if stated and columns and any(c.period not in (None, period) for c in columns):
        return None  # "Exports in the first half (US$ million) 2024": which is the columns' is unclear
    flow = flows.pop() if len(flows) == 1 else None
    resolved = _resolved(columns or (_Column(),), flow, period)
    if resolved is None:
        return None
    while nxt < len(sentences) and _RULE_LINE.fullmatch(sentences[nxt].text):
        nxt += 1
    if not money[1] and (len(resolved[0]) != 1 or resolved[1] is not None or partner is not None):
        return None  # a unit with no scale heads a list of one column: "- China: 40.2 billion, up 5%"
    product = goods(line[: unit.start()], flow) if flow is not None else None
    return _Header(reporter, product, partner, money[0], money[1], *resolved), nxt


def _resolved(
    columns: tuple[_Column, ...], flow: str | None, period: tuple[date, date] | None
) -> tuple[tuple[_Told, ...], tuple[int, int] | None] | None:
    """Each column's flow and period, the header's where the column names none (None for a
    change or balance column), and the indices of a change column and of the column it is the
    change of: the latest period's, when all figure columns are of one flow ("| 2023 | 2024 |
    Change |"), none when they differ in flow or period is shared; None when a column lacks a
    flow or a period, or no column is of a figure."""
    told: list[_Told] = []
    change_at = None
    for k, column in enumerate(columns):
        if column.change or column.skipped:
            change_at = k if column.change and change_at is None else change_at
            told.append(None)
            continue
        own_flow, own_period = column.flow or flow, column.period or period
        if own_flow is None or own_period is None:
            return None
        told.append((own_flow, own_period))
    figures = [(k, t) for k, t in enumerate(told) if t is not None]  # (index, (flow, (start, end)))
    if not figures:
        return None
    if (
        change_at is None
        or len({t[0] for _, t in figures}) > 1
        or len({t[1] for _, t in figures}) < len(figures)
    ):
        return tuple(told), None
    return tuple(told), (change_at, max(figures, key=lambda kt: kt[1][1][1])[0])


def _columns(cells_text: str, published: date | None) -> tuple[_Column, ...] | None:
    """The columns of a run of cells ("2024 (2023)", "| 2024 | 2023 |", "Q1 2024  Q1 2023",
    "| Exports | Imports | Change (%) |"), in order, when every cell is a column head; None
    otherwise."""
    columns: list[_Column] = []
    cells_text = _PERCENT_UNIT.sub(" %", cells_text)  # "Change (%)": one head, not two
    for chunk in (c for c in _CELL_SPLIT.split(cells_text) if c.strip()):
        whole = _column(chunk.strip(), published)
        if whole is not None:
            columns.append(whole)
            continue
        for token in chunk.split():
            single = _column(token, published)
            if single is None:
                return None
            columns.append(single)
    return tuple(columns) or None


def _column(cell: str, published: date | None) -> _Column | None:
    """The column a head cell names: a period, a flow, a balance or a change; None otherwise."""
    periods = find_periods(cell, published)
    if len(periods) == 1 and periods[0].start == 0 and periods[0].end == len(cell):
        return _Column(period=(periods[0].period_start, periods[0].period_end))
    flow = _FLOW_COLUMN.fullmatch(cell)
    if flow is not None:
        return _Column(flow=flow.lastgroup)
    if _BALANCE_COLUMN.fullmatch(cell):
        return _Column(skipped=True)
    return _Column(change=True) if _CHANGE_COLUMN.fullmatch(cell) else None


def _column_line(text: str, published: date | None) -> tuple[_Column, ...] | None:
    """The columns of a column line ("| Partner | 2024 | 2023 |", "Country  Exports  Imports")."""
    label = _COLUMN_LABEL.match(text)
    rest = text[label.end() :] if label is not None else text
    return _columns(rest, published) if rest.strip() else None


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


def _pair(line: str) -> tuple[str | None, str | None]:
    """(reporter, partner) of a header naming two countries, the partner after "to", "from" or
    "with" and the reporter not ("Chile's exports to India in 2024 (US$ billion)"): a table whose
    rows are the goods of that one pair's flow; (None, None) otherwise."""
    mentions = find_countries(line)
    if len({m.iso3 for m in mentions}) != 2 or len(mentions) != 2:
        return None, None
    first, second = mentions
    if _PARTNER_BEFORE.search(line, 0, first.start) or not _PARTNER_BEFORE.search(line, 0, second.start):
        return None, None
    return first.iso3, second.iso3


def _unit_currency(unit: str) -> tuple[str, float] | None:
    """(currency, 0.0) of a header's unit that is a certain currency alone ("US$", "in yuan"),
    read as an amount of a million in it; None otherwise."""
    if _SCALE.search(unit) is not None:
        return None
    money = _unit_money(f"{unit} million")
    return (money[0], 0.0) if money is not None else None


#: A list row of one country whose amount writes its scale but no currency, its change after a
#: comma at most ("* United States: 40.2 billion, up 22 percent", "- Laos: 1.2 bn (-3.1%)").
_SCALED_ROW: Final = re.compile(
    r"\s*(?:[-*•–—]+\s+)?(?P<label>[A-Za-z][A-Za-z .,'’&-]{1,40}?)\s*:\s*"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?P<scale>thousand|million|billion|trillion|bn|mn|mln)"
    r"(?:,?\s*\(?\s*(?:(?P<dir>up|down)\s+(?:by\s+)?)?(?P<sign>[+\-−–])?(?P<change>\d+(?:\.\d+)?)\s*"
    r"(?:%|percent|per\s+cent|pct)\)?(?:\s+(?:year[-\s]on[-\s]year|y/y|from\s+a\s+year\s+(?:earlier|ago)))?)?"
    r"[\s.;]*"
)
_ROW_SCALES: Final = {
    "thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
}  # fmt: skip


def _scaled_rows(sentences: list[Sentence], first: int, head: _Header) -> tuple[list[TradeMention], int]:
    """The figures of the list rows (`_SCALED_ROW`) from sentence `first` on under a header whose
    unit is a currency alone, up to the first line that is no such row, and the index after them;
    a row of no country alone, or of the reporter, gives nothing."""
    found: list[TradeMention] = []
    told = head.columns[0]
    i = first
    while i < len(sentences) and told is not None:
        sentence = sentences[i]
        row = _SCALED_ROW.fullmatch(sentence.text)
        if row is None:
            break
        i += 1
        partner = _label_country(row.group("label"))
        if partner is None or partner == head.reporter:
            continue
        change = float(row.group("change")) if row.group("change") else None
        if change is not None and (row.group("dir") == "down" or row.group("sign") in ("-", "−", "–")):
            change = -change
        flow, (start, end) = told
        found.append(TradeMention(
            flow=flow, reporter_iso3=head.reporter, partner_iso3=partner, period_start=start, period_end=end,
            value=float(row.group("number").replace(",", "")) * _ROW_SCALES[row.group("scale")],
            currency=head.currency, change_pct=change, product=head.product, evidence=sentence.text,
            char_start=sentence.start + row.start("number"), char_end=sentence.start + row.end("scale"),
            evidence_start=sentence.start, evidence_end=sentence.end,
        ))  # fmt: skip
    return found, max(i, first + 1)


#: A heading of one pair's flow over lines of goods that each write a whole amount ("Chile's main
#: exports to China in 2024:" over "- Copper: $12.3 billion"), its own line ending in a colon.
_MONEY_ROW: Final = re.compile(
    r"\s*(?:[-*•–—]+\s*)?(?P<label>[A-Za-z][A-Za-z .,'’&-]{1,40}?)\s*(?::|\s[–—-])\s*(?P<cell>\S.*?)[\s.;]*"
)


def _money_rows_heading(
    sentences: list[Sentence], index: int, published: date | None
) -> tuple[str, str, str, tuple[date, date]] | None:
    """(flow, reporter, partner, period) of a heading sentence ending in a colon that names one
    flow of one pair and one period ("Chile's main exports to China in 2024:"), with no unit of
    its own (a unit in parentheses heads bare numbers, `_header`); None otherwise."""
    line = sentences[index].text.strip()
    if not line.endswith(":") or "(" in line or len(line) > 160 or find_money(line):
        return None
    return _pair_flow_period(line, published, _NOT_A_FLOW)


#: A heading of the items of a flow the sentence before it told, naming no pair of its own: "The
#: main items were:", "Key products included:", "Top exports were:".
_ITEMS_HEADING: Final = re.compile(
    r"(?i)(?:the\s+)?(?:main|top|leading|chief|principal|key|largest|biggest)\s+"
    r"(?:items|products|goods|commodities|categories|exports|imports)"
    r"(?:\s+(?:were|are|included|include|comprised))?\s*:"
)
#: The words that close a sentence telling a flow's figure and open the list of its items: "...
#: reached $21 billion in 2024, led by:", "..., including:", "..., mainly:".
_ITEMS_OPENER_END: Final = re.compile(
    r"(?i)[,;]?\s*(?:(?:led|driven|dominated|headed)\s+by|including|mainly|chiefly|mostly|such\s+as)\s*:$"
)


def _items_heading(
    text: str, sentences: list[Sentence], index: int, published: date | None
) -> tuple[str, str, str, tuple[date, date]] | None:
    """The (flow, reporter, partner, period) of the sentence right before an items heading that
    names no pair (`_ITEMS_HEADING`: "Chile's exports to China rose 5% to $20 billion in 2024.
    The main items were:", "Main products:"), in the same paragraph: the items are that flow's
    goods. Its amount is the flow's own figure, told there; the sentence must name one flow of
    one pair and one period, and an items heading naming a flow ("Top imports were:") must name
    the same one. A sentence of the pair's flow and its figure that opens the items itself ("...
    reached $21 billion in 2024, led by:", `_ITEMS_OPENER_END`) is read alone."""
    line = sentences[index].text.strip()
    if _ITEMS_OPENER_END.search(line):
        return _pair_flow_period(line, published, _NOT_A_FLOW_STATED)
    if index == 0 or not _ITEMS_HEADING.fullmatch(line):
        return None
    before = sentences[index - 1]
    if "\n\n" in text[before.end : sentences[index].start]:
        return None
    told = _pair_flow_period(before.text, published, _NOT_A_FLOW_STATED)
    named = {cue[3] for cue in flow_cues(line, lower_same_length(line))}
    if told is None or (named and named != {told[0]}):
        return None
    return told


#: Words of a sentence that tell its money is no flow's (a balance, investment, loans, a share):
#: `_NOT_A_FLOW` but for the percent, which a statement of a flow's change writes ("rose 5% to").
_NOT_A_FLOW_STATED: Final = re.compile(r"balanc|deficit|surplus|shortfall|invest|loan|remittance|share")


def _pair_flow_period(
    line: str, published: date | None, not_a_flow: re.Pattern[str]
) -> tuple[str, str, str, tuple[date, date]] | None:
    """(flow, reporter, partner, period) of a line naming one flow of one pair (the partner after
    "to", "from" or "with") and one period, and no word of `not_a_flow`; None otherwise."""
    flows = {cue[3] for cue in flow_cues(line, lower_same_length(line))}
    if len(flows) != 1 or not_a_flow.search(line.lower()) or _GOODS_OF.search(line):
        return None
    reporter, partner = _pair(line)
    stated = [p for p in find_periods(line, published) if not p.comparison]
    if reporter is None or partner is None or len(stated) != 1:
        return None
    return flows.pop(), reporter, partner, (stated[0].period_start, stated[0].period_end)


def _money_rows(
    sentences: list[Sentence], first: int, heading: tuple[str, str, str, tuple[date, date]],
    currency: Callable[[Money, str, str], str | None],
) -> tuple[list[TradeMention], int]:  # fmt: skip
    """The figures of the goods lines (`_MONEY_ROW`) from sentence `first` on under a pair's
    heading, each line's amount whole and of a certain currency, up to the first line that is
    no such line, and the index after them: a line of goods gives the pair's flow of those goods,
    a total line ("Total: $13.4 billion") the flow of all goods; any other label gives nothing."""
    flow, reporter, partner, (start, end) = heading
    found: list[TradeMention] = []
    i = first
    while i < len(sentences):
        sentence = sentences[i]
        row = _MONEY_ROW.fullmatch(sentence.text)
        moneys = find_money(row.group("cell")) if row is not None else []
        if row is None or len(moneys) != 1 or moneys[0].start:
            break
        money = moneys[0]
        cell = row.group("cell")
        changed = _CHANGE_AFTER_AMOUNT.fullmatch(cell, money.end)
        if money.end != len(cell) and changed is None and not _shares_after(cell, money):
            break
        i += 1
        label = row.group("label").strip(" .,")
        product = _goods_label(label)
        total = _TOTAL_LABEL.fullmatch(label)
        code = currency(money, reporter, partner)
        if code is None or (product is None and total is None) or _NOT_A_FLOW.search(label.lower()):
            continue  # (nor "Investment: $2.0 billion": money of no flow)
        if total is not None and total.group("flow") is not None and total.group("flow").lower() != flow:
            continue
        found.append(TradeMention(
            flow=flow, reporter_iso3=reporter, partner_iso3=partner, period_start=start, period_end=end,
            value=money.value, currency=code, change_pct=_stated_change(changed), product=product,
            evidence=sentence.text, char_start=sentence.start + row.start("cell") + money.start,
            char_end=sentence.start + row.start("cell") + money.end,
            evidence_start=sentence.start, evidence_end=sentence.end,
        ))  # fmt: skip
    return found, max(i, first + 1)


#: The change a goods line states after its amount, with its direction: ", up 8%", " (down 40
#: percent)", ", +3.5% y/y", " (-12%)". A bare percentage ("$12.3 billion, 61%") may be a share,
#: so a sign or "up"/"down" must tell it is a change.
_CHANGE_AFTER_AMOUNT: Final = re.compile(
    r"\s*,?\s*\(?\s*(?:(?P<dir>up|down)\s+(?:by\s+)?(?P<sign>[+\-−–])?|(?P<signed>[+\-−–]))"
    r"(?P<change>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct)"
    r"(?:\s+(?:year[-\s]on[-\s]year|y/y|yoy|from\s+a\s+year\s+(?:earlier|ago)|on\s+(?:the\s+)?year))?\s*\)?"
)


#: A bare percentage after a goods line's amount, with no sign or "up"/"down": the line's share
#: of the flow ("- Copper: $12.3 billion, 61%", "(61% of the total)", "- a 61% share"), which
#: states no change and ends the line as its amount would.
_SHARE_AFTER_AMOUNT: Final = re.compile(
    r"\s*(?:,|\(|[-–—]|or)?\s*(?:an?\s+)?(?:share\s+(?:of\s+)?)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|pct)"
    r"(?:\s+(?:share|of\s+(?:the\s+)?(?:total|all|exports|imports|the\s+total)))?\s*\)?"
)


def _shares_after(cell: str, money: Money) -> bool:
    """Whether the rest of a goods line after its amount is only its share (`_SHARE_AFTER_AMOUNT`):
    the line is still one of the list, with no change stated (a share had ended the list there,
    and every line after it was lost)."""
    return _SHARE_AFTER_AMOUNT.fullmatch(cell, money.end) is not None


def _stated_change(changed: re.Match[str] | None) -> float | None:
    """The percent change `_CHANGE_AFTER_AMOUNT` read, negative when "down" or a minus sign tells
    a fall; None when the line states none."""
    if changed is None:
        return None
    value = float(changed.group("change"))
    sign = changed.group("sign") or changed.group("signed")
    return -value if changed.group("dir") == "down" or sign in ("-", "−", "–") else value


def _label_country(label: str) -> str | None:
    """The one country a row's label is alone ("the Netherlands" too), else None."""
    label = re.sub(r"^(?:the|The)\s+", "", label.strip(" .,"))
    mentions = find_countries(label)
    if len(mentions) != 1 or label[: mentions[0].start].strip() or label[mentions[0].end :].strip():
        return None
    return mentions[0].iso3


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
    """The figures of one row: one for each column of a figure, when its label is one country
    alone other than the reporter and each such cell is a plain amount (no sign, no percent);
    a change column's cell is the change of the first column's figure."""
    label = row.group("label").strip(" .,")
    product = head.product
    if head.partner is not None:  # a row of goods of the header's pair: "Copper: 3.1"
        partner, product = head.partner, _goods_label(label)
        if product is None and not _totals_goods_rows(label, head):
            return
        # (the pair's total row, "Total: 12.0", is its flow's figure of all goods)
        product = product if product is not None else head.product
    else:
        mentions = find_countries(label)
        if len(mentions) != 1 or label[: mentions[0].start].strip() or label[mentions[0].end :].strip():
            return
        partner = mentions[0].iso3
    if partner == head.reporter:
        return
    if any(not cell.group()[0].isdigit() or cell.group().endswith("%")
           for cell, told in zip(cells, head.columns, strict=True) if told is not None):  # fmt: skip
        return
    change = _change(cells[head.change[0]].group()) if head.change is not None else None
    target = head.change[1] if head.change is not None else None
    for k, (cell, told) in enumerate(zip(cells, head.columns, strict=True)):
        if told is None:
            continue
        (flow, (start, end)) = told
        yield TradeMention(
            flow=flow, reporter_iso3=head.reporter, partner_iso3=partner, period_start=start, period_end=end,
            value=float(cell.group().replace(",", "")) * head.scale, currency=head.currency,
            change_pct=change if k == target else None, product=product, evidence=sentence.text,
            char_start=sentence.start + cell.start(), char_end=sentence.start + cell.end(),
            evidence_start=sentence.start, evidence_end=sentence.end,
        )  # fmt: skip


#: The label of a row that totals the goods rows under a pair's header: "Total", "Total
#: exports", "All goods", "Overall".
_TOTAL_LABEL: Final = re.compile(
    r"(?i)(?:(?:grand\s+)?total|all\s+(?:goods|products|commodities)|overall)(?:\s+(?P<flow>exports|imports))?"
)


def _totals_goods_rows(label: str, head: _Header) -> bool:
    """Whether a row under a pair's header of goods rows is their total ("Total: 12.0", "Total
    exports: 5,110"): its flow, when it names one, is that of every figure column, so "Total
    trade" or "Total imports" under a header of exports is no total of its rows."""
    total = _TOTAL_LABEL.fullmatch(label)
    if total is None:
        return False
    flow = total.group("flow")
    return flow is None or all(told is None or told[0] == flow.lower() for told in head.columns)


#: Labels of a goods row that are no goods: a total, the rest, a balance.
_NO_GOODS_LABEL: Final = re.compile(r"(?i)\b(?:total|others?|rest|balance|all|sum|trade|turnover)\b")


def _goods_label(label: str) -> str | None:
    """The goods a row under a pair's header is labelled by ("Copper", "Fresh fruit"); None for a
    country, a flow ("Exports": a row of the pair's flows, not of goods), a total or the rest."""
    if find_countries(label) or flow_cues(label, lower_same_length(label)) or _NO_GOODS_LABEL.search(label):
        return None
    return clean_product(label)


def _change(cell: str) -> float | None:
    """The change a change column's cell gives ("+8.1%", "-3.2", "−0.5"), None when unreadable."""
    number = cell.rstrip("%").replace("−", "-").replace("–", "-").replace(",", ".")
    try:
        return float(number)
    except ValueError:
        return None
