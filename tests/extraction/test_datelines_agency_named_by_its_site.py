"""A dateline that credits an agency by its site's address, written for these tests.

Caucasian and Central Asian outlets credit themselves in the dateline by their address, a
name with its domain glued on: "Tbilisi, 12 June 2025, Agenda.ge - ...", "Baku, June 12,
Trend.Az - ...", "Tashkent, June 12, UzDaily.com - ...". The dot had cut the credit short, and
such a story had no dateline. Initials ("WASHINGTON, D.C. -") and an abbreviated state
("Sacramento, Calif. -") are read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Georgia and Armenia agreed on Thursday to reopen a rail freight link, the two ministries said."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"Tbilisi, 12 June 2025, Agenda.ge - {LEAD}", "Tbilisi"),
        (f"Baku, June 12, Trend.Az - {LEAD}", "Baku"),
        (f"Tashkent, June 12, UzDaily.com – {LEAD}", "Tashkent"),
        (f"Baku, June 12, Report.az. {LEAD}", "Baku"),
        (f"Baku, News.Az - {LEAD}", "Baku"),
        (f"WASHINGTON, D.C. - {LEAD}", "Washington"),
        (f"Sacramento, Calif. - {LEAD}", "Sacramento"),
    ],
)
def test_an_agency_named_by_its_address_is_part_of_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


def test_the_dated_credit_gives_the_date() -> None:
    found = find_dateline(f"Yerevan, 12 June 2025, Armenpress.am - {LEAD}")
    assert found is not None and found.date is not None and found.date.isoformat() == "2025-06-12"


@pytest.mark.parametrize(
    "text", [f"Tbilisi, the capital, said. {LEAD}", "Baku, June 12, Report.az.com is a site."]
)
def test_no_credit_no_dateline(text: str) -> None:
    assert find_dateline(text) is None
