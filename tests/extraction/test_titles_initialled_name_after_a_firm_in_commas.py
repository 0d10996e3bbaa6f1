"""A name opening on spaced initials after an officer's firm in commas, written for these tests.

"The CEO of Indian steel company Tata Steel, T. V. Narendran, met ..." names the firm, then
its officer by initials with spaces between them, as Indian and West African copy writes
them. The comma after the firm was read as closing no name (the initial, one letter before a
period, was no name word), so the firm had lost its last word ("Tata") and the officer had
been lost. `_name_after_comma` (titles.py) reads one capital letter, its period and a capital
after it as a name's opening, as two capitalized words; a name written out reads as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The CEO of Indian steel company Tata Steel, T. V. Narendran, met the delegation.",
         [("T. V. Narendran", "CEO", "Tata Steel")]),
        ("The CEO of Tata Steel, T. V. Narendran, met the delegation.",
         [("T. V. Narendran", "CEO", "Tata Steel")]),
        ("The chairman of Kenya Power, J. K. Mwangi, met the delegation.",
         [("J. K. Mwangi", "chairman", "Kenya Power")]),
        # as before: a name written out
        ("The CEO of Tata Steel, Ravi Narendran, met the delegation.",
         [("Ravi Narendran", "CEO", "Tata Steel")]),
    ],
)  # fmt: skip
def test_initialled_name_after_a_firm(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(sentence) == expected
