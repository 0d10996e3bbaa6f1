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
