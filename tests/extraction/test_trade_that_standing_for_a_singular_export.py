"""A "that to/from X" stands for a singular "export" or "import" directed to its partner, as it
stands for "trade" or "turnover", written for these tests.

"Ghana's export to Togo reached $300 million in 2024, while that to Benin stood at $150
million." had given the Togo figure alone: "export" and "import" are weak flow words (they name
no flow in "export earnings", "import duties"), and `_with_that` skipped every weak word. A
weak word directed to or from a partner ("export to Togo", "import from Kenya") is a flow, as
`_with_those` and `opening_those_cue` read it already ("Purchases from Egypt ..., and those
from Nigeria ..."); the three now share that test (`trade_lexicon._names_a_flow`). A weak word
not directed so ("export earnings from Togo") and "that" with no amount read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")

DIRECTED = [
    ("Ghana's export to Togo reached $300 million in 2024, while that to Benin stood at $150 million.",
     [fact("exports", "GHA", "TGO", *Y24, 300e6, "USD"), fact("exports", "GHA", "BEN", *Y24, 150e6, "USD")]),
    ("Rwanda's import from Kenya was worth $410 million in 2024, and that from Tanzania $260 million.",
     [fact("imports", "RWA", "KEN", *Y24, 410e6, "USD"), fact("imports", "RWA", "TZA", *Y24, 260e6, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Ghana's export earnings from Togo reached $300 million in 2024, while that from Benin stood at "
     "$150 million.",
     [fact("exports", "GHA", "TGO", *Y24, 300e6, "USD")]),
    ("Ghana's export to Togo reached $300 million in 2024, while that to Benin was stable.",
     [fact("exports", "GHA", "TGO", *Y24, 300e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DIRECTED)
def test_that_stands_for_a_directed_export_or_import(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_undirected_words_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
