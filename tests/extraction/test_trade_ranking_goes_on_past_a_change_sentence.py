"""A ranking goes on past a sentence that tells the first figure's change, written for these tests.

"Kenya sold goods worth Sh145.3 billion to Uganda last year. The value was 11.2 percent higher
than in 2023. Tanzania came second with Sh72.4 billion, followed by Rwanda at Sh31.8 billion."
gives Kenya's exports to Tanzania and Rwanda beside those to Uganda; the ranked partners had
given nothing, as a ranked item takes the flow and home of the figure right before it only from
the sentence right before (trade._base), and the change's sentence came between. A sentence
between that tells a change and holds no amount (_next_with_an_amount) now goes on with the
figure. A sentence of another matter between ("Meanwhile, the country's tourism sector recorded
strong arrivals."), or one with an amount of its own, ends it as before. Facts are compared as
sets of (flow, reporter, partner, start, end, value, currency, change_pct, has_product);
turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 3, 5)
Y24 = ("2024-01-01", "2024-12-31")
UGANDA = fact("exports", "KEN", "UGA", *Y24, 145.3e9, "KES", 11.2)

GOES_ON = [
    ("Kenya sold goods worth Sh145.3 billion to Uganda last year. The value was 11.2 percent higher than "
     "in 2023. Tanzania came second with Sh72.4 billion, followed by Rwanda at Sh31.8 billion.",
     [UGANDA, fact("exports", "KEN", "TZA", *Y24, 72.4e9, "KES"),
      fact("exports", "KEN", "RWA", *Y24, 31.8e9, "KES")]),
    ("Kenya's exports to Uganda reached Sh145.3 billion last year. Shipments to Uganda grew 11.2 percent. "
     "Tanzania came second with Sh72.4 billion.",
     [UGANDA, fact("exports", "KEN", "TZA", *Y24, 72.4e9, "KES")]),
    ("Peru's exports to China reached US$24.3 billion in 2024, the largest of any market. That was up "
     "11.4% from 2023. The United States came second with US$9.8 billion.",
     [fact("exports", "PER", "CHN", *Y24, 24.3e9, "USD", 11.4),
      fact("exports", "PER", "USA", *Y24, 9.8e9, "USD")]),
]  # fmt: skip

UNCHANGED = [
    ("Kenya's exports to Uganda reached Sh145.3 billion last year. Meanwhile, the country's tourism sector "
     "recorded strong arrivals. Tanzania came second with Sh72.4 billion.",
     [fact("exports", "KEN", "UGA", *Y24, 145.3e9, "KES")]),
    ("Kenya's exports to Uganda reached Sh145.3 billion last year. Exports to Uganda rose by 11.2 percent, "
     "while tea prices fell by $1.2 a kilo. Tanzania came second with Sh72.4 billion.",
     [UGANDA]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_the_ranking_goes_on_past_the_change(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_another_sentence_between_ends_the_ranking(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
