"""A portfolio in apposition, then ", and" and the next attendee, written for these tests.

"Ahmed Hassan, Egypt's Minister of Trade, and Li Wei" names two people: a comma before "and"
closes a list only of three items or more, so "Trade, and Li Wei" is no list of portfolios.
`_portfolio_list_end` (titles.py) had read it as one, the title had become "Minister of
Trade, and Li Wei" and the second attendee had been lost in it; it now stops at ", and" after
the first item. Lists of three with that comma, and lists closed by their own comma, read as
before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks included Ahmed Hassan, Egypt's Minister of Trade, and Li Wei.",
         [("Ahmed Hassan", "Minister of Trade"), ("Li Wei", None)]),
        # as before: no country before the office, lists of three, a list closed by its comma
        ("The talks included Ahmed Hassan, Minister of Tourism, and Maria Lopes on Monday.",
         [("Ahmed Hassan", "Minister of Tourism"), ("Maria Lopes", None)]),
        ("The talks included Ahmed Hassan, Minister of Foreign Affairs, Emigration, and Egyptian "
         "Expatriates, and Li Wei.",
         [("Ahmed Hassan", "Minister of Foreign Affairs, Emigration, and Egyptian Expatriates"),
          ("Li Wei", None)]),
        ("The talks included Ahmed Hassan, Minister of Ports, Shipping and Waterways, and Li Wei.",
         [("Ahmed Hassan", "Minister of Ports, Shipping and Waterways"), ("Li Wei", None)]),
    ],
)  # fmt: skip
def test_the_next_attendee_is_no_portfolio(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == expected
