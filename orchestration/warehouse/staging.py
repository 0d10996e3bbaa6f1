"""Reading and writing the `staging` tables of the working warehouse.

Rows go in through Arrow tables in bulk (never row by row, never SQL built from document
content): each write is one transaction that first deletes the rows it replaces, so a
run killed half-way leaves either the old rows or the new ones, never a mix.
The table definitions live in `staging_tables.sql`; the Arrow schemas are read back from
DuckDB, so that file stays the single source of truth.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

STAGING_DDL = files("orchestration.warehouse").joinpath("staging_tables.sql").read_text("utf-8")


#: DuckDB's cache for the staging loads. Its default (80% of RAM) let a 100k-document ingest
#: keep the whole corpus text cached in the run's process; the loads only need room for
#: one batch, and written blocks are on disk anyway.
MEMORY_LIMIT = "512MB"
#: How much write-ahead log DuckDB lets grow before it checkpoints into the file. At its
#: default (16 MiB) a 100k-document ingest checkpointed every third chunk: the loading
#: process spent 43 s of a 117 s ingest in writes, stalling for up to 8 s while the parse
#: workers idled. At 256 MB: 25 s of writes, 11.6 instead of 15.7 CPU s in that process,
#: the same peak memory (measured on this 2-core machine with other work running beside it,
#: on the benchmark's corpus of 100,000 documents). The log is replayed on open after a
#: crash, as before.
CHECKPOINT_THRESHOLD = "256MB"


def connect(work_path: Path) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the working warehouse with its staging tables in place."""
    work_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(
        str(work_path), config={"memory_limit": MEMORY_LIMIT, "checkpoint_threshold": CHECKPOINT_THRESHOLD}
    )
    con.execute(STAGING_DDL)
    return con


def _schema(con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
    return con.sql(f"select * from staging.{table} limit 0").to_arrow_table().schema


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk-insert rows (dicts keyed by column) through one Arrow table."""
    if not rows:
        return
    batch = pa.Table.from_pylist(list(rows), schema=_schema(con, table))
    con.register("_batch", batch)
    try:
        con.execute(f"insert into staging.{table} by name select * from _batch")
    finally:
        con.unregister("_batch")


def _delete_where_in(con: duckdb.DuckDBPyConnection, table: str, column: str, keys: Iterable[str]) -> None:
    """Delete rows whose `column` is in `keys`, passing the keys as data, not as SQL text."""
    key_list = sorted(set(keys))
    if not key_list:
        return
    con.register("_keys", pa.table({"k": pa.array(key_list, pa.string())}))
    try:
        con.execute(f"delete from staging.{table} where {column} in (select k from _keys)")
    finally:
        con.unregister("_keys")


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class KnownFile:
    size: int
    mtime: float
    content_sha256: str | None
    n_documents: int
    n_rejected: int


def inventory(con: duckdb.DuckDBPyConnection) -> dict[str, KnownFile]:
    """What the warehouse already holds, per raw file: lets a rebuild skip unchanged files."""
    rows = con.execute(
        """
        select source_file, file_size, file_mtime, content_sha256, n_documents, n_rejected
        from staging.raw_files
        """
    ).fetchall()
    return {r[0]: KnownFile(*r[1:]) for r in rows}


@dataclass(frozen=True, slots=True)
class IngestBatch:
    """One transaction's worth of ingest results.

    `files` are the raw_files rows of every file read in this batch; `documents` and
    `rejections` their parsed content (dicts keyed by staging column); `touched` are files
    whose bytes were unchanged (same hash) so only their size/mtime is refreshed;
    `deleted` are files gone from the raw folder. `known` are the files the warehouse held
    before the batch (None: any may be): only their old rows can need deleting, which
    spares a cold build a delete per chunk over ever larger tables.
    """

    files: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    rejections: list[dict[str, Any]]
    touched: list[dict[str, Any]]
    deleted: list[str]
    known: Collection[str] | None = None


def apply_ingest(con: duckdb.DuckDBPyConnection, batch: IngestBatch) -> None:
    """Replace the rows of every file in the batch and drop the rows of deleted files."""
    read = {f["source_file"] for f in batch.files}
    replaced = read | {f["source_file"] for f in batch.touched}
    if batch.known is not None:
        read = {p for p in read if p in batch.known}
        replaced = {p for p in replaced if p in batch.known}
    gone = set(batch.deleted)
    con.begin()
    try:
        _delete_where_in(con, "raw_files", "source_file", replaced | gone)
        _delete_where_in(con, "documents", "source_file", read | gone)
        _delete_where_in(con, "rejected_documents", "source_file", read | gone)
        _insert(con, "raw_files", batch.files + batch.touched)
        _insert(con, "documents", batch.documents)
        _insert(con, "rejected_documents", batch.rejections)
        con.commit()
    except BaseException:
        con.rollback()
        raise


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class PendingDocument:
    """What the extractor needs from a document (kept small: it crosses process boundaries)."""

    document_id: str
    content_sha256: str
    text: str
    published_date: date | None
    dateline: str | None
    url: str | None = None  # where it was published: a local dollar is told by its domain
    title: str | None = None  # its headline: the pair of a body that names none
    source: str | None = None  # the outlet its header names: its dollar, when no url tells


def pending_document_ids(con: duckdb.DuckDBPyConnection, extractor_version: str) -> list[str]:
    """Documents never extracted, changed since, or extracted by another extractor version."""
    rows = con.execute(
        """
        select d.document_id
        from staging.documents d
        left join staging.extractions e using (document_id)
        where e.document_id is null
           or e.content_sha256 <> d.content_sha256
           or e.extractor_version <> ?
        order by d.document_id
        """,
        [extractor_version],
    ).fetchall()
    return [r[0] for r in rows]


def fetch_documents(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> list[PendingDocument]:
    """The text and dates of the given documents, in the given order."""
    con.register("_ids", pa.table({"document_id": pa.array(list(document_ids), pa.string())}))
    try:
        rows = con.execute(
            """
            select d.document_id, d.content_sha256, d.text, d.published_date, d.dateline, d.url, d.title,
                d.source
            from staging.documents d join _ids using (document_id)
            """
        ).fetchall()
    finally:
        con.unregister("_ids")
    by_id = {r[0]: PendingDocument(*r) for r in rows}
    return [by_id[i] for i in document_ids if i in by_id]


@dataclass(frozen=True, slots=True)
class ExtractionBatch:
    """Extraction results for a set of documents, as staging rows."""

    extractions: list[dict[str, Any]]
    trade_mentions: list[dict[str, Any]]
    engagements: list[dict[str, Any]]
    engagement_countries: list[dict[str, Any]]
    engagement_participants: list[dict[str, Any]]


FACT_TABLES = (
    "trade_mentions",
    "engagements",
    "engagement_countries",
    "engagement_participants",
    "extractions",
)


def apply_extractions(con: duckdb.DuckDBPyConnection, batch: ExtractionBatch) -> None:
    """Replace every fact of the batch's documents (delete+insert by document, one transaction)."""
    ids = {e["document_id"] for e in batch.extractions}
    con.begin()
    try:
        for table in FACT_TABLES:
            _delete_where_in(con, table, "document_id", ids)
        for table in FACT_TABLES:
            _insert(con, table, getattr(batch, table))
        con.commit()
    except BaseException:
        con.rollback()
        raise


def drop_orphan_facts(con: duckdb.DuckDBPyConnection) -> int:
    """Remove facts of documents that left `staging.documents` (deleted or rejected files)."""
    orphans = [
        r[0]
        for r in con.execute(
            """
            select document_id from staging.extractions
            where document_id not in (select document_id from staging.documents)
            """
        ).fetchall()
    ]
    if orphans:
        con.begin()
        try:
            for table in FACT_TABLES:
                _delete_where_in(con, table, "document_id", orphans)
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return len(orphans)


def row_counts(con: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> dict[str, int]:
    """Row counts of staging tables, for asset metadata."""
    return {t: con.execute(f"select count(*) from staging.{t}").fetchone()[0] for t in tables}


def now() -> datetime:
    """Load timestamps in UTC without tzinfo (DuckDB `timestamp`)."""
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)
