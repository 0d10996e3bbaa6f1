"""The plural of a demonym of several words names its country, written for these tests.

"Sri Lankans", "South Africans", "Sierra Leoneans", "Solomon Islanders" and "Papua New Guineans"
named no country, or the wrong ones ("Papua New Guineans" had been Papua, a province of
Indonesia, and "Guineans", Guinea): only a demonym of one word took an -s plural. A demonym of
several words is now judged by its last word, as one word is, and "-er" demonyms take it too
("Icelanders"); "Aussies" and "Burkinabes" are listed. Adjectives that take no plural ("British",
"Swiss", "Chinese") stay as they are.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.countries import find_countries


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sri Lankans working abroad", [("LKA", "Sri Lankans")]),
        ("South Africans and Namibians crossed", [("ZAF", "South Africans"), ("NAM", "Namibians")]),
        ("Sierra Leoneans abroad sent more money home", [("SLE", "Sierra Leoneans")]),
        ("Solomon Islanders and Fijians", [("SLB", "Solomon Islanders"), ("FJI", "Fijians")]),
        ("Papua New Guineans voted", [("PNG", "Papua New Guineans")]),
        ("Cape Verdeans abroad", [("CPV", "Cape Verdeans")]),
        ("Icelanders and Luxembourgers", [("ISL", "Icelanders"), ("LUX", "Luxembourgers")]),
        ("Aussies and Burkinabes", [("AUS", "Aussies"), ("BFA", "Burkinabes")]),
        # as before
        ("Kazakhs and Emiratis", [("KAZ", "Kazakhs"), ("ARE", "Emiratis")]),
        ("British and Swiss firms", [("GBR", "British"), ("CHE", "Swiss")]),
        ("a Sri Lankan delegation", [("LKA", "Sri Lankan")]),
    ],
)
def test_the_countries(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.iso3, m.text) for m in find_countries(text)] == found
