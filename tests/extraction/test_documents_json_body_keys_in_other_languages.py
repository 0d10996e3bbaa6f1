"""JSON articles whose text sits under a key in Spanish, French or Indonesian, written for these
tests.

Latin American, West African and Indonesian sites export a story's text as "cuerpo",
"contenu" or "konten" (also "cuerpo_noticia", "contenu_article"); only "texto", "contenido",
"corpo" and "inhalt" had been read of other languages, and such a file had been rejected as
having no body. `_BODY_KEY_WORD` (json_format.py) now holds those words. A short value under
such a key (a flag, "ltr") still gives no body.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

STORY = (
    "LIMA, Peru - Peru and Bolivia agreed on Monday to reopen a border crossing for freight "
    "trucks, the transport ministers said.\n\nThe crossing had been closed since March."
)


def _record(item: dict[str, Any]) -> Document | Rejection:
    (record,) = parse_raw_file(
        RawFile("border.json", json.dumps(item).encode()), max_bytes=100_000, today=date(2025, 7, 1)
    )
    return record


@pytest.mark.parametrize("key", ["cuerpo", "cuerpo_noticia", "contenu", "contenu_article", "konten"])
def test_the_key_holds_the_story(key: str) -> None:
    record = _record({"titulo": "Border reopens", key: STORY, "fecha": "2025-06-09"})
    assert isinstance(record, Document) and record.text.startswith("LIMA, Peru")


def test_a_flag_under_such_a_key_is_no_body() -> None:
    record = _record({"titulo": "Border reopens", "cuerpo_direccion": "ltr", "fecha": "2025-06-09"})
    assert isinstance(record, Rejection) and record.reason == "no_body"
