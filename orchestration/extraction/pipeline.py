"""One call from a document's clean text to everything extracted from it.

`EXTRACTOR_VERSION` is a digest of this package's own source and lexicon files: when the
extraction code changes, every document is re-extracted on the next run, and never
otherwise (the warehouse records which version produced each document's facts).
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.model import Extraction
from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import extract_trade_mentions

_PACKAGE_DIR = Path(__file__).parent


def _source_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".tsv", ".txt", ".csv", ".json"}:
            h.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


EXTRACTOR_VERSION = _source_digest()


def extract_document(
    text: str, published: date | None, dateline: str | None = None, url: str | None = None
) -> Extraction:
    """Trade figures and engagements stated in `text` (offsets index into `text`); `url` is
    where the document was published, when known."""
    sentences = split_sentences(text)
    return Extraction(
        trade_mentions=tuple(extract_trade_mentions(text, sentences, published, url)),
        engagements=tuple(extract_engagements(text, sentences, published, dateline, url)),
    )
