"""The project's Dagster event log (orchestration/event_log_storage.py), on real instances.

It keeps SQLite connections open and syncs at checkpoints only; what must still hold is
what Dagster's own storage promises: every event of a run is stored and readable from any
other process's instance, the UI's watcher of a running run sees new events promptly, and
a long-lived process does not keep every run database it ever touched open.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.events.log import EventLogEntry

from orchestration.event_log_storage import MAX_OPEN_RUN_DATABASES, PooledSqliteEventLogStorage

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Dagster home configured like the project's own (dagster_home/dagster.yaml)."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO_ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


@dg.asset
def numbers() -> list[int]:
    return [1, 2, 3]


@dg.asset
def total(numbers: list[int]) -> int:
    return sum(numbers)


def test_the_project_instance_uses_it_and_a_run_is_fully_recorded(home: Path):
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert isinstance(instance.event_log_storage, PooledSqliteEventLogStorage)
        result = dg.materialize([numbers, total], instance=instance)
        assert result.success
        run_id = result.run_id
    # another instance (as the webserver is another process) reads the same history
    with dg.DagsterInstance.from_config(str(home)) as reader:
        types = [e.dagster_event_type for e in reader.all_logs(run_id) if e.is_dagster_event]
        assert types.count(dg.DagsterEventType.ASSET_MATERIALIZATION) == 2
        assert types[-1] == dg.DagsterEventType.RUN_SUCCESS
        latest = reader.get_latest_materialization_event(dg.AssetKey("total"))
        assert latest is not None and latest.run_id == run_id
    assert (home / "history" / "runs" / f"{run_id}.db").exists()


def _entry(run_id: str, message: str) -> EventLogEntry:
    return EventLogEntry(
        error_info=None, level="INFO", user_message=message, run_id=run_id, timestamp=time.time()
    )


def test_a_watcher_of_a_running_run_sees_every_new_event_promptly(home: Path):
    runs_dir = str(home / "history" / "runs" / "")
    writer = PooledSqliteEventLogStorage(str(home), flush_seconds=0.3)
    watcher = PooledSqliteEventLogStorage(str(home))
    run_id = "0f1e2d3c-run-being-watched"
    seen: list[str] = []
    all_seen = threading.Event()

    def on_event(entry: EventLogEntry, _cursor: str) -> None:
        seen.append(entry.user_message)
        if len(seen) >= 3:
            all_seen.set()

    try:
        assert writer._base_dir == watcher._base_dir == runs_dir.rstrip("/")
        writer.store_event(_entry(run_id, "first"))  # creates the run's database
        watcher.watch(run_id, None, on_event)
        time.sleep(0.5)  # the file watcher is running
        # in quick succession: the last ones reach the file by the timer, not by a later write
        for message in ("second", "third", "fourth"):
            writer.store_event(_entry(run_id, message))
        assert all_seen.wait(5), f"the watcher saw only {seen}"
        deadline = time.monotonic() + 5
        while "fourth" not in seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert seen[-1] == "fourth", seen
    finally:
        watcher.dispose()
        writer.dispose()


def test_a_long_lived_process_keeps_a_bounded_number_of_run_databases_open(home: Path):
    storage = PooledSqliteEventLogStorage(str(home), flush_seconds=0.0)
    try:
        runs = [f"run-{i:02d}" for i in range(MAX_OPEN_RUN_DATABASES + 5)]
        for run_id in runs:
            storage.store_event(_entry(run_id, "hello"))
        open_runs = [s for s in storage._engines if s != "index"]
        assert open_runs == runs[-MAX_OPEN_RUN_DATABASES:]
        # a database closed by the bound is still read back in full
        assert [r.event_log_entry.user_message for r in storage.get_records_for_run(runs[0]).records] == [
            "hello"
        ]
    finally:
        storage.dispose()
