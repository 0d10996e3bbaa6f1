"""Representatives of two bodies who sign are the signing's two sides (written for these tests).

"Representatives of the Mongolian National Chamber of Commerce and the Steppe Chamber of
Entrepreneurs also signed a memorandum" in a Mongolia-Kazakhstan story names the two bodies
as the signers, as "The Mongolian National Chamber ... and the Steppe Chamber ... signed" already
did: the body with no country of its own is the story's other side. Before, the "representatives
of" phrase made both bodies ones met by a visitor, both took the dateline's country, and the
signing, of one country, was dropped. Representatives of bodies someone "met" stay met as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 10)  # a Tuesday
_LEAD = (
    "Mongolian President Batbold Ganzorig held talks with Kazakh President Serik Abenov, who is on a "
    "state visit to Mongolia, on Tuesday. The two leaders discussed trade, transit and energy. "
)


def _signings(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]:
    return [
        (e.countries, tuple((p.name, p.country_iso3) for p in e.participants))
        for e in extract_document(text, PUB, "Ulaanbaatar").engagements
        if e.engagement_type == "agreement"
    ]


_CHAMBERS: tuple[tuple[str, str | None], ...] = (
    ("Mongolian National Chamber of Commerce and Industry", "MNG"),
    ("Steppe Chamber of Entrepreneurs", "KAZ"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Representatives of the Mongolian National Chamber of Commerce and Industry and the "
         "Steppe Chamber of Entrepreneurs also signed a memorandum to set up a shared business "
         "council.", [(("KAZ", "MNG"), _CHAMBERS)]),
        (_LEAD + "Later, representatives of the Mongolian National Chamber of Commerce and Industry and "
         "the Steppe Chamber of Entrepreneurs signed a memorandum.", [(("KAZ", "MNG"), _CHAMBERS)]),
        # near miss: the bodies themselves as the subject, as before
        (_LEAD + "The Mongolian National Chamber of Commerce and Industry and the Steppe Chamber of "
         "Entrepreneurs also signed a memorandum.", [(("KAZ", "MNG"), _CHAMBERS)]),
        # near miss: representatives of bodies met, no signing
        (_LEAD + "Ganzorig also met representatives of the Mongolian National Chamber of Commerce and "
         "Industry and the Gobi Mining Group.", []),
    ],
)  # fmt: skip
def test_representatives_of_two_bodies_sign(
    text: str, expected: list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]
) -> None:
    assert _signings(text) == expected
