"""Extract: run the extractor on documents that are new, changed, or extracted by older code.

Documents stream through in batches: read a batch's text from staging, extract it on all
cores when the batch is large, write its facts (delete+insert by document, one
transaction), move on. Memory stays flat however many documents there are.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from orchestration.extraction.model import Extraction
from orchestration.extraction.pipeline import EXTRACTOR_VERSION, extract_document
from orchestration.warehouse import staging
from orchestration.warehouse.lock import writer_lock
from orchestration.warehouse.rows import extraction_batch

log = logging.getLogger(__name__)

#: Below this many documents, extracting in the current process beats starting workers.
PARALLEL_THRESHOLD = 200


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
        return extract_document(doc.text, doc.published_date, doc.dateline), None
    except Exception as exc:
        return Extraction(), f"{type(exc).__name__}: {exc}"[:500]


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
            pool = (
                ProcessPoolExecutor(workers) if workers > 1 and len(pending) >= PARALLEL_THRESHOLD else None
            )
            try:
                for i in range(0, len(pending), batch_documents):
                    docs = staging.fetch_documents(con, pending[i : i + batch_documents])
                    if pool is not None:
                        chunksize = max(1, len(docs) // (workers * 8))
                        outcomes = list(pool.map(_extract_one, docs, chunksize=chunksize))
                    else:
                        outcomes = [_extract_one(d) for d in docs]
                    for doc, (_, error) in zip(docs, outcomes, strict=True):
                        if error:
                            log.error("extractor failed on document %s: %s", doc.document_id, error)
                    batch = extraction_batch(
                        [(d, ex, err) for d, (ex, err) in zip(docs, outcomes, strict=True)],
                        EXTRACTOR_VERSION,
                        staging.now(),
                    )
                    staging.apply_extractions(con, batch)
                    report.documents += len(docs)
                    report.failed += sum(1 for _, e in outcomes if e)
                    report.trade_mentions += len(batch.trade_mentions)
                    report.engagements += len(batch.engagements)
                    report.words += sum(len(d.text.split()) for d in docs)
                    if progress:
                        progress(f"extracted {report.documents:,}/{len(pending):,} documents")
            finally:
                if pool is not None:
                    pool.shutdown()
        finally:
            con.close()
    report.seconds = time.perf_counter() - started
    return report
