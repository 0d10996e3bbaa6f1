"""An office credited as the source of the data reports its figures, written for these tests.

"Exports to China reached R120 billion in 2024, data from SARS showed." now gives South Africa's
exports to China, and so does "BPS data showed" (Indonesia), "PBS data" (Pakistan), "according
to BBS data" (Bangladesh), "URA data" (Uganda), "TRA figures" (Tanzania); the figure had no
reporter and gave nothing. Those short names also name other things (the disease, basis points,
broadcasters, Singapore's planning authority, Taiwan's railways), so they count only as the source
of data (countries._DATA_OFFICE_COUNTRIES): "SARS said", "BBS reported" and "the SARS outbreak"
credit nothing. The revenue authorities whose short names are their own ("ZIMRA", "KRA", "ZRA")
join the offices credited as the ones before ("the ZRA said", "according to Zimra"). Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUB = date(2025, 6, 12)
Y24 = ("2024-01-01", "2024-12-31")
H1 = ("2024-01-01", "2024-06-30")
JULY_MARCH = ("2024-07-01", "2025-03-31")
TO_CHINA = "Exports to China reached R120 billion in 2024, "
ZAF_CHN = [fact("exports", "ZAF", "CHN", *Y24, 120e9, "ZAR")]

CREDITED = [
    (TO_CHINA + "data from SARS showed.", ZAF_CHN),
    (TO_CHINA + "Sars data showed.", ZAF_CHN),
    ("Exports to Japan rose 8 percent to $2.1 billion in 2024, according to figures released by BPS.",
     [fact("exports", "IDN", "JPN", *Y24, 2.1e9, "USD", 8.0)]),
    ("Exports to China rose to $200 million in the July-March period, PBS data showed.",
     [fact("exports", "PAK", "CHN", *JULY_MARCH, 200e6, "USD")]),
    ("Exports to India rose to $800 million in the July-March period, according to BBS data.",
     [fact("exports", "BGD", "IND", *JULY_MARCH, 800e6, "USD")]),
    ("Exports to Kenya rose to Sh400 billion in the first half, URA data showed.",
     [fact("exports", "UGA", "KEN", *H1, 400e9, "UGX")]),
    ("Exports to Kenya rose to TSh400 billion in the first half, TRA figures showed.",
     [fact("exports", "TZA", "KEN", *H1, 400e9, "TZS")]),
    ("Imports from South Africa rose to US$1.2 billion in the first half, according to Zimra.",
     [fact("imports", "ZWE", "ZAF", *H1, 1.2e9, "USD")]),
    ("Exports to Uganda rose to Sh80 billion in the first half, KRA data showed.",
     [fact("exports", "KEN", "UGA", *H1, 80e9, "KES")]),
    ("Exports to South Africa rose to K8 billion in the first half, the ZRA said.",
     [fact("exports", "ZMB", "ZAF", *H1, 8e9, "ZMW")]),
]  # fmt: skip

UNCHANGED = [
    TO_CHINA + "SARS said.",
    "Exports to China fell to R120 billion in 2003 during the SARS outbreak.",
    "Exports to India rose to $800 million in the July-March period, BBS reported.",
]


@pytest.mark.parametrize(("text", "expected"), CREDITED)
def test_the_office_credited_with_the_data_reports(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_short_name_credited_otherwise_names_no_reporter(text: str) -> None:
    assert facts(text, PUB) == set()
