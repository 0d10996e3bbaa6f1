"""A line ending in a colon that heads a list or a table ends the search for the dateline,
written for these tests.

"SANTIAGO, March 3 -" on a line of its own, then "Chile's exports to India in 2024 (US$
billion):" and the rows "Coal: 7.2", "Copper: 3.1" had given no figure: the search for the
dateline read on past the heading (a short line, ending on no sentence's stop) and took the row
"Coal:" for a Title-case place before its colon. The Santiago dateline was lost, and the row split
at its colon, so the table had no rows. A line of five words or more that ends in a colon
(`_introduces_a_list`) now ends the head, as a sentence does: the dateline above it stands, and
the rows below it are rows. A Title-case place before a colon ("Abu Dhabi: The ...") and short
labels before the dateline ("Listen to this article:") read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)


def _goods(text: str) -> set[tuple[str, str, str, float, str | None]]:
    return {
        (m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product)
        for m in extract_document(text, PUB, None).trade_mentions
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SANTIAGO, March 3 -\nChile's exports to India in 2024 (US$ billion):\nCoal: 7.2\nCopper: 3.1\n",
         {("exports", "CHL", "IND", 7.2e9, "coal"), ("exports", "CHL", "IND", 3.1e9, "copper")}),
        ("ACCRA, March 3 (GNA) -\nGhana's imports from China in 2024 (US$ million):\nMachinery: 840\n"
         "Textiles: 310\n",
         {("imports", "GHA", "CHN", 840e6, "machinery"), ("imports", "GHA", "CHN", 310e6, "textiles")}),
        # with no dateline at all the rows are rows as well
        ("Chile's exports to India in 2024 (US$ billion):\nCoal: 7.2\nCopper: 3.1\n",
         {("exports", "CHL", "IND", 7.2e9, "coal"), ("exports", "CHL", "IND", 3.1e9, "copper")}),
    ],
)  # fmt: skip
def test_rows_under_a_heading_below_a_dateline_line(
    text: str, expected: set[tuple[str, str, str, float, str | None]]
) -> None:
    assert _goods(text) == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("SANTIAGO, March 3 -\nChile's exports to India in 2024 (US$ billion):\nCoal: 7.2\n", "Santiago"),
        ("Chile's exports to India in 2024 (US$ billion):\nCoal: 7.2\n", None),
        # near misses: a Title-case place before its colon, a short label above the dateline
        ("Abu Dhabi: The Emirati minister met his Kenyan counterpart on Monday.", "Abu Dhabi"),
        ("Listen to this article:\nDOHA, March 3 (Reuters) - Qatar and Oman signed a deal.", "Doha"),
    ],
)  # fmt: skip
def test_dateline_of_a_story_with_a_list_heading(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.city if found is not None else None) == city
