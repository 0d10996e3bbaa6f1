"""A year told as the last time a level was seen dates no figure, written for these tests.

"Namibia's exports to Angola fell to $500 million, while imports rose to $300 million in 2024,
a level last seen in 2019, the ministry said." gives both 2024 figures; it had given none: the
year after "last seen in" / "last recorded back in" / "not seen since" is the past the level is
measured against, with no amount of its own (trade_frames._last_seen_level sets it aside), and
an apposition sizing up the level (", a level last seen in ...", ", the highest since 2014",
", a five-year high") between the sentence's one period and its end or its attribution lets that
period still date every amount before it (trade_links._LEVEL_APPOSITIVE). A lone figure "fell to
$500 million, a level last seen in 2019" is no longer 2019's. A figure whose own year is told
("were last seen at $500 million in 2019", "$500 million in 2024, a level last seen in 2019")
read as before. Facts are compared as sets
of (flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 21)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y19 = ("2019-01-01", "2019-12-31")
NA = "Namibia's exports to Angola fell to $500 million, while imports rose to $300 million in 2024"

FIXED = [
    (NA + ", a level last seen in 2019, the ministry said.",
     {fact("exports", "NAM", "AGO", *Y24, 500e6, "USD"), fact("imports", "NAM", "AGO", *Y24, 300e6, "USD")}),
    (NA + ", a level last recorded back in 2017.",
     {fact("exports", "NAM", "AGO", *Y24, 500e6, "USD"), fact("imports", "NAM", "AGO", *Y24, 300e6, "USD")}),
    (NA + ", a level not seen since 2016.",
     {fact("exports", "NAM", "AGO", *Y24, 500e6, "USD"), fact("imports", "NAM", "AGO", *Y24, 300e6, "USD")}),
    ("Peru's imports from Chile slipped to $1.1 billion, while exports climbed to $2.4 billion "
     "in 2023, their highest level since 2014.",
     {fact("imports", "PER", "CHL", *Y23, 1.1e9, "USD"), fact("exports", "PER", "CHL", *Y23, 2.4e9, "USD")}),
    ("Peru's imports from Chile slipped to $1.1 billion, while exports climbed to $2.4 billion "
     "in 2023, a five-year high, customs data showed.",
     {fact("imports", "PER", "CHL", *Y23, 1.1e9, "USD"), fact("exports", "PER", "CHL", *Y23, 2.4e9, "USD")}),
    # the past year alone no longer dates the figure before it
    ("Mongolia's coal exports to China dropped to $900 million, a level last seen in 2018.", set()),
]  # fmt: skip

UNCHANGED = [
    ("Namibia's exports to Angola were last seen at $500 million in 2019.",
     {fact("exports", "NAM", "AGO", *Y19, 500e6, "USD")}),
    ("Namibia's exports to Angola fell to $500 million in 2024, a level last seen in 2019.",
     {fact("exports", "NAM", "AGO", *Y24, 500e6, "USD")}),
    (NA + ".",
     {fact("exports", "NAM", "AGO", *Y24, 500e6, "USD"), fact("imports", "NAM", "AGO", *Y24, 300e6, "USD")}),
    (NA + ", the ministry said.",
     {fact("exports", "NAM", "AGO", *Y24, 500e6, "USD"), fact("imports", "NAM", "AGO", *Y24, 300e6, "USD")}),
    ("Mongolia's coal exports to China dropped to $900 million in 2024, the lowest since 2018.",
     {fact("exports", "MNG", "CHN", *Y24, 900e6, "USD", product=True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_a_year_last_seen_dates_no_figure(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_figures_with_their_own_year_read_as_before(text: str, expected: set[Fact]) -> None:
    assert facts(text, PUB) == expected
