"""A name opening on initials right after an officer's firm, written for these tests.

"the Chairman of Tata Sons N. Chandrasekaran" and "the CEO of Kenya Power J. K. Mwangi" name
the firm, then its officer by initials, with no comma between. A firm of no suffix word had
given the last two words of the run to the name ("Tata" and "Sons N. Chandrasekaran"), and two
spaced initials were no name's opening at all ("Power J. K. Mwangi"). The initials now open the
name (`_initials_open_name`, titles.py: one initial before a name of its own, as
`opens_initialled_name` read it, or two spaced ones), so the run before them is the firm's, in
`_sequence_end`, `_name_tail` and a body named for its country. Names written out read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the Chairman of Tata Sons N. Chandrasekaran in Mumbai.",
         [("N. Chandrasekaran", "Chairman", "Tata Sons")]),
        ("He met the CEO of Kenya Power J. K. Mwangi in Nairobi.",
         [("J. K. Mwangi", "CEO", "Kenya Power")]),
        # as before: a firm of a suffix word, and a name written out
        ("He met the Chairman of Acme Holdings N. Chandrasekaran in Mumbai.",
         [("N. Chandrasekaran", "Chairman", "Acme Holdings")]),
        ("He met the chairman of Reliance Industries Mukesh Ambani in Mumbai.",
         [("Mukesh Ambani", "chairman", "Reliance Industries")]),
    ],
)  # fmt: skip
def test_initialled_name_after_a_firm(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(sentence) == expected
