"""Headless builds exactly as users run them, timed per asset from Dagster's own records.

Each build is the README's command, `dagster asset materialize -m orchestration.definitions
--select '*'`, in a subprocess with its own raw folder, warehouse and DAGSTER_HOME. Step
durations are read back from that instance's event log (`get_run_step_stats`), so they
are the times Dagster itself recorded for ingest, extract, dbt and publish; what the wall
clock shows beyond their sum is process start-up (imports, loading the dbt manifest,
launching the run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import dagster as dg
import duckdb
from measure import TreeSampler, children_cpu_seconds, file_bytes

from orchestration.extraction import COMPILED, COMPILED_DIR
from orchestration.settings import PROJECT_ROOT, default_work_path

#: Dagster step key -> the name the issue uses for it.
STEP_NAMES = {
    "raw_documents": "ingest",
    "extracted_facts": "extract",
    "dbt_models": "dbt",
    "published_warehouse": "publish",
}
DAGSTER = Path(sys.executable).with_name("dagster")
PROJECT_INSTANCE_CONFIG = PROJECT_ROOT / "dagster_home" / "dagster.yaml"


@dataclass
class BuildResult:
    label: str
    raw_files: int
    ok: bool
    wall_seconds: float
    cpu_seconds: float  # user+system of the whole tree: steadier than wall time on a busy machine
    steps: dict[str, float] = field(default_factory=dict)  # ingest / extract / dbt / publish
    startup_seconds: float = 0.0  # wall time outside the four steps
    peak_rss_bytes: int = 0
    peak_pss_bytes: int = 0
    peak_processes: int = 0
    rss_at_peak: list[tuple[str, int]] = field(default_factory=list)  # (process, MB), largest first
    work_bytes: int = 0
    published_bytes: int = 0
    documents_published: int = 0
    documents_extracted: int = 0  # as the extract step reported it (0 when nothing was pending)
    load_average_after: float = 0.0
    log: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Target:
    """Where one build reads and writes: every path is private to the benchmark."""

    raw_dir: Path
    warehouse: Path
    home: Path  # DAGSTER_HOME
    source: Path = PROJECT_ROOT  # the code the build runs: the checkout, or a snapshot of it

    @property
    def work(self) -> Path:
        return default_work_path(self.warehouse)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAREHOUSE_WORK_PATH", "DBT_DUCKDB_PATH")}
        env.update(
            RAW_DIR=str(self.raw_dir),
            WAREHOUSE_PATH=str(self.warehouse),
            DAGSTER_HOME=str(self.home),
            **extra,
        )
        if self.source != PROJECT_ROOT:
            # ahead of the editable install, which only serves imports nothing else found
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(self.source), env.get("PYTHONPATH")]))
        return env


def snapshot_source(dest: Path) -> Path:
    """A copy of the code a build runs (package, dbt project, prepared manifest) under `dest`.

    Builds then run the code as it was when the benchmark started: in a checkout where
    others keep editing the extractor, every edit changes the extractor version and makes
    the next build re-extract every document, which would be measured as "incremental".
    """
    shutil.rmtree(dest, ignore_errors=True)
    skip = shutil.ignore_patterns("__pycache__", "target", "logs", "dbt_packages", ".user.yml")
    shutil.copytree(PROJECT_ROOT / "orchestration", dest / "orchestration", ignore=skip)
    shutil.copytree(PROJECT_ROOT / "dbt_project", dest / "dbt_project", ignore=skip)
    shutil.copy2(PROJECT_ROOT / "workspace.yaml", dest / "workspace.yaml")
    if COMPILED:  # the compiled extractor this process runs, which the copy's package then loads
        shutil.copytree(COMPILED_DIR, dest / "build" / "compiled")
    for artifact in ("manifest.json", "partial_parse.msgpack"):  # copied last: newer than the sources
        prepared = PROJECT_ROOT / "dbt_project" / "target" / artifact
        if prepared.exists():
            (dest / "dbt_project" / "target").mkdir(exist_ok=True)
            shutil.copy(prepared, dest / "dbt_project" / "target" / artifact)
    return dest


def fresh_target(
    root: Path, raw_dir: Path, instance_config: Path = PROJECT_INSTANCE_CONFIG, source: Path = PROJECT_ROOT
) -> Target:
    """An empty warehouse and Dagster instance under `root` (removed first if present).

    The instance gets the project's own settings (pools, run queue) as `make run` uses
    them, unless another `dagster.yaml` is given (to compare instance settings).
    """
    shutil.rmtree(root, ignore_errors=True)
    home = root / "dagster_home"
    home.mkdir(parents=True)
    shutil.copy(instance_config, home / "dagster.yaml")
    return Target(raw_dir, root / "warehouse" / "warehouse.duckdb", home, source)


def warm_page_cache(folder: Path) -> tuple[int, float]:
    """Read every file under `folder` once; returns (bytes read, seconds).

    The builds are then timed with the documents in the page cache, as files just dropped
    into a folder are. Without it the result depends on how long ago the corpus was last
    read: this VM reclaims pages left untouched for a few minutes (DAMON), and a cold 100k
    build that read its files back from the virtual disk spent 109 s in ingest instead of
    45-59 s, with the same CPU time. The seconds this takes show which case it was.
    """
    started = time.perf_counter()
    total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(root, name), "rb") as fh:
                while chunk := fh.read(1 << 20):
                    total += len(chunk)
    return total, time.perf_counter() - started


def count_files(raw_dir: Path) -> int:
    return sum(1 for _, _, names in os.walk(raw_dir) for n in names if not n.startswith("."))


def headless_build(target: Target, label: str, log_path: Path) -> BuildResult:
    """Run the headless build once and measure it (a failed build is reported, not raised)."""
    command = [str(DAGSTER), "asset", "materialize", "-m", "orchestration.definitions", "--select", "*"]
    cpu_before = children_cpu_seconds()
    started = time.perf_counter()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            command,
            cwd=target.source,
            env=target.env(RAW_STABLE_SECONDS="0"),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        with TreeSampler(proc.pid) as sampler:
            code = proc.wait()
    wall = time.perf_counter() - started
    result = BuildResult(
        label=label,
        raw_files=count_files(target.raw_dir),
        ok=code == 0,
        wall_seconds=wall,
        cpu_seconds=children_cpu_seconds() - cpu_before,
        peak_rss_bytes=sampler.result.peak_rss_bytes,
        peak_pss_bytes=sampler.result.peak_pss_bytes,
        peak_processes=sampler.result.peak_processes,
        rss_at_peak=sampler.result.at_peak,
        work_bytes=file_bytes(target.work),
        published_bytes=file_bytes(target.warehouse),
        load_average_after=os.getloadavg()[0],
        log=str(log_path),
    )
    if result.ok:
        result.steps = last_run_steps(target.home)
        result.startup_seconds = max(0.0, wall - sum(result.steps.values()))
        result.documents_published = published_documents(target.warehouse)
        result.documents_extracted = documents_extracted(target.home)
    return result


@contextmanager
def instance_of(home: Path) -> Iterator[dg.DagsterInstance]:
    """The Dagster instance of `home`, whose dagster.yaml reads DAGSTER_HOME (its event log storage)."""
    previous = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    try:
        with dg.DagsterInstance.from_config(str(home)) as instance:
            yield instance
    finally:
        if previous is None:
            os.environ.pop("DAGSTER_HOME", None)
        else:
            os.environ["DAGSTER_HOME"] = previous


def last_run_steps(home: Path) -> dict[str, float]:
    """Seconds per step of the newest run in this instance, as its event log recorded them."""
    with instance_of(home) as instance:
        records = instance.get_run_records(limit=1)
        if not records:
            return {}
        stats = instance.get_run_step_stats(records[0].dagster_run.run_id)
    return {
        STEP_NAMES.get(s.step_key, s.step_key): (s.end_time or 0.0) - (s.start_time or 0.0)
        for s in stats
        if s.start_time is not None
    }


def documents_extracted(home: Path) -> int:
    """How many documents the newest materialization of `extracted_facts` extracted."""
    with instance_of(home) as instance:
        records = instance.fetch_materializations(dg.AssetKey("extracted_facts"), limit=1).records
    if not records or records[0].asset_materialization is None:
        return 0
    value = records[0].asset_materialization.metadata.get("documents_extracted")
    return int(value.value) if value is not None else 0


def published_documents(warehouse: Path) -> int:
    """Documents readers can see in the published file (0 when it is missing)."""
    if not warehouse.exists():
        return 0
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select count(*) from marts.dim_document").fetchone()[0]
    finally:
        con.close()
