"""A capital's possessive before an official of its government, written for these tests.

Wire copy names a government by its capital: "Seoul's trade minister met his Japanese
counterpart in Tokyo", "Beijing's top diplomat", "New Delhi's envoy to Dhaka". The capital had
been read as a place only, so the meeting had one side and was lost. A capital before "'s" and
a government's official (minister, envoy, ambassador, diplomat, negotiator, delegation,
representative, premier; after up to three words such as "top", "trade", "foreign") is now its
country's side (`engagement_context._capital_official`). A city's own officers ("Tokyo's
governor", "Beijing's city officials") and a capital as the venue read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 16)  # a Monday


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _events(text: str) -> list[tuple[str, str | None, tuple[str, ...], str | None]]:
    return [
        (e.engagement_type, _iso(e.engagement_date), e.countries, e.location)
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul's trade minister met his Japanese counterpart in Tokyo on Sunday to discuss export "
         "controls.",
         [("meeting", "2025-06-15", ("JPN", "KOR"), "Tokyo")]),
        ("Beijing's foreign minister held talks with his Russian counterpart in Moscow on Sunday.",
         [("meeting", "2025-06-15", ("CHN", "RUS"), "Moscow")]),
        ("Canberra's top trade negotiator met Indonesian officials in Jakarta on Sunday.",
         [("meeting", "2025-06-15", ("AUS", "IDN"), "Jakarta")]),
        ("New Delhi's envoy to Dhaka called on Bangladesh's foreign adviser on Sunday.",
         [("meeting", "2025-06-15", ("BGD", "IND"), None)]),
        # near misses: a city's own officers, and a capital as the venue, read as before
        ("Tokyo's governor met the Korean ambassador on Sunday.", []),
        ("Beijing's city officials met a Russian delegation on Sunday.", []),
        ("The Korean trade minister met Japanese officials in Tokyo on Sunday.",
         [("meeting", "2025-06-15", ("JPN", "KOR"), "Tokyo")]),
    ],
)  # fmt: skip
def test_a_capitals_official_is_its_countrys_side(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...], str | None]]
) -> None:
    assert _events(text) == expected
