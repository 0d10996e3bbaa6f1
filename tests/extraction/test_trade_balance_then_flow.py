"""A trade balance told with its other side and no amount of its own, then a flow.

"X posted a surplus with Y in May, as exports rose ..." names the pair and the period of the
flow told with it (in the same sentence, after "with"/"as", or in the next sentence), as a
balance with an amount already does. A balance with the world, a bloc or a list of countries
names no pair; a balance's amount is never a flow. Invented stories, for these tests only.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

BALANCE_THEN_FLOW = [
    # the flow in the same sentence, after "with ... -ing"
    ("SEOUL - South Korea posted a trade surplus with Vietnam in August, with exports climbing 6 percent "
     "to 4.2 trillion won.", date(2024, 11, 2),
     [fact("exports", "KOR", "VNM", "2024-08-01", "2024-08-31", 4.2e12, "KRW", 6.0)]),
    # after "as", an imports flow, a deficit
    ("BERN - Switzerland recorded a trade deficit with India in May, as imports jumped 12 percent to "
     "2.5 billion Swiss francs.", date(2024, 6, 20),
     [fact("imports", "CHE", "IND", "2024-05-01", "2024-05-31", 2.5e9, "CHF", 12.0)]),
    # the flow in the next sentence, the balance's month its period
    ("OTTAWA - Canada ran a merchandise surplus with Mexico in September. Exports grew 4 percent to "
     "C$3.1 billion.", date(2024, 10, 3),
     [fact("exports", "CAN", "MEX", "2024-09-01", "2024-09-30", 3.1e9, "CAD", 4.0)]),
    # a month not yet over at publication is of the year before
    ("BRASILIA - Brazil posted a trade surplus with Argentina in November, as exports advanced 9 percent "
     "to 1.2 billion dollars.", date(2024, 11, 20),
     [fact("exports", "BRA", "ARG", "2023-11-01", "2023-11-30", 1.2e9, "USD", 9.0)]),
    # the owner as a possessive, the balance's verb after it
    ("CANBERRA - Australia's goods deficit with Thailand widened in July as imports rose 5 percent to "
     "A$1.4 billion.", date(2024, 9, 1),
     [fact("imports", "AUS", "THA", "2024-07-01", "2024-07-31", 1.4e9, "AUD", 5.0)]),
    # a balance with its amount: the flow only, as before
    ("BERN - Switzerland recorded a trade deficit of 400 million Swiss francs with India in May, as "
     "imports jumped 12 percent to 2.5 billion Swiss francs.", date(2024, 6, 20),
     [fact("imports", "CHE", "IND", "2024-05-01", "2024-05-31", 2.5e9, "CHF", 12.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BALANCE_THEN_FLOW)
def test_balance_without_amount_names_the_pair(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


NO_PAIR = [
    # with a bloc, the world, a list of countries: no other side
    "SEOUL - South Korea posted a trade surplus with the European Union in August, with exports climbing "
    "6 percent to 4.2 trillion won.",
    "OTTAWA - Canada ran a merchandise surplus with the rest of the world in September. Exports grew 4 "
    "percent to C$3.1 billion.",
    "BERN - Switzerland recorded a trade deficit with India and Brazil in May, as imports jumped 12 percent "
    "to 2.5 billion Swiss francs.",
    # the balance alone, with or without an amount: no flow
    "BERN - Switzerland recorded a trade deficit with India in May.",
    "BERN - Switzerland recorded a trade deficit of 400 million Swiss francs with India in May.",
]


@pytest.mark.parametrize("text", NO_PAIR)
def test_balance_without_a_country_or_flow_gives_nothing(text: str) -> None:
    assert facts(text, date(2024, 11, 2)) == set()
