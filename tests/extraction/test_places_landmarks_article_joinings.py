"""A seat of government named with an Arabic article joined either way, written for these tests.

Agency copy and papers write the article of one palace three ways ("Al Yamamah Palace",
"Al-Yamamah Palace", "al-Yamamah Palace"); the landmarks lexicon holds one, and every joining
names the same city. A hyphen inside a longer word ("Bel-Air") is no article.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.countries import LANDMARKS, _article_joinings
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("The Saudi crown prince received the visiting Peruvian president at Al-Yamamah Palace on Sunday.",
         "Riyadh"),
        ("The Saudi crown prince received the visiting Peruvian president at al-Yamamah Palace on Sunday.",
         "Riyadh"),
        ("King Abdullah II received the Iraqi prime minister at al-Husseiniya Palace on Sunday.",
         "Amman"),
        ("The Algerian president received the Italian foreign minister at El-Mouradia on Sunday.",
         "Algiers"),
        # as the lexicon writes it, as before
        ("The Saudi crown prince received the visiting Peruvian president at Al Yamamah Palace on Sunday.",
         "Riyadh"),
    ],
)  # fmt: skip
def test_each_joining_of_the_article_names_the_city(text: str, location: str) -> None:
    (found,) = extract_document(text, PUB).engagements
    assert found.location == location


def test_an_article_is_a_word_of_its_own() -> None:
    assert _article_joinings("Bel-Air Palace") == {"Bel-Air Palace"}
    assert _article_joinings("Qasr Al Shati") == {"Qasr Al Shati", "Qasr Al-Shati", "Qasr al-Shati"}
    assert "Qasr al-Watan" in LANDMARKS
