"""The readers' file beside the working file: history moved into it, its storage version kept."""

from __future__ import annotations

from pathlib import Path

import duckdb

from orchestration.warehouse.readers_file import (
    adopt_legacy_reader_schemas,
    match_storage_version,
    readers_path,
)


def _storage_version(path: Path) -> str:
    con = duckdb.connect()
    try:
        con.execute(f"attach '{path}' as f (read_only)")
        return con.execute(
            "select tags['storage_version'] from duckdb_databases() where database_name = 'f'"
        ).fetchone()[0]
    finally:
        con.close()


def test_a_working_file_from_before_the_split_keeps_its_history(tmp_path: Path):
    work = tmp_path / "w.duckdb"
    con = duckdb.connect(str(work))
    con.execute("create schema marts; create schema snapshots; create schema staging")
    con.execute("create table marts.fct as select 1 as x")
    con.execute("create table snapshots.snap_documents as select 'd1' as document_id, 'old text' as text")
    con.execute("create table staging.documents as select 'd1' as document_id")
    con.close()

    assert adopt_legacy_reader_schemas(work, "v1.2.0") == ["snapshots.snap_documents"]
    readers = duckdb.connect(str(readers_path(work)), read_only=True)
    assert readers.execute("select * from snapshots.snap_documents").fetchall() == [("d1", "old text")]
    readers.close()
    con = duckdb.connect(str(work), read_only=True)
    schemas = {r[0] for r in con.execute("select schema_name from information_schema.schemata").fetchall()}
    con.close()
    assert "staging" in schemas and not {"marts", "snapshots"} & schemas
    assert adopt_legacy_reader_schemas(work, "v1.2.0") == [], "done once"
    assert _storage_version(readers_path(work)).startswith("v1.2.0")


def test_an_older_storage_version_rewrites_the_file_with_its_history(tmp_path: Path):
    work = tmp_path / "w.duckdb"
    con = duckdb.connect()
    con.execute(f"attach '{readers_path(work)}' as r (storage_version 'v1.4.0')")
    con.execute("create schema r.snapshots")
    con.execute("create table r.snapshots.snap_documents as select range as n from range(1000)")
    con.close()
    assert _storage_version(readers_path(work)).startswith("v1.4.0")

    assert match_storage_version(work, "v1.4.0") is False, "the same version: nothing to do"
    assert match_storage_version(work, "v1.2.0") is True
    assert _storage_version(readers_path(work)).startswith("v1.2.0")
    con = duckdb.connect(str(readers_path(work)), read_only=True)
    assert con.execute("select count(*), sum(n) from snapshots.snap_documents").fetchone() == (1000, 499500)
    con.close()
    assert not list(tmp_path.glob("*.rewriting"))
