"""Web pages that show when a story was changed before when it was put out, written for these
tests.

A page's meta line may read "Last updated <time datetime=...>9 July</time> | Published <time
datetime=...>7 July</time>", or hold `<span class="updated">Last updated: 9 July 2025</span>`
before `<span class="date">7 July 2025</span>` (the letters of "updated" hold "date"). The first
date was taken, and the story was dated by its change. A `<time>` element classed or labelled as
a change, and a shown date classed or labelled so, now come after every other: a page that gives
only its change's day is still dated by it, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "<p>WINDHOEK - Namibia and Angola agreed on Monday to run a joint ferry across the Kunene "
    "river from next year, the two transport ministries said.</p>"
    "<p>Cattle traders on both banks had asked for a crossing for many years.</p>"
)


def _published(meta_line: str) -> date | None:
    page = (
        "<html><head><title>Kunene ferry to run from next year</title></head><body><article>"
        f"<h1>Kunene ferry to run from next year</h1>{meta_line}{STORY}</article></body></html>"
    )
    raw = RawFile("ferry.html", page.encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2026, 1, 1))
    assert isinstance(record, Document)
    return record.published_date


@pytest.mark.parametrize(
    "meta_line",
    [
        '<p>Last updated <time datetime="2025-07-09">9 July 2025</time> | Published '
        '<time datetime="2025-07-07">7 July 2025</time></p>',
        '<p>Modified on: <time datetime="2025-07-09T10:00:00Z">9 July</time> · '
        '<time datetime="2025-07-07T08:00:00Z">7 July</time></p>',
        '<div><time class="updated" datetime="2025-07-09">9 July</time>'
        '<time class="entry-date published" datetime="2025-07-07">7 July</time></div>',
        '<div class="post-meta"><span class="updated">Last updated: July 9, 2025</span> '
        '<span class="date">July 7, 2025</span></div>',
        '<div class="post-meta"><span class="post-date">Edited 9 July 2025</span> '
        '<span class="post-date">7 July 2025</span></div>',
    ],
)
def test_the_day_of_publication_wins_over_the_change(meta_line: str) -> None:
    assert _published(meta_line) == date(2025, 7, 7)


@pytest.mark.parametrize(
    ("meta_line", "day"),
    [
        # only the change's day: still the page's date, as before
        ('<p>Updated <time datetime="2025-07-09">9 July 2025</time></p>', date(2025, 7, 9)),
        ('<div><span class="updated">July 9, 2025</span></div>', date(2025, 7, 9)),
        # no change's label: the first date, as before
        ('<p><time datetime="2025-07-07">7 July</time> and <time datetime="2025-07-09">9 July</time></p>',
         date(2025, 7, 7)),
    ],
)  # fmt: skip
def test_a_lone_or_unlabelled_stamp_reads_as_before(meta_line: str, day: date) -> None:
    assert _published(meta_line) == day
