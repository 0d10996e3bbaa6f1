"""A state's body opened by a demonym inside a title, written for these tests.

"Director-General of the Zambian Export Development Council X" kept the body in the title as
written, as the gold labels keep a state's body in an office ("Deputy Head of the Customs
Administration"), but the holder had no country: the demonym told none. The demonym that opens a
body kept in the title now gives the holder its country, before the name or in apposition;
a government's demonym did so before, and bodies of many states name no country.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Director-General of the Zambian Export Development Council Mwansa Phiri toured the site.",
         [("Mwansa Phiri", "Director-General of the Zambian Export Development Council", "ZMB", None)]),
        ("Mwansa Phiri, Director-General of the Zambian Export Development Council, toured the site.",
         [("Mwansa Phiri", "Director-General of the Zambian Export Development Council", "ZMB", None)]),
        ("The chairman of the Malawian Tobacco Commission, Mwansa Phiri, toured the site.",
         [("Mwansa Phiri", "chairman of the Malawian Tobacco Commission", "MWI", None)]),
        # as before: a body of many states, and a government
        ("Mwansa Phiri, Secretary-General of the Indian Ocean Commission, toured the site.",
         [("Mwansa Phiri", "Secretary-General", None, "Indian Ocean Commission")]),
        ("Special Envoy of the Zambian Government Mwansa Phiri toured the site.",
         [("Mwansa Phiri", "Special Envoy of the Zambian Government", "ZMB", None)]),
    ],
)  # fmt: skip
def test_the_demonym_gives_the_officer_its_country(sentence: str, expected: list[tuple]) -> None:
    assert _people(sentence) == expected
