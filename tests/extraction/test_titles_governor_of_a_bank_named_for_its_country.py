"""A governor "of the" bank named for its country, written for these tests.

"Governor of the Nepal Rastra Bank Maha Prasad Adhikari" had found a person "Rastra": after a
minister's or a governor's "of the", a body named for its country was read only when it ended
in an agency's word, and the title stopped at the country. A bank there is the governor's body,
as it is without the article ("Governor of Nepal Rastra Bank X"); a chamber stays as it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " held talks with Bangladeshi Commerce Minister Rashed Karim in Dhaka on Monday."


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    return [
        (p.name, p.title, p.country_iso3, p.organization)
        for p in event.participants
        if p.participant_type == "person" and p.name != "Rashed Karim"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Governor of the Nepal Rastra Bank Bishwo Raj Adhikari",
        "Governor of the Nepal Rastra Bank, Bishwo Raj Adhikari,",
        "Bishwo Raj Adhikari, Governor of the Nepal Rastra Bank,",
        # as before: no article
        "Governor of Nepal Rastra Bank Bishwo Raj Adhikari",
    ],
)
def test_the_bank_is_the_governors(text: str) -> None:
    assert _people(text) == [("Bishwo Raj Adhikari", "Governor", "NPL", "Nepal Rastra Bank")]


def test_an_unlisted_bank_word_before_the_name() -> None:
    text = "Governor of the Ghana Sika Bank Kofi Asante Boateng"
    assert _people(text) == [("Kofi Asante Boateng", "Governor", "GHA", "Ghana Sika Bank")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # as before: a bank named for its country last is the state's, in the title
        ("Governor of the Reserve Bank of India Arvind Kumar Rao",
         ("Arvind Kumar Rao", "IND", None)),
        # as before: a chamber after a minister's "of the" is no body he represents
        ("Speaker of the Kenya National Assembly Otieno Wafula", ("Otieno Wafula", "KEN", None)),
    ],
)  # fmt: skip
def test_state_bodies_stay(text: str, person: tuple[str, str | None, str | None]) -> None:
    ((name, _, country, organization),) = _people(text)
    assert (name, country, organization) == person
