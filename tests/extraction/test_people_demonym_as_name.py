"""A demonym that is a word of a person's name, written for these tests.

Latin American wires drop accents, so the given name Germán reads "German", a demonym; an
English surname may be one too ("Elaine French"). Right after a title ("Trade Minister German
Umana met", "Grupo Mexico president German Larrea met"), or before one surname, a comma and a
title ("German Larrea, president of Grupo Mexico, met"), the demonym opens the name; after a
given name that follows a title, before a verb, it closes it ("Chargé d'affaires Elaine French
met"). Before, the person was lost or cut to one word and Germany or France taken for a side.
A nation's word before a title, a body, a noun in lower case or a known firm reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]:
    return [
        (e.countries, tuple((p.name, p.country_iso3) for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombian Trade Minister German Umana met Venezuelan Vice President Delcy Rodriguez in "
         "Caracas on Monday.",
         [(("COL", "VEN"), (("German Umana", "COL"), ("Delcy Rodriguez", "VEN")))]),
        ("Grupo Mexico president German Larrea met Peru's Energy Minister Ruben Ramirez in Lima "
         "on Monday.",
         [(("MEX", "PER"), (("German Larrea", "MEX"), ("Ruben Ramirez", "PER"),
                            ("Grupo Mexico", "MEX")))]),
        ("German Larrea, president of Grupo Mexico, met Peru's Energy Minister Ruben Ramirez in "
         "Lima on Monday.",
         [(("MEX", "PER"), (("German Larrea", "MEX"), ("Ruben Ramirez", "PER"),
                            ("Grupo Mexico", "MEX")))]),
        ("President Ruto met German Larrea, president of Grupo Mexico, in Nairobi on Monday.",
         [(("KEN", "MEX"), (("Ruto", "KEN"), ("German Larrea", "MEX"), ("Grupo Mexico", "MEX")))]),
        ("US Chargé d'affaires Elaine French met Zimbabwe's Finance Minister Mthuli Ncube in "
         "Harare on Tuesday.",
         [(("USA", "ZWE"), (("Elaine French", "USA"), ("Mthuli Ncube", "ZWE")))]),
        # near misses: the nation's word before a title, a noun or a firm, as before
        ("Kenyan President William Ruto met German Chancellor Olaf Scholz in Berlin on Monday.",
         [(("DEU", "KEN"), (("William Ruto", "KEN"), ("Olaf Scholz", "DEU")))]),
        ("Kenyan President William Ruto met German Economy Minister Robert Habeck in Berlin on "
         "Monday.",
         [(("DEU", "KEN"), (("William Ruto", "KEN"), ("Robert Habeck", "DEU")))]),
        ("The Kenyan minister, Lee Kinyanjui, met French investors in Paris on Monday.",
         [(("FRA", "KEN"), (("Lee Kinyanjui", "KEN"),))]),
        ("Kenyan Trade Minister Lee Kinyanjui met Chinese Huawei executives in Nairobi on Monday.",
         [(("CHN", "KEN"), (("Lee Kinyanjui", "KEN"), ("Huawei", "CHN")))]),
    ],
)  # fmt: skip
def test_demonym_as_a_word_of_a_name(
    text: str, expected: list[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]]
) -> None:
    assert _events(text) == expected
