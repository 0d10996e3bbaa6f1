"""A full date after the dateline's dash closed by a colon, written for these tests.

Press releases write "Kabul, Afghanistan – June 12, 2025: Afghanistan and Uzbekistan ...": the
date after the dash was read only when a period or another dash closed it, so such a story was
placed but not dated. A colon closes it too; a body opening on a date read as a sentence's
subject keeps no date, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "Kabul, Afghanistan – June 12, 2025: Afghanistan and Uzbekistan signed a rail deal.",
            "Kabul",
            date(2025, 6, 12),
        ),
        ("NAIROBI — 3 March 2025: Kenya and Ethiopia agreed to share power.", "Nairobi", date(2025, 3, 3)),
        ("QUITO — June 3, 2025. Ecuador and Peru met.", "Quito", date(2025, 6, 3)),  # as before
    ],
)
def test_a_date_closed_by_a_colon_dates_the_dateline(text: str, city: str, day: date) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, day)


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI — June 3, 2025, was the day Kenya and Ethiopia met.",
        "NAIROBI — June 3, 2025 marked a turn in ties with Ethiopia.",
        "NAIROBI — June 3, 2025:the talks opened.",  # no space after the colon
    ],
)
def test_a_date_the_body_opens_on_dates_nothing(text: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == "Nairobi" and found.date is None
