"""A business body a demonym opens, in a title written before the name, written for these
tests.

"The President of the Austrian Economic Chamber, Harald Mahrer, met ..." names the chamber the
officer represents, as "Harald Mahrer, the president of the Austrian Economic Chamber," already
did; with the title first the chamber had stayed in his title and was no organization of the
engagement. A chamber, federation or association a demonym opens, after "the", is now the
officer's organization whether his name comes before the title or after it in commas. A
state's own name ("the President of the Russian Federation, Vladimir Putin", "of the Swiss
Confederation") and a house of parliament read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import Sentence, titles_in

PUB = date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The President of the Austrian Economic Chamber, Harald Mahrer, met him.",
         ("President", "Austrian Economic Chamber", "AUT")),
        # as before: a body of chambers, the name first, a state's own name, a house of parliament
        ("The Chairman of the Nigerian Federation of Chambers, Ade Bello, met him.",
         ("Chairman", "Nigerian Federation of Chambers", None)),
        ("Harald Mahrer, the President of the Austrian Economic Chamber, met him.",
         ("President", "Austrian Economic Chamber", "AUT")),
        ("The President of the Russian Federation, Vladimir Putin, met him.", ("President", None, "RUS")),
        ("The President of the Swiss Confederation, Karin Keller-Sutter, met him.",
         ("President", None, "CHE")),
        ("The Speaker of the Kenyan National Assembly, Moses Wetangula, met him.",
         ("Speaker of the Kenyan National Assembly", None, "KEN")),
    ],
)  # fmt: skip
def test_title_of_a_business_body(text: str, expected: tuple[str, str | None, str | None]) -> None:
    (title,) = titles_in(Sentence(text))
    assert (title.title, title.organization, title.country_iso3) == expected


def test_the_chamber_takes_part() -> None:
    text = (
        "The President of the Austrian Economic Chamber, Harald Mahrer, met Kenyan Trade Cabinet "
        "Secretary Lee Kinyanjui in Nairobi on Tuesday."
    )
    (event,) = extract_document(text, PUB).engagements
    assert event.countries == ("AUT", "KEN")
    orgs = [(p.name, p.country_iso3) for p in event.participants if p.participant_type == "organization"]
    assert orgs == [("Austrian Economic Chamber", "AUT")]
