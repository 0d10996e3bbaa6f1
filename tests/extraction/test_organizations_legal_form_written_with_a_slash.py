"""A legal form written with a slash closes the company's name as one word.

Danish and Norwegian companies write their legal form "A/S" (also "K/S", "P/S", "I/S"), and
Brazilian ones "S/A". The tokenizer split it into a letter, a slash and a letter, so "Fjordline
Shipping A/S chief executive X" gave a company "S" and a person "Fjordline Shipping A", and the
company's name lost its form. `titles._join_slashed_legal_forms` joins the three tokens when they
touch, and the form is listed with the other legal forms, so it closes the name as "AS" or "SA"
do. A slash between other letters or words, or spaced, stays punctuation.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import Sentence

PUB = date(2025, 3, 7)  # a Friday


def _participants(text: str) -> list[list[tuple[str, str, str | None]]]:
    return [
        [(p.participant_type, p.name, p.organization) for p in e.participants]
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan Trade Minister Lee Kinyanjui met Fjordline Shipping A/S chief executive Karen "
         "Holm in Copenhagen on Wednesday to discuss port calls at Mombasa.",
         [[("person", "Lee Kinyanjui", None),
           ("person", "Karen Holm", "Fjordline Shipping A/S"),
           ("organization", "Fjordline Shipping A/S", None)]]),
        ("Ghanaian Energy Minister John Jinapor signed a supply agreement with Danish turbine "
         "maker Nordvind Energi A/S in Accra on Wednesday.",
         [[("person", "John Jinapor", None), ("organization", "Nordvind Energi A/S", None)]]),
        ("Angolan Transport Minister Ricardo de Abreu met executives of Brazilian logistics group "
         "Rodovia Sul S/A in Luanda on Wednesday.",
         [[("person", "Ricardo de Abreu", None), ("organization", "Rodovia Sul S/A", None)]]),
    ],
)  # fmt: skip
def test_a_slashed_legal_form_closes_the_companys_name(
    text: str, expected: list[list[tuple[str, str, str | None]]]
) -> None:
    assert _participants(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fjordline Shipping A/S signed.", ["Fjordline", "Shipping", "A/S", "signed", "."]),
        ("Rodovia Sul S/A signed.", ["Rodovia", "Sul", "S/A", "signed", "."]),
        # not a listed form, or spaced: the slash stays a token of its own
        (
            "the A/B test and the C/S line",
            ["the", "A", "/", "B", "test", "and", "the", "C", "/", "S", "line"],
        ),
        ("exports A / S rose", ["exports", "A", "/", "S", "rose"]),
        ("the km/S unit", ["the", "km", "/", "S", "unit"]),
    ],
)
def test_only_a_touching_listed_form_is_joined(text: str, words: list[str]) -> None:
    s = Sentence(text)
    assert s.words[: s.n] == words
    assert [s.text[s.starts[i] : s.ends[i]] for i in range(s.n)] == words
