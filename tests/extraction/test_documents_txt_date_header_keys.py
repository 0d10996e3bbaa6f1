"""Header lines whose key names the story's day in other words than "Date:", written for
these tests.

CMS and wire exports label the day a story came out "Publication date:", "Release Date:",
"Posted on:", "Dated:" or "Date/Time:"; such lines had been skipped as a wire's other keys,
and a story whose only date they held had none. A change's day ("Updated:") or another day
("Event date:") stays no publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

BODY = (
    "KIGALI, Rwanda - Rwanda and Benin opened a direct air cargo route on Wednesday, the two "
    "transport ministries announced.\n\nThe first flight carried cut flowers and coffee."
)


def _published(header: str) -> date | None:
    raw = RawFile("story.txt", f"Headline: Cargo route opens\n{header}\n\n{BODY}".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    assert record.text.startswith("KIGALI, Rwanda")
    return record.published_date


@pytest.mark.parametrize(
    "header",
    [
        "Publication date: 11.06.2025",
        "Publish Date: June 11, 2025",
        "Release date: 2025-06-11 09:40",
        "Posted on: Wednesday, 11 June 2025",
        "Dated: 11th June 2025",
        "Date/Time: 11/06/2025 16:20",
        "Issued: 2025/06/11",
        "Fecha: 11.06.2025",
    ],
)
def test_a_key_naming_the_storys_day_dates_it(header: str) -> None:
    assert _published(header) == date(2025, 6, 11)


@pytest.mark.parametrize(
    "header",
    ["Updated: 11.06.2025", "Last modified: June 11, 2025", "Event date: 11.06.2025", "Publication: weekly"],
)
def test_another_days_key_dates_nothing(header: str) -> None:
    assert _published(header) is None
