"""A dateline set apart from the story by a bar after its region or agency, with no date, written
for these tests.

Sites that print the place as a stamp run into the story write "KAMPALA, UGANDA | Uganda and
Kenya signed ...", "Suva, Fiji | The two ministers ...", "Nairobi (AFP) | ...". A bar ended a
dateline only after its date, and such a story had had no dateline. A spaced bar or bullet after
a known city and its region or agency now ends it too, when the line goes on as a sentence (a
word in lower case among the first four after the bar). A breadcrumb's labels ("Nairobi, Kenya |
News | Business"), an unknown place and a bar after a date read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("KAMPALA, UGANDA | Uganda and Kenya signed a customs deal on Thursday.", "Kampala"),
        ("Suva, Fiji | The two ministers met on Thursday to review fishing licences.", "Suva"),
        ("Lusaka, Zambia • Zambia and Malawi agreed to share fuel stocks.", "Lusaka"),
        ("Nairobi (AFP) | Kenya and Uganda agreed to extend the pipeline.", "Nairobi"),
    ],
)
def test_the_bar_ends_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.end : found.end + 1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi, Kenya | News | Business | The ministers met on Monday and reviewed the pipeline.",
        "Headline Here, Kenya | the talks resumed on Monday.",
    ],
)
def test_no_dateline_without_a_known_city_and_a_sentence(text: str) -> None:
    assert find_dateline(text) is None


def test_a_bar_after_a_date_reads_as_before() -> None:
    found = find_dateline("Kampala, Uganda | June 12, 2025 | Uganda and Kenya agreed to share a post.")
    assert found is not None and found.city == "Kampala" and found.date is not None
