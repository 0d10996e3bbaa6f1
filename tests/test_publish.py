"""Publishing: a complete, read-only copy swapped in atomically; writers serialized by a lock."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.warehouse.lock import WarehouseBusyError, writer_lock
from orchestration.warehouse.publish import publish, remove_stale_temporaries
from orchestration.warehouse.readers_file import readers_path


def _make_work(path: Path, n: int) -> None:
    """A working file with a private table, and its readers' file with a mart, as dbt leaves them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute("create schema if not exists staging")
    con.execute("create or replace table staging.private as select 1 as x")
    con.close()
    con = duckdb.connect(str(readers_path(path)))
    con.execute("create schema if not exists marts")
    con.execute("create or replace table marts.numbers as select range as n from range(?)", [n])
    con.close()


def test_publish_copies_reader_schemas_only_and_is_readable(tmp_path: Path):
    work, published = tmp_path / ".work" / "w.duckdb", tmp_path / "w.duckdb"
    _make_work(work, 5)
    result = publish(work, published)
    assert result.tables == {"marts.numbers": 5}
    con = duckdb.connect(str(published), read_only=True)
    try:
        assert con.execute("select count(*) from marts.numbers").fetchone() == (5,)
        assert con.execute("select build_id from meta.build").fetchone() == (result.build_id,)
        listed = con.execute("select schema_name from information_schema.schemata").fetchall()
        schemas = {r[0] for r in listed}
        assert "staging" not in schemas, "staging stays private to the build"
    finally:
        con.close()
    assert not list(tmp_path.glob(".w.duckdb.*")), "no temporary file is left behind"


def test_republish_replaces_the_file_and_an_open_reader_keeps_its_snapshot(tmp_path: Path):
    work, published = tmp_path / ".work" / "w.duckdb", tmp_path / "w.duckdb"
    _make_work(work, 3)
    publish(work, published)
    reader = duckdb.connect(str(published), read_only=True)
    _make_work(work, 7)
    publish(work, published)  # never blocked by the open reader
    assert reader.execute("select count(*) from marts.numbers").fetchone() == (3,)
    reader.close()
    fresh = duckdb.connect(str(published), read_only=True)
    assert fresh.execute("select count(*) from marts.numbers").fetchone() == (7,)
    fresh.close()


def test_stale_temporaries_of_a_killed_publish_are_removed(tmp_path: Path):
    published = tmp_path / "w.duckdb"
    (tmp_path / ".w.duckdb.abc123.publishing").write_bytes(b"half")
    (tmp_path / ".w.duckdb.abc123.publishing.wal").write_bytes(b"half")
    assert remove_stale_temporaries(published) == 2
    assert not list(tmp_path.iterdir())


def _hold_lock(work: str, seconds: float, ready: multiprocessing.Event) -> None:
    with writer_lock(Path(work)):
        ready.set()
        time.sleep(seconds)


def test_writer_lock_serializes_processes(tmp_path: Path):
    work = tmp_path / "w.duckdb"
    ready = multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(str(work), 1.5, ready))
    holder.start()
    assert ready.wait(10)
    with pytest.raises(WarehouseBusyError), writer_lock(work, timeout_seconds=0.3):
        pass
    started = time.monotonic()
    with writer_lock(work, timeout_seconds=10):
        waited = time.monotonic() - started
    holder.join()
    assert waited > 0.5, "the second writer waited for the first"


def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path):
    work = tmp_path / "w.duckdb"
    ready = multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(str(work), 60, ready))
    holder.start()
    assert ready.wait(10)
    holder.kill()
    holder.join()
    with writer_lock(work, timeout_seconds=5):
        pass
