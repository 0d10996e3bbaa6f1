"""A wire's credit in square brackets before the dateline, written for these tests.

Aggregators print the wire's name before its copy, in brackets as in parentheses: "[Reuters]
GABORONE - ...", "[AFP] - BAMAKO, March 4 -". The bracket had hidden the place, and such a story
had no dateline (a credit in parentheses, "(ANSA) - ROME -", had been passed over). A bracket
before no place, or one that runs past its line, stays as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("[Reuters] GABORONE - Botswana and Namibia agreed on Monday to share a new power line.", "Gaborone"),
        ("[AFP] - BAMAKO, March 4 - Mali and Niger reopened their border on Tuesday.", "Bamako"),
        ("[Xinhua] Windhoek, March 4 (Xinhua) -- Namibia and China signed a fisheries pact.", "Windhoek"),
    ],
)
def test_the_dateline_after_the_bracketed_credit(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "[Photo: the two ministers] Botswana and Namibia agreed on Monday to share a power line.",
        "[This story was updated\nat noon] GABORONE - Botswana and Namibia agreed.",
    ],
)
def test_a_bracket_before_no_place_gives_none(text: str) -> None:
    assert find_dateline(text) is None
