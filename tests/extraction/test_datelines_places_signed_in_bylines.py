"""Stories whose only place of filing is the one their byline line ends on, written for these
tests.

Papers that print no dateline sign a story "By Staff Reporter | Lagos", "Staff Correspondent,
Dhaka" or "By Amina Yusuf - Kano"; the story had no dateline. The byline's place is now the
dateline when it is a city the gazetteer knows and the line reads as a byline; a real dateline
after it wins, and a headline's tail or a byline's outlet is no place.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Nigeria and Ghana agreed on Monday to cut the waiting time for trucks at their border posts."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"By Staff Reporter | Lagos\n\n{LEAD}", "Lagos"),
        (f"Staff Correspondent, Dhaka\n\n{LEAD}", "Dhaka"),
        (f"Our Correspondent, ISLAMABAD\n\n{LEAD}", "Islamabad"),
        (f"By Amina Yusuf - Kano\n\n{LEAD}", "Kano"),
        (f"Border posts to speed up trucks\nBy Staff Reporter | Lagos\n\n{LEAD}", "Lagos"),
        # a real dateline after the byline wins
        (f"By Staff Reporter | Lagos\n\nACCRA, June 9 (GNA) - {LEAD}", "Accra"),
        # no place: the outlet, a headline's tail, a name that is no known city
        (f"By Staff Reporter | Daily Times\n\n{LEAD}", None),
        (f"Border waits cut | Progress\n\n{LEAD}", None),
        (f"By Amina Yusuf, Chinedu Okafor\n\n{LEAD}", None),
    ],
)
def test_the_bylines_place_is_the_dateline(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.city if found else None) == city
