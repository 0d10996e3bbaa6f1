"""A compared part of a year told without its year, written for these tests.

"Zambia's copper exports to China were worth K45 billion in the second quarter of 2024, up
from K38 billion in the first quarter." now gives the first quarter of 2024 to the K38
billion; it had given the first quarter of the publication year (2025), which is after the
figure it is compared with. `_period` (trade.py) dates a comparison's part of a year told
without a year (`_yearless_part`: a quarter, a half, a month) by the figure it is compared
with, when that figure is itself of a part of a year: the last such part ending before the
figure starts (`_last_before`: "up from ... in April" after May 2024, April 2024; "the fourth
quarter" after the first quarter of 2024, that of 2023). A compared part with its year ("the
same quarter of 2023"), a compared part after a whole year's figure and a part compared with a
part that also has no year read as before. Facts are compared as sets of (flow, reporter,
partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)

COMPARED = [
    ("Zambia's copper exports to China were worth K45 billion in the second quarter of 2024, up from "
     "K38 billion in the first quarter.",
     [fact("exports", "ZMB", "CHN", "2024-04-01", "2024-06-30", 45e9, "ZMW", product=True),
      fact("exports", "ZMB", "CHN", "2024-01-01", "2024-03-31", 38e9, "ZMW", product=True)]),
    ("Zambia's exports to China were worth K45 billion in May 2024, up from K38 billion in April.",
     [fact("exports", "ZMB", "CHN", "2024-05-01", "2024-05-31", 45e9, "ZMW"),
      fact("exports", "ZMB", "CHN", "2024-04-01", "2024-04-30", 38e9, "ZMW")]),
    ("Zambia's exports to China were worth K45 billion in the first quarter of 2024, compared with "
     "K38 billion in the fourth quarter.",
     [fact("exports", "ZMB", "CHN", "2024-01-01", "2024-03-31", 45e9, "ZMW"),
      fact("exports", "ZMB", "CHN", "2023-10-01", "2023-12-31", 38e9, "ZMW")]),
]  # fmt: skip

UNCHANGED = [
    ("Zambia's exports to China were worth K45 billion in the second quarter of 2024, up from K38 "
     "billion in the same quarter of 2023.",
     [fact("exports", "ZMB", "CHN", "2024-04-01", "2024-06-30", 45e9, "ZMW"),
      fact("exports", "ZMB", "CHN", "2023-04-01", "2023-06-30", 38e9, "ZMW")]),
    ("Zambia's exports to China were worth K45 billion in 2024, up from K38 billion in the first quarter.",
     [fact("exports", "ZMB", "CHN", "2024-01-01", "2024-12-31", 45e9, "ZMW"),
      fact("exports", "ZMB", "CHN", "2025-01-01", "2025-03-31", 38e9, "ZMW")]),
    ("Zambia's exports to China were worth K45 billion in the first quarter, up from K38 billion in "
     "the fourth quarter.",
     [fact("exports", "ZMB", "CHN", "2025-01-01", "2025-03-31", 45e9, "ZMW"),
      fact("exports", "ZMB", "CHN", "2024-10-01", "2024-12-31", 38e9, "ZMW")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPARED)
def test_a_compared_part_takes_the_figures_year(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_parts_with_a_year_or_beside_a_whole_year_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
