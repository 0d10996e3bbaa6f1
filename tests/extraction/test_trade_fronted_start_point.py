"""A start point fronted by "From" is a figure of its own, of the flow told after it.

"From $3.1 billion in 2020, trade between Vietnam and Brazil climbed to $5.4 billion in 2024."
gives the 2020 turnover of $3.1 billion beside the 2024 one; it had given the 2024 figure alone:
the opening amount was read as a comparison (mark_comparisons, trade_links.py), whose flow and
sides come from the figure before it, and there was none. A sentence that opens on "From"
(also "Rising from", "up from", "from a low of": _FRONTED_FROM) and an amount now gives that
amount the flow, sides and goods of the first figure after it (_fronted_start_point), with its
own period and no change, as "rose to $5.4 billion in 2024 from $3.1 billion in 2020" does.
periods.py also reads "from a low of $900 million in 2021" as a comparison's year
(_after_comparison_marker skips the level's noun, _LEVEL_NOUNS), so a "last year" after it is
the year before publication, not the year before 2021, and trade_lexicon.COMPARISON_BEFORE
knows "a low of" as it knew "a high of". A fronted start point with no period, a fronted
period range or partner, a start point of investment and one before a forecast read as before.
Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y19 = ("2019-01-01", "2019-12-31")
Y20 = ("2020-01-01", "2020-12-31")
Y21 = ("2021-01-01", "2021-12-31")
Y22 = ("2022-01-01", "2022-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y24 = ("2024-01-01", "2024-12-31")

FRONTED = [
    ("From $3.1 billion in 2020, trade between Vietnam and Brazil climbed to $5.4 billion in 2024.",
     [fact("turnover", "VNM", "BRA", *Y20, 3.1e9, "USD"),
      fact("turnover", "VNM", "BRA", *Y24, 5.4e9, "USD")]),
    ("From Rs 1,200 crore in 2021-22, India's exports to Nepal rose to Rs 2,050 crore in 2023-24.",
     [fact("exports", "IND", "NPL", "2021-04-01", "2022-03-31", 12e9, "INR"),
      fact("exports", "IND", "NPL", "2023-04-01", "2024-03-31", 20.5e9, "INR")]),
    ("From a low of $900 million in 2021, Kenya's imports from Egypt recovered to $1.4 billion last year.",
     [fact("imports", "KEN", "EGY", *Y21, 0.9e9, "USD"), fact("imports", "KEN", "EGY", *Y24, 1.4e9, "USD")]),
    ("Rising from $2.2 billion in 2022, Peru's exports to India reached $3.0 billion in 2024, the trade "
     "ministry said.",
     [fact("exports", "PER", "IND", *Y22, 2.2e9, "USD"), fact("exports", "PER", "IND", *Y24, 3.0e9, "USD")]),
    ("From about 40 billion rand in 2019, South Africa's exports to Mozambique grew 35% to 54 billion rand "
     "in 2023.",
     [fact("exports", "ZAF", "MOZ", *Y19, 40e9, "ZAR"),
      fact("exports", "ZAF", "MOZ", *Y23, 54e9, "ZAR", 35.0)]),
]  # fmt: skip

UNCHANGED = [
    ("From $3.1 billion, trade between Vietnam and Brazil climbed to $5.4 billion in 2024.",
     [fact("turnover", "VNM", "BRA", *Y24, 5.4e9, "USD")]),
    ("From 2020 to 2024, trade between Vietnam and Brazil climbed to $5.4 billion.",
     [fact("turnover", "VNM", "BRA", *Y24, 5.4e9, "USD")]),
    ("From China, Ghana imported goods worth $9 billion in 2024.", []),
    ("From $2 billion in 2019, Chinese investment in Kenya climbed to $4 billion in 2024.", []),
    ("Kenya's imports from Egypt recovered to $1.4 billion in 2024, up from a low of $900 million in 2021.",
     [fact("imports", "KEN", "EGY", *Y24, 1.4e9, "USD"), fact("imports", "KEN", "EGY", *Y21, 0.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_a_fronted_start_point_is_a_figure_of_its_own(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_openings_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
