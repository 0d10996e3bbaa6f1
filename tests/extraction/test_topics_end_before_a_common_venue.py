"""A topic ends before a venue told by its common noun, written for these tests.

"signed a memorandum on river navigation at the presidential palace in Asuncion on Tuesday":
the venue, told by its common noun ("the presidential palace", "the official residence", "the
Kalaw Roga residence"), then the city, the day or "here", is where the signing was, no part of
what it was about, as a capitalized venue's name already was not. A venue followed by nothing
of the kind, and a thing "at" no venue, stay in the topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 6)  # a Thursday


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivian President Luis Arce and Chilean President Gabriel Boric signed a memorandum on "
         "lithium processing at the presidential palace in La Paz on Tuesday.",
         [("lithium processing",)]),
        ("Latvian Prime Minister Evika Silina and Lithuanian Prime Minister Gintautas Paluckas held "
         "talks on rail freight at the official residence on Wednesday.",
         [("rail freight",)]),
        ("Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Aisake Eke signed an "
         "agreement on seasonal workers at the Kalaw Roga residence on Monday.",
         [("seasonal workers",)]),
        ("Kosovo and Albania signed a protocol on energy trading at the ministry's headquarters "
         "here yesterday.", [("energy trading",)]),
        # no city, day or "here" after the venue; a site "at" no venue; a venue that is the
        # thing discussed: as before
        ("Bolivian President Luis Arce and Chilean President Gabriel Boric signed a memorandum on "
         "security at the presidential palace.", [("security at the presidential palace",)]),
        ("Bolivian President Luis Arce and Chilean President Gabriel Boric signed a memorandum on "
         "lithium processing at the plant in Uyuni on Tuesday.",
         [("lithium processing at the plant",)]),
        ("Bolivian President Luis Arce and Chilean President Gabriel Boric signed a memorandum on "
         "the renovation of the presidential palace in La Paz on Tuesday.",
         [("renovation of the presidential palace",)]),
    ],
)  # fmt: skip
def test_the_venue_is_no_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
