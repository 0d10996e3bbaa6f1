"""Plain-text stories headed by a YAML front matter, as Markdown exports write them, written
for these tests.

A Jekyll or Hugo export, or a scraper that saves Markdown, heads the story with "---", key
lines ("title: ...", "date: ...") and "---"; the opening fence had ended the header at once,
and such a story had no date nor title, its fences and keys left in the text. A story that
opens on a dashed rule with no closing fence keeps its text.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "WINDHOEK, Namibia - Namibia and Botswana agreed on Tuesday to share the cost of a new "
    "water pipeline, the two water ministers said.\n\nThe pipeline is due to be finished in 2027."
)


def _document(text: str) -> Document:
    (record,) = parse_raw_file(
        RawFile("pipeline.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    return record


def test_a_front_matter_is_the_header() -> None:
    record = _document(
        f'---\ntitle: "Water pipeline costs to be shared"\ndate: 2025-06-10T09:00:00+02:00\n'
        f"source: The Windhoek Ledger\ntags: [water, Namibia]\n---\n\n{LEAD}"
    )
    assert record.published_date == date(2025, 6, 10)
    assert record.title == "Water pipeline costs to be shared"
    assert record.source == "The Windhoek Ledger"
    assert record.text.startswith("WINDHOEK, Namibia")
    assert record.dateline == "Windhoek"


def test_a_front_matter_with_single_quotes_and_no_blank_line() -> None:
    record = _document(f"---\ntitle: 'Pipeline deal'\ndate: '2025-06-10'\n---\n{LEAD}")
    assert record.published_date == date(2025, 6, 10)
    assert record.title == "Pipeline deal"
    assert record.text.startswith("WINDHOEK, Namibia")


def test_a_dashed_rule_with_no_closing_fence_keeps_the_text() -> None:
    record = _document(f"---\n{LEAD}")
    assert "Namibia and Botswana agreed" in record.text
    assert record.published_date is None


def test_a_story_set_between_rules_keeps_its_quotes() -> None:
    record = _document(f'---\nThe minister said: "We will share the cost."\n---\n\n{LEAD}')
    assert 'The minister said: "We will share the cost."' in record.text
