"""A call paid on an envoy at his post, written for these tests.

"paid a courtesy call on the Chinese ambassador in Accra" and "called on the Turkish envoy in
Tbilisi" make the envoy the object of the call as "met the ambassador in Quito" makes him the
object of the meeting: the call was made where he serves (it had no place). "on" after other
words ("talks on the ambassador's proposal") and an envoy who calls on someone stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _places(text: str) -> list[str | None]:
    return [e.location for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghanaian Foreign Minister Samuel Ablakwa paid a courtesy call on the Chinese ambassador in "
         "Accra on Monday.", ["Accra"]),
        ("Georgian Deputy Foreign Minister Lasha Darsalia called on the Turkish envoy in Tbilisi on "
         "Monday.", ["Tbilisi"]),
        ("Uruguayan Foreign Minister Mario Lubetkin paid a courtesy call on Brazil's new "
         "ambassador in Montevideo on Monday.", ["Montevideo"]),
        # the envoy is the caller: his post is no venue told
        ("The Chinese ambassador in Accra, Tong Defa, paid a courtesy call on Ghanaian Foreign "
         "Minister Samuel Ablakwa on Monday.", [None]),
    ],
)  # fmt: skip
def test_the_post_of_the_envoy_called_on_is_the_place(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
