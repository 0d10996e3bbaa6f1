"""A listed company whose name holds a shorter one the grammar found, written for these tests.

"Adani Ports and Special Economic Zone" is one firm, listed so; the grammar read "Adani Ports"
(a company word, then "and") and the listed name, overlapping it, was dropped, so the firm
was cut and "Special Economic Zone" lost. `_holds_found_names` (organizations.py) lets a
listed name replace the names found inside it when it holds them whole and no title's word.
Two firms joined by "and" ("Adani Ports and Tata Steel") and listed names the grammar reads
whole read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Adani Ports and Special Economic Zone signed a port agreement on Monday.",
         [("Adani Ports and Special Economic Zone", "IND")]),
        ("Adani Ports and SEZ (APSEZ) signed a port agreement on Monday.",
         [("Adani Ports and SEZ (APSEZ)", "IND")]),
        # as before: two firms, a listed name read whole
        ("Adani Ports and Tata Steel signed a supply agreement on Monday.",
         [("Adani Ports", "IND"), ("Tata Steel", "IND")]),
        ("The Export-Import Bank of China signed a loan agreement on Monday.",
         [("Export-Import Bank of China", "CHN")]),
    ],
)  # fmt: skip
def test_the_listed_name_is_whole(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected
