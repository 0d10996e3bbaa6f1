"""A site's stamp line that sets the date before the place, parted by a bar or a bullet,
written for these tests.

"June 12, 2025 | NEW DELHI" or "12 June 2025 • KAMPALA" on a line of its own above the lead
names where the story was filed; the date had hidden the place, and the story had no
dateline. A dash already parted them so ("June 5, 2024 - Manila, Philippines - ...").
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

LEAD = "Uganda and Rwanda agreed on Thursday to reopen their main border crossing to cargo trucks."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"June 12, 2025 | KAMPALA\n\n{LEAD}", "Kampala"),
        (f"12 June 2025 • KIGALI\n\n{LEAD}", "Kigali"),
        (f"12 June 2025 · KAMPALA — {LEAD}", "Kampala"),
        (f"12 June 2025 - KAMPALA - {LEAD}", "Kampala"),
        # a section's label after the date is no place
        (f"June 12, 2025 | Business\n\n{LEAD}", None),
    ],
)
def test_the_place_after_a_dated_bar_is_the_dateline(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.city if found else None) == city
