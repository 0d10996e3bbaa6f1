"""An amount in parentheses after "imports from <country>", written for these tests.

"Ghana's main imports from China in 2024 were machinery ($2.1 billion) and textiles ($900
million)" lists two figures of the year; the "from" of the origin had been read as a comparison
cue ("from $X in 2023"), so the first amount in parentheses was taken for the level of an
earlier period and dropped. A "from" that a country follows is now the origin, no comparison;
a parenthesis after a comparison "from" a year or an amount stays the earlier figure. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 4, 2)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")

LISTED = [
    ("Ghana's main imports from China in 2024 were machinery ($2.1 billion) and textiles "
     "($900 million).", PUB,
     [fact("imports", "GHA", "CHN", *Y24, 2.1e9, "USD", product=True),
      fact("imports", "GHA", "CHN", *Y24, 900e6, "USD", product=True)]),
    # (with no word of listed items, the goods are not read, but both figures stand)
    ("Kenya's imports from India in 2024 were rice ($410 million) and drugs ($380 million).", PUB,
     [fact("imports", "KEN", "IND", *Y24, 410e6, "USD"),
      fact("imports", "KEN", "IND", *Y24, 380e6, "USD")]),
]  # fmt: skip

COMPARED = [
    ("Ghana's imports from China rose 20% from 2023 ($4 billion) to $4.8 billion in 2024.", PUB,
     [fact("imports", "GHA", "CHN", *Y23, 4e9, "USD"),
      fact("imports", "GHA", "CHN", *Y24, 4.8e9, "USD", 20.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LISTED)
def test_amounts_after_an_origin_are_the_year_s(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), COMPARED)
def test_a_compared_year_in_parentheses_stays_earlier(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)
