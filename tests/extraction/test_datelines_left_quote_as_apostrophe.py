"""Place names whose apostrophe is typed as a left quote mark, written for these tests.

Pacific papers write the glottal stop (the okina) of "Nukuʻalofa" or "Hawaiʻi" with whatever
their keyboard gives, often the left single quote ("NUKU‘ALOFA, June 12 -"): the place had been
cut at the mark, and the story had no dateline. The mark now joins a place's word as the
apostrophe does; the city is given with the typographic apostrophe, as the gazetteer folds it.
A quotation opening a paragraph is no place.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.countries import city_country
from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("NUKU‘ALOFA, June 12 - Tonga and Fiji agreed to pool their fisheries patrols.", "Nuku’alofa"),
        ("Nuku‘alofa, Tonga — The Tongan king received the Fijian prime minister.", "Nuku’alofa"),
        ("NUKU‘ALOFA (Matangi Tonga) - Ministers of the two kingdoms met on Monday.", "Nuku’alofa"),
        ("HILO, Hawai‘i (AP) — The governor met a delegation from Japan.", "Hilo"),
        # the apostrophes that were read already
        ("NUKU’ALOFA, June 12 - Tonga and Samoa met.", "Nuku’alofa"),
        ("NUKU'ALOFA, June 12 - Tonga and Samoa met.", "Nuku'alofa"),
    ],
)
def test_a_left_quote_inside_a_place_is_its_apostrophe(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


def test_the_city_is_known_to_the_gazetteer() -> None:
    found = find_dateline("NUKU‘ALOFA, June 12 - Tonga and Fiji agreed to pool patrols.")
    assert found is not None and city_country(found.city) == "TON"


@pytest.mark.parametrize(
    "text",
    [
        "‘We agree on the patrols,’ the Tongan minister said on Monday.",
        "‘Talks’ - the word of the week in Nuku‘alofa.",
    ],
)
def test_a_quotation_is_no_place(text: str) -> None:
    assert find_dateline(text) is None
