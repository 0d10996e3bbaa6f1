"""Run by tests/test_compiled_extractor.py in a fresh process: which extractor loaded, and what
it extracts from the files named on the command line, as JSON on stdout.

A process of its own, because the package chooses compiled or source modules once, when it
is first imported, from the environment the test sets.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import orchestration.extraction
from orchestration.extraction import text
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile
from orchestration.extraction.pipeline import extract_document


def main(paths: list[str]) -> None:
    facts = []
    for p in map(Path, paths):
        data = p.read_bytes()
        for doc in parse_raw_file(RawFile(p.name, data, 0.0, len(data)), max_bytes=len(data) + 1):
            if isinstance(doc, Document):
                found = extract_document(doc.text, doc.published_date, doc.dateline)
                facts.append(
                    [
                        p.name,
                        [asdict(t) for t in found.trade_mentions],
                        [asdict(e) for e in found.engagements],
                    ]
                )
    report = {"compiled": orchestration.extraction.COMPILED, "text_module": text.__file__, "facts": facts}
    json.dump(report, sys.stdout, default=str)


if __name__ == "__main__":
    main(sys.argv[1:])
