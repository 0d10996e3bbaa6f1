"""A byline that signs the story from a city, the story running on after it on the same line,
written for these tests.

A flattened page joins the byline's line to the first paragraph: "By Staff Reporter | Lusaka |
Zambia and Malawi signed ...", "By Amina Yusuf - Kano - Nigeria and Niger ...". A byline line
that ends on its city places the story (`_byline_place`), but here the city was no last part of
the line, and the story had had no dateline. `_find_dateline` now reads the line's parts up to
each bar or spaced dash as a byline line alone, and the first that signs a known city places
the story when a capital opens the rest. A headline's parts ("Talks end | Progress | ..."), a
byline's section ("By Staff Reporter | Business | ...") and a wire's dateline after a byline
read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = "Zambia and Malawi agreed on Thursday to share fuel stocks at the Mwami border post."


@pytest.mark.parametrize(
    ("line", "city"),
    [
        (f"By Staff Reporter | Lusaka | {STORY}", "Lusaka"),
        (f"By Chanda Mwale | LUSAKA | {STORY}", "Lusaka"),
        (f"By Grace Njeri, Nairobi | {STORY}", "Nairobi"),
        (f"Staff Reporter | Harare | June 12, 2025 | {STORY}", "Harare"),
        (f"By Amina Yusuf - Kano - {STORY}", "Kano"),
        (f"Our Correspondent | Lilongwe | {STORY}", "Lilongwe"),
    ],
)
def test_the_byline_s_city_places_the_story(line: str, city: str) -> None:
    found = find_dateline(line)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "line",
    [
        f"Talks end | Progress | {STORY}",
        f"By Staff Reporter | Business | {STORY}",
        f"Copper prices | Lusaka traders wait | {STORY}",
        f"By Staff Reporter | lusaka traders said {STORY}",
    ],
)
def test_no_city_signed_places_nothing(line: str) -> None:
    assert find_dateline(line) is None


def test_a_wire_dateline_after_the_byline_reads_as_before() -> None:
    found = find_dateline(f"By Kwame Asante, ACCRA, June 12 (Reuters) - {STORY}")
    assert found is not None and found.city == "Accra" and found.yearless == "June 12"
