"""A split year named a marketing or a crop's season is a season, written for these tests.

"Tanzania's cashew exports to Vietnam were worth $420 million in the 2023/24 marketing season" now
gives no figure, as "in the 2023/24 season" and "the 2023-24 harvest season" already did (a farm
season runs over months the text does not give, so its figures are left out); the words
"marketing" and "cashew" before "season" had not been read as a season's, and the split year was
taken for a July-June fiscal year. A split year with no season after it and a fiscal year read as
before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)

SEASONS = [
    "Tanzania's cashew exports to Vietnam were worth $420 million in the 2023/24 marketing season.",
    "Kenya's tea exports to Pakistan earned $560 million in the 2023-24 tea season.",
    "Brazil's soybean exports to China reached $38 billion in the 2023/24 soybean season.",
]

UNCHANGED = [
    ("Tanzania's cashew exports to Vietnam were worth $420 million in the 2023/24 fiscal year.",
     [fact("exports", "TZA", "VNM", "2023-07-01", "2024-06-30", 420e6, "USD", product=True)]),
    ("Tanzania's cashew exports to Vietnam were worth $420 million in 2024.",
     [fact("exports", "TZA", "VNM", "2024-01-01", "2024-12-31", 420e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize("text", SEASONS)
def test_a_crop_named_season_gives_no_figure(text: str) -> None:
    assert facts(text, PUB) == set()


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_fiscal_years_and_calendar_years_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
