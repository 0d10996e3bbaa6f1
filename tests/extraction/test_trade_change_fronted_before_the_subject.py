"""A change that opens the sentence sizes the figure of the subject after its comma, written for these tests.

"Up 12.4% year-on-year, Vietnam's exports to India reached US$5.9 billion in 2024." gives the
figure the change +12.4; it had given none, as a country named after a comma between a change
and an amount was read as the next item of a list whose change was told of the figure before it
("..., up 6.7% from the previous year, followed by the UAE at RM30.1 billion"). A change with
nothing before it, or only "with", "registering", "recording", "posting" and the like and an
article ("With a 15% increase, ...", "Registering a growth of 22 per cent, ..."), has no figure
before it to be told of. A change of an earlier period ("After a 15% drop in 2023, ..."), a
change with its own subject ("Prices rose 12%, ...") and the item after a ranked partner's
change read as before. Facts are compared as sets of (flow, reporter, partner, start, end,
value, currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")

FRONTED = [
    ("Up 12.4% year-on-year, Vietnam's exports to India reached US$5.9 billion in 2024.",
     fact("exports", "VNM", "IND", *Y24, 5.9e9, "USD", 12.4)),
    ("Rising 12.4%, Vietnam's exports to India reached US$5.9 billion in 2024.",
     fact("exports", "VNM", "IND", *Y24, 5.9e9, "USD", 12.4)),
    ("With a 15% increase, trade between Kazakhstan and Kyrgyzstan reached $2.1 billion in 2024.",
     fact("turnover", "KAZ", "KGZ", *Y24, 2.1e9, "USD", 15.0)),
    ("Registering a growth of 22 per cent, Malaysia's exports to India reached RM42 billion in 2024.",
     fact("exports", "MYS", "IND", *Y24, 42e9, "MYR", 22.0)),
    ("Down 8.1 percent from a year earlier, Thailand's imports from Japan fell to $21.3 billion in 2024.",
     fact("imports", "THA", "JPN", *Y24, 21.3e9, "USD", -8.1)),
    ("Increasing by 9% compared to 2023, trade turnover between Uzbekistan and Poland amounted to "
     "$3.4 billion in 2024.",
     fact("turnover", "UZB", "POL", *Y24, 3.4e9, "USD", 9.0)),
]  # fmt: skip

UNCHANGED = [
    ("After a 15% drop in 2023, Kenya's exports to Uganda rose to Sh130 billion in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES")]),
    ("Prices rose 12%, Vietnam's exports to India reached US$5.9 billion in 2024.", []),
    ("With a 15% share, China was Peru's top market, taking US$24.3 billion in 2024.",
     [fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD")]),
    ("Vietnam's exports to India reached US$5.9 billion in 2024, up 12.4% year-on-year.",
     [fact("exports", "VNM", "IND", *Y24, 5.9e9, "USD", 12.4)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_a_fronted_change_sizes_the_figure_after_it(text: str, expected: Fact) -> None:
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_changes_before_a_comma_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
