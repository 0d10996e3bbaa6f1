"""A titled name whose country an office in apposition tells, written for these tests.

"Ambassador Aroha Ngata, New Zealand's envoy to Fiji, paid a courtesy call on ..." names the
envoy with a title that tells no country, then his office with its country: he is New
Zealand's envoy (he had taken Fiji's side, the country of his post, or none). A title that
tells a country already keeps it, and an apposition with no country changes nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _people(text: str) -> list[tuple[str, str | None]]:
    return [
        (p.name, p.country_iso3)
        for e in extract_document(text, PUB).engagements
        for p in e.participants
        if p.participant_type == "person"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Aroha Ngata, New Zealand's envoy to Fiji, paid a courtesy call on Fijian Prime "
         "Minister Sitiveni Rabuka in Suva on Monday.",
         [("Aroha Ngata", "NZL"), ("Sitiveni Rabuka", "FJI")]),
        ("Amb. Kwame Asante, Ghana's envoy to Senegal, called on Senegalese Foreign Minister Yassine "
         "Fall in Dakar on Monday.", [("Kwame Asante", "GHA"), ("Yassine Fall", "SEN")]),
        ("Ambassador Lucia Ferraz, Uruguay's envoy to Paraguay, met Paraguayan Foreign Minister "
         "Ruben Ramirez in Asuncion on Monday.", [("Lucia Ferraz", "URY"), ("Ruben Ramirez", "PRY")]),
        # a title with its country keeps it; an apposition with none changes nothing
        ("Fijian Ambassador Kamal Prasad, the dean of the diplomatic corps, met New Zealand Foreign "
         "Minister Winston Peters in Wellington on Monday.",
         [("Kamal Prasad", "FJI"), ("Winston Peters", "NZL")]),
    ],
)  # fmt: skip
def test_the_office_in_apposition_tells_the_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(text) == expected
