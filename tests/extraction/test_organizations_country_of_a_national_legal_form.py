"""A company's country told by a legal form only one country's law gives, written for these
tests.

"PT Sumber Alam Tbk" is an Indonesian company by its forms alone ("PT" opens, "Tbk" closes
the names of Indonesian companies), as "Sdn Bhd" is Malaysian and "Pte Ltd" Singaporean, but an
unlisted name with no country word had been of none (and an engagement then gave it the
dateline's). The form now tells the country when the lexicon, the name's words and a country
written beside it tell none; forms many countries share ("Ltd", "JSC", "LLC") tell nothing.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


def _countries(sentence: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.country_iso3) for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("PT Sumber Alam Tbk signed a supply deal on Friday.", [("PT Sumber Alam Tbk", "IDN")]),
        ("PT Sumber Alam signed a supply deal on Friday.", [("PT Sumber Alam", "IDN")]),
        ("Kenanga Logistik Sdn Bhd signed a supply deal on Friday.", [("Kenanga Logistik Sdn Bhd", "MYS")]),
        ("Merlion Cold Chain Pte Ltd signed a deal on Friday.", [("Merlion Cold Chain Pte Ltd", "SGP")]),
        ("Dhofar Fisheries SAOG signed a supply deal on Friday.", [("Dhofar Fisheries SAOG", "OMN")]),
        # as before: a form many countries share, and a country written beside the name
        ("Merlion Cold Chain Ltd signed a deal on Friday.", [("Merlion Cold Chain Ltd", None)]),
        ("Vietnam's Mekong Agro JSC signed a supply deal on Friday.", [("Mekong Agro JSC", "VNM")]),
    ],
)  # fmt: skip
def test_the_form_tells_the_country(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _countries(sentence) == expected
