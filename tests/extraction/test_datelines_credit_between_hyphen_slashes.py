"""A press-release distributor's credit set between "-/" and "/-", written for these tests.

African Media Agency and others print the distributor after the date as "MAPUTO, Mozambique,
June 12, 2025 -/African Media Agency(AMA)/- The ...". The hyphen before the slash ended nothing,
and such releases had no dateline (a credit between bare slashes, "/PRNewswire/ --", had been
read). The credit is now one of the dateline's elements and the hyphen after it ends it; a
figure's "-/+" in a sentence reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city", "head"),
    [
        (
            "MAPUTO, Mozambique, June 12, 2025 -/African Media Agency(AMA)/- Mozambique and Malawi agreed.",
            "Maputo",
            "MAPUTO, Mozambique, June 12, 2025 -/African Media Agency(AMA)/-",
        ),
        (
            "Dakar, Senegal, 3 March 2025 -/APO Group/- The Senegalese ministry of trade said.",
            "Dakar",
            "Dakar, Senegal, 3 March 2025 -/APO Group/-",
        ),
        ("NIAMEY -/AMA/- Niger and Benin reopened their border.", "Niamey", "NIAMEY -/AMA/-"),
    ],
)
def test_the_credit_between_hyphen_slashes_ends_the_dateline(text: str, city: str, head: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end] == head


def test_a_figure_sign_is_no_credit() -> None:
    assert find_dateline("Prices moved -/+ 5% -/- on the week.") is None
