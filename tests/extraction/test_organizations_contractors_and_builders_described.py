"""A contractor or builder described before its name, written for these tests.

Construction firms abroad are introduced by their trade: "the Chinese contractor CCECC",
"Turkish builder Yapi Merkezi signed ...". "contractor" and "builder" were no descriptors
(organizations.tsv), so a name with no suffix of its own had been no organization ("Yapi
Merkezi" a person) and the firm's country lost. They now introduce a firm, as "shipbuilder",
"developer" and "supplier" did; a name without such a word reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the Chinese contractor CCECC in Abuja.", [("CCECC", "CHN")]),
        ("Turkish builder Yapi Merkezi signed the deal on Friday.", [("Yapi Merkezi", "TUR")]),
        ("Chinese contractors CCECC and CRBC signed the deal.", [("CCECC", "CHN"), ("CRBC", "CHN")]),
        # as before: no descriptor
        ("He met Yapi Merkezi in Dar es Salaam.", []),
    ],
)
def test_a_described_contractor_is_a_firm(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected
