"""A military rank as the title of an officer no office introduces, written for these tests.

Sahel and Sudanese copy name junta leaders by their rank alone ("Captain X received ...",
"Lt. Gen. Y met ..."). The rank is skipped with the honorifics as no part of the name, and
was then lost: the officer came out with no title, though the text gives one. An office
told for them, in the sentence or elsewhere in the story, stays the title.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import people_met

PUB = date(2025, 3, 4)  # a Tuesday


def _people(text: str, dateline: str) -> list[tuple[str, str | None, str | None]]:
    return people_met(text, PUB, dateline)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("OUAGADOUGOU, March 3 - Captain Moussa Ouedraogo received Russian Deputy Defence Minister "
         "Pavel Sorokin in Ouagadougou on Monday.", "Ouagadougou",
         [("Moussa Ouedraogo", "Captain", "BFA"), ("Pavel Sorokin", "Deputy Defence Minister", "RUS")]),
        ("CONAKRY, March 3 - Colonel Sekou Camara held talks with Moroccan Foreign Minister Karim "
         "Benali in Conakry on Monday.", "Conakry",
         [("Sekou Camara", "Colonel", "GIN"), ("Karim Benali", "Foreign Minister", "MAR")]),
        ("KHARTOUM, March 3 - Lt. Gen. Osman Hamid al-Tayeb received Egyptian Foreign Minister Samir "
         "Fawzi in Port Sudan on Monday.", "Khartoum",
         [("Osman Hamid al-Tayeb", "Lt. Gen.", "SDN"), ("Samir Fawzi", "Foreign Minister", "EGY")]),
        # an office wins over the rank: before it in the sentence, or told in another sentence
        ("OUAGADOUGOU, March 3 - Burkina Faso President Captain Moussa Ouedraogo received Russian "
         "Deputy Defence Minister Pavel Sorokin in Ouagadougou on Monday.", "Ouagadougou",
         [("Moussa Ouedraogo", "President", "BFA"), ("Pavel Sorokin", "Deputy Defence Minister", "RUS")]),
        ("OUAGADOUGOU, March 3 - President Moussa Ouedraogo spoke on Sunday. On Monday Captain Moussa "
         "Ouedraogo received Russian Deputy Defence Minister Pavel Sorokin in Ouagadougou.", "Ouagadougou",
         [("Moussa Ouedraogo", "President", "BFA"), ("Pavel Sorokin", "Deputy Defence Minister", "RUS")]),
        # a civilian named with no rank nor office stays untitled
        ("OUAGADOUGOU, March 3 - Moussa Ouedraogo received Russian Deputy Defence Minister Pavel "
         "Sorokin in Ouagadougou on Monday.", "Ouagadougou",
         [("Moussa Ouedraogo", None, "BFA"), ("Pavel Sorokin", "Deputy Defence Minister", "RUS")]),
    ],
)  # fmt: skip
def test_rank_is_the_title_when_no_office_is_told(
    text: str, dateline: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text, dateline) == expected
