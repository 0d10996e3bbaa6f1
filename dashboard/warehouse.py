"""Reading the published warehouse without ever blocking or confusing the pipeline.

DuckDB allows one writing process or many reading ones per file. The pipeline never
writes the published file in place: it builds a fresh copy and renames it over the old
one (orchestration/warehouse/publish.py). The dashboard only ever reads, so it can never
hold a lock the pipeline waits for.

Two DuckDB details shape this module:

* `duckdb.connect(path)` reuses an already open database for the same path. After a
  publish, a second connection would silently keep reading the *old* (renamed-over) file
  for as long as any earlier connection lives. So each build is attached read-only to a
  private in-memory database instead, which always opens whatever the path names now.
* Connecting costs far more than a query (the catalog is loaded each time), so one
  attached build serves many queries: `FileVersion` (inode, mtime, size) changes on every
  publish, and the app keys its connection and result caches on it. New data appears on
  the next rerun, without a restart; the old build's file is released once its last
  query has finished.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from orchestration.settings import load_settings

#: The name the published file is attached under in the private in-memory database.
_ALIAS = "published"


@dataclass(frozen=True, slots=True)
class FileVersion:
    """Identifies one published build of the file: a publish is a rename, so a new inode."""

    inode: int
    mtime_ns: int
    size: int


def warehouse_path() -> Path:
    """The published file, from $WAREHOUSE_PATH exactly as the pipeline reads it."""
    return load_settings().warehouse_path


def file_version(path: Path) -> FileVersion | None:
    """The current build's identity, or None while nothing has been published yet."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileVersion(st.st_ino, st.st_mtime_ns, st.st_size)


class PublishedBuild:
    """One published build, attached read-only; safe to query from several threads."""

    def __init__(self, path: Path) -> None:
        self._con = duckdb.connect(":memory:")
        literal = "'" + str(path).replace("'", "''") + "'"
        self._con.execute(f"attach {literal} as {_ALIAS} (read_only)")

    def read(self, sql: str, params: Mapping[str, object] | None = None) -> pd.DataFrame:
        """Run one query; each call gets its own cursor, as DuckDB wants per thread."""
        cur = self._con.cursor()
        try:
            cur.execute(f"use {_ALIAS}")
            return cur.execute(sql, dict(params or {})).df()
        finally:
            cur.close()

    def close(self) -> None:
        self._con.close()
