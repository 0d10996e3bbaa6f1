"""Front matters in TOML, and YAML ones holding lists and folded values, written for these
tests.

Hugo exports head a story with TOML between "+++" fences ('title = "..."', "date = ..."); it had
been read as the body, the story left with no date nor title and its first words the keys. A YAML
front matter whose tags are a list of indented items, or whose summary is folded over lines, had
its header ended at the first such line, and the items or the summary had stayed the body's first
words. The fences bound the header: every line inside is metadata, and only the keys the header
reads are kept (a day's key only with a date: Jekyll's "published: true" is a flag).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "GABORONE - Botswana and Zambia opened a new ferry crossing on the Zambezi on Monday, the two "
    "transport ministers said.\n\nThe crossing replaces a pontoon that sank in 2024."
)


def _document(text: str, name: str = "ferry.md") -> Document:
    (record,) = parse_raw_file(RawFile(name, text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "head",
    [
        '+++\ntitle = "Ferry crossing opens"\ndate = 2025-06-09T08:30:00+02:00\ndraft = false\n'
        'tags = ["transport", "Zambezi"]\n+++\n\n',
        "+++\nlastmod = 2025-06-20\npublishDate = '2025-06-09'\ntitle = 'Ferry crossing opens'\n"
        "[params]\ndate = 2024-01-01\n+++\n",
        "---\ntitle: Ferry crossing opens\ntags:\n  - transport\n  - Zambezi\nauthor: Kago Molefe\n"
        "date: 2025-06-09\n---\n\n",
        "---\ntitle: Ferry crossing opens\nsummary: >\n  A pontoon is replaced at last.\n"
        "published: true\ndate: '2025-06-09 08:30:00 +0200'\n---\n",
    ],
)
def test_the_front_matter_is_read_and_left_out_of_the_body(head: str) -> None:
    record = _document(head + LEAD)
    assert record.published_date == date(2025, 6, 9)
    assert record.title == "Ferry crossing opens"
    assert record.text.startswith("GABORONE - Botswana and Zambia")
    assert record.dateline == "Gaborone"


def test_a_front_matter_of_only_other_keys_leaves_the_body() -> None:
    record = _document(f"+++\ndraft = true\nweight = 3\n+++\n{LEAD}")
    assert record.text.startswith("GABORONE - Botswana and Zambia")
    assert record.published_date is None


@pytest.mark.parametrize(
    "text",
    [
        f"+++ Update +++\n{LEAD}\n+++",
        f"+++\nThe ministers said the ferry = the bridge of the poor.\n+++\n\n{LEAD}",
    ],
)
def test_plus_signs_that_fence_no_keys_keep_the_text(text: str) -> None:
    record = _document(text, "ferry.txt")
    assert "Botswana and Zambia opened" in record.text
    assert text.split("\n")[1].split()[0] in record.text
