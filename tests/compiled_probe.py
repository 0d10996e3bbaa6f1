"""Run by tests/test_compiled_extractor.py in a fresh process: which extractor loaded, and what
it extracts from the files named on the command line, as JSON on stdout.

A process of its own, because the package chooses compiled or source modules once, when it
is first imported, from the environment the test sets. The files are parsed and extracted in
worker processes started as the pipeline starts its own (`orchestration.warehouse.workers`),
so the records cross processes by pickle as ingest's do.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

import orchestration.extraction
from orchestration.extraction import text
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, Extraction, RawFile
from orchestration.extraction.pipeline import extract_document
from orchestration.warehouse.workers import WORKER_START


def parse_and_extract(raw: RawFile) -> list[tuple[Document, Extraction]]:
    """In a worker: the file's documents and their facts, pickled back to the parent."""
    docs = [d for d in parse_raw_file(raw, max_bytes=len(raw.data) + 1) if isinstance(d, Document)]
    return [(d, extract_document(d.text, d.published_date, d.dateline)) for d in docs]


def text_module() -> str:
    """In a worker: where its `text` module was loaded from."""
    return text.__file__


def main(paths: list[str]) -> None:
    raw = [RawFile(p.name, p.read_bytes(), 0.0, p.stat().st_size) for p in map(Path, paths)]
    with ProcessPoolExecutor(2, mp_context=WORKER_START) as pool:
        found = list(pool.map(parse_and_extract, raw))
        worker_text_module = pool.submit(text_module).result()
    facts = [
        [doc.source_path, [asdict(t) for t in got.trade_mentions], [asdict(e) for e in got.engagements]]
        for results in found
        for doc, got in results
    ]
    report = {
        "compiled": orchestration.extraction.COMPILED,
        "text_module": text.__file__,
        "worker_text_module": worker_text_module,
        "facts": facts,
    }
    json.dump(report, sys.stdout, default=str)


if __name__ == "__main__":
    main(sys.argv[1:])
