"""A central bank named "Bank" and its country, written for these tests.

"Bank Indonesia and the Reserve Bank of Australia signed a swap agreement" names Indonesia's
central bank as its own name is written; the engagement's participants had dropped it as a
country mention ("Bank Indonesia (BI)", with its initials, was kept), leaving the Australian
bank alone. "Bank" before a country's name, after no capitalized word, is now such a body,
as "Innovation Norway" is a country's agency. After another capitalized word it is the end of
a longer name ("the World Bank Indonesia office", "the Export-Import Bank Korea"), which reads
as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _orgs(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]:
    return [
        (
            e.countries,
            tuple((p.name, p.country_iso3) for p in e.participants if p.participant_type == "organization"),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank Indonesia and the Reserve Bank of Australia signed a swap agreement in Jakarta on "
         "Tuesday.",
         [(("AUS", "IDN"), (("Bank Indonesia", "IDN"), ("Reserve Bank of Australia", "AUS")))]),
        ("Bank Indonesia and Bank Negara Malaysia signed a local currency settlement agreement in "
         "Jakarta on Tuesday.",
         [(("IDN", "MYS"), (("Bank Indonesia", "IDN"), ("Bank Negara Malaysia", "MYS")))]),
        ("The Reserve Bank of India signed a memorandum with Bank Indonesia in Mumbai on Tuesday.",
         [(("IDN", "IND"), (("Reserve Bank of India", "IND"), ("Bank Indonesia", "IDN")))]),
        # as before: with its initials, and "Bank" ending a longer name
        ("Bank Indonesia (BI) and the Reserve Bank of India (RBI) signed a memorandum in Mumbai on "
         "Tuesday.",
         [(("IDN", "IND"), (("Bank Indonesia (BI)", "IDN"), ("Reserve Bank of India (RBI)", "IND")))]),
        ("The World Bank Indonesia office hosted Australian Trade Minister Don Farrell in Jakarta on "
         "Tuesday.",
         [(("AUS", "IDN"), ())]),
    ],
)  # fmt: skip
def test_central_bank_named_bank_and_country(
    text: str, expected: list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]
) -> None:
    assert _orgs(text) == expected
