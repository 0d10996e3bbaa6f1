"""A demonym two states share, told apart by a capital in brackets, invented for these tests.

"the Congolese (Brazzaville) minister" is of the Republic of the Congo, "Congolese (Kinshasa)" of
DR Congo. The demonym had given the lexicon's default, DR Congo, beside Brazzaville's country:
two sides for one. A bare "Congolese", and a capital in brackets that is not right after the
demonym, are as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.countries import find_countries


def _countries(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.iso3) for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Congolese (Brazzaville) trade minister spoke in Luanda.",
            [("Congolese", "COG"), ("Brazzaville", "COG"), ("Luanda", "AGO")],
        ),
        ("A Congolese ( Brazzaville ) delegation arrived.", [("Congolese", "COG"), ("Brazzaville", "COG")]),
        (
            "The Congolese (Kinshasa) mines minister flew to Brazzaville.",
            [("Congolese", "COD"), ("Kinshasa", "COD"), ("Brazzaville", "COG")],
        ),
        # as before
        ("The Congolese mines minister spoke.", [("Congolese", "COD")]),
        ("The Congolese minister (Brazzaville) spoke.", [("Congolese", "COD"), ("Brazzaville", "COG")]),
    ],
)
def test_capital_in_brackets_tells_the_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert _countries(text) == expected
