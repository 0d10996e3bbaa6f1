"""A bank's name closed by its legal form, written for these tests.

"Bank" also opens names in the Romance and Malay manner ("Banco do Brasil", "Bank Rakyat
Indonesia"), so "Singapore's DBS Bank Ltd" had been read as a name "Bank Ltd" opened by the
keyword, and the brand before it cut off as a second side ("DBS"). A legal form right after
the keyword, or a local arm's country and its legal form after a brand ("Stanbic Bank Ghana
Ltd"), closes the name the words before it began. A name the keyword opens reads as before:
"Bank Rakyat Indonesia", "Banco do Brasil S.A.", "Grupo Mexico SA".
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya signed a memorandum with Singapore's OCBC Bank Ltd in Nairobi on Monday.",
         [("OCBC Bank Ltd", "SGP")]),
        ("The lender signed a facility with KCB Bank Limited on Monday.", [("KCB Bank Limited", None)]),
        ("Ghana signed a loan deal with Stanbic Bank Ghana Ltd on Monday.",
         [("Stanbic Bank Ghana Ltd", "GHA")]),
        ("Nigeria signed deals with Zenith Bank Plc and Access Bank Ghana Plc on Monday.",
         [("Zenith Bank Plc", None), ("Access Bank Ghana Plc", "GHA")]),
        # as before: names the keyword opens
        ("Singapore signed a memorandum with PT Bank Rakyat Indonesia Tbk on Monday.",
         [("PT Bank Rakyat Indonesia Tbk", "IDN")]),
        ("Kenya signed a deal with Banco do Brasil S.A. on Monday.", [("Banco do Brasil S.A.", "BRA")]),
        ("Peru signed a deal with Mexico's Grupo Mexico SA on Monday.", [("Grupo Mexico SA", "MEX")]),
    ],
)  # fmt: skip
def test_bank_closed_by_its_legal_form(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.name, m.country_iso3) for m in find_organizations(text)] == expected


def test_the_brand_is_no_second_side() -> None:
    text = "PT Bank Mandiri Tbk signed a memorandum with Singapore's DBS Bank Ltd in Singapore on Monday."
    (event,) = extract_document(text, PUB).engagements
    assert event.countries == ("IDN", "SGP")
    assert [p.name for p in event.participants] == ["PT Bank Mandiri Tbk", "DBS Bank Ltd"]
