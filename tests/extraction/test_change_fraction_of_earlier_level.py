"""A figure that came to a fraction of an earlier period's level: "fell to a third of their 2023
level" is a change of -66.67. Written for these tests.

It had given no change; the figure is the fraction times the earlier one, as "fell by
two-thirds" says. A fraction of anything else (a total, a market) is a share and gives none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.change import find_changes
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mango shipments fell to a third of their 2023 level.", -66.67),
        ("Mango shipments shrank to half of last year's level.", -50.0),
        ("Mango shipments dropped to two-thirds of the level recorded in 2022.", -33.33),
        ("Mango shipments slid to just a quarter of the 2021 figure.", -75.0),
        # "by" reads as before
        ("Mango shipments fell by a third in 2024.", -33.33),
    ],
)  # fmt: skip
def test_fraction_of_earlier_level_is_a_change(text: str, expected: float) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Mango shipments rose to a third of total exports.",
        "The firm's share rose to a third of the market in 2023.",
    ],
)
def test_fraction_of_a_whole_is_no_change(text: str) -> None:
    assert [c for c in find_changes(text) if c.kind == "change"] == []


def test_fraction_of_earlier_level_reaches_the_trade_figure() -> None:
    text = (
        "MANILA, March 3 - Philippine exports of bananas to China fell to a third of their 2023 "
        "level in 2024, to $400 million, the statistics office said."
    )
    mentions = extract_document(text, date(2025, 3, 3), "Manila").trade_mentions
    assert [m.change_pct for m in mentions] == [-66.67]
