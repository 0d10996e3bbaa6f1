"""A wire's dateline printed after the writer's byline on one line, written for these tests.

Papers that run a wire story often print the byline and the dateline as one line: "By Kwame
Asante, ACCRA, June 12 (Reuters) - Ghana ...". The byline's "By" ended the search, and the story
had no dateline. The place in capitals after the byline's comma, dash or bar is read as the
dateline when the story follows it on the line; a byline alone on its line, and one signed
with a name or an outlet that is no dateline, read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "yearless"),
    [
        (
            "By Kwame Asante, ACCRA, June 12 (Reuters) - Ghana and Burkina Faso agreed to a power link.",
            "Accra",
            "June 12",
        ),
        (
            "By Grace Njeri - NAIROBI - Kenya and Tanzania settled a dispute over milk imports.",
            "Nairobi",
            None,
        ),
        (
            "By Li Na | KAMPALA, June 3 (Xinhua) -- Uganda and China signed a loan accord.",
            "Kampala",
            "June 3",
        ),
    ],
)
def test_the_dateline_after_a_byline_is_read(text: str, city: str, yearless: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.yearless) == (city, yearless)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("By Staff Reporter, Lagos\n\nABUJA - Nigeria and Niger met.", "Abuja"),
        ("By Jane Mwale, AFP\n\nLUSAKA — Zambia and Malawi met on Monday.", "Lusaka"),
    ],
)
def test_a_byline_alone_on_its_line_reads_as_before(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Mwale, BBC News\n\nThe ministers met on Monday.",
        "By Jane Mwale, Staff Reporter - Zambia and Malawi met on Monday.",
        "By the end of June, Zambia and Malawi had met twice.",
    ],
)
def test_no_dateline_after_a_byline_without_a_place(text: str) -> None:
    assert find_dateline(text) is None
