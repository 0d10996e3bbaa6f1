"""Parts of a total told by the partner that bought or supplied them, and amounts paired with
the periods listed after them, written for these tests (invented wording and countries).

Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

D25 = date(2025, 2, 1)
Y24 = ("2024-01-01", "2024-12-31")

#: After a country's exports (imports) with the world, a partner that "bought" ("supplied")
#: an amount takes that part of the total, as one that "took" or "accounted for" it: the
#: total's flow between its reporter and that partner, the verb gapped for the parts after it.
BUYERS_AND_SELLERS_OF_A_TOTAL = [
    (
        "Peru shipped goods worth $61 billion abroad in 2024. India purchased $7.5 billion.",
        [fact("exports", "PER", "IND", *Y24, 7.5e9, "USD")],
    ),
    (
        "Norway's exports totalled NOK 1.2 trillion in 2024. Germany bought NOK 300 billion and Britain "
        "NOK 250 billion.",
        [
            fact("exports", "NOR", "DEU", *Y24, 300e9, "NOK"),
            fact("exports", "NOR", "GBR", *Y24, 250e9, "NOK"),
        ],
    ),
    (
        "Kenya's imports came to $22 billion in 2024. China sold $4 billion, India $3 billion and Japan "
        "$1 billion.",
        [
            fact("imports", "KEN", "CHN", *Y24, 4e9, "USD"),
            fact("imports", "KEN", "IND", *Y24, 3e9, "USD"),
            fact("imports", "KEN", "JPN", *Y24, 1e9, "USD"),
        ],
    ),
    (
        "Ghana imported $14 billion of goods in 2024. Nigeria supplied $2.2 billion.",
        [fact("imports", "GHA", "NGA", *Y24, 2.2e9, "USD")],
    ),
    # near misses: a buyer that names a seller of its own is its own figure; a buyer after an
    # imports total, a seller after an exports total, take no part of it
    (
        "Peru exported $61 billion in 2024. India bought $7.5 billion of gold from Ghana.",
        [fact("imports", "IND", "GHA", *Y24, 7.5e9, "USD", product=True)],
    ),
    ("Ghana imported $14 billion of goods in 2024. Nigeria bought $2.2 billion.", []),
    ("Peru exported $61 billion in 2024. India supplied $7.5 billion.", []),
    ("Peru exported $61 billion in 2024. India's imports were $7.5 billion.", []),
]


@pytest.mark.parametrize(("text", "expected"), BUYERS_AND_SELLERS_OF_A_TOTAL)
def test_buyers_and_sellers_of_a_total(text: str, expected: list[Fact]) -> None:
    assert facts(text, D25) == set(expected)


#: A partner that "bought" ("supplied", "sold") an amount, or a percentage and its amount, of
#: another country's exports (imports) takes that part of the owner's flow, as one that "took"
#: or "made up" it: the owner's flow with the partner. The verb keeps its own flow when the
#: owner's flow does not fit it or no flow of the owner is told.
BOUGHT_OR_SUPPLIED_PART_OF_OWNERS_FLOW = [
    (
        "Egypt supplied 18 per cent ($1.9 billion) of Sudan's imports last year.",
        [fact("imports", "SDN", "EGY", *Y24, 1.9e9, "USD")],
    ),
    (
        "India bought 12 percent (€4 billion) of Ireland's exports in 2024.",
        [fact("exports", "IRL", "IND", *Y24, 4e9, "EUR")],
    ),
    (
        "Vietnam purchased $3.3 billion of Australia's total exports in 2024.",
        [fact("exports", "AUS", "VNM", *Y24, 3.3e9, "USD")],
    ),
    (
        "Turkey sold $700 million of Georgia's imports last year.",
        [fact("imports", "GEO", "TUR", *Y24, 700e6, "USD")],
    ),
    # near misses: the owner's flow the verb does not fit; a purchase from a country
    ("Egypt supplied 18 per cent ($1.9 billion) of Sudan's exports last year.", []),
    ("India bought 12 percent (€4 billion) of Ireland's imports in 2024.", []),
    (
        "India bought €4 billion of goods from Ireland in 2024.",
        [fact("imports", "IND", "IRL", *Y24, 4e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUGHT_OR_SUPPLIED_PART_OF_OWNERS_FLOW)
def test_bought_or_supplied_part_of_owners_flow(text: str, expected: list[Fact]) -> None:
    assert facts(text, D25) == set(expected)


Q1 = ("2024-01-01", "2024-03-31")
Q2 = ("2024-04-01", "2024-06-30")
Q3 = ("2024-07-01", "2024-09-30")

#: As many amounts joined by "and" as periods listed right after them, with no "respectively",
#: go one to each period in order when nothing else tells the amounts apart; amounts of two
#: flows or partners, a list with more amounts than periods, or amounts with periods of their
#: own keep the reading they had.
AMOUNTS_PAIRED_WITH_LISTED_PERIODS = [
    (
        "Ghana's exports to Togo were $310 million and $355 million in Q1 and Q2 2024.",
        [fact("exports", "GHA", "TGO", *Q1, 310e6, "USD"), fact("exports", "GHA", "TGO", *Q2, 355e6, "USD")],
    ),
    (
        "Chilean imports from Peru reached $1.2 billion and $1.4 billion in the first and second "
        "quarters of 2024.",
        [fact("imports", "CHL", "PER", *Q1, 1.2e9, "USD"), fact("imports", "CHL", "PER", *Q2, 1.4e9, "USD")],
    ),
    (
        "Trade between Poland and Czechia stood at €9 billion, €9.5 billion and €10 billion in Q1, Q2 "
        "and Q3 2024.",
        [
            fact("turnover", "POL", "CZE", *Q1, 9e9, "EUR"),
            fact("turnover", "POL", "CZE", *Q2, 9.5e9, "EUR"),
            fact("turnover", "POL", "CZE", *Q3, 10e9, "EUR"),
        ],
    ),
    (
        "Ghana's exports to Togo were $290 million and $310 million in 2023 and 2024.",
        [
            fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 290e6, "USD"),
            fact("exports", "GHA", "TGO", *Y24, 310e6, "USD"),
        ],
    ),
    # near misses: each amount with its own period; two flows; more amounts than periods
    (
        "Ghana's exports to Togo were $310 million in Q1 and $355 million in Q2 2024.",
        [fact("exports", "GHA", "TGO", *Q1, 310e6, "USD"), fact("exports", "GHA", "TGO", *Q2, 355e6, "USD")],
    ),
    (
        "Ghana's exports to and imports from Togo were $310 million and $355 million in Q1 and Q2 2024.",
        [fact("exports", "GHA", "TGO", *Q1, 310e6, "USD"), fact("imports", "GHA", "TGO", *Q1, 355e6, "USD")],
    ),
    (
        "Ghana's exports to Togo were $280 million, $310 million and $355 million in Q1 and Q2 2024.",
        [
            fact("exports", "GHA", "TGO", *Q1, 280e6, "USD"),
            fact("exports", "GHA", "TGO", *Q1, 310e6, "USD"),
            fact("exports", "GHA", "TGO", *Q1, 355e6, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS_PAIRED_WITH_LISTED_PERIODS)
def test_amounts_paired_with_listed_periods(text: str, expected: list[Fact]) -> None:
    assert facts(text, D25) == set(expected)


#: One amount before consecutive quarters joined by "and" is of their whole run, as one before
#: "January and February" is of both months; quarters that do not follow each other, or an
#: amount with others listed before the quarters, keep the reading they had.
ONE_AMOUNT_OVER_JOINED_QUARTERS = [
    (
        "Ghana's exports to Togo were $660 million in Q1 and Q2 2024.",
        [fact("exports", "GHA", "TGO", "2024-01-01", "2024-06-30", 660e6, "USD")],
    ),
    (
        "Chilean imports from Peru reached $4 billion in the second, third and fourth quarters of 2024.",
        [fact("imports", "CHL", "PER", "2024-04-01", "2024-12-31", 4e9, "USD")],
    ),
    # near miss: quarters that do not follow each other (two amounts: the table above)
    (
        "Ghana's exports to Togo were $660 million in Q1 and Q3 2024.",
        [fact("exports", "GHA", "TGO", *Q1, 660e6, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_AMOUNT_OVER_JOINED_QUARTERS)
def test_one_amount_over_joined_quarters(text: str, expected: list[Fact]) -> None:
    assert facts(text, D25) == set(expected)
