"""Currency marks of small economies' own press, and the Nordic "mia.", invented for these tests.

"Fdj 12 billion" (the Djiboutian franc), "S£1.2 trillion" (the Syrian pound), "LD 1.2 billion"
(the Libyan dinar), "YR 300 billion" (the Yemeni rial), "ID 1.2 trillion" (the Iraqi dinar) and
"1,2 mia. kr" (the Nordic milliard) had been no money. The initials are also a lethal dose, a
model year and an identity card, so they count only with a scale word.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port fees brought in Fdj 12 billion.", [("Fdj 12 billion", 1.2e10, "DJF")]),
        ("Wheat purchases cost S£1.2 trillion.", [("S£1.2 trillion", 1.2e12, "SYP")]),
        ("Oil receipts stood at LD 1.2 billion in May.", [("LD 1.2 billion", 1.2e9, "LYD")]),
        ("Fuel imports cost YR 300 billion.", [("YR 300 billion", 3e11, "YER")]),
        ("Oil sales brought ID 1.2 trillion.", [("ID 1.2 trillion", 1.2e12, "IQD")]),
        ("Salmon sales rose to 3,5 mia. kroner.", [("3,5 mia. kroner", 3.5e9, None)]),
    ],
)
def test_marks_read(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The LD 50 test was run on rats.",
        "The YR 2020 model was recalled.",
        "Show your ID 1,200 times a year.",
        "His ID 45678 was checked.",
    ],
)
def test_initials_without_a_scale_are_no_money(text: str) -> None:
    assert find_money(text) == []
