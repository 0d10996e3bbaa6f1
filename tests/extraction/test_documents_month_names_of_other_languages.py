"""Stamps and headers that name the month in another language, written for these tests.

A paper's English edition often keeps the date line of its own edition: "12 Haziran 2025",
"12 июня 2025 г.", "12. Juni 2025", "12 Mei 2025". Such a date in a txt header, a byline's
stamp or a page's metadata had been no date, and the story had none. The month is read only
after a day number and before a year: alone, or with a day only, those names are words.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import find_dates, parse_date
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

BODY = "The two trade ministers met in the capital on Thursday to review a grain corridor.\n"


def _published(data: str, name: str = "story.txt") -> date | None:
    (record,) = parse_raw_file(RawFile(name, data.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stated",
    [
        "5 Haziran 2025",
        "5 HAZİRAN 2025",
        "5 июня 2025 г.",
        "5 червня 2025",
        "5. Juni 2025",
        "5 Juni 2025",
        "5 giugno 2025",
        "5 czerwca 2025",
        "5 iyun 2025",
        "5 juin 2025",
        "5 de junio de 2025",
    ],
)
def test_a_txt_header_dates_the_story(stated: str) -> None:
    assert _published(f"title Grain corridor talks\ndate {stated}\n\n{BODY}") == date(2025, 6, 5)


@pytest.mark.parametrize("stated", ["5 Haziran 2025", "5 июня 2025 года", "5. Juni 2025, 10:42"])
def test_a_byline_stamp_dates_the_story(stated: str) -> None:
    assert _published(f"Grain corridor talks\nBy Selin Aydin | {stated}\n\n{BODY}") == date(2025, 6, 5)


def test_a_json_field_dates_the_story() -> None:
    data = '{"title": "Grain corridor talks", "date": "5 Mei 2025", "text": "' + BODY.strip() + '"}'
    assert _published(data, "story.json") == date(2025, 5, 5)


@pytest.mark.parametrize(
    ("written", "month"),
    [("14 Ekim 2024", 10), ("14 ноября 2024", 11), ("14 Maret 2024", 3), ("14 Desember 2024", 12)],
)
def test_metadata_values_are_read(written: str, month: int) -> None:
    assert parse_date(written) == date(2024, month, 14)


@pytest.mark.parametrize(
    "text",
    [
        "The 12 Mart stores in the city closed early.",
        "Output grew 12. June sales were flat.",
        "She sang 3 Juni songs.",
    ],
)
def test_without_a_year_nothing_is_a_date(text: str) -> None:
    assert find_dates(text, date(2025, 7, 1)) == []
