"""A page that shows its publication stamp labelled in its own language, written for these tests.

Pages in French, Spanish, Portuguese, Italian, German, Dutch, Indonesian, Turkish, Russian or
Polish label the date they show in those languages: "Publié le 12 juin 2025 à 10h31",
"Publicado el 12 de junio de 2025", "Veröffentlicht am 12.06.2025", "Diterbitkan 12 Juni 2025".
Only English labels had been read, and a page with no machine-readable date, showing its date
so in a line of no date class, had had none. These labels now label a shown stamp too. A label
that opens other words ("Publié par la rédaction", "Publication des résultats le ...") dates
nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>Senegal and Mauritania agreed on Thursday to share the output of the offshore gas field on "
    "their maritime border, the two energy ministers said in Nouakchott.</p>"
    "<p>The first cargo is due to leave the terminal before the end of the year.</p>"
)


def _record(stamp: str) -> Document:
    page = (
        "<html><head><title>Gas output shared</title></head><body><article>"
        f"<h1>Gas output shared</h1>{STORY}<p class='meta'>{stamp}</p></article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("gas.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "Publié le 12 juin 2025 à 10h31",
        "Mis en ligne le 12 juin 2025",
        "Publicado el 12 de junio de 2025",
        "Publicado em 12/06/2025",
        "Pubblicato il 12 giugno 2025",
        "Veröffentlicht am 12.06.2025 um 10:31 Uhr",
        "Gepubliceerd op 12 juni 2025",
        "Diterbitkan 12 Juni 2025 pukul 10:31 WIB",
        "Yayınlanma tarihi: 12 Haziran 2025",
        "Опубликовано: 12 июня 2025",
    ],
)
def test_the_labelled_stamp_dates_the_page(stamp: str) -> None:
    assert _record(stamp).published_date == date(2025, 6, 12)


@pytest.mark.parametrize(
    "stamp",
    ["Publié par la rédaction", "Publication des résultats le 12 juin 2025", "Mis à jour le 12 juin 2025"],
)
def test_other_lines_date_nothing(stamp: str) -> None:
    assert _record(stamp).published_date is None
