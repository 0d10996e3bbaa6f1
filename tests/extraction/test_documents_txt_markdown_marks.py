"""Plain-text stories saved as Markdown, written for these tests.

Markdown exports and scrapers that save a page as Markdown mark the dateline and the stamp line
("**MAPUTO** - ...", "*Published 3 March 2025*", "**Date:** 3 March 2025"), head the story with
"# ..." or an underline of "=", and keep the page's links ("[Beira](https://...)"). The marks
had hidden the dateline and the date (such a story had neither) and stayed in the sentences.
They are now read away; asterisks and underscores that mark nothing ("3*2", "note*",
"snake_case", a number's "#") stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

LEAD = (
    "Mozambique and Malawi agreed on Monday to rebuild the rail link to the port of "
    "[Nacala](https://example.org/tag/nacala), the two transport ministers said."
)


def _document(text: str, name: str = "rail.md") -> Document:
    (record,) = parse_raw_file(RawFile(name, text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "text",
    [
        f"# Rail link to Nacala to be rebuilt\n\n*Published 3 March 2025*\n\n**MAPUTO** - {LEAD}",
        f"Rail link to Nacala to be rebuilt\n=================================\n\n**Date:** 3 March 2025\n\n"
        f"MAPUTO - {LEAD}",
        f"## Rail link to Nacala to be rebuilt ##\n_By Ana Muianga — March 3, 2025_\n\n"
        f"![Image: a train](https://example.org/img/train.jpg)\n\n__MAPUTO__ - {LEAD}",
    ],
)
def test_the_marks_are_read_away(text: str) -> None:
    record = _document(text)
    assert record.dateline == "Maputo"
    assert record.published_date == date(2025, 3, 3)
    assert "port of Nacala, the two" in record.text
    assert not any(mark in record.text for mark in ("**", "](", "# ", "===", "_By", "*Published"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Growth was 3*2 percent on the old basis (see note*).",
        "The field snake_case_name and the code MZ_MW_2025 stay as written.",
        "# of wagons on the line doubled.",
        "*Provisional figures, as the ministry warned.",
    ],
)
def test_signs_that_mark_nothing_stay(sentence: str) -> None:
    record = _document(
        f"MAPUTO - Mozambique and Malawi agreed on Monday to rebuild the line.\n\n{sentence}", "rail.txt"
    )
    assert record.text.endswith(sentence)
