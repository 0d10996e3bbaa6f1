"""North Korea in the UN's style, and older names of Belarus and Kyrgyzstan; written for these tests.

"DPR Korea", "Korea DPR", "Korea, DPR" and "the DPR of Korea" (as UN agencies, FAO and the
Pyongyang press write the Democratic People's Republic of Korea) now give PRK: each had given
South Korea, from its bare "Korea". "Belorussia" (Belarus) and "Kirghizia" (Kyrgyzstan), and
"Barbudan" (Antigua and Barbuda), had given no country. A bare "Korea", "the Republic of Korea"
and "the DPRK" read as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.countries import find_countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DPR Korea officials met.", [("DPR Korea", "PRK")]),
        ("Officials of Korea DPR met.", [("Korea DPR", "PRK")]),
        ("Officials of Korea, DPR met.", [("Korea, DPR", "PRK")]),
        ("Officials of the DPR of Korea met.", [("DPR of Korea", "PRK")]),
        ("A Belorussia delegation met.", [("Belorussia", "BLR")]),
        ("Officials of Kirghizia met.", [("Kirghizia", "KGZ")]),
        ("A Barbudan official met.", [("Barbudan", "ATG")]),
        # as before
        ("Officials of Korea met.", [("Korea", "KOR")]),
        ("Officials of the Republic of Korea met.", [("Republic of Korea", "KOR")]),
        ("Officials of the DPRK met.", [("DPRK", "PRK")]),
    ],
)
def test_country_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.iso3) for m in find_countries(text)] == expected


def test_trade_of_dpr_korea() -> None:
    found = facts("Trade between DPR Korea and China rose to $2 billion in 2024.", date(2025, 3, 1))
    assert found == {fact("turnover", "PRK", "CHN", "2024-01-01", "2024-12-31", 2e9, "USD")}
