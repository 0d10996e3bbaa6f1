"""Extract: run the extractor on documents that are new, changed, or extracted by older code.

Documents stream through in batches: read a batch's text from staging, extract it on all
cores when the batch is large, write its facts (delete+insert by document, one
transaction), move on. Workers return finished staging rows and extract the next batch
while this process writes the current one; memory stays flat however many documents
there are.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from orchestration.extraction.model import Extraction
from orchestration.extraction.pipeline import EXTRACTOR_VERSION, extract_document
from orchestration.warehouse import staging
from orchestration.warehouse.lock import writer_lock
from orchestration.warehouse.rows import extraction_batch
from orchestration.warehouse.workers import worker_pool

log = logging.getLogger(__name__)


@dataclass
class ExtractReport:
    documents: int = 0
    trade_mentions: int = 0
    engagements: int = 0
    failed: int = 0  # documents on which the extractor raised (recorded, not fatal)
    orphans_dropped: int = 0
    words: int = 0
    seconds: float = 0.0


def _extract_one(doc: staging.PendingDocument) -> tuple[Extraction, str | None]:
    """Extract one document; an extractor bug is recorded against the document, not raised."""
    try:
        return extract_document(
            doc.text, doc.published_date, doc.dateline, doc.url, doc.title, doc.source
        ), None
    except Exception as exc:
        return Extraction(), f"{type(exc).__name__}: {exc}"[:500]


@dataclass(frozen=True, slots=True)
class _Chunk:
    """A worker's answer for a slice of a batch: staging rows, so the parent only writes."""

    batch: staging.ExtractionBatch
    words: int
    errors: tuple[tuple[str, str], ...]  # (document_id, error)


def _extract_chunk(docs: list[staging.PendingDocument], version: str, extracted_at: datetime) -> _Chunk:
    results = [(d, *_extract_one(d)) for d in docs]
    return _Chunk(
        extraction_batch(results, version, extracted_at),
        sum(len(d.text.split()) for d in docs),
        tuple((d.document_id, error) for d, _, error in results if error),
    )


def _submit(
    pool: ProcessPoolExecutor, docs: list[staging.PendingDocument], workers: int
) -> list[Future[_Chunk]]:
    """A batch split into a few slices per worker (even load, cheap pickling)."""
    size = max(1, -(-len(docs) // (workers * 4)))
    extracted_at = staging.now()
    return [
        pool.submit(_extract_chunk, docs[i : i + size], EXTRACTOR_VERSION, extracted_at)
        for i in range(0, len(docs), size)
    ]


def _write(
    con: duckdb.DuckDBPyConnection,
    chunks: list[_Chunk],
    report: ExtractReport,
    pending: int,
    progress: Callable[[str], None] | None,
) -> None:
    """One batch's facts in one transaction (delete+insert by document)."""
    batch = staging.ExtractionBatch([], [], [], [], [])
    for chunk in chunks:
        for table in staging.FACT_TABLES:
            getattr(batch, table).extend(getattr(chunk.batch, table))
        for document_id, error in chunk.errors:
            log.error("extractor failed on document %s: %s", document_id, error)
        report.failed += len(chunk.errors)
        report.words += chunk.words
    staging.apply_extractions(con, batch)
    report.documents += len(batch.extractions)
    report.trade_mentions += len(batch.trade_mentions)
    report.engagements += len(batch.engagements)
    if progress:
        progress(f"extracted {report.documents:,}/{pending:,} documents")


def extract_pending(
    work_path: Path,
    *,
    workers: int = 1,
    batch_documents: int = 2000,
    progress: Callable[[str], None] | None = None,
) -> ExtractReport:
    """Bring the fact tables of `work_path` up to date with its documents."""
    started = time.perf_counter()
    report = ExtractReport()
    with writer_lock(work_path):
        con = staging.connect(work_path)
        try:
            report.orphans_dropped = staging.drop_orphan_facts(con)
            pending = staging.pending_document_ids(con, EXTRACTOR_VERSION)
            pool = worker_pool(workers, len(pending))
            # Two batches in flight at most: the workers extract batch k+1 while this process
            # writes batch k, so no core idles during writes and memory stays flat.
            queued: deque[list[Future[_Chunk]]] = deque()
            try:
                for i in range(0, len(pending), batch_documents):
                    docs = staging.fetch_documents(con, pending[i : i + batch_documents])
                    if pool is None:
                        chunks = [_extract_chunk(docs, EXTRACTOR_VERSION, staging.now())]
                        _write(con, chunks, report, len(pending), progress)
                        continue
                    queued.append(_submit(pool, docs, workers))
                    if len(queued) > 1:
                        _write(con, [f.result() for f in queued.popleft()], report, len(pending), progress)
                while queued:
                    _write(con, [f.result() for f in queued.popleft()], report, len(pending), progress)
            finally:
                if pool is not None:
                    pool.shutdown(cancel_futures=True)
        finally:
            con.close()
    report.seconds = time.perf_counter() - started
    return report
