"""A press release's dateline that dates itself in parentheses, written for these tests.

Government and company releases write "Islamabad, Pakistan (June 12, 2025) – ..." or
"WASHINGTON, D.C. (12 June 2025) - ...": the date had been taken for an agency's credit, and a
story with no other date had none. A credit in parentheses ("(Reuters)") and a day without its
year ("(June 12)") date nothing, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = "Pakistan and Uzbekistan agreed to open a joint freight terminal, the commerce ministry said."


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"Islamabad, Pakistan (June 12, 2025) – {LEAD}", "Islamabad"),
        (f"WASHINGTON, D.C. (12 June 2025) - {LEAD}", "Washington"),
        (f"TASHKENT (June 12th, 2025) — {LEAD}", "Tashkent"),
    ],
)
def test_the_date_in_parentheses_dates_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, date(2025, 6, 12))


@pytest.mark.parametrize("text", [f"ISLAMABAD (Reuters) - {LEAD}", f"ISLAMABAD (June 12) - {LEAD}"])
def test_a_credit_or_a_yearless_day_gives_no_date(text: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == "Islamabad" and found.date is None


def test_the_release_is_dated_by_it() -> None:
    raw = RawFile(
        "release.txt", f"Joint freight terminal\n\nIslamabad, Pakistan (June 12, 2025) – {LEAD}".encode()
    )
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document) and record.published_date == date(2025, 6, 12)


def test_a_sentence_with_a_dated_aside_is_no_dateline() -> None:
    assert find_dateline("Sales (June 12, 2025) rose as the officials met.") is None
