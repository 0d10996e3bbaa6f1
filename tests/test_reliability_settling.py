"""Files still being written are not ingested until they have settled, then they are, whole.

A writer process appends an article to the raw folder a paragraph at a time while real
Dagster runs of the ingest asset keep running: as long as the file keeps changing it is
neither a document nor a rejection; once it has been left alone for the grace period the
next run takes it, every paragraph of it. The same holds for a file rewritten in place:
its previous version stays until the new one has settled.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from reliability_support import materialize

from orchestration.assets.ingest import raw_documents

pytestmark = pytest.mark.slow

GRACE_SECONDS = 2.0
PAUSE_SECONDS = 0.2  # between appends: well inside the grace period, even on a busy machine

WRITER = """
import json, os, sys, time
path, pieces, pause = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3])
with open(path, "w", encoding="utf-8") as fh:
    for piece in pieces:
        fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())
        time.sleep(pause)
"""


def _pieces(city: str, n: int) -> list[str]:
    head = f"date 2024-06-0{n % 9 + 1}\n\n{city.upper()}, June 3 (Reuters) - "
    body = [
        f"Paragraph {i} from {city}: exports to the neighbouring country rose {i + 1}% in 2023.\n\n"
        for i in range(n)
    ]
    return [head, *body]


def _start_writer(path: Path, pieces: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), json.dumps(pieces), str(PAUSE_SECONDS)])


def _rows(warehouse: Path, source_path: str) -> tuple[list[str], int]:
    """(texts of the file's documents, number of its rejections) in the working file."""
    con = duckdb.connect(str(warehouse.parent / ".work" / warehouse.name), read_only=True)
    try:
        texts = con.execute(
            "select text from staging.documents where source_file = ?", [source_path]
        ).fetchall()
        rejected = con.execute(
            "select count(*) from staging.rejected_documents where source_file = ?", [source_path]
        ).fetchone()[0]
    finally:
        con.close()
    return [t for (t,) in texts], rejected


def _ingest(raw: Path, warehouse: Path) -> dict:
    result = materialize(raw, warehouse, assets=[raw_documents], stable_seconds=GRACE_SECONDS)
    assert result.success
    metadata = result.asset_materializations_for_node("raw_documents")[0].metadata
    return {k: v.value for k, v in metadata.items()}


def _ingest_while_writing(raw: Path, warehouse: Path, writer: subprocess.Popen, name: str) -> list[list[str]]:
    """Ingest runs back to back until the writer is done; what each saw of the file."""
    seen = []
    while writer.poll() is None:
        report = _ingest(raw, warehouse)
        texts, rejected = _rows(warehouse, name)
        assert rejected == 0, "a half-written file was rejected"
        seen.append(texts)
        if (raw / name).exists():
            assert report["files_still_being_written"] >= 1 or writer.poll() is not None
    assert writer.wait() == 0
    return seen


def test_a_file_being_written_becomes_a_document_only_once_settled_and_whole(tmp_path: Path):
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse" / "warehouse.duckdb"
    raw.mkdir()
    (raw / "settled.txt").write_text("".join(_pieces("Nairobi", 2)))
    _ingest(raw, warehouse)  # an earlier run; the warehouse exists, `settled.txt` has been left alone
    time.sleep(GRACE_SECONDS)

    first = _pieces("Lima", 20)
    writer = _start_writer(raw / "growing.txt", first)
    seen = _ingest_while_writing(raw, warehouse, writer, "growing.txt")
    assert len(seen) >= 2, "several runs happened while the file was being written"
    assert all(texts == [] for texts in seen), "a half-written file became a document"

    assert _rows(warehouse, "growing.txt") == ([], 0), "just written is not yet settled"
    time.sleep(GRACE_SECONDS + 0.2)
    _ingest(raw, warehouse)
    (text,), _ = _rows(warehouse, "growing.txt")
    assert all(piece.strip() in text for piece in first[1:]), "the document holds the whole file"
    assert text.endswith(first[-1].strip())

    # rewritten in place, slowly: the previous version stays until the new one has settled
    second = _pieces("Quito", 16)
    writer = _start_writer(raw / "growing.txt", second)
    seen = _ingest_while_writing(raw, warehouse, writer, "growing.txt")
    assert len(seen) >= 2
    assert all(texts == [text] for texts in seen), "only the complete earlier version is ever seen"
    time.sleep(GRACE_SECONDS + 0.2)
    _ingest(raw, warehouse)
    (new_text,), _ = _rows(warehouse, "growing.txt")
    assert all(piece.strip() in new_text for piece in second[1:])
    assert "Lima" not in new_text
    assert len(_rows(warehouse, "settled.txt")[0]) == 1
