"""The raw-folder sensor, evaluated for real with `build_sensor_context`."""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg

from orchestration.resources import RawFolder
from orchestration.sensors import raw_folder_sensor


def _tick(raw: Path, cursor: str | None, stable_seconds: float = 0.0) -> dg.SensorResult:
    context = dg.build_sensor_context(
        cursor=cursor, resources={"raw_folder": RawFolder(path=str(raw), stable_seconds=stable_seconds)}
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
