"""A mayor who receives a guest, written for these tests.

A mayor receives foreign guests at his city hall: "Almaty Mayor X received Y", "Mayor of
Tashkent X hosted Y", "the mayor of Cusco, X, welcomed Y" and "Y was received by Almaty Mayor X"
place the meeting in the mayor's city when the sentence names no other place (they had given
none, or the dateline's city). A mayor who "met" someone may have gone to him, a place named in
the sentence comes first, and a governor's region tells no city: those stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _kinds_and_places(text: str, dateline: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.engagement_type, e.location) for e in extract_document(text, PUB, dateline).engagements]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("Almaty Mayor Darkhan Satybaldy received a delegation led by Kyrgyz Deputy Prime Minister "
         "Edil Baisalov on Tuesday.", None, [("meeting", "Almaty")]),
        ("Mayor of Tashkent Shavkat Umurzakov hosted Latvian Ambassador Arnis Pauls on Monday to "
         "discuss tram upgrades.", None, [("meeting", "Tashkent")]),
        ("The mayor of Cusco, Luis Pantoja, welcomed the Bolivian consul Marco Quiroga on Monday.",
         None, [("meeting", "Cusco")]),
        ("The Kyrgyz delegation was received by Almaty Mayor Darkhan Satybaldy on Tuesday.", None,
         [("meeting", "Almaty")]),
        # filed from the capital: the mayor's city, not the dateline's
        ("ASTANA, March 6 - Almaty Mayor Darkhan Satybaldy received Kyrgyz Deputy Prime Minister "
         "Edil Baisalov on Tuesday.", "Astana", [("meeting", "Almaty")]),
    ],
)  # fmt: skip
def test_the_mayors_city_is_the_place(
    text: str, dateline: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds_and_places(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named comes first
        ("Almaty Mayor Darkhan Satybaldy received Kyrgyz Deputy Prime Minister Edil Baisalov in "
         "Astana on Tuesday.", [("meeting", "Astana")]),
        # a mayor who met someone may have travelled
        ("Istanbul Mayor Ekrem Imamoglu met Greek Prime Minister Kyriakos Mitsotakis on Tuesday.",
         [("meeting", None)]),
    ],
)  # fmt: skip
def test_a_mayor_otherwise_tells_no_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _kinds_and_places(text) == expected
