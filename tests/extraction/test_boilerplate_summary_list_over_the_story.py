"""A summary's list heading the story leaves the body, written for these tests.

Pages set a list of the story's main points over its body, under a label: "Key points:",
"Story highlights", "IN BRIEF", "Key takeaways". The items stood before the dateline, ended its
search (a line that ends like a sentence), and the story had had no dateline. The label and the
marked items after it, among the paragraphs before the story's first sentence and with a
paragraph of the story after them, now leave the body (`_without_head_summary`, boilerplate.py).
A label with no items after it, a list that is the whole body, a label inside the story and a list
with no label read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.boilerplate import without_boilerplate
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

ITEMS = (
    "- The two ministers met in Maseru on Tuesday.\n\n- A water transfer deal was signed."
    "\n\n- Talks on power trade will follow."
)
STORY = "MASERU - Lesotho and South Africa signed a water transfer deal on Tuesday, the ministers said."


@pytest.mark.parametrize(
    "label",
    ["Key points:", "Key points", "Story highlights", "IN BRIEF", "Key takeaways:", "What you need to know"],
)
def test_the_label_and_its_items_leave(label: str) -> None:
    assert without_boilerplate(f"{label}\n\n{ITEMS}\n\n{STORY}") == STORY


def test_items_on_the_label_paragraph_leave_too() -> None:
    text = f"Water deal signed\n\nHighlights:\n• Ministers met in Maseru.\n• A deal was signed.\n\n{STORY}"
    assert without_boilerplate(text) == f"Water deal signed\n\n{STORY}"


def test_a_web_page_is_dated_and_placed() -> None:
    page = (
        "<html><head><title>Water deal</title>"
        '<meta property="article:published_time" content="2025-06-12T08:00:00Z"></head><body>'
        "<article><h1>Water deal signed</h1><h2>Key points</h2><ul><li>The two ministers met in Maseru.</li>"
        "<li>A water transfer deal was signed.</li><li>Talks on power trade will follow.</li></ul>"
        f"<p>{STORY}</p></article></body></html>"
    )
    (record,) = parse_raw_file(
        RawFile("water.html", page.encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    assert isinstance(record, Document)
    assert record.dateline == "Maseru" and record.text == STORY


@pytest.mark.parametrize(
    "text",
    [
        f"Key points:\n\n{STORY}",
        f"Key points:\n\n{ITEMS}",
        f"{STORY}\n\nKey points:\n\n{ITEMS}\n\nThe deal runs to 2030.",
        f"{ITEMS}\n\n{STORY}",
        f"Summary of the talks was given to reporters.\n\n{ITEMS}\n\n{STORY}",
    ],
)
def test_reads_as_before(text: str) -> None:
    assert without_boilerplate(text) == text
