"""An agency's credit after a comma with no date between, written for these tests.

Agencies that drop the date from a story's dateline often keep the comma that stood before it:
"ADDIS ABABA, (ENA) -", "LUSAKA, (ZNBC): ". The comma had ended the place, nothing after it read
as a region or a date, and the story had no dateline. The bracket is read as the agency's, after
a comma as without one; a Title-case opening that is no place keeps no dateline, and an agency
with no end after it ends none.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("ADDIS ABABA, (ENA) - Ethiopia and Djibouti agreed to widen the rail corridor.", "Addis Ababa"),
        ("Addis Ababa, (ENA) – The Ethiopian premier received the Djiboutian president.", "Addis Ababa"),
        ("LUSAKA, (ZNBC): Zambia and Malawi reopened the Mchinji crossing.", "Lusaka"),
        ("BUJUMBURA,(ABP) -- Burundi and Tanzania signed a rail pact.", "Bujumbura"),
        # as before, with no comma
        ("ADDIS ABABA (ENA) - Ethiopia and Djibouti met.", "Addis Ababa"),
    ],
)
def test_an_agency_after_a_comma_is_the_datelines(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Addis Ababa, (ENA) Ethiopia and Djibouti met on Monday.",  # no end after the credit
        "Kenya, (the largest partner) grew its exports.",
        "Meanwhile, Ethiopia (the host) welcomed the delegation.",
    ],
)
def test_no_dateline_without_a_place_and_an_end(text: str) -> None:
    assert find_dateline(text) is None
