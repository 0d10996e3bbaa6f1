"""A body's name whose list of words runs on over "and" into a title's phrase ends before "and".

"received a delegation of the Federation of Bangladesh Chambers of Commerce and Industry and
Chinese Ambassador Yao Wen": the complement of a body's name goes on over "and" and a capitalized
word ("of Commerce and Industry"), so it ran on into the second side's title and name; the run
overlapped the title and was dropped, and only "Federation of Bangladesh" (or nothing) was left.
`organizations._before_a_titled_side` ends such a run before the "and" that the title's phrase
follows. A name with no title after it, and a name that a country already closes, stay as they
were.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chief Adviser Rahim Uddin received a delegation of the Federation of Bangladesh Chambers "
         "of Commerce and Industry and Chinese Ambassador Yao Wen on Thursday.",
         ["Federation of Bangladesh Chambers of Commerce and Industry"]),
        ("Officials of the Kenya Association of Manufacturers and Ugandan Trade Minister Grace "
         "Apio met in Kampala on Thursday.",
         ["Kenya Association of Manufacturers"]),
        ("Members of the Ghana Chamber of Mines and Industry and Canadian High Commissioner Anne "
         "Dubois met on Thursday.",
         ["Ghana Chamber of Mines and Industry"]),
        ("The Lagos Chamber of Commerce and Industry and Chinese Consul General Wu Lin signed a "
         "pact on Thursday.",
         ["Lagos Chamber of Commerce and Industry"]),
    ],
)  # fmt: skip
def test_the_name_ends_before_the_and_of_a_titled_side(sentence: str, expected: list[str]) -> None:
    assert [o.name for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no title after the "and": the list is the name's
        ("The Federation of Bangladesh Chambers of Commerce and Industry signed a pact on Thursday.",
         ["Federation of Bangladesh Chambers of Commerce and Industry"]),
        # the members' word after the country closes the name already
        ("The Federation of Kenya Employers and Ugandan President Yoweri Museveni met on Thursday.",
         ["Federation of Kenya Employers"]),
        ("The Confederation of Tanzania Industries and Kenyan Ambassador Isaac Njenga met.",
         ["Confederation of Tanzania Industries"]),
    ],
)  # fmt: skip
def test_other_names_stay_as_they_were(sentence: str, expected: list[str]) -> None:
    assert [o.name for o in find_organizations(sentence)] == expected
