"""A demonym before a listed company of several words, written for these tests.

"Saudi ACWA Power signed ...": the demonym tells the firm's country, and is no word of its
name; a listed one-word company already read so ("Chinese Huawei" gives Huawei), but a name
with a company word ("Power", "Steel") had taken the demonym in ("Saudi ACWA Power").
`_past_demonym_of_place` (organizations.py) now also starts the name after a demonym when a
listed company opens there and none opens at the demonym itself. A name the demonym opens
("Saudi Aramco", listed so; "Turkish Airlines", "the Saudi Ports Authority") reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Saudi ACWA Power signed a power purchase agreement on Monday.", [("ACWA Power", "SAU")]),
        ("Indian Tata Steel signed a supply agreement on Monday.", [("Tata Steel", "IND")]),
        # as before: the demonym is the name's own word
        ("Saudi Aramco signed a supply agreement on Monday.", [("Saudi Aramco", "SAU")]),
        ("Saudi Aramco Trading Company signed a supply agreement on Monday.",
         [("Saudi Aramco Trading Company", "SAU")]),
        ("Turkish Airlines signed a codeshare agreement on Monday.", [("Turkish Airlines", "TUR")]),
        ("The Saudi Ports Authority signed a port agreement on Monday.", [("Saudi Ports Authority", "SAU")]),
    ],
)  # fmt: skip
def test_the_demonym_tells_the_country(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected
