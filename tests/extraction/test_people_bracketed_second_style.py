"""A second style in brackets between an office and a name, written for these tests.

Nigerian and Ghanaian copy put a second style in brackets after the first ("Chief (Dr.) X",
"Prof. (Mrs.) Y", "Alhaji (Dr.) Z"). The bracket ended the styles, so the name after it was
no longer the one the office in apposition introduces: the minister came out untitled. The
bracketed style is skipped like the one before it, and stays no part of the name.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import people_met

PUB = date(2025, 3, 4)  # a Tuesday


def _people(text: str, dateline: str) -> list[tuple[str, str | None, str | None]]:
    return people_met(text, PUB, dateline)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("ABUJA, March 3 - The Minister of Industry, Trade and Investment, Chief (Dr.) Tunde Ajayi, "
         "received the Chinese Ambassador, H.E. Zhang Wei, in Abuja on Monday.", "Abuja",
         [("Tunde Ajayi", "Minister of Industry, Trade and Investment", "NGA"),
          ("Zhang Wei", "Ambassador", "CHN")]),
        ("ACCRA, March 3 - The Minister for Trade and Industry, Prof. (Mrs.) Akosua Boateng, met the "
         "Turkish Ambassador, Mr Emre Yilmaz, in Accra on Monday.", "Accra",
         [("Akosua Boateng", "Minister for Trade and Industry", "GHA"),
          ("Emre Yilmaz", "Ambassador", "TUR")]),
        ("ABUJA, March 3 - The Minister of State for Foreign Affairs, Alhaji (Dr.) Sani Bello, received "
         "the Indian High Commissioner, Mr Arun Kumar, in Abuja on Monday.", "Abuja",
         [("Sani Bello", "Minister of State for Foreign Affairs", "NGA"),
          ("Arun Kumar", "High Commissioner", "IND")]),
        # near miss: one style, as before
        ("ABUJA, March 3 - The Minister of State for Foreign Affairs, Alhaji Sani Bello, received the "
         "Indian High Commissioner, Mr Arun Kumar, in Abuja on Monday.", "Abuja",
         [("Sani Bello", "Minister of State for Foreign Affairs", "NGA"),
          ("Arun Kumar", "High Commissioner", "IND")]),
    ],
)  # fmt: skip
def test_bracketed_style_keeps_the_office(
    text: str, dateline: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text, dateline) == expected
