"""A text file's header in another language is read as its header, written for these tests.

Exports from French, Spanish, Portuguese, German, Dutch and Indonesian sites write the title's key
in their language ("Título: ...", "Titre : ...", "Titel: ...", "Judul: ...") and other keys with
accents ("Catégorie :", "Sección:"). "Título" and "Catégorie" were no key (the other keys' letters
had to be unaccented), so the header had been body, and "Título" the story's dateline.
`_KEYS` (txt_format.py) now reads the title's key in those languages (with a colon only), and
`_OTHER_HEADER_LINE` takes a key of accented letters. A body line opening on such a word with no
colon, and a dateline with an accent after the header's blank line ("Bogotá: ..."), read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "NAIROBI - Kenyan President William Ruto met Ugandan President Yoweri Museveni on Wednesday."


def _record(text: str) -> Document:
    (record,) = parse_raw_file(RawFile("story.txt", text.encode()), max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


@pytest.mark.parametrize(
    "header",
    [
        "Título: Kenya y Uganda\nFecha: 12 de junio de 2025\n",
        "Título: Kenya y Uganda\nSección: Mundo\nFecha: 12 de junio de 2025\n",
        "Titre : Kenya y Uganda\nDate : 12/06/2025\nCatégorie : Afrique\n",
        "Titel: Kenya y Uganda\nDatum: 12. Juni 2025\nRubrik: Welt\n",
        "Judul: Kenya y Uganda\nTanggal: 12 Juni 2025\n",
    ],
)
def test_the_header_is_read(header: str) -> None:
    record = _record(f"{header}\n{STORY}\n")
    assert record.title == "Kenya y Uganda"
    assert record.published_date == date(2025, 6, 12)
    assert record.dateline == "Nairobi"
    assert record.text.startswith("NAIROBI - ")


def test_a_word_with_no_colon_is_body() -> None:
    record = _record("Titel des Berichts ist Handel\n\n" + STORY + "\n")
    assert record.title is None and record.text.startswith("Titel des Berichts")


def test_an_accented_dateline_after_the_header_reads_as_before() -> None:
    record = _record(
        "Title: Talks\n\nBogotá: Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa.\n"
    )
    assert record.dateline == "Bogotá"
