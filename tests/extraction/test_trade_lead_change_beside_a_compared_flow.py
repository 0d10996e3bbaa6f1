"""A lead's change with the flow named again as the level compared with, written for these tests.

"Pakistan's exports to Afghanistan ... increased by 34.5 percent as compared to the exports of
the corresponding period of last year." before "The exports to Afghanistan were recorded at $1.1
billion during July-March (2024-25)." gives the figure the lead's change +34.5; it had given
none, as the lead's statement was read off its last flow word, the compared level's "exports",
which names no partner (so "faster than the exports to Tanzania" had hidden the lead's exports
to Uganda). A flow word right after "compared to/with", "against", "versus" or
"than" and an article is the level compared with, no statement of its own, so the lead's own
flow states it. So a lead whose compared flow names another partner ("compared with exports to
Tanzania") no longer gives its change to that partner's figure after it. A lead with no compared
flow reads as before. Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 4, 15)
Y24 = ("2024-01-01", "2024-12-31")
JM25 = ("2024-07-01", "2025-03-31")
JM24 = ("2023-07-01", "2024-03-31")
Q1 = ("2025-01-01", "2025-03-31")

CASES = [
    ("Pakistan's exports to Afghanistan during the first nine months of the current financial year "
     "increased by 34.5 percent as compared to the exports of the corresponding period of last year. "
     "The exports to Afghanistan were recorded at $1.1 billion during July-March (2024-25).",
     [fact("exports", "PAK", "AFG", *JM25, 1.1e9, "USD", 34.5)]),
    ("Pakistan's exports to Afghanistan during the first nine months of the current financial year "
     "increased by 34.5 percent as compared to the exports of the corresponding period of last year. "
     "The exports to Afghanistan were recorded at $1.1 billion during July-March (2024-25) against "
     "exports of $818 million during July-March (2023-24).",
     [fact("exports", "PAK", "AFG", *JM25, 1.1e9, "USD", 34.5),
      fact("exports", "PAK", "AFG", *JM24, 818e6, "USD")]),
    ("Sri Lanka's imports from India in the first quarter fell 12 percent against imports in the same "
     "period of 2024. Imports from India stood at $1.1 billion in January-March.",
     [fact("imports", "LKA", "IND", *Q1, 1.1e9, "USD", -12.0)]),
    ("Kenya's exports to Uganda rose 9 percent in 2024, faster than the exports to Tanzania. The "
     "shipments to Uganda were worth Sh130 billion in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES", 9.0)]),
    # the compared flow's partner no longer takes the lead's change
    ("Kenya's exports to Uganda rose 9 percent in 2024, compared with exports to Tanzania. Exports to "
     "Tanzania were worth Sh70 billion in 2024.",
     [fact("exports", "KEN", "TZA", *Y24, 70e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    ("Kenya's exports to Uganda rose 9 percent in 2024. Exports to Uganda were worth Sh130 billion in 2024.",
     [fact("exports", "KEN", "UGA", *Y24, 130e9, "KES", 9.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_lead_states_its_own_flow_not_the_compared_one(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_leads_without_a_compared_flow_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
