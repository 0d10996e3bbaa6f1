"""Recover the Dagster instance from runs that were killed: fail them and free their pool slots.

A run killed with SIGKILL (or by the OOM killer, or a power cut) cannot report its own
end: it stays STARTED in the run storage forever, and the `warehouse` pool slot its step
had claimed stays claimed. With a pool limit of 1 every later run then waits for that
slot for ever (`Step blocked by limit for pool warehouse`), so one crash would stop the
pipeline for good. Dagster's run monitoring cannot tell that a run launched by the
default launcher or the headless CLI has died, so we do it here: a run whose process is
gone is marked failed and its slots are released.

Safe by construction: a run is declared dead only when the process that started it
(the pid on its RUN_START event) no longer exists on this machine, which is certain for
the local SQLite instance this project runs on; instances with shared storage (several
hosts) are left alone.
"""

from __future__ import annotations

import logging
import os

import dagster as dg

from orchestration.processes import process_exists

log = logging.getLogger(__name__)

_IN_PROGRESS = [dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]


def _run_pid(instance: dg.DagsterInstance, run_id: str) -> int | None:
    """The pid of the process that executed the run (None before it started)."""
    starts = instance.all_logs(run_id, of_type=dg.DagsterEventType.RUN_START)
    return starts[-1].dagster_event.pid if starts and starts[-1].dagster_event else None


def _is_local(instance: dg.DagsterInstance) -> bool:
    """Only a single-host SQLite instance lets a pid prove that a run is dead."""
    return not instance.is_ephemeral and "sqlite" in type(instance.run_storage).__name__.lower()


def fail_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark runs whose process is gone as failed and free every slot they hold; return their ids.

    Finished runs that still hold slots (their process died while releasing them) get
    their slots freed too.
    """
    if not _is_local(instance):
        return []
    events = instance.event_log_storage
    holding = events.get_concurrency_run_ids() if events.supports_global_concurrency_limits else set()
    candidates = {r.run_id: r for r in instance.get_runs(filters=dg.RunsFilter(statuses=_IN_PROGRESS))}
    for run_id in holding - candidates.keys():
        run = instance.get_run_by_id(run_id)
        if run is not None:
            candidates[run_id] = run
    recovered = []
    for run_id, run in sorted(candidates.items()):
        if not run.is_finished:
            pid = _run_pid(instance, run_id)
            if pid is None or pid == os.getpid() or process_exists(pid):
                continue
            instance.report_run_failed(
                run, message=f"The process executing this run (pid {pid}) is gone: it was killed or crashed."
            )
            log.warning("run %s: its process %s is gone; marked failed and its pool slots freed", run_id, pid)
        if run_id in holding:
            events.free_concurrency_slots_for_run(run_id)
        recovered.append(run_id)
    return recovered
