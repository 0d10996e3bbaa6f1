"""A country's own brand after "with" in a signing, written for these tests.

"Tata Steel signed an agreement with Zambia's ZCCM-IH" names the other party as a country's
brand of one word, found only by the signing's context. That context read brands after "and"
or "between", not after "with" (a word that opens many things besides a party), so the brand
had been lost and only its country kept. After "with", a brand its country's possessive owns
is now a party too (_context_orgs, engagement_participants.py); a person so owned, and a brand
after "with" that no country owns, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[tuple[str, str | None], ...]]]:
    return [
        (e.engagement_type, e.countries, tuple((p.name, p.country_iso3) for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tata Steel signed an agreement with Zambia's ZCCM-IH in Lusaka on Monday.",
         [("agreement", ("IND", "ZMB"), (("Tata Steel", "IND"), ("ZCCM-IH", "ZMB")))]),
        ("Minsk Tractor Works signed a contract with Uzbekistan's Uzagrotexsanoat in Tashkent on Monday.",
         [("agreement", ("BLR", "UZB"), (("Minsk Tractor Works", "BLR"), ("Uzagrotexsanoat", "UZB")))]),
        # as before: a person the country owns
        ("Kenyan President William Ruto signed an agreement with Tanzania's Samia Suluhu Hassan in "
         "Nairobi on Monday.",
         [("agreement", ("KEN", "TZA"), (("William Ruto", "KEN"), ("Samia Suluhu Hassan", "TZA")))]),
    ],
)  # fmt: skip
def test_country_owned_brand_after_with(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[tuple[str, str | None], ...]]]
) -> None:
    assert _events(text) == expected
