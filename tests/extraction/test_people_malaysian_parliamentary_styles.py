"""Malaysian parliamentary styles before a name, written for these tests.

Malaysian copy styles a member of parliament "YB" (Yang Berhormat) and the Prime Minister "YAB"
(Yang Amat Berhormat) before the other courtesies ("YB Dato' Seri Utama Haji Mohamad bin Haji
Hasan", "YAB Datuk Seri Anwar Ibrahim"). Written in capitals, the style stopped the courtesies
after it from being dropped, so the name kept them all ("YB Dato' Seri Utama Haji Mohamad bin
Haji Hasan"). The styles are now honorifics (words.tsv), skipped as "Datuk" is. A name with
no style reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaysian Foreign Minister YB Dato' Seri Utama Haji Mohamad bin Haji Hasan met Lao "
         "Foreign Minister Thongsavanh Phomvihane in Vientiane on Tuesday.",
         ["Mohamad bin Haji Hasan", "Thongsavanh Phomvihane"]),
        ("Malaysian Trade Minister YB Tengku Datuk Seri Zafrul Abdul Aziz met Vietnamese Trade "
         "Minister Nguyen Hong Dien in Hanoi on Tuesday.",
         ["Zafrul Abdul Aziz", "Nguyen Hong Dien"]),
        ("The Minister of Investment, YB Tengku Zafrul, met Thai Commerce Minister Pichai "
         "Naripthaphan in Kuala Lumpur on Tuesday.",
         ["Tengku Zafrul", "Pichai Naripthaphan"]),
        # as before: no style
        ("Malaysian Trade Minister Tengku Datuk Seri Zafrul Abdul Aziz met Vietnamese Trade "
         "Minister Nguyen Hong Dien in Hanoi on Tuesday.",
         ["Zafrul Abdul Aziz", "Nguyen Hong Dien"]),
    ],
)  # fmt: skip
def test_malaysian_parliamentary_styles(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(text)] == expected
