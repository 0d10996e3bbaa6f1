"""A dateline whose city is set in brackets before the dash, written for these tests.

Some papers and radio sites print the place in brackets: "(LUSAKA) - ...", "(Kigali, Rwanda)
— ...", "[HARARE]: ...". The brackets were read as a wire's credit and passed over, and the
story had no dateline. A city the gazetteer knows, in round or square brackets (its country
after a comma), before a dash or a colon, is now the dateline. A credit ("(AFP) - "), a country
as a brief's slug ("(KENYA) - ") and a credit before a dateline ("(ANSA) - ROME, ...") read as
before. A bracketed city with no dash after it had stayed none; a city in capitals is now the
dateline too (test_datelines_bracketed_caps_city_without_dash.py).
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " The two ministers met on Tuesday to review a border trade accord."


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("(LUSAKA) -", "Lusaka"),
        ("(NAIROBI) --", "Nairobi"),
        ("(Kigali, Rwanda) —", "Kigali"),
        ("[HARARE]:", "Harare"),
        ("(DAR ES SALAAM) –", "Dar es Salaam"),
        ("(WASHINGTON, D.C.) -", "Washington"),
    ],
)
def test_a_bracketed_city_is_the_dateline(opening: str, city: str) -> None:
    found = find_dateline(opening + STORY)
    assert found is not None and found.city == city
    assert found.start == 0 and found.end == len(opening)


def test_after_a_headline() -> None:
    found = find_dateline("Ministers review border trade\n\n(MAPUTO) -" + STORY)
    assert found is not None and found.city == "Maputo"


@pytest.mark.parametrize("opening", ["(AFP) -", "(KENYA) -", "(Reuters) -", "(Updated) -", "(Lusaka)"])
def test_other_brackets_give_no_dateline(opening: str) -> None:
    assert find_dateline(opening + STORY) is None


def test_a_credit_before_the_dateline_reads_as_before() -> None:
    found = find_dateline("(ANSA) - ROME, MAR 10 -" + STORY)
    assert found is not None and found.city == "Rome"
