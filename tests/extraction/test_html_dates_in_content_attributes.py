"""Publication dates a page's body marks in an element's `content` attribute, as RDFa and
microdata do, written for these tests.

Drupal prints `<span property="dc:date dc:created" content="2025-06-10T09:00:00+03:00">Tue,
06/10/2025 - 09:00</span>`, and other sites `<span itemprop="datePublished"
content="2025-06-10">`; only `<meta>` tags had been read, and the date was taken from the
element's text, where the month written first ("06/10/2025") was read as the day (October 6).
An element's text stays the date when no attribute carries one.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>NAIROBI, Kenya - Kenya and Ethiopia agreed on Tuesday to speed up work on the highway "
    "linking their capitals, the two transport ministries said.</p>"
    "<p>The road is meant to carry more of the livestock and coffee trade between the two.</p>"
)


def _published(stamp: str) -> date | None:
    page = (
        "<html><head><title>Highway work to speed up</title></head><body><div class='node'>"
        f"<h1>Highway work to speed up</h1>{stamp}<div class='field-item'>{STORY}</div></div></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("road.html", page.encode()), max_bytes=100_000, today=date(2025, 12, 31)
    )
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "stamp",
    [
        "<span property='dc:date dc:created' content='2025-06-10T09:00:00+03:00' "
        "class='date-display-single'>Tue, 06/10/2025 - 09:00</span>",
        "<span itemprop='datePublished' content='2025-06-10'>06/10/2025</span>",
        "<div property='dcterms:issued' content='2025-06-10'>Posted 06/10/2025</div>",
    ],
)
def test_the_attributes_date_wins_over_the_shown_text(stamp: str) -> None:
    assert _published(stamp) == date(2025, 6, 10)


def test_a_shown_date_with_no_attribute_stays_the_date() -> None:
    assert _published("<span class='date'>10 June 2025</span>") == date(2025, 6, 10)


def test_an_attribute_of_another_kind_dates_nothing() -> None:
    assert _published("<span itemprop='author' content='2025-06-10'>Staff</span>") is None
