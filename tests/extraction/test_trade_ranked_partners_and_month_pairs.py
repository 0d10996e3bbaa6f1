"""Trade figures of ranked partners and of months paired with amounts, in invented wording.

A ranked partner's amount may open the sentence ("With $X, A was B's top customer") as well as
close it; the leader a ranked country trails ("..., behind C ($Y)") has its own amount in
brackets. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Y23, Fact, fact, facts

D24 = date(2024, 3, 15)

#: An amount fronted by "with" before the copular clause that ranks a partner is that partner's,
#: of the ranking's flow: a customer or market buys the owner's exports, a supplier sells its
#: imports, a trading partner shares its turnover. The amount may take its own flow noun ("in
#: sales", "purchases of"), a year may open the sentence, and the ranked country may stand
#: before "with", set off by commas. An amount fronted before anything else (an investor, a
#: project, a flow of its own) and a ranking of a bloc's partners stay as they were.
FRONTED_RANKED_AMOUNTS = [
    ("With 310 billion baht in sales, Japan was Thailand's third-largest export market in 2023.",
     [fact("exports", "THA", "JPN", *Y23, 310e9, "THB")]),
    ("With purchases of R48.2 billion, Botswana was South Africa's top customer last year.",
     [fact("exports", "ZAF", "BWA", *Y23, 48.2e9, "ZAR")]),
    ("Brazil, with $9.7 billion, was Argentina's largest supplier in 2023.",
     [fact("imports", "ARG", "BRA", *Y23, 9.7e9, "USD")]),
    ("In 2023, with $4.4 billion, Vietnam was Cambodia's leading supplier.",
     [fact("imports", "KHM", "VNM", *Y23, 4.4e9, "USD")]),
    ("With €61.3 billion, the Netherlands remained Belgium's biggest trading partner in 2023.",
     [fact("turnover", "BEL", "NLD", *Y23, 61.3e9, "EUR")]),
    ("With $5.6 billion, Peru was Chile's third-largest trading partner in 2023, behind Brazil "
     "($11.9 billion).",
     [fact("turnover", "CHL", "PER", *Y23, 5.6e9, "USD"),
      fact("turnover", "CHL", "BRA", *Y23, 11.9e9, "USD")]),
    # near misses: not a ranking of trade partners, a bloc's partner, a flow of its own
    ("With $2.5 billion in investments, Japan was Indonesia's top investor in 2023.", []),
    ("With $2.5 billion, the new port is Tanzania's largest project.", []),
    ("With €412 billion, China was the EU's second-largest customer in 2023.", []),
    ("With $3.8 billion, India was the ASEAN's fourth-largest trading partner in 2023.", []),
    ("With $2.5 billion in sales, Indonesia's palm oil exports to India grew 8% in 2023.",
     [fact("exports", "IDN", "IND", *Y23, 2.5e9, "USD", 8.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED_RANKED_AMOUNTS)
def test_fronted_ranked_amounts(text: str, expected: list[Fact]) -> None:
    assert facts(text, D24) == set(expected)


#: The country a ranked partner trails ("behind", "trailing") or leads ("ahead of"), with its
#: amount in brackets or after "with", is the next item of the ranking: the amount is its own,
#: of the ranking's flow and owner, even when the ranked partner has no amount. A bloc so named
#: has a bloc's total, no figure (nor the ranked partner's), and a country that opens a clause
#: of its own ("while Brazil bought ...") keeps that clause's flow.
RANKED_LEADERS = [
    ("Peru was Chile's third-largest customer in 2023, behind Brazil ($11.9 billion).",
     [fact("exports", "CHL", "BRA", *Y23, 11.9e9, "USD")]),
    ("Ghana was Togo's second-largest supplier in 2023, trailing Nigeria (410 billion CFA francs).",
     [fact("imports", "TGO", "NGA", *Y23, 410e9, "XOF")]),
    ("Austria was Hungary's second-biggest export market in 2023, behind Germany with €9.8 billion.",
     [fact("exports", "HUN", "DEU", *Y23, 9.8e9, "EUR")]),
    ("Peru was Chile's third-largest customer in 2023, behind the European Union ($21.9 billion).", []),
    ("Peru was Chile's third-largest customer in 2023 with $3.1 billion, behind the European Union "
     "($21.9 billion).",
     [fact("exports", "CHL", "PER", *Y23, 3.1e9, "USD")]),
    ("Peru was Chile's third-largest customer in 2023, while Brazil bought $11.9 billion of Chilean goods.",
     [fact("imports", "BRA", "CHL", *Y23, 11.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED_LEADERS)
def test_ranked_leaders(text: str, expected: list[Fact]) -> None:
    assert facts(text, D24) == set(expected)


#: Amounts joined by "and" and as many months joined right after them go one to each month in
#: order, without "respectively", as quarters do, when they differ by month alone; a month
#: without its year takes the story's. One amount stays of the whole run of months, and
#: amounts of two flows or two partners, or more amounts than months, stay of the run.
MONTHS_PAIRED_WITH_AMOUNTS = [
    ("Chile's exports to Korea were $1.2 billion and $1.4 billion in March and April 2023.",
     [fact("exports", "CHL", "KOR", "2023-03-01", "2023-03-31", 1.2e9, "USD"),
      fact("exports", "CHL", "KOR", "2023-04-01", "2023-04-30", 1.4e9, "USD")]),
    ("Thailand's imports from Malaysia stood at 41 billion baht, 39 billion baht and 44 billion baht in "
     "July, August and September 2023.",
     [fact("imports", "THA", "MYS", "2023-07-01", "2023-07-31", 41e9, "THB"),
      fact("imports", "THA", "MYS", "2023-08-01", "2023-08-31", 39e9, "THB"),
      fact("imports", "THA", "MYS", "2023-09-01", "2023-09-30", 44e9, "THB")]),
    ("Peru's exports to China were $2.2 billion and $2.5 billion in October and November, while imports "
     "fell.",
     [fact("exports", "PER", "CHN", "2023-10-01", "2023-10-31", 2.2e9, "USD"),
      fact("exports", "PER", "CHN", "2023-11-01", "2023-11-30", 2.5e9, "USD")]),
    # near misses: one amount, two flows, two partners, more amounts than months
    ("Chile's exports to Korea were $2.6 billion in March and April 2023.",
     [fact("exports", "CHL", "KOR", "2023-03-01", "2023-04-30", 2.6e9, "USD")]),
    ("Chile's exports to and imports from Korea were $1.2 billion and $0.9 billion in March and April 2023.",
     [fact("exports", "CHL", "KOR", "2023-03-01", "2023-04-30", 1.2e9, "USD"),
      fact("imports", "CHL", "KOR", "2023-03-01", "2023-04-30", 0.9e9, "USD")]),
    ("Chile's exports to Korea and Japan were $1.2 billion and $1.4 billion in March and April 2023.",
     [fact("exports", "CHL", "KOR", "2023-03-01", "2023-04-30", 1.2e9, "USD"),
      fact("exports", "CHL", "JPN", "2023-03-01", "2023-04-30", 1.4e9, "USD")]),
    ("Chile's exports to Korea were $1.0 billion, $1.2 billion and $1.4 billion in March and April 2023.",
     [fact("exports", "CHL", "KOR", "2023-03-01", "2023-04-30", 1.0e9, "USD"),
      fact("exports", "CHL", "KOR", "2023-03-01", "2023-04-30", 1.2e9, "USD"),
      fact("exports", "CHL", "KOR", "2023-03-01", "2023-04-30", 1.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONTHS_PAIRED_WITH_AMOUNTS)
def test_months_paired_with_amounts(text: str, expected: list[Fact]) -> None:
    assert facts(text, D24) == set(expected)
