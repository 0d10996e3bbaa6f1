"""A newspaper's name heading the story is no dateline, written for these tests.

Papers named after their city print their name before a dash where a wire prints its dateline:
"Vientiane Times – Laos and Vietnam ...", "PHNOM PENH POST - ...". The name read as a Title-case
place closed by a dash, and the story was given the city "Vientiane Times". A place ending on a
paper's word ("Times", "Post", "Herald", "Tribune", "Gazette", ...) or opening on "Daily" is no
place; the city alone, and a real dateline in the next paragraph, read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    "text",
    [
        "Vientiane Times – Laos and Vietnam agreed to link their power grids.",
        "PHNOM PENH POST - Cambodia and Thailand reopened two border checkpoints.",
        "Kathmandu Herald: Nepal and India signed a fuel pipeline deal.",
        "Daily Monitor – Uganda and South Sudan agreed to pave the Nimule road.",
        "Lusaka Gazette — Zambia and Malawi met on Monday.",
    ],
)
def test_a_papers_name_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("VIENTIANE – Laos and Vietnam agreed to link their power grids.", "Vientiane"),
        ("Vientiane Times\n\nVIENTIANE – Laos and Vietnam agreed on Monday.", "Vientiane"),
        ("Phnom Penh, June 3 (Post) - Cambodia and Thailand met.", "Phnom Penh"),
        ("NEW DELHI (Hindustan Times) - India and Nepal met.", "New Delhi"),
    ],
)
def test_the_city_and_a_later_dateline_read_as_before(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
