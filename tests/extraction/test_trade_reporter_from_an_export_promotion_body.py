"""An export promotion body that publishes trade figures reports them, written for these tests.

"Exports to China rose to RM15 billion in May, MATRADE said." now gives Malaysia's exports to China;
the body's short name was unknown, so the figure had no reporter and gave nothing. So do
"according to TDAP" (Pakistan's Trade Development Authority) among the offices credited
(countries._CREDITED_OFFICE_COUNTRIES), and "EPB data showed" (Bangladesh's Export Promotion
Bureau) among those counted only as the source of data (_DATA_OFFICE_COUNTRIES), as "EPB" is also
Hong Kong's Environmental Protection Bureau: "the EPB said" credits no country. Facts are compared
as sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
FY24_JULY = ("2023-07-01", "2024-06-30")

CREDITED = [
    ("Exports to China rose to RM15 billion in May, MATRADE said.",
     [fact("exports", "MYS", "CHN", "2025-05-01", "2025-05-31", 15e9, "MYR")]),
    ("Exports to China rose to $2.1 billion in FY24, according to TDAP.",
     [fact("exports", "PAK", "CHN", *FY24_JULY, 2.1e9, "USD")]),
    ("Exports to the US fetched $8.4 billion in FY24, EPB data showed.",
     [fact("exports", "BGD", "USA", *FY24_JULY, 8.4e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    "Exports to the US fetched $8.4 billion in 2024, the EPB said.",
]


@pytest.mark.parametrize(("text", "expected"), CREDITED)
def test_the_body_reports_its_figures(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_body_of_two_names_credited_otherwise_names_no_reporter(text: str) -> None:
    assert facts(text, PUB) == set()
