""" "It was signed by X and Y" after a signing names that signing's signers, written for these tests.

"The two governments also signed a memorandum on energy. It was signed by Minister X and
Minister Y": the pronoun is the document told just before, as "The memorandum was signed by"
is, so its signers join that signing; read as a new event, the story had two signings of one
document, the second without its topic. "They were signed by" for several documents too. A
pronoun that opens no passive signing ("It was agreed that ...", "It signed ...") stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 2, 19)  # a Wednesday
TUE = date(2025, 2, 18)
LEAD = (
    "PARAMARIBO, Feb 19 - Suriname's President Chan Santokhi and Guyana's President Irfaan Ali held talks "
    "here on Tuesday. "
)


def _signings(text: str) -> list[tuple[date | None, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_date, e.countries, tuple(sorted(p.name for p in e.participants)))
        for e in extract_document(text, PUB, "Paramaribo").engagements
        if e.engagement_type == "agreement"
    ]


@pytest.mark.parametrize(
    "text",
    [
        LEAD
        + "The two governments also signed a memorandum of understanding on offshore oil. It was signed by "
        "Surinamese Natural Resources Minister David Abiamofo and Guyanese Minister of Natural Resources "
        "Vickram Bharrat.",
        LEAD
        + "The two governments also signed three agreements on energy and fisheries. They were signed by "
        "Surinamese Natural Resources Minister David Abiamofo and Guyanese Minister of Natural Resources "
        "Vickram Bharrat.",
    ],
)
def test_the_pronoun_is_the_signing_told_before(text: str) -> None:
    signings = _signings(text)
    assert len(signings) == 1
    assert signings[0][0] == TUE and signings[0][1] == ("GUY", "SUR")
    assert {"David Abiamofo", "Vickram Bharrat"} <= set(signings[0][2])


def test_the_noun_as_before() -> None:
    text = (
        LEAD
        + "The two governments also signed a memorandum of understanding on offshore oil. The memorandum was "
        "signed by Surinamese Natural Resources Minister David Abiamofo and Guyanese Minister of Natural "
        "Resources Vickram Bharrat."
    )
    assert len(_signings(text)) == 1


def test_a_pronoun_of_no_passive_signing_stays() -> None:
    text = LEAD + "It was agreed that the ferry service would resume in March."
    assert _signings(text) == []
