"""Three currency marks written before the number that had been no money: the yen's "Y" of the
British financial press ("Y120bn"), the Tehran press's "Rls" ("Rls 1.2 trillion") and the Nordic
crowns' "kr" ("kr 120 billion"). Written for these tests.

"Y" is one letter, so like the lilangeni's "E" it counts only written against a scaled number,
and never before "K" ("Y2K"); it and "kr" leave the choice of code to the figure's countries.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.money import find_money
from orchestration.extraction.pipeline import extract_document


@pytest.mark.parametrize(
    ("text", "value", "currency", "candidates"),
    [
        ("Car parts worth Y120bn were shipped.", 120e9, None, ("JPY",)),
        ("The yard booked Y4.5 billion of orders.", 4.5e9, None, ("JPY",)),
        ("Steel imports cost Rls 1.2 trillion in all.", 1.2e12, "IRR", ()),
        ("Salmon sales came to kr 120 billion over the year.", 120e9, None, ("SEK", "NOK", "DKK", "ISK")),
    ],
)
def test_mark_before_number(
    text: str, value: float, currency: str | None, candidates: tuple[str, ...]
) -> None:
    expected = [(value, currency, candidates)]
    assert [(m.value, m.currency, m.candidates) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fears of a Y2K bug faded quickly.",
        "Generation Y 2 million strong came of age.",
        "Plot Y 120 billion is no amount.",
        "The bill was kr 500 at the cafe.",
    ],
)
def test_no_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("TOKYO, June 17 - Japan's exports to Iran fell to Y120bn in 2024, the ministry said.", "JPY"),
        ("OSLO, June 17 - Norway's exports to Sweden rose to kr 120 billion in 2024, SSB said.", "NOK"),
    ],
)
def test_countries_pick_the_code(text: str, currency: str) -> None:
    facts = extract_document(text, date(2025, 6, 17), None).trade_mentions
    assert [(f.value, f.currency) for f in facts] == [(120e9, currency)]
