"""A bare ordinal after a quarter or half is that year's part of its number, written for these tests.

"Zambia's exports to the DRC rose to K45 billion in the second quarter of 2025, up from K38
billion in the first." now gives the first quarter of 2025 for K38 billion; "the first", its noun
left out, had been no period, and the figure compared with had been dated the second quarter of
2024. periods._ordinal_parts_elided_after reads "in/during/for the <ordinal>" ending its clause
(a stop, a comma, "and") after an ordinal part of a year and before the next period as the same
year's part of that number ("down from Sh71 billion in the second" after the third quarter,
"from Sh71 billion in the first" after the second half, "and to Sh80 billion in the second").
"the first time", "the first such fall", "in the first place" and a part told with its noun read
as before. Facts are compared as sets of (flow, reporter, partner, start, end, value, currency,
change_pct, has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 12, 12)
Q1_25 = ("2025-01-01", "2025-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q1_24 = ("2024-01-01", "2024-03-31")
Q2_24 = ("2024-04-01", "2024-06-30")
Q3_24 = ("2024-07-01", "2024-09-30")
H1_24 = ("2024-01-01", "2024-06-30")
H2_24 = ("2024-07-01", "2024-12-31")
ZM, KE = ("exports", "ZMB", "COD"), ("exports", "KEN", "UGA")
FELL = "Kenya's exports to Uganda fell to Sh60 billion in the third quarter of 2024"

ELIDED = [
    ("Zambia's exports to the DRC rose to K45 billion in the second quarter of 2025, up from K38 billion "
     "in the first.",
     [fact(*ZM, *Q2_25, 45e9, "ZMW"), fact(*ZM, *Q1_25, 38e9, "ZMW")]),
    (FELL + ", down from Sh71 billion in the second.",
     [fact(*KE, *Q3_24, 60e9, "KES"), fact(*KE, *Q2_24, 71e9, "KES")]),
    ("Kenya's exports to Uganda fell to Sh60 billion in the second half of 2024 from Sh71 billion in the "
     "first.",
     [fact(*KE, *H2_24, 60e9, "KES"), fact(*KE, *H1_24, 71e9, "KES")]),
    ("Kenya's exports to Uganda rose to Sh71 billion in the first quarter of 2024 and to Sh80 billion in the "
     "second.",
     [fact(*KE, *Q1_24, 71e9, "KES"), fact(*KE, *Q2_24, 80e9, "KES")]),
]  # fmt: skip

UNCHANGED = [
    (FELL + ", the first time in years.", [fact(*KE, *Q3_24, 60e9, "KES")]),
    (FELL + ", the first such fall.", [fact(*KE, *Q3_24, 60e9, "KES")]),
    (FELL + "; in the first place, demand was weak.", [fact(*KE, *Q3_24, 60e9, "KES")]),
    (FELL + " and were Sh71 billion in the first quarter.",
     [fact(*KE, *Q3_24, 60e9, "KES"), fact(*KE, *Q1_24, 71e9, "KES")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_a_bare_ordinal_is_the_part_of_its_number(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_ordinals_read_as_before(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)
