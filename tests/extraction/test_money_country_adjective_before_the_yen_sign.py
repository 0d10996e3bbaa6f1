"""A country's adjective before the "¥" sign, invented for these tests.

"¥" is written for the yen and for the yuan; alone it keeps its documented default, the yen. An
adjective written right before it settles it, as "Nepali Rs" settles the rupee: "Chinese ¥1.2bn"
is yuan (it had been yen), "Japanese ¥" yen. The bare sign keeps the default with both choices.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.money import find_money


def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments worth Chinese ¥1.2bn left the port.", [("Chinese ¥1.2bn", 1.2e9, "CNY")]),
        ("The plant cost Chinese ¥ 450 million to build.", [("Chinese ¥ 450 million", 4.5e8, "CNY")]),
        ("Orders reached Japanese ¥3.4 trillion.", [("Japanese ¥3.4 trillion", 3.4e12, "JPY")]),
    ],
)
def test_adjective_settles_the_sign(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _amounts(text) == expected


def test_the_bare_sign_keeps_its_default_and_choices() -> None:
    (money,) = find_money("Orders reached ¥3.4 trillion last year.")
    assert (money.text, money.currency, money.candidates) == ("¥3.4 trillion", "JPY", ("JPY", "CNY"))
