"""Country initials joined by a hyphen to the other side of a pair, written for these tests.

"RP-Japan trade" in a Manila story is the turnover of the Philippines and Japan, as
"Philippines-Japan trade" is; a hyphen after or before initials had always set them aside, for
"SA-registered" firms. Initials now count across a hyphen when the word on its other side
names a country, and the Philippine "RP" and "PH", the Indonesian "RI" and Taiwan's "ROC"
are initials of their country in a story that names it. Facts are compared as sets of (flow,
reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 4, 8)
Y24 = ("2024-01-01", "2024-12-31")

PAIRS = [
    ("MANILA - RP-Korea trade climbed 6 percent to $17.2 billion in 2024, the trade department said.", PUB,
     [fact("turnover", "PHL", "KOR", *Y24, 17.2e9, "USD", 6.0)]),
    ("MANILA - Trade officials said Australia-PH trade grew to $9.8 billion in 2024.", PUB,
     [fact("turnover", "AUS", "PHL", *Y24, 9.8e9, "USD")]),
    ("JAKARTA - RI-Japan trade slipped 3 percent to $38.5 billion in 2024, customs figures show.", PUB,
     [fact("turnover", "IDN", "JPN", *Y24, 38.5e9, "USD", -3.0)]),
    ("Johannesburg traders expect more. SA-Germany trade stood at R410 billion in 2024, "
     "South Africa's revenue service said.", PUB,
     [fact("turnover", "ZAF", "DEU", *Y24, 410e9, "ZAR")]),
    ("TAIPEI - ROC-Vietnam trade jumped 21 percent to $27.4 billion in 2024, Taiwan's finance "
     "ministry said.", PUB,
     [fact("turnover", "TWN", "VNM", *Y24, 27.4e9, "USD", 21.0)]),
]  # fmt: skip

COMPOUNDS = [
    # a compound of initials and no country stays no side
    ("Pretoria - South Africa's exports to Zambia reached R48 billion in 2024, carried by "
     "SA-registered hauliers.", PUB,
     [fact("exports", "ZAF", "ZMB", *Y24, 48e9, "ZAR")]),
    ("Manila - Philippine exports to Japan rose to $12.6 billion in 2024 as PH-based makers of "
     "wiring harnesses expanded.", PUB,
     [fact("exports", "PHL", "JPN", *Y24, 12.6e9, "USD")]),
    # initials of a country the story does not name stand for nothing
    ("RP-Korea trade climbed 6 percent to $17.2 billion in 2024, the chamber said.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS)
def test_initials_hyphened_to_a_country_are_a_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), COMPOUNDS)
def test_initials_in_a_compound_stay_no_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
