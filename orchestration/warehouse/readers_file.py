"""The readers' file: where dbt builds the schemas readers get (`marts`, `snapshots`).

The working warehouse is two DuckDB files side by side. The working file holds what only
the pipeline reads (staging, intermediate, reference, build state); dbt attaches the
readers' file beside it as the database `readers` (dbt_project/profiles.yml) and builds
the marts and snapshots there. Publishing is then a byte copy of one file instead of a
rewrite of every published table (at 100,000 documents: under a second instead of ~8 s).

The file's name is the working file's plus `.readers`, like its `.lock` and
`.dbt-artifacts` companions; profiles.yml derives it the same way from DBT_DUCKDB_PATH.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

#: Schemas readers query; staging and intermediate stay private to the build.
READER_SCHEMAS = ("marts", "snapshots")

#: The name dbt attaches the readers' file under (profiles.yml, dbt_project.yml).
READERS_ALIAS = "readers"


def readers_path(work_path: Path) -> Path:
    """The readers' file that belongs to the working file `work_path`."""
    return work_path.with_name(work_path.name + ".readers")


def quote_ident(name: str) -> str:
    """A DuckDB identifier, quoted (names come from DuckDB's catalog, never from documents)."""
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _attach(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    alias: str,
    storage_version: str | None = None,
    read_only: bool = False,
) -> None:
    """ATTACH `path` as `alias` (a constant of this module), with the options given."""
    options = [f"storage_version {_quote_literal(storage_version)}"] if storage_version else []
    options += ["read_only"] if read_only else []
    suffix = f" ({', '.join(options)})" if options else ""
    con.execute(f"attach {_quote_literal(str(path))} as {alias}{suffix}")


def attach_readers(con: duckdb.DuckDBPyConnection, work_path: Path, storage_version: str) -> None:
    """Attach the readers' file to `con` as `readers`, creating it in `storage_version` if new.

    The storage version only applies to a new file (dbt creates it the same way); it is the
    one BI tools' bundled DuckDB drivers can read (see Warehouse.storage_version).
    """
    path = readers_path(work_path)
    # DuckDB refuses to attach an existing file under a storage version other than its own.
    _attach(con, path, READERS_ALIAS, None if path.exists() else storage_version)


def adopt_legacy_reader_schemas(work_path: Path, storage_version: str) -> list[str]:
    """Move snapshots a working file from before the split holds into its readers' file.

    Warehouses built before the readers' file existed keep `marts` and `snapshots` in the
    working file. The snapshots are history no rebuild can recover, so they are copied into
    the readers' file (unless a copy is already there, from a move a kill interrupted) before
    both old schemas are dropped; the marts are rebuilt by the dbt build that follows.
    Returns the tables copied. The caller holds the writer lock.
    """
    con = duckdb.connect(str(work_path))
    try:
        legacy = con.execute(
            """
            select table_schema, table_name from information_schema.tables
            where table_catalog = current_database() and list_contains(?, table_schema)
            order by all
            """,
            [list(READER_SCHEMAS)],
        ).fetchall()
        if not legacy:
            return []
        attach_readers(con, work_path, storage_version)
        present = {
            (schema, table)
            for schema, table in con.execute(
                "select table_schema, table_name from information_schema.tables where table_catalog = ?",
                [READERS_ALIAS],
            ).fetchall()
        }
        copied = [(s, t) for s, t in legacy if s == "snapshots" and (s, t) not in present]
        con.begin()
        for schema, table in copied:
            con.execute(f"create schema if not exists {READERS_ALIAS}.{quote_ident(schema)}")
            con.execute(
                f"create table {READERS_ALIAS}.{quote_ident(schema)}.{quote_ident(table)} as "
                f"select * from {quote_ident(schema)}.{quote_ident(table)}"
            )
        con.commit()  # the history is safe in the readers' file before anything is dropped
        con.execute(f"checkpoint {READERS_ALIAS}")
        con.begin()
        for schema in sorted({s for s, _ in legacy}):
            con.execute(f"drop schema {quote_ident(schema)} cascade")
        con.commit()
        return [f"{s}.{t}" for s, t in copied]
    finally:
        con.close()


def match_storage_version(work_path: Path, storage_version: str) -> bool:
    """Rewrite the readers' file in `storage_version` when it was written in a newer one.

    `PUBLISHED_STORAGE_VERSION` picks the format BI tools' DuckDB drivers need. DuckDB
    upgrades a file attached under a newer version, but refuses an older one; then the
    file (its snapshot history included) is copied into a new file in the older format,
    which replaces it. Returns whether it was rewritten. The caller holds the writer lock.
    """
    path = readers_path(work_path)
    if not path.exists():
        return False
    rewritten = path.with_name(path.name + ".rewriting")
    con = duckdb.connect()
    try:
        try:
            _attach(con, path, "current_file", storage_version)
            return False
        except duckdb.InvalidInputException as exc:
            if "lower than" not in str(exc):
                raise
        rewritten.unlink(missing_ok=True)
        _attach(con, path, "current_file", read_only=True)
        _attach(con, rewritten, "rewritten", storage_version)
        con.execute("copy from database current_file to rewritten")
        con.execute("checkpoint rewritten")
    finally:
        con.close()
    os.replace(rewritten, path)
    return True
