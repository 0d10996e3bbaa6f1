"""A chamber's speaker written in lower case before the chamber, written for these tests.

Commonwealth papers write the office in lower case: "The speaker of the Ghanaian parliament
Alban Bagbin met ...", "the speaker of Kenya's National Assembly, Moses Wetangula," and
"Ghana's parliamentary speaker Alban Bagbin". Alone "speaker" is no head ("a speaker at the
forum"), and only "Ukrainian parliament speaker X" had made it one in lower case, so the holder
had had no title and no country. "speaker" is now a head also before "of", when only "the",
the country's words and "national" stand between it and the chamber (_chamber_after_of,
titles.py), and after "parliamentary" as after "parliament". "a speaker of the forum" and a
speaker of a delegation read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The speaker of the Ghanaian parliament Alban Bagbin met the delegation.",
         [("Alban Bagbin", "speaker of the parliament", "GHA")]),
        ("The speaker of the Ghanaian parliament, Alban Bagbin, met the delegation.",
         [("Alban Bagbin", "speaker of the parliament", "GHA")]),
        ("The speaker of Ghana's parliament Alban Bagbin met the delegation.",
         [("Alban Bagbin", "speaker of parliament", "GHA")]),
        ("The speaker of the Kenyan senate Amason Kingi met the delegation.",
         [("Amason Kingi", "speaker of the senate", "KEN")]),
        ("Ghana's parliamentary speaker Alban Bagbin met the delegation.",
         [("Alban Bagbin", "parliamentary speaker", "GHA")]),
        # as before: a speaker of no chamber
        ("The speaker of the Ghanaian parliamentary delegation, Alban Bagbin, met the delegation.",
         [("Alban Bagbin", None, None)]),
        ("He was a speaker of the forum, Alban Bagbin said.", [("Alban Bagbin", None, None)]),
        ("Ukrainian parliament speaker Ruslan Stefanchuk met the delegation.",
         [("Ruslan Stefanchuk", "parliament speaker", "UKR")]),
    ],
)  # fmt: skip
def test_speaker_of_a_chamber_in_lower_case(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(sentence) == expected
