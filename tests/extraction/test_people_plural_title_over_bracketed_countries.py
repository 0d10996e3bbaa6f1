"""A plural title listing names that each have their country in brackets, written for these tests.

"Trade ministers Lee Kinyanjui (Kenya) and Francis Mwebesa (Uganda) met ...": each listed name
holds the plural title, as in "Presidents X of Kenya and Y of Tanzania"; the bracketed country
between the names had ended the list after the first, so the second had no title.
`_past_own_country` (people.py) now steps over a country's name in brackets after a name, as
over "of <Country>". Names listed with "of <Country>" read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade ministers Lee Kinyanjui (Kenya) and Francis Mwebesa (Uganda) met in Kampala.",
         [("Lee Kinyanjui", "Trade minister", "KEN"), ("Francis Mwebesa", "Trade minister", "UGA")]),
        ("Presidents William Ruto (Kenya), Yoweri Museveni (Uganda) and Samia Suluhu Hassan "
         "(Tanzania) met in Arusha.",
         [("William Ruto", "President", "KEN"), ("Yoweri Museveni", "President", "UGA"),
          ("Samia Suluhu Hassan", "President", "TZA")]),
        # as before: "of <Country>" after each name (the country is the engagement's to tell)
        ("Presidents William Ruto of Kenya and Yoweri Museveni of Uganda met in Arusha.",
         [("William Ruto", "President", None), ("Yoweri Museveni", "President", None)]),
    ],
)  # fmt: skip
def test_each_listed_name_holds_the_title(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected
