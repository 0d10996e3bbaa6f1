"""Heads of state and of a federal state's government in the words of their own countries, written
for these tests.

Bernama writes a Malaysian state's chief minister "Menteri Besar" ("Selangor Menteri Besar X")
and its governor "Yang di-Pertua Negeri"; San Marino's two heads of state are each "Captain
Regent". None was a title: the person had none, and the office was read as part of the name or
dropped. They are now heads of the lexicon (lexicons/titles.tsv, government). Other heads read as
before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

PUB = date(2025, 6, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Selangor Menteri Besar Amir Hamzah received the envoy.", "Menteri Besar"),
        ("Penang Yang di-Pertua Negeri Razak Talib received the envoy.", "Yang di-Pertua Negeri"),
        ("Captain Regent Marco Gatti received the envoy.", "Captain Regent"),
        # as before
        ("Yang di-Pertuan Agong Sultan Idris received the envoy.", "Yang di-Pertuan Agong"),
        ("Chief Minister Hajiji Noor received the envoy.", "Chief Minister"),
    ],
)
def test_the_title(text: str, title: str) -> None:
    assert next(t.title for t in find_titles(text)) == title


def test_the_person_holds_it() -> None:
    text = (
        "Selangor Menteri Besar Amir Hamzah met Singapore's Minister for Trade and Industry Tan Wei Ling "
        "in Shah Alam on Monday."
    )
    (event,) = extract_document(text, PUB).engagements
    people = {p.name: (p.title, p.country_iso3) for p in event.participants if p.participant_type == "person"}
    assert people["Amir Hamzah"] == ("Menteri Besar", "MYS")
