"""A delegation's member named with a courtesy word and no title takes part.

"The Kenyan side included Principal Secretary X and Dr. Y": Y, styled but given no office, was
left out, as a sentence that adds to the event told before keeps only people with a title, a
body, a counterpart's word, a leader's "led by" or a country's possessive. In a sentence that
lists a delegation or a side's members, a courtesy word before the name (Dr., Mrs., Eng., Datuk)
now counts too: it says the name is a person listed as one of them. The dot of such a word no
longer ends the list for `engagement_context._with_side_list_country` and `_with_member_country`
("included Dr. X and Ambassador Y": Y had been given the host's country). A bare name in such a
sentence, and a styled name in a sentence that lists no delegation ("Dr. Y said ..."), stay out.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 5)  # a Wednesday

LEAD = (
    "NAIROBI, March 4 - Trade Cabinet Secretary Amos Wekesa met a Chinese delegation led by Vice "
    "Minister of Commerce Zhao Ming in Nairobi on Tuesday. "
)


def _people(text: str) -> list[tuple[str, str | None]]:
    (event,) = extract_document(LEAD + text, PUB, "Nairobi").engagements
    return [(p.name, p.country_iso3) for p in event.participants if p.participant_type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan side included Principal Secretary Ruth Achieng and Dr. Peter Odhiambo.",
         [("Ruth Achieng", "KEN"), ("Peter Odhiambo", "KEN")]),
        ("The Kenyan side included Dr. Peter Odhiambo and Mrs. Ruth Achieng.",
         [("Peter Odhiambo", "KEN"), ("Ruth Achieng", "KEN")]),
        ("The Chinese delegation included Eng. Liu Bo and Mrs. Guo Hai.",
         [("Liu Bo", "CHN"), ("Guo Hai", "CHN")]),
        # the dot of "Dr." no longer ends the list: the titled member after it is of the side
        ("The Chinese delegation included Dr. Liu Bo and Ambassador Guo Hai.",
         [("Liu Bo", "CHN"), ("Guo Hai", "CHN")]),
    ],
)  # fmt: skip
def test_a_styled_member_of_a_listed_delegation_takes_part(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(text) == [("Amos Wekesa", "KEN"), ("Zhao Ming", "CHN"), *expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare name in the list: as before
        ("The Kenyan side included Principal Secretary Ruth Achieng and Peter Odhiambo.",
         [("Ruth Achieng", "KEN")]),
        # a styled name in a sentence that lists no delegation
        ("Dr. Peter Odhiambo said the talks were useful.", []),
    ],
)  # fmt: skip
def test_other_names_stay_as_they_were(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == [("Amos Wekesa", "KEN"), ("Zhao Ming", "CHN"), *expected]
