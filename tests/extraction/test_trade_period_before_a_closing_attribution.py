"""A sentence's last period, followed only by the attribution that closes it, dates every figure.

"Korea's exports to China fell to $133 billion, while imports rose to $139 billion last year,
the ministry said." gives both figures of last year; it had given neither: the period that ends
a sentence after its last amount dates the amounts that name none (_sentence_final_period and
_closing_period, trade_links.py) only when nothing but closing marks follows it, so the first
amount had no period, and the second, whose sides come from the first, fell with it. An
attribution after the period (a source of at most six words and its verb, "the ministry said",
"data showed on Monday", or the verb alone after a source that holds the period: "customs data
for the first half showed": _ends_sentence) now ends the sentence as the full stop does. A
period inside a clause of its own after the amount, a second period in an aside, and a source
that is dated after its verb ("said in its 2024 report") read as before. Facts are compared as
sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 7, 10)
Y24 = ("2024-01-01", "2024-12-31")
H1 = ("2025-01-01", "2025-06-30")

ATTRIBUTED = [
    ("Korea's exports to China fell to $133 billion, while imports rose to $139 billion last year, the "
     "ministry said.",
     [fact("exports", "KOR", "CHN", *Y24, 133e9, "USD"), fact("imports", "KOR", "CHN", *Y24, 139e9, "USD")]),
    ("Vietnam's exports to the US rose to $65 billion, while imports from the US reached $8 billion, customs "
     "data for the first half showed.",
     [fact("exports", "VNM", "USA", *H1, 65e9, "USD"), fact("imports", "VNM", "USA", *H1, 8e9, "USD")]),
    ("Exports to India: $1.2 billion; imports from India: $800 million, Bangladesh's EPB data for 2024 show.",
     [fact("exports", "BGD", "IND", *Y24, 1.2e9, "USD"), fact("imports", "BGD", "IND", *Y24, 0.8e9, "USD")]),
    ("Kenya's exports to Uganda fell to $500 million, while imports rose to $300 million in 2024, the Kenya "
     "National Bureau of Statistics said.",
     [fact("exports", "KEN", "UGA", *Y24, 0.5e9, "USD"), fact("imports", "KEN", "UGA", *Y24, 0.3e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Korea's exports to China fell to $133 billion, while imports rose to $139 billion after Seoul eased "
     "rules in 2024, the ministry said.", []),
    # (the year a level was last seen dates no figure, and the apposition sizing up the level
    # leaves 2024 the sentence's last period: test_trade_level_last_seen_dates_no_figure.py)
    ("Kenya's exports to Uganda fell to $500 million, while imports rose to $300 million in 2024, a level "
     "last seen in 2019, the bureau said.",
     [fact("exports", "KEN", "UGA", *Y24, 500e6, "USD"), fact("imports", "KEN", "UGA", *Y24, 300e6, "USD")]),
    ("Korea's exports to China fell to $133 billion, while imports rose to $139 billion, the ministry said "
     "in its 2024 report.", []),
    ("Korea's exports to China fell to $133 billion, while imports rose to $139 billion last year.",
     [fact("exports", "KOR", "CHN", *Y24, 133e9, "USD"), fact("imports", "KOR", "CHN", *Y24, 139e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_a_period_before_the_closing_attribution_dates_every_figure(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_periods_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
