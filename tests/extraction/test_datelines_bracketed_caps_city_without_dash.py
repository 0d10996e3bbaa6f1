"""A city in capitals in brackets, the story straight after it, written for these tests.

Some business papers print the dateline as a bracketed city in capitals with no dash after
it: "[SINGAPORE] Singapore's non-oil exports ...", "(LUSAKA) Zambia has ...". The story had had
no dateline (a dash or a colon after the brackets was required). A city-state ("[SINGAPORE]",
"[HONG KONG]", "(KUWAIT)"), which the gazetteer lists as a country, now counts as a city in
brackets, with or without a dash. Unchanged: a country that is no city-state ("[KENYA]"), a
wire's credit or an editor's tag ("(AFP)", "(LEAD)", "[UPDATED]"), and a bracketed place in
ordinary case with no dash ("(Lusaka) The ...").
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The two ministers met on Tuesday to review a border trade accord."


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("[SINGAPORE]", "Singapore"),
        ("[KUALA LUMPUR]", "Kuala Lumpur"),
        ("(LUSAKA)", "Lusaka"),
        ("[HONG KONG]", "Hong Kong"),
        ("(KUWAIT)", "Kuwait"),
        ("(NAIROBI, Kenya)", "Nairobi"),
        ("(SINGAPORE) -", "Singapore"),
        ("[PORT MORESBY]", "Port Moresby"),
    ],
)
def test_a_bracketed_city_in_capitals_is_the_dateline(opening: str, city: str) -> None:
    found = find_dateline(opening + STORY)
    assert found is not None and found.city == city
    assert found.start == 0 and found.end == len(opening)


def test_a_date_after_the_brackets() -> None:
    found = find_dateline("[NAIROBI] June 12 –" + STORY)
    assert found is not None and found.city == "Nairobi"


@pytest.mark.parametrize(
    "opening", ["[KENYA]", "(KENYA)", "(AFP)", "(LEAD)", "[UPDATED]", "(UPDATE 2)", "(Lusaka)", "(EU)"]
)
def test_other_brackets_give_no_dateline(opening: str) -> None:
    assert find_dateline(opening + STORY) is None
