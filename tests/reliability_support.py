"""Helpers for the reliability tests: real pipeline runs we can watch and SIGKILL, snapshots of
what readers see, and a reader in a second process.

Nothing here stands in for a pipeline component: runs are the real `dagster asset
materialize` command (or `dg.materialize` on the real assets), files are real files,
and the warehouse is read with DuckDB as readers read it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from support import REPO_ROOT

from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.assets.publish import published_warehouse
from orchestration.checks import readers_can_open_every_contract_table
from orchestration.dbt import dbt_models, dbt_resource
from orchestration.resources import RawFolder, Warehouse

DAGSTER = Path(sys.executable).parent / "dagster"
READER_SCRIPT = Path(__file__).with_name("reliability_reader.py")
ALL_ASSETS = [raw_documents, extracted_facts, dbt_models, published_warehouse]
#: Columns that record when a row was loaded, not what it says: they differ between two
#: correct builds of the same input, so convergence comparisons leave them out.
LOAD_TIME_COLUMN = re.compile(r"(_at$|^dbt_)")
_STEP_EVENT = re.compile(r" - (?P<step>[A-Za-z0-9_]+) - (?P<event>STEP_START|STEP_SUCCESS|STEP_FAILURE) - ")


# --------------------------------------------------------------------------- in-process runs


def materialize(
    raw: Path,
    warehouse: Path,
    *,
    assets: list[Any] | None = None,
    max_file_bytes: int = 20 * 1024 * 1024,
    stable_seconds: float = 0.0,
    instance: dg.DagsterInstance | None = None,
) -> dg.ExecuteInProcessResult:
    """One real Dagster run of the pipeline's own assets, in this process."""
    selected = [*ALL_ASSETS, readers_can_open_every_contract_table] if assets is None else assets
    return dg.materialize(
        selected,
        resources={
            "raw_folder": RawFolder(
                path=str(raw), max_file_bytes=max_file_bytes, stable_seconds=stable_seconds
            ),
            "warehouse": Warehouse(path=str(warehouse), extract_workers=2),
            "dbt": dbt_resource(),
        },
        instance=instance,
        raise_on_error=False,
    )


def run_messages(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    """Every log line the run wrote (context.log calls included)."""
    return [e.user_message for e in instance.all_logs(run_id) if e.user_message]


# --------------------------------------------------------------------------- headless CLI runs


def make_dagster_home(path: Path) -> Path:
    """A fresh Dagster instance configured like the project's own (dagster_home/dagster.yaml)."""
    path.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO_ROOT / "dagster_home" / "dagster.yaml", path / "dagster.yaml")
    return path


def pipeline_env(raw: Path, warehouse: Path, dagster_home: Path, **extra: str) -> dict[str, str]:
    """The environment of a headless build, as the README runs it."""
    env = dict(os.environ)
    env.update(
        RAW_DIR=str(raw),
        WAREHOUSE_PATH=str(warehouse),
        DAGSTER_HOME=str(dagster_home),
        RAW_STABLE_SECONDS="0",
        EXTRACT_WORKERS="2",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@dataclass
class CliRun:
    """`dagster asset materialize` in its own process group, its log read line by line as it comes."""

    env: dict[str, str]
    select: str = "*"
    lines: list[tuple[float, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._changed = threading.Condition()
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [
                str(DAGSTER),
                "asset",
                "materialize",
                "-m",
                "orchestration.definitions",
                "--select",
                self.select,
            ],
            cwd=REPO_ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: dbt and the workers die with it
            text=True,
            errors="replace",
        )
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def log(self) -> str:
        return "\n".join(line for _, line in self.lines)

    def step_events(self) -> list[tuple[float, str, str]]:
        """(seconds since the run started, step, STEP_START|STEP_SUCCESS|STEP_FAILURE), in order."""
        found = []
        for at, line in list(self.lines):
            m = _STEP_EVENT.search(line)
            if m:
                found.append((at - self.started, m["step"], m["event"]))
        return found

    def running_step(self) -> str | None:
        """The step that had started and not finished when the log was last read."""
        running = None
        for _, step, event in self.step_events():
            running = step if event == "STEP_START" else (None if step == running else running)
        return running

    def wait_for_step(self, step: str, timeout: float) -> float | None:
        """Wait until `step` starts; return when (monotonic), or None if the run ended first."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for at, line in self.lines:
                    m = _STEP_EVENT.search(line)
                    if m and m["step"] == step and m["event"] == "STEP_START":
                        return at
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    return None
                self._changed.wait(0.2)

    def kill(self) -> list[int]:
        """SIGKILL the whole process group; return the pids of the group still alive after (none)."""
        with suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        deadline = time.monotonic() + 10
        while (left := group_members(self.proc.pid)) and time.monotonic() < deadline:
            time.sleep(0.1)
        return left

    def wait(self, timeout: float) -> int:
        return self.proc.wait(timeout)


def group_members(pgid: int) -> list[int]:
    """Live processes of a process group (zombies excluded), read from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(stat.parent.name))
    return members


# --------------------------------------------------------------------------- what readers see


def fingerprint(path: Path) -> tuple[str, str]:
    """(sha256 of the file's bytes, build id it says it holds)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    con = duckdb.connect(str(path), read_only=True)
    try:
        return digest, con.execute("select build_id from meta.build").fetchone()[0]
    finally:
        con.close()


def read_tables(
    path: Path, schemas: tuple[str, ...] = ("marts",), *, drop_load_times: bool = False
) -> dict[str, list[tuple]]:
    """Every row of every table of `schemas`, sorted, optionally without the load-time columns."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where list_contains(?, table_schema) and table_type = 'BASE TABLE' order by 1, 2",
            [list(schemas)],
        ).fetchall()
        out = {}
        for schema, table in tables:
            columns = [
                r[0]
                for r in con.execute(
                    "select column_name from information_schema.columns "
                    "where table_schema = ? and table_name = ? order by ordinal_position",
                    [schema, table],
                ).fetchall()
                if not (drop_load_times and LOAD_TIME_COLUMN.search(r[0]))
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            rows = con.execute(f'select {select} from "{schema}"."{table}"').fetchall()
            out[f"{schema}.{table}"] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def differences(left: dict[str, list[tuple]], right: dict[str, list[tuple]], limit: int = 3) -> list[str]:
    """Human-readable differences between two `read_tables` results (empty when equal)."""
    found = []
    for table in sorted(left.keys() | right.keys()):
        a, b = left.get(table), right.get(table)
        if a is None or b is None:
            found.append(f"{table}: only in {'right' if a is None else 'left'}")
        elif a != b:
            only_a = [r for r in a if r not in b][:limit]
            only_b = [r for r in b if r not in a][:limit]
            found.append(f"{table}: {len(a)} vs {len(b)} rows; left only {only_a}; right only {only_b}")
    return found


# --------------------------------------------------------------------------- a reader in a second process


@dataclass
class ReaderLog:
    answers: list[dict[str, Any]]

    @property
    def errors(self) -> list[str]:
        return [a["error"] for a in self.answers if "error" in a]

    def kept_querying(self, start: float, end: float, max_gap: float = 10.0) -> bool:
        """Whether the reader asked before `start`, after `end`, and never paused `max_gap` between.

        This says "the reader kept querying through the runs" whatever the machine's speed, where
        a count of answers would depend on how long the runs happened to take.
        """
        times = sorted(a["at"] for a in self.answers)
        gaps = [b - a for a, b in pairwise(times)]
        return bool(times) and times[0] <= start and times[-1] >= end and max(gaps, default=0.0) < max_gap

    @property
    def builds(self) -> set[str]:
        return {a["builds"][0] for a in self.answers if "error" not in a and len(a["builds"]) == 1}

    def torn(self, known: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Answers that do not match the state of exactly one known complete build."""
        return [
            a
            for a in self.answers
            if "error" not in a
            and (
                len(a["builds"]) != 1
                or a["builds"][0] not in known
                or (a["counts"], a["violations"])
                != (known[a["builds"][0]]["counts"], known[a["builds"][0]]["violations"])
                or any(a["violations"].values())
            )
        ]


@contextmanager
def reader_process(warehouse: Path, workdir: Path) -> Iterator[list[ReaderLog]]:
    """Run `reliability_reader.py` on `warehouse` for the duration of the block.

    Yields a one-element list that holds the reader's log once the block has ended.
    The block starts only once the reader has answered, and ends only once it has answered
    again after the block's work, so its log spans everything the block did.
    """
    out, stop = workdir / "reader.jsonl", workdir / "reader.stop"
    stop.unlink(missing_ok=True)
    out.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, str(READER_SCRIPT), str(warehouse), str(out), str(stop)])
    result: list[ReaderLog] = []
    try:
        _wait_for_answer_after(out, proc, time.time())
        yield result
        _wait_for_answer_after(out, proc, time.time())
    finally:
        stop.touch()
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    result.append(ReaderLog([json.loads(line) for line in lines]))


def _wait_for_answer_after(out: Path, proc: subprocess.Popen, since: float, timeout: float = 60.0) -> None:
    """Block until the reader has logged an answer it started at or after `since`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(answer["at"] >= since for answer in _whole_answers(out)[-5:]):
            return
        if proc.poll() is not None:
            raise RuntimeError(f"the reader exited with {proc.returncode} before answering")
        time.sleep(0.05)
    raise TimeoutError(f"the reader gave no answer within {timeout} s")


def _whole_answers(out: Path) -> list[dict[str, Any]]:
    """The answers logged so far; a last line the reader is still writing is left for later."""
    answers = []
    for line in out.read_text(encoding="utf-8").splitlines() if out.exists() else []:
        with suppress(json.JSONDecodeError):
            answers.append(json.loads(line))
    return answers
