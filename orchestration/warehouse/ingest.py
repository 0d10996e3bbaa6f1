"""Ingest: bring the staging tables in line with the raw folder, reading only what changed.

A file is re-read only when its size or mtime differ from what the warehouse recorded,
and re-parsed only when its bytes (sha256) differ too. Files still being written are
left for a later run; deleted files take their documents with them. Work is committed
in chunks, so memory stays flat and a killed run loses at most one chunk of work.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import duckdb

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection
from orchestration.rawfolder import RawEntry, Skipped, scan, stable_entries
from orchestration.warehouse import staging
from orchestration.warehouse.lock import writer_lock
from orchestration.warehouse.readahead import ReadAhead
from orchestration.warehouse.rows import document_row, rejection_row
from orchestration.warehouse.workers import PARALLEL_THRESHOLD, worker_pool

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FileResult:
    entry: RawEntry
    content_sha256: str | None
    records: tuple[Document | Rejection, ...]
    unstable: bool = False


@dataclass
class IngestReport:
    scanned: int = 0
    unchanged: int = 0
    read: int = 0
    touched: int = 0  # same bytes, new mtime: nothing to re-parse
    deleted: list[str] = field(default_factory=list)
    settling: list[str] = field(default_factory=list)  # still being written: left for later
    skipped: list[Skipped] = field(default_factory=list)
    documents: int = 0  # documents written (new or changed)
    rejected: Counter[str] = field(default_factory=Counter)  # reason -> files
    processed: list[str] = field(default_factory=list)  # files whose rows were (re)written
    seconds: float = 0.0


def _sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_and_parse(entry: RawEntry, max_bytes: int, known_sha256: str | None = None) -> FileResult:
    """Read one file and parse it; never raises (a bad file becomes a Rejection).

    When the bytes hash to `known_sha256` (only the mtime moved) parsing is skipped and
    the result has no records: the rows already in the warehouse stay as they are.
    """
    path, rel = entry.abs_path, entry.source_path
    try:
        if entry.size > max_bytes:
            sha = _sha256_file(path)
            detail = f"{entry.size:,} bytes is over the limit of {max_bytes:,} (MAX_FILE_BYTES)"
            return FileResult(entry, sha, (Rejection(rel, sha, "too_large", detail),))
        with open(path, "rb") as fh:
            data = fh.read()
        after = os.stat(path)
    except OSError as exc:
        return FileResult(entry, None, (Rejection(rel, None, "unreadable", f"cannot read: {exc.strerror}"),))
    if after.st_size != len(data) or after.st_mtime != entry.mtime:
        return FileResult(entry, None, (), unstable=True)
    sha = hashlib.sha256(data).hexdigest()
    if sha == known_sha256:
        return FileResult(entry, sha, ())
    try:
        records = parse_raw_file(RawFile(rel, data, entry.mtime, entry.size), max_bytes=max_bytes)
    except Exception as exc:  # a parser bug must not stop the batch; record it instead
        log.exception("parser failed on %s", rel)
        records = [Rejection(rel, sha, "parse_error", f"{type(exc).__name__}: {exc}"[:500])]
    return FileResult(entry, sha, tuple(records))


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _parse_all(
    entries: Sequence[RawEntry],
    known: dict[str, staging.KnownFile],
    max_bytes: int,
    workers: int,
    pool: ProcessPoolExecutor | None,
) -> Iterable[FileResult]:
    """Results in order; with a pool, the work is submitted now and collected when iterated."""
    shas = [k.content_sha256 if (k := known.get(e.source_path)) else None for e in entries]
    if pool is None or len(entries) < PARALLEL_THRESHOLD:
        return [read_and_parse(e, max_bytes, sha) for e, sha in zip(entries, shas, strict=True)]
    chunksize = max(1, len(entries) // (workers * 4))
    return pool.map(read_and_parse, entries, [max_bytes] * len(entries), shas, chunksize=chunksize)


def ingest_folder(
    raw_dir: Path,
    work_path: Path,
    *,
    max_bytes: int,
    stable_seconds: float,
    workers: int = 1,
    chunk_files: int = 2000,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Scan `raw_dir` and apply every change to the staging tables of `work_path`."""
    started = time.perf_counter()
    report = IngestReport()
    entries, report.skipped = scan(raw_dir)
    report.scanned = len(entries)
    stable, settling = stable_entries(entries, stable_seconds)
    report.settling = [e.source_path for e in settling]
    with writer_lock(work_path):
        con = staging.connect(work_path)
        try:
            known = staging.inventory(con)
            present = {e.source_path for e in entries}
            report.deleted = sorted(p for p in known if p not in present)
            changed = [
                e
                for e in stable
                if (k := known.get(e.source_path)) is None or (k.size, k.mtime) != (e.size, e.mtime)
            ]
            report.unchanged = len(stable) - len(changed)
            pool = worker_pool(workers, len(changed))
            # Chunk k+1 is handed to the workers before chunk k is written, so parsing goes
            # on while this process loads DuckDB; at most two chunks are held at once.
            queued: deque[Iterable[FileResult]] = deque()
            readahead = ReadAhead()  # the chunk's files start loading before a worker opens them
            try:
                for chunk in _chunks(changed, chunk_files):
                    readahead.queue([e.abs_path for e in chunk])
                    queued.append(_parse_all(chunk, known, max_bytes, workers, pool))
                    if len(queued) > 1 or pool is None:
                        _write(con, queued.popleft(), known, report, len(changed), progress)
                while queued:
                    _write(con, queued.popleft(), known, report, len(changed), progress)
            finally:
                readahead.close()
                if pool is not None:
                    pool.shutdown(cancel_futures=True)
            if report.deleted:
                staging.apply_ingest(con, staging.IngestBatch([], [], [], [], report.deleted))
        finally:
            con.close()
    report.seconds = time.perf_counter() - started
    return report


def _write(
    con: duckdb.DuckDBPyConnection,
    results: Iterable[FileResult],
    known: dict[str, staging.KnownFile],
    report: IngestReport,
    changed: int,
    progress: Callable[[str], None] | None,
) -> None:
    staging.apply_ingest(con, _batch(results, known, report))
    if progress:
        progress(f"ingested {report.read:,}/{changed:,} changed files")


def _batch(
    results: Iterable[FileResult], known: dict[str, staging.KnownFile], report: IngestReport
) -> staging.IngestBatch:
    batch = staging.IngestBatch([], [], [], [], [], known=known.keys())
    now = staging.now()
    for r in results:
        e = r.entry
        if r.unstable:
            report.settling.append(e.source_path)
            continue
        report.read += 1
        prior = known.get(e.source_path)
        docs = [x for x in r.records if isinstance(x, Document)]
        rejections = [x for x in r.records if isinstance(x, Rejection)]
        file_row = {
            "source_file": e.source_path,
            "file_size": e.size,
            "file_mtime": e.mtime,
            "content_sha256": r.content_sha256,
            "n_documents": len(docs),
            "n_rejected": len(rejections),
            "scanned_at": now,
        }
        if prior is not None and r.content_sha256 is not None and prior.content_sha256 == r.content_sha256:
            file_row["n_documents"], file_row["n_rejected"] = prior.n_documents, prior.n_rejected
            batch.touched.append(file_row)
            report.touched += 1
            continue
        batch.files.append(file_row)
        batch.documents.extend(document_row(d, e.source_path, e.size, e.mtime, now) for d in docs)
        batch.rejections.extend(rejection_row(x, e.source_path, e.size, e.mtime, now) for x in rejections)
        report.documents += len(docs)
        report.rejected.update(x.reason for x in rejections)
        report.processed.append(e.source_path)
    return batch
