"""Extraction never fails on text cut short: every paragraph of every labelled document, cut
after a few words and left without its full stop, as headings, captions and pasted fragments
end. Each rule looks ahead a few tokens; at a sentence's end there are none (an IndexError
there had lost whole documents)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import corpus_or_skip

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile
from orchestration.extraction.pipeline import extract_document

LABELLED = Path(__file__).resolve().parents[1] / "labelled" / "docs"


def _documents(folder: Path) -> list[Document]:
    out = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        out += [
            d
            for d in parse_raw_file(RawFile(path.name, data, 0.0, len(data)), max_bytes=len(data) + 1)
            if isinstance(d, Document)
        ]
    return out


def _cut(text: str, words: int) -> str:
    """Every paragraph of `text` cut after `words` words, with no full stop."""
    return "\n\n".join(" ".join(p.split()[:words]).rstrip(".") for p in text.split("\n\n"))


@pytest.mark.parametrize("words", [2, 5, 9, 14, 20])
def test_paragraphs_cut_short_extract_without_error(words: int) -> None:
    documents = _documents(corpus_or_skip() / "docs") + _documents(LABELLED)
    for doc in documents:
        extract_document(_cut(doc.text, words), doc.published_date, doc.dateline, doc.url)
