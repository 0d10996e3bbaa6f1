"""A stamp line in the site's own language dates the story, written for these tests.

French, Spanish, Portuguese, German, Italian and Indonesian sites stamp a story with the time
after its word and an "h" for the colon ("12 juin 2025 à 10h31", "12 de junio de 2025 a las
10:31", "12 de junho de 2025 às 10h31", "12 Juni 2025 pukul 10.31 WIB"), with the weekday's
whole name before the date ("jeudi 12 juin 2025", "quinta-feira, 12 de junho de 2025") and
under a label of their own ("Publié le ...", "Publicado el jueves, ..."). Such a line had dated
nothing, and a text file with no date of its own had had none. `_TIME_TAIL` and
`_SHORT_WEEKDAY_LEAD` (documents.py) read those words, and `_BYLINE_DATE` takes the labels
`html_format.OTHER_PUBLISHED_LABEL` reads on a page. A sentence that opens on a date, a weekday
with no date, and a header's date read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "Cotton buyers from three districts met the ginnery board on Thursday to agree a price."


def _record(stamp: str, header: str = "") -> Document:
    text = f"{header}Cotton price talks open\n\n{stamp}\n\n{STORY}\n"
    raw = RawFile("cotton.txt", text.encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "12 juin 2025 à 10h31",
        "12/06/2025 à 10h31",
        "jeudi 12 juin 2025",
        "Jeudi, 12 juin 2025 à 10h",
        "Publié le 12 juin 2025 à 10h31",
        "Publié le 12 juin 2025 à 10h31 | Mis à jour le 13 juin 2025",
        "12 de junio de 2025 a las 10:31",
        "jueves, 12 de junio de 2025",
        "Publicado el jueves, 12 de junio de 2025 a las 10:31",
        "12 de junho de 2025 às 10h31",
        "quinta-feira, 12 de junho de 2025",
        "Donnerstag, 12. Juni 2025 um 10:31 Uhr",
        "giovedì 12 giugno 2025 ore 10:31",
        "Kamis, 12 Juni 2025 pukul 10.31 WIB",
    ],
)
def test_the_line_dates_the_story(stamp: str) -> None:
    assert _record(stamp).published_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "stamp",
    [
        "Jeudi à 10h31, les acheteurs se sont réunis",
        "12 juin 2025 à Dakar, les acheteurs se sont réunis au siège du conseil",
        "Sunday at 10h, the talks resumed",
    ],
)
def test_no_date_is_read(stamp: str) -> None:
    assert _record(stamp).published_date is None


def test_the_header_date_wins() -> None:
    record = _record("12 juin 2025 à 10h31", header="date: 2025-06-10\n\n")
    assert record.published_date == date(2025, 6, 10)
