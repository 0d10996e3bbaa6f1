"""Drop-to-query latency under the main command: `dagster dev` with its sensors running.

A file is copied into the raw folder the way a user would (`cp`: a fresh mtime, so the
settle grace period applies), and the clock runs until a reader opening $WAREHOUSE_PATH
read-only can see its facts: its trade mentions when the extractor finds some in it, else
its engagements, else the document itself. Every drop waits for the pipeline to go idle
first, so drops do not queue behind each other. The runs each drop caused are read back
from the Dagster instance to split the latency into sensor pickup, runs and publish.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import dagster as dg
import duckdb
from builds import DAGSTER, Target, instance_of
from generate import CorpusGenerator, GeneratedDocument
from measure import percentile, wait_until

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile
from orchestration.extraction.pipeline import extract_document
from orchestration.warehouse import ids

#: Generated documents for drops come from far beyond any benchmark corpus.
DROP_INDEX_START = 90_000_000
ACTIVE = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]
_CRITERIA = {
    "trade mentions": "select count(*) from marts.fct_trade_mentions where document_id = ?",
    "engagements": "select count(*) from marts.fct_engagements where document_id = ?",
    "document": "select count(*) from marts.dim_document where document_id = ?",
}


@dataclass
class Drop:
    source_path: str
    criterion: str  # what had to be readable: trade mentions, engagements or the document
    seconds: float | None  # None: not readable within the timeout
    runs: list[dict[str, object]] = field(default_factory=list)  # runs it caused, seconds after the drop


@dataclass
class LatencyResult:
    base_documents: int
    initial_build_seconds: float
    drops: list[Drop]
    p50_seconds: float
    p95_seconds: float
    failed: int
    log: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def drop_documents(gen: CorpusGenerator, n: int) -> list[GeneratedDocument]:
    """`n` generated stories that state a trade figure (so there are facts to wait for)."""
    found, index = [], DROP_INDEX_START
    while len(found) < n:
        doc = gen.document(index)
        if doc.trade_sentences:
            found.append(doc)
        index += 1
    return found


def _criterion(doc: GeneratedDocument, source_path: str) -> str:
    """What "its facts are readable" means for this document with today's extractor."""
    records = parse_raw_file(RawFile(source_path, doc.data, 0.0, len(doc.data)), max_bytes=len(doc.data) + 1)
    texts = [r for r in records if isinstance(r, Document)]
    if not texts:
        return "document"
    found = extract_document(texts[0].text, texts[0].published_date, texts[0].dateline)
    if found.trade_mentions:
        return "trade mentions"
    return "engagements" if found.engagements else "document"


def _readable(warehouse: Path, sql: str, params: list[object]) -> bool:
    if not warehouse.exists():
        return False
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return False  # between two publishes on some file systems; try again
    try:
        return con.execute(sql, params).fetchone()[0] > 0
    except duckdb.Error:
        return False
    finally:
        con.close()


def _accounted_files(warehouse: Path) -> int:
    if not warehouse.exists():
        return 0
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        documents = con.execute("select count(*) from marts.dim_document").fetchone()[0]
        return documents + con.execute("select count(*) from marts.rejected_documents").fetchone()[0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


def _idle(instance: dg.DagsterInstance) -> bool:
    return not instance.get_run_records(filters=dg.RunsFilter(statuses=ACTIVE), limit=1)


def _runs_since(instance: dg.DagsterInstance, t0: float) -> list[dict[str, object]]:
    """The runs created after `t0`: when each was created, started, began its first step and
    ended (seconds after `t0`), and how long each step took."""
    records = instance.get_run_records(
        filters=dg.RunsFilter(created_after=datetime.fromtimestamp(t0, UTC)), ascending=True
    )
    runs = []
    for r in records:
        stats = [s for s in instance.get_run_step_stats(r.dagster_run.run_id) if s.start_time and s.end_time]
        first_step = min((s.start_time for s in stats), default=None)
        runs.append(
            {
                "by": r.dagster_run.tags.get("dagster/sensor_name", "other"),
                "created": _after(r.create_timestamp.timestamp(), t0),
                "started": _after(r.start_time, t0),
                "first_step": _after(first_step, t0),
                "ended": _after(r.end_time, t0),
                "steps": {s.step_key: round(s.end_time - s.start_time, 2) for s in stats},
                "status": r.dagster_run.status.value,
            }
        )
    return runs


def _after(timestamp: float | None, t0: float) -> float | None:
    return None if timestamp is None else round(timestamp - t0, 2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def drop_to_query_latency(
    target: Target,
    gen: CorpusGenerator,
    *,
    base_documents: int,
    drops: int,
    log_path: Path,
    timeout: float = 600.0,
) -> LatencyResult:
    """Start `dagster dev` on `target`, wait for its first build, then time `drops` drops."""
    from generate import write_corpus

    write_corpus(target.raw_dir, base_documents, seed=gen.seed)
    # Create the instance's storage before `dagster dev` starts: two processes creating
    # the same fresh SQLite schema at once fail with "table ... already exists".
    with instance_of(target.home):
        pass
    command = [str(DAGSTER), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(_free_port())]
    with open(log_path, "wb") as log:
        started = time.monotonic()
        # its own session, so that stopping it reaches the webserver, daemon and code server
        proc = subprocess.Popen(
            command, cwd=target.source, env=target.env(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        try:
            results = _measure(target, gen, proc, base_documents, drops, started, timeout)
        finally:
            _stop(proc)
    initial, measured = results
    seconds = [d.seconds for d in measured if d.seconds is not None]
    return LatencyResult(
        base_documents=base_documents,
        initial_build_seconds=initial,
        drops=measured,
        p50_seconds=percentile(seconds, 50),
        p95_seconds=percentile(seconds, 95),
        failed=sum(1 for d in measured if d.seconds is None),
        log=str(log_path),
    )


def _measure(
    target: Target,
    gen: CorpusGenerator,
    proc: subprocess.Popen[bytes],
    base_documents: int,
    drops: int,
    started: float,
    timeout: float,
) -> tuple[float, list[Drop]]:
    with instance_of(target.home) as instance:

        def initial_build_done() -> bool:
            if proc.poll() is not None:
                raise RuntimeError(f"dagster dev exited with code {proc.returncode}")
            return _accounted_files(target.warehouse) >= base_documents and _idle(instance)

        if not wait_until(initial_build_done, timeout, interval=1.0):
            raise RuntimeError(
                f"the first build of {base_documents} documents did not finish in {timeout:.0f}s"
            )
        initial = time.monotonic() - started
        measured = []
        with tempfile.TemporaryDirectory() as tmp:
            for doc in drop_documents(gen, drops):
                name = doc.source_path.rsplit("/", 1)[1]
                source_path = f"drops/{name}"
                criterion = _criterion(doc, source_path)
                outside = Path(tmp, name)
                outside.write_bytes(doc.data)
                (target.raw_dir / "drops").mkdir(exist_ok=True)
                t0 = time.time()
                shutil.copy(outside, target.raw_dir / source_path)  # like `cp`: a fresh mtime
                readable = partial(
                    _readable, target.warehouse, _CRITERIA[criterion], [ids.document_id(source_path)]
                )
                ok = wait_until(readable, timeout)
                seconds = time.time() - t0 if ok else None
                wait_until(lambda: _idle(instance), timeout, interval=0.5)
                measured.append(Drop(source_path, criterion, seconds, _runs_since(instance, t0)))
    return initial, measured


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the `dagster dev` session this benchmark started (its process group, by id)."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGINT)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
