"""Trade "between the two" with no noun after "two", written for these tests.

Wire copy shortens "the two countries" to "the two" once the pair is told ("Lima and Seoul
want to deepen ties. Trade between the two stood at ..."). When a verb of the figure, a word
of its time or punctuation follows "two", the two are the story's pair, as "the two countries"
already were; a noun there ("the two blocs", "the two firms") keeps the two something else.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 2, 10)
Y24 = ("2024-01-01", "2024-12-31")

BARE_TWO = [
    ("Peru and South Korea plan to lift bilateral commerce to $12 billion by 2032, ministers "
     "said. Trade between the two stood at $7.4 billion in 2024.", PUB,
     [fact("turnover", "PER", "KOR", *Y24, 7.4e9, "USD")]),
    ("Senegalese and Moroccan delegates met in Dakar on Friday. Trade between the two rose 11 "
     "percent last year to $310 million.", PUB,
     [fact("turnover", "SEN", "MAR", *Y24, 310e6, "USD", 11.0)]),
    ("Nepal and Bangladesh want a transit accord soon. Commerce between the two, officials "
     "said, reached $95 million in 2024.", PUB,
     [fact("turnover", "NPL", "BGD", *Y24, 95e6, "USD")]),
    ("Chile and Vietnam will sign a new pact in May. Trade between the two in 2024 amounted to "
     "$1.9 billion.", PUB,
     [fact("turnover", "CHL", "VNM", *Y24, 1.9e9, "USD")]),
    # near misses: the two are blocs or firms, not the story's countries, and a target
    ("The EU and Mercosur resumed talks. Trade between the two blocs reached $110 billion in "
     "2024.", PUB, []),
    ("Peru and South Korea plan to lift bilateral commerce. Sales between the two firms reached "
     "$40 million in 2024.", PUB, []),
    ("Peru and South Korea plan to lift trade between the two to $12 billion by 2032.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BARE_TWO)
def test_trade_between_the_two_is_the_pairs(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
