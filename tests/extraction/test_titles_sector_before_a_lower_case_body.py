"""A sector's words before a state body's noun in lower case, written for these tests.

"the chief executive of the Malawian tobacco board Helen Banda" read "tobacco board" as the
description of a company named "Helen" (and the holder as "Banda"): only body words ("central
bank", "parliament") were read as the office's body after a country. One or two lower-case
words of a sector before the body's noun ("tobacco", "cotton marketing", "revenue") are the
body's too, when a person's plain name follows; a described company by its capitalized name
stays an organization as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.titles import find_titles


def _people(sentence: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The chief executive of the Malawian tobacco board Helen Banda spoke on Monday.",
         [("Helen Banda", "chief executive of the tobacco board", "MWI", None)]),
        ("The head of the Zambia revenue authority, Dingani Banda, spoke on Monday.",
         [("Dingani Banda", "head of the revenue authority", "ZMB", None)]),
        ("The director of the Malawian cotton marketing board Esther Phiri spoke on Monday.",
         [("Esther Phiri", "director of the cotton marketing board", "MWI", None)]),
    ],
)  # fmt: skip
def test_a_sector_before_the_bodys_noun(sentence: str, expected: list[tuple]) -> None:
    assert _people(sentence) == expected


def test_a_countrys_own_government_stays_out_of_the_title() -> None:
    # as before: "'s <qualifier> government" is the country's own, no body of a sector
    sentence = "He met the trade minister of Niger's transitional government, Seydou Asman, in Accra."
    assert _people(sentence) == [("Seydou Asman", "trade minister", "NER", None)]


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        # as before: a described company or agency by its capitalized name
        ("The chief executive of the Zambian power utility Zesco Limited spoke on Monday.", "Zesco Limited"),
        ("The chairman of the Chinese state bank ICBC spoke on Monday.", "ICBC"),
    ],
)  # fmt: skip
def test_a_named_body_stays_an_organization(sentence: str, organization: str) -> None:
    assert [t.organization for t in find_titles(sentence)] == [organization]
