"""A capital named like its country, with its language's accents, is a dateline, written for these tests.

Spanish-language wires date copy from Mexico City and Panama City by the country's name:
"México, 12 de junio de 2025 –", "Panamá, 12 de junio de 2025.". A country's name alone is no
dateline unless its capital bears it ("MEXICO, June 12 (Reuters) -", "PANAMA, ..."), and the
accented name had not matched the capital's, so such a story had had no dateline.
`_country_only` (datelines.py) now compares the two without accents (`countries.fold`). A
country whose capital bears another name ("Perú, ...", "GHANA - ...") is still no dateline.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline

STORY = " Los dos gobiernos firmaron un acuerdo comercial el jueves."


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("México, 12 de junio de 2025 –", "México"),
        ("Panamá, 12 de junio de 2025.", "Panamá"),
        ("MÉXICO, 12 jun (EFE).-", "México"),
        ("MEXICO, June 12 (Reuters) -", "Mexico"),
    ],
)
def test_the_capital_is_the_dateline(head: str, city: str) -> None:
    found = find_dateline(head + STORY)
    assert found is not None and found.city == city


@pytest.mark.parametrize("head", ["Perú, 12 de junio de 2025 –", "GHANA -", "Türkiye, June 12 –"])
def test_another_country_alone_is_no_dateline(head: str) -> None:
    assert find_dateline(head + STORY) is None
