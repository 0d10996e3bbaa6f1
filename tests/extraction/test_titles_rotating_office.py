"""A rotating office before a firm's officer's name, written for these tests.

"Huawei's rotating chairman Eric Xu met ...": "rotating" qualifies the office as "acting" or
"interim" do, so the office is "rotating chairman" of Huawei. The word had cut the title
from the firm before it: the officer had had no organization, and taken the host's country.
"rotating" is now one of the lower-case modifiers of words.tsv. "acting" and an office
without the word read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Huawei's rotating chairman Eric Xu met the minister on Monday.",
         [("Eric Xu", "rotating chairman", "Huawei")]),
        ("Huawei rotating chairman Eric Xu met the minister on Monday.",
         [("Eric Xu", "rotating chairman", "Huawei")]),
        # as before
        ("Huawei's acting chairman Eric Xu met the minister on Monday.",
         [("Eric Xu", "acting chairman", "Huawei")]),
        ("Huawei's chairman Eric Xu met the minister on Monday.", [("Eric Xu", "chairman", "Huawei")]),
    ],
)  # fmt: skip
def test_the_office_keeps_its_firm(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected
