"""A killed run must not block every later run through the `warehouse` concurrency pool.

SIGKILL leaves the run STARTED in Dagster's storage with its pool slot claimed; with the
project's pool limit of 1 the next run would wait for ever ("Step blocked by limit for
pool warehouse"). The `Warehouse` resource fails such dead runs and frees their slots
before any step asks for one. Real runs in a real instance configured like the
project's (`dagster_home/dagster.yaml`), killed for real.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest
from reliability_support import make_dagster_home

from orchestration.run_recovery import fail_dead_runs

pytestmark = pytest.mark.slow

POOL_RUN = """
import sys, time
from pathlib import Path
import dagster as dg
from orchestration.assets.ingest import WAREHOUSE_POOL
from orchestration.resources import Warehouse

@dg.asset(pool=WAREHOUSE_POOL)
def holds_the_pool(warehouse: Warehouse) -> None:
    Path(sys.argv[2]).touch()
    time.sleep(float(sys.argv[1]))

result = dg.materialize(
    [holds_the_pool], instance=dg.DagsterInstance.get(), resources={"warehouse": Warehouse(path=sys.argv[3])}
)
sys.exit(0 if result.success else 1)
"""


def _start(home: Path, tmp: Path, seconds: float, started: Path) -> subprocess.Popen:
    env = dict(os.environ, DAGSTER_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "-c", POOL_RUN, str(seconds), str(started), str(tmp / "w.duckdb")],
        env=env,
        start_new_session=True,
    )


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, "the run ended before it held the pool"
        assert time.monotonic() < deadline, "the run never got to its step"
        time.sleep(0.1)


def test_a_killed_run_is_failed_and_its_pool_slot_freed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    home = make_dagster_home(tmp_path / "dagster_home")
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # the instance config reads it (event log storage)
    holder = _start(home, tmp_path, 600, tmp_path / "holder.started")
    _wait_for(tmp_path / "holder.started", holder)
    with dg.DagsterInstance.from_config(str(home)) as instance:
        (run,) = instance.get_runs()
        assert fail_dead_runs(instance) == [], "a live run is left alone"
        assert instance.event_log_storage.get_concurrency_run_ids() == {run.run_id}

        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait()
        assert instance.get_run_by_id(run.run_id).status == dg.DagsterRunStatus.STARTED

        # the next run gets the slot: its Warehouse resource failed the dead run first
        follower = _start(home, tmp_path, 0, tmp_path / "follower.started")
        assert follower.wait(180) == 0
        assert instance.get_run_by_id(run.run_id).status == dg.DagsterRunStatus.FAILURE
        assert instance.event_log_storage.get_concurrency_run_ids() == set()
        assert fail_dead_runs(instance) == [], "nothing left to recover"
