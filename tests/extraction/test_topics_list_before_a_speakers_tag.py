"""A topic list whose items are portfolio words, closed by a speaker's tag, written for these
tests.

"... agreed to expand cooperation in critical minerals, energy and infrastructure, the
presidential office said." lists three topics; the comma before "energy" had been read as the
end of what was said, "energy and infrastructure, the presidential office" as the speaker
(portfolio words are title words: "Minister of Energy and Infrastructure"), and the list had
lost all but its first item. A speaker's tag now opens on a capitalised word, "the" or a head
word only; a portfolio word in lower case after the comma is the list's next item. A real tag
after the list ("..., Serbian President X said", "..., the Kyrgyz minister told reporters",
"..., State House said") still closes it.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 11)  # a Wednesday


def _topics(text: str) -> list[tuple[str, ...]]:
    return [tuple(e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Lee Jae-myung held a summit with Kazakh President Kassym-Jomart Tokayev in "
         "Seoul on Tuesday, and the two leaders agreed to expand cooperation in critical minerals, "
         "energy and infrastructure, the presidential office said.",
         [("critical minerals", "energy", "infrastructure")]),
        ("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
         "Nairobi on Tuesday on oil, power and roads, State House said.",
         [("oil", "power", "roads")]),
        ("Zambian President Hakainde Hichilema met Angolan President Joao Lourenco in Luanda on "
         "Tuesday to discuss the Lobito corridor, mining and agriculture, officials said.",
         [("Lobito corridor", "mining", "agriculture")]),
        # near misses: the tag after the list is cut off as before
        ("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
         "Nairobi on Tuesday to expand cooperation in energy, the Kenyan minister told reporters.",
         [("energy",)]),
        ("Serbian Foreign Minister Marko Djuric met his Azerbaijani counterpart Jeyhun Bayramov "
         "in Baku on Tuesday to discuss gas supplies, Serbian President Aleksandar Vucic said.",
         [("gas supplies",)]),
    ],
)  # fmt: skip
def test_list_of_portfolio_words_before_a_speakers_tag(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
