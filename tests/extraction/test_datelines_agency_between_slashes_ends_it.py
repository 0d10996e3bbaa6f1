"""A dateline closed by an agency's name between slashes, written for these tests.

Mongolian and some Central Asian wires end the dateline on the agency's name set between
slashes, with no dash and no date: "Ulaanbaatar /MONTSAME/ The minister ...", also glued to
the place ("Ulaanbaatar/MONTSAME/. ..."). Such a story had had no dateline: the credit was
taken for a second place, or nothing ended the dateline after it.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Mongolia and Japan agreed on Tuesday to widen a rail freight corridor, the ministry said."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"Ulaanbaatar /MONTSAME/ {LEAD}", "Ulaanbaatar"),
        (f"ULAANBAATAR /MONTSAME/ {LEAD}", "Ulaanbaatar"),
        (f"Ulaanbaatar/MONTSAME/. {LEAD}", "Ulaanbaatar"),
        (f"Ulaanbaatar/MONTSAME/ {LEAD}", "Ulaanbaatar"),
        (f"Darkhan /MONTSAME/ {LEAD}", "Darkhan"),
        (f"Astana /KAZINFORM/ {LEAD}", "Astana"),
        # as before: a dated credit, and two cities with the agency in brackets
        (f"Ulaanbaatar, June 10 /MONTSAME/. {LEAD}", "Ulaanbaatar"),
        (f"GENEVA/LONDON (Reuters) - {LEAD}", "Geneva"),
    ],
)
def test_an_agency_between_slashes_ends_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Sales /Q1/ The figures rose on a weak base.",
        "Ulaanbaatar /monsoon/ The words between slashes are no agency.",
        f"Ulaanbaatar /MONTSAME/ the talks went on. {LEAD}",
    ],
)
def test_other_slashes_end_no_dateline(text: str) -> None:
    assert find_dateline(text) is None
