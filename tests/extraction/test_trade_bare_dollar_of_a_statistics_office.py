"""A bare "$" in a story without a dateline quoting a dollar country's statistics office,
written for these tests.

"Fiji's exports to Australia were $450 million in 2024, the Fiji Bureau of Statistics said."
with no dateline, address or outlet now gives Fijian dollars; it had given US dollars, as only
a dateline, an address or an outlet made a story local press. The office counts in its own
dollar and the local press quoting it writes that bare (Stats NZ, Statistics Canada, the
Australian Bureau of Statistics). `office_dollar` (trade_currency.py), asked by
`DocumentContext.local_dollar` when the story quotes a statistics office, applies the rules of
`local_dollar` to the office's country. A wire credit ("OTTAWA (Reuters) -"), a dateline of its
own, a story that marks the local dollar ("A$14 billion ... $3 billion") and, for the press
that marks the US dollar, a story that writes one ("US$300 million") read as before. Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 8, 12)
Y24 = ("2024-01-01", "2024-12-31")
MAR = ("2025-03-01", "2025-03-31")
MAY = ("2025-05-01", "2025-05-31")

OFFICE = [
    ("Fiji's exports to Australia were $450 million in 2024, the Fiji Bureau of Statistics said.",
     [fact("exports", "FJI", "AUS", *Y24, 450e6, "FJD")]),
    ("Exports to China fell to $1.2 billion in March, Stats NZ said.",
     [fact("exports", "NZL", "CHN", *MAR, 1.2e9, "NZD")]),
    ("Canada's exports to Mexico rose to $42 billion in 2024, Statistics Canada said.",
     [fact("exports", "CAN", "MEX", *Y24, 42e9, "CAD")]),
]  # fmt: skip

UNCHANGED = [
    ("OTTAWA (Reuters) - Canada's exports to Mexico rose to $42 billion in 2024, Statistics Canada said.",
     [fact("exports", "CAN", "MEX", *Y24, 42e9, "USD")]),
    ("Fiji's exports to Australia were $450 million in 2024, the Fiji Bureau of Statistics said, while "
     "imports from China were US$300 million.",
     [fact("exports", "FJI", "AUS", *Y24, 450e6, "USD"), fact("imports", "FJI", "CHN", *Y24, 300e6, "USD")]),
    ("Australia's exports to China fell 5% to A$14 billion in May, while imports from the US were "
     "$3 billion, the Australian Bureau of Statistics said.",
     [fact("exports", "AUS", "CHN", *MAY, 14e9, "AUD", -5.0),
      fact("imports", "AUS", "USA", *MAY, 3e9, "USD")]),
    ("BEIJING, Aug. 12 - Canada's exports to China rose to $32 billion in 2024, Statistics Canada said.",
     [fact("exports", "CAN", "CHN", *Y24, 32e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OFFICE)
def test_a_bare_dollar_is_the_offices_dollar(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_wires_datelines_and_marked_dollars_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
