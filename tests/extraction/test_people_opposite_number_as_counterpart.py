"""A "his <demonym> opposite number X" introduces X by the other side's role, as "counterpart"
does: written for these tests.

"Botswana's Foreign Minister X held talks with his Zambian opposite number Y in Gaborone":
British and Commonwealth copy writes "opposite number" for "counterpart"; Y had no title, and
now takes the Foreign Minister's as a counterpart does. "Counterpart" reads as before, and a
"number" that is no officer ("a number of ...") gives no title.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.name, p.title, p.country_iso3)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Botswana's Foreign Minister Phenyo Butale held talks with his Zambian opposite number "
         "Mulambo Haimbe in Gaborone on Tuesday.",
         [("Phenyo Butale", "Foreign Minister", "BWA"), ("Mulambo Haimbe", "Foreign Minister", "ZMB")]),
        ("Irish Finance Minister Paschal Donohoe met his Dutch opposite number, Eelco Heinen, in "
         "Dublin on Monday.",
         [("Paschal Donohoe", "Finance Minister", "IRL"), ("Eelco Heinen", "Finance Minister", "NLD")]),
        ("New Zealand Trade Minister Todd McClay spoke by phone with his Fijian opposite number "
         "Manoa Kamikamica on Wednesday.",
         [("Todd McClay", "Trade Minister", "NZL"), ("Manoa Kamikamica", "Trade Minister", "FJI")]),
        # near misses: "counterpart" as before; "a number of" names no officer
        ("Botswana's Foreign Minister Phenyo Butale held talks with his Zambian counterpart "
         "Mulambo Haimbe in Gaborone on Tuesday.",
         [("Phenyo Butale", "Foreign Minister", "BWA"), ("Mulambo Haimbe", "Foreign Minister", "ZMB")]),
        ("Botswana's Foreign Minister Phenyo Butale held talks on a number of issues with Zambia's "
         "Mulambo Haimbe in Gaborone on Tuesday.",
         [("Phenyo Butale", "Foreign Minister", "BWA"), ("Mulambo Haimbe", None, "ZMB")]),
    ],
)  # fmt: skip
def test_opposite_number_as_counterpart(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected
