"""A name after its title in a list closed by semicolons, written for these tests.

Ministries' releases list a delegation with semicolons between its members: "The Vietnamese
delegation included the Ambassador of Viet Nam to Ghana, H.E. Dang Thanh Hai; the
Director-General of the Vietnam Trade Promotion Agency (VIETRADE), Mr. Vu Ba Phu; and ...".
A name after its title and a comma had to be closed by a comma, a bracket or the sentence's
end, so the two had no title, no country and no place in the talks. A semicolon now closes it
too. A name closed by a comma, and a title with no name after its comma, read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation included the Ambassador of Viet Nam to Ghana, H.E. Dang Thanh Hai; the "
         "Director-General of the Vietnam Trade Promotion Agency (VIETRADE), Mr. Vu Ba Phu; and "
         "representatives of Vinacafe.",
         [("Dang Thanh Hai", "Ambassador to Ghana", "VNM"), ("Vu Ba Phu", "Director-General", "VNM")]),
        ("Present were the Minister of Trade of Kenya, Lee Kinyanjui; and the Minister of Trade of "
         "Uganda, Francis Mwebesa.",
         [("Lee Kinyanjui", "Minister of Trade", "KEN"), ("Francis Mwebesa", "Minister of Trade", "UGA")]),
        # as before: a comma after the name
        ("The delegation included the Ambassador of Viet Nam to Ghana, H.E. Dang Thanh Hai, and "
         "others.",
         [("Dang Thanh Hai", "Ambassador to Ghana", "VNM")]),
    ],
)  # fmt: skip
def test_name_closed_by_semicolon(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(text)] == expected


def test_the_delegation_takes_part() -> None:
    text = (
        "Ghana's Trade Minister Elizabeth Ofosu-Adjare met Vietnamese Deputy Minister of Industry "
        "and Trade Phan Thi Thang in Accra on Wednesday. The Vietnamese delegation included the "
        "Ambassador of Viet Nam to Ghana, H.E. Dang Thanh Hai; and the Director-General of the "
        "Vietnam Trade Promotion Agency (VIETRADE), Mr. Vu Ba Phu."
    )
    (event,) = extract_document(text, PUB).engagements
    assert event.countries == ("GHA", "VNM")
    assert [p.name for p in event.participants if p.participant_type == "person"] == [
        "Elizabeth Ofosu-Adjare",
        "Phan Thi Thang",
        "Dang Thanh Hai",
        "Vu Ba Phu",
    ]
