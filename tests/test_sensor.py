"""The raw-folder sensor, evaluated for real with `build_sensor_context`."""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg

from orchestration.resources import RawFolder, Warehouse
from orchestration.sensors import raw_folder_sensor
from orchestration.settings import default_work_path
from orchestration.warehouse.ingest import ingest_folder
from orchestration.warehouse.lock import writer_lock


def _tick(
    raw: Path, cursor: str | None, stable_seconds: float = 0.0, warehouse: Path | None = None
) -> dg.SensorResult:
    """One evaluation; `warehouse` defaults to one that does not exist yet."""
    warehouse = warehouse or raw.parent / "no-warehouse-yet" / "w.duckdb"
    context = dg.build_sensor_context(
        cursor=cursor,
        resources={
            "raw_folder": RawFolder(path=str(raw), stable_seconds=stable_seconds),
            "warehouse": Warehouse(path=str(warehouse)),
        },
    )
    return raw_folder_sensor(context)


def _age(path: Path, seconds: float = 60) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_new_file_gives_one_run_and_no_change_gives_none(raw_dir: Path):
    (raw_dir / "a.txt").write_text("one")
    (raw_dir / "b.txt").write_text("two")
    first = _tick(raw_dir, None)
    assert len(first.run_requests) == 1, "every new file goes into ONE batched run"
    request = first.run_requests[0]
    assert request.tags["newsfacts/files"] == "a.txt, b.txt"
    assert request.tags["newsfacts/n_changed"] == "2"

    again = _tick(raw_dir, first.cursor)
    assert not again.run_requests
    assert again.skip_reason is not None


def test_changed_file_gives_a_new_run_with_a_new_key(raw_dir: Path):
    f = raw_dir / "a.txt"
    f.write_text("one")
    _age(f, 120)
    first = _tick(raw_dir, None)
    f.write_text("one, edited")
    _age(f, 60)
    second = _tick(raw_dir, first.cursor)
    assert len(second.run_requests) == 1
    assert second.run_requests[0].tags["newsfacts/files"] == "a.txt"
    assert second.run_requests[0].run_key != first.run_requests[0].run_key


def test_same_batch_gives_the_same_run_key_so_a_restart_never_duplicates_work(raw_dir: Path):
    (raw_dir / "a.txt").write_text("one")
    assert _tick(raw_dir, None).run_requests[0].run_key == _tick(raw_dir, None).run_requests[0].run_key


def test_file_still_being_written_waits_until_it_settles(raw_dir: Path):
    f = raw_dir / "growing.txt"
    f.write_text("partial")  # mtime is now: within the grace period
    assert not _tick(raw_dir, None, stable_seconds=30).run_requests
    _age(f, 60)
    assert len(_tick(raw_dir, None, stable_seconds=30).run_requests) == 1


def test_deleted_file_gives_a_run(raw_dir: Path):
    f = raw_dir / "a.txt"
    f.write_text("one")
    first = _tick(raw_dir, None)
    f.unlink()
    second = _tick(raw_dir, first.cursor)
    assert len(second.run_requests) == 1
    assert second.run_requests[0].tags["newsfacts/n_deleted"] == "1"
    assert not _tick(raw_dir, second.cursor).run_requests


def test_a_fresh_instance_does_not_request_what_the_warehouse_already_ingested(raw_dir: Path):
    for name in ("a.txt", "b.txt"):
        (raw_dir / name).write_text(f"{name}: Kazakhstan's exports to China rose 5% in 2023.")
        _age(raw_dir / name)
    warehouse = raw_dir.parent / "wh" / "w.duckdb"
    # what a headless build before the UI ingested
    ingest_folder(raw_dir, default_work_path(warehouse), max_bytes=1 << 20, stable_seconds=0)

    first = _tick(raw_dir, None, warehouse=warehouse)
    assert not first.run_requests, "nothing new since the headless build"
    (raw_dir / "c.txt").write_text("c: added after the build")
    _age(raw_dir / "c.txt")
    (raw_dir / "a.txt").unlink()
    second = _tick(raw_dir, None, warehouse=warehouse)
    assert second.run_requests[0].tags["newsfacts/files"] == "c.txt, a.txt", "new and deleted files still run"


def test_the_first_tick_waits_while_a_build_writes_the_warehouse(raw_dir: Path):
    (raw_dir / "a.txt").write_text("one")
    warehouse = raw_dir.parent / "wh" / "w.duckdb"
    ingest_folder(raw_dir, default_work_path(warehouse), max_bytes=1 << 20, stable_seconds=0)
    with writer_lock(default_work_path(warehouse)):
        busy = _tick(raw_dir, None, warehouse=warehouse)
    assert not busy.run_requests and "writing" in str(busy.skip_reason)
    assert not _tick(raw_dir, None, warehouse=warehouse).run_requests
