"""A dateline's country that takes the article, written for these tests.

Gambian, Bahamian and Philippine papers write the country after the capital with its article:
"BANJUL, The Gambia - ...", "NASSAU, The Bahamas (AP) — ...". "The" opened no region (it opens
sentences), so the place had nothing after it that ended a dateline, and such stories had
none. A region opening on "The" is read when the whole is a country's name; "The" before other
words ("Kenya, The minister said - ") is no region, as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "BANJUL, The Gambia - The Gambia and Senegal agreed to share the Trans-Gambia bridge tolls.",
            "Banjul",
        ),
        ("Banjul, The Gambia, June 12 (GNA) – Gambian and Ghanaian ministers met.", "Banjul"),
        ("NASSAU, The Bahamas (AP) — The Bahamian premier received the Cuban envoy.", "Nassau"),
        ("Davao City, The Philippines — Philippine and Indonesian officials met.", "Davao City"),
        ("BANJUL, THE GAMBIA - The two trade ministers met.", "Banjul"),
    ],
)
def test_a_country_with_its_article_is_the_datelines_region(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, The minister said - and more.",
        "Banjul, The talks - they went on.",
        "Lagos, The Hague - two seats of courts.",
    ],
)
def test_the_before_other_words_is_no_region(text: str) -> None:
    assert find_dateline(text) is None
