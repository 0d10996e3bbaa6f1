"""A press release's dateline whose distributor credit was cut, leaving its slash, written for
these tests.

Releases carried by African and Asian wire distributors print "KIGALI, Rwanda, 4 March 2025/APO
Group/ -- ..."; copies that drop the distributor keep the slash before the dash ("KIGALI, Rwanda,
4 March 2025/ -- ..."). The slash had ended nothing, and such a release had no dateline nor date.
The empty slot after a date is now read as the credit would be; a slash elsewhere stays none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "head", "day"),
    [
        ("KIGALI, Rwanda, 4 March 2025/ -- Rwanda and Burundi reopened a border post.",
         "Kigali", "KIGALI, Rwanda, 4 March 2025/ --", date(2025, 3, 4)),
        ("GABORONE, Botswana, March 4, 2025 / — The two governments agreed a customs plan.",
         "Gaborone", "GABORONE, Botswana, March 4, 2025 / —", date(2025, 3, 4)),
        ("Maseru, Lesotho, 4 March 2025/-- Lesotho and Eswatini signed a pact.",
         "Maseru", "Maseru, Lesotho, 4 March 2025/--", date(2025, 3, 4)),
        ("LILONGWE, March 4/ - Malawi and Zambia met on Tuesday.",
         "Lilongwe", "LILONGWE, March 4/ -", None),
    ],
)  # fmt: skip
def test_the_empty_credit_slot_ends_the_dateline(text: str, city: str, head: str, day: date | None) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end] == head
    assert found.date == day


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's exports/ -- a share of the total -- rose in March.",
        "Trade talks, March 4 / evening session -- were delayed.",
    ],
)
def test_a_slash_not_after_a_dateline_date_is_none(text: str) -> None:
    assert find_dateline(text) is None
