"""Atomic publishing of the working warehouse as a read-only file for readers.

DuckDB lets one process write a file or many processes read it, never both. Builds
therefore write private files, and after each successful build the readers' file (where
dbt builds the marts and snapshots, see readers_file.py) is copied to a fresh temporary
file that then replaces `$WAREHOUSE_PATH` with `os.replace` (an atomic rename). A reader
sees either the previous build or this one, never a half-written file, and is never
blocked by a run. The readers' file is written in an older storage version so the DuckDB
drivers BI tools bundle can still open the copy.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration.warehouse.readers_file import (
    READER_SCHEMAS,
    READERS_ALIAS,
    attach_readers,
    quote_ident,
    readers_path,
)

#: Private bookkeeping in the working file: has the last dbt build that started there finished?
#: dbt commits model by model, so a build killed half-way leaves some marts new and some old;
#: such a mix must never be published.
_BUILD_STATE_DDL = """
create schema if not exists build_state;
create table if not exists build_state.dbt_build (state varchar not null, changed_at timestamp not null);
"""
DBT_BUILD_STARTED, DBT_BUILD_COMPLETE = "started", "complete"


class IncompleteBuildError(RuntimeError):
    """The working file holds a dbt build that started but never finished (killed or failed)."""


@dataclass(frozen=True, slots=True)
class PublishResult:
    build_id: str
    path: Path
    tables: dict[str, int]  # "schema.table" -> row count
    bytes: int


def record_dbt_build(work_path: Path, state: str) -> None:
    """Record in the working file that a dbt build has started, or has finished without error.

    The caller holds the writer lock. A build killed or failed in between leaves "started",
    and `publish` refuses to copy it until a later build completes.
    """
    con = duckdb.connect(str(work_path))
    try:
        con.execute(_BUILD_STATE_DDL)
        con.begin()
        con.execute("delete from build_state.dbt_build")
        con.execute(
            "insert into build_state.dbt_build values (?, ?)", [state, datetime.now(UTC).replace(tzinfo=None)]
        )
        con.commit()
    finally:
        con.close()


def _dbt_build_state(con: duckdb.DuckDBPyConnection) -> str | None:
    """The recorded state, or None for a working file no build has recorded anything in."""
    con.execute(_BUILD_STATE_DDL)
    row = con.execute("select state from build_state.dbt_build").fetchone()
    return row[0] if row else None


def publish(work_path: Path, warehouse_path: Path, storage_version: str = "v1.2.0") -> PublishResult:
    """Copy the readers' file of `work_path` to `warehouse_path`, atomically.

    dbt builds the published schemas in the readers' file (see readers_file.py), so a
    build is published by stamping its id into that file and copying its bytes: no table is
    decoded or rewritten. The caller holds the writer lock, so nothing writes the file
    while it is copied. Raises `IncompleteBuildError`, and leaves the published file as it
    was, when the last dbt build did not finish.
    """
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    build_id = uuid.uuid4().hex[:12]
    tmp = warehouse_path.with_name(f".{warehouse_path.name}.{build_id}.publishing")
    con = duckdb.connect(str(work_path))
    try:
        if _dbt_build_state(con) == DBT_BUILD_STARTED:
            raise IncompleteBuildError(
                f"the last dbt build of {work_path} did not finish (killed or failed): its tables are a "
                "mix of two builds; run the dbt step again before publishing"
            )
        attach_readers(con, work_path, storage_version)
        tables = _stamp_build(con, build_id)
    finally:
        con.close()  # detaches and checkpoints the readers' file: its bytes are the whole build
    try:
        shutil.copyfile(readers_path(work_path), tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.chmod(0o444)  # the published file is for reading; builds never write it in place
        os.replace(tmp, warehouse_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(warehouse_path.parent)
    return PublishResult(build_id, warehouse_path, tables, warehouse_path.stat().st_size)


def _stamp_build(con: duckdb.DuckDBPyConnection, build_id: str) -> dict[str, int]:
    """Record the build's id in the readers' file (`meta.build`) and count its published rows.

    Table names come from DuckDB's own catalog, never from document content.
    """
    con.execute(f"create schema if not exists {READERS_ALIAS}.meta")
    con.execute(
        f"create or replace table {READERS_ALIAS}.meta.build as "
        "select ?::varchar as build_id, ?::timestamp as published_at",
        [build_id, datetime.now(UTC).replace(tzinfo=None)],
    )
    listed = con.execute(
        """
        select table_schema, table_name from information_schema.tables
        where table_catalog = ? and table_type = 'BASE TABLE' and list_contains(?, table_schema)
        order by table_schema, table_name
        """,
        [READERS_ALIAS, list(READER_SCHEMAS)],
    ).fetchall()
    tables = {
        f"{schema}.{table}": con.execute(
            f"select count(*) from {READERS_ALIAS}.{quote_ident(schema)}.{quote_ident(table)}"
        ).fetchone()[0]
        for schema, table in listed
    }
    con.execute(f"checkpoint {READERS_ALIAS}")
    return tables


def _fsync_dir(path: Path) -> None:
    """Make the rename durable: a crash right after publishing must not resurrect the old file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(warehouse_path: Path) -> int:
    """Delete half-written publish files left by a killed run (they are never read)."""
    n = 0
    for stale in warehouse_path.parent.glob(f".{warehouse_path.name}.*.publishing*"):
        stale.unlink(missing_ok=True)
        n += 1
    return n
