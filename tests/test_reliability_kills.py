"""Crash safety: real `dagster asset materialize` runs SIGKILLed during every step.

A clean headless build from scratch gives the reference marts and each step's duration.
Then a chain of runs on a fresh working file (WAREHOUSE_WORK_PATH), publishing to the same
$WAREHOUSE_PATH, is killed — the whole process group: Dagster, the dbt subprocess, the
extraction workers — a jittered fraction of the way into ingestion, extraction, dbt and
publishing, three times each, while a reader process queries the published file. After
every kill: no process of the run survives, the published file is byte-identical to
before (or, when the kill came after publishing's atomic rename, a complete new build
equal to the reference), it opens and answers, and the working file holds whole
transactions only. The run after the last kill completes, and its marts equal the clean
build's, row for row, load timestamps aside.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from hostile_inputs import TRADE_ARTICLE
from reliability_reader import read_published
from reliability_support import (
    CliRun,
    differences,
    fingerprint,
    make_dagster_home,
    pipeline_env,
    read_tables,
    reader_process,
)
from synthetic_corpus import write_corpus

pytestmark = pytest.mark.slow

N_DOCUMENTS = int(os.environ.get("RELIABILITY_KILL_DOCUMENTS", "600"))
SEED = int(os.environ.get("RELIABILITY_KILL_SEED", str(int(time.time()) % 10_000)))
#: Where in each step to kill, as fractions of that step's duration in the clean build.
PLAN = (
    ("raw_documents", (0.1, 0.3, 0.55)),
    ("extracted_facts", (0.1, 0.3, 0.55)),
    ("dbt_models", (0.1, 0.4, 0.75)),
    ("published_warehouse", (0.2, 0.5, 0.8)),
)
STAGING_TABLES = {
    "raw_files",
    "documents",
    "rejected_documents",
    "extractions",
    "trade_mentions",
    "engagements",
}
#: Extra runs per step for kills that came after the step had already ended.
EXTRA_ATTEMPTS = 2
RUN_TIMEOUT = 900


@dataclass(frozen=True)
class Kill:
    aimed_at: str
    landed_in: str | None  # the step running when the signal went out (per the run's log)
    seconds_into_step: float
    published_changed: bool  # the kill came after publishing's rename: readers got the new build


def _step_durations(run: CliRun) -> dict[str, float]:
    started, durations = {}, {}
    for at, step, event in run.step_events():
        if event == "STEP_START":
            started[step] = at
        elif step in started:
            durations[step] = at - started[step]
    return durations


def _write_inputs(raw: Path) -> None:
    write_corpus(raw, N_DOCUMENTS, seed=7)
    (raw / "bad").mkdir()
    (raw / "bad" / "empty.txt").write_bytes(b"")
    (raw / "bad" / "cut.json").write_bytes(b'{"title": "x", "text": "Exports ro')
    (raw / "bad" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256))
    (raw / "bad" / "cp1251.txt").write_bytes(TRADE_ARTICLE.replace("Kenya", "Кения").encode("cp1251"))


def _assert_whole_transactions(work: Path) -> None:
    """Every file's and every document's rows are all there or not at all: no half-applied write."""
    if not work.exists():
        return
    con = duckdb.connect(str(work), read_only=True)
    try:
        tables = {
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'staging'"
            ).fetchall()
        }
        if not tables >= STAGING_TABLES:  # killed while the tables were first created: no rows yet
            assert all(con.execute(f"select count(*) from staging.{t}").fetchone() == (0,) for t in tables)
            return
        torn_files = con.execute(
            """
            select count(*) from staging.raw_files f
            where f.content_sha256 is not null and (
                f.n_documents <> (select count(*) from staging.documents d
                                  where d.source_file = f.source_file)
                or f.n_rejected <> (select count(*) from staging.rejected_documents r
                                    where r.source_file = f.source_file))
            """
        ).fetchone()[0]
        torn_documents = con.execute(
            """
            select count(*) from staging.extractions x
            where x.n_trade_mentions <> (select count(*) from staging.trade_mentions m
                                         where m.document_id = x.document_id)
               or x.n_engagements <> (select count(*) from staging.engagements e
                                      where e.document_id = x.document_id)
            """
        ).fetchone()[0]
    finally:
        con.close()
    assert (torn_files, torn_documents) == (0, 0)


def test_killed_runs_never_touch_what_readers_see_and_the_next_run_converges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    rng = random.Random(SEED)
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse" / "warehouse.duckdb"
    _write_inputs(raw)
    home = make_dagster_home(tmp_path / "dagster_home")
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # the instance config reads it (event log storage)

    clean = CliRun(pipeline_env(raw, warehouse, home))
    assert clean.wait(RUN_TIMEOUT) == 0, clean.log[-5000:]
    durations = _step_durations(clean)
    reference = read_tables(warehouse, drop_load_times=True)
    assert reference["marts.dim_document"], "the clean build has documents"

    work = tmp_path / "warehouse" / ".work-after-kills" / "warehouse.duckdb"
    env = pipeline_env(raw, warehouse, home, WAREHOUSE_WORK_PATH=str(work))
    known = {fingerprint(warehouse)[1]: read_published(warehouse)}
    kills: list[Kill] = []

    def kill_during(step: str, fraction: float, select: str) -> Kill:
        before = fingerprint(warehouse)
        run = CliRun(env, select)
        started = run.wait_for_step(step, RUN_TIMEOUT)
        assert started is not None, f"the run ended before {step}:\n{run.log[-5000:]}"
        delay = durations[step] * fraction * rng.uniform(0.85, 1.15)
        time.sleep(max(0.0, started + delay - time.monotonic()))
        landed = run.running_step()
        assert run.kill() == [], "every process of the run died with it"
        after = fingerprint(warehouse)
        if after != before:  # only publishing's rename may change what readers see
            assert (landed or "published_warehouse").startswith("published_warehouse"), landed
            assert differences(reference, read_tables(warehouse, drop_load_times=True)) == []
            known[after[1]] = read_published(warehouse)
        read_published(warehouse)  # opens and answers
        _assert_whole_transactions(work)
        return Kill(step, landed, round(time.monotonic() - started, 2), after != before)

    with reader_process(warehouse, tmp_path) as reader:
        started = time.time()
        for step, fractions in PLAN:
            landed = 0
            for attempt in range(len(fractions) + EXTRA_ATTEMPTS):
                if landed == len(fractions):
                    break
                # publishing needs a finished dbt build: the first publish kill runs everything,
                # the next ones only the publish step, as the automation sensor would
                select = "published_warehouse" if step == "published_warehouse" and attempt else "*"
                # a kill that came after the step ended aims earlier next time
                kill = kill_during(step, fractions[landed] / 2 ** (attempt - landed), select)
                kills.append(kill)
                landed += kill.landed_in == step

        final = CliRun(env, "published_warehouse")
        assert final.wait(RUN_TIMEOUT) == 0, final.log[-5000:]
        known[fingerprint(warehouse)[1]] = read_published(warehouse)
        ended = time.time()
    converged = read_tables(warehouse, drop_load_times=True)

    summary = {step: [k.landed_in for k in kills if k.aimed_at == step] for step, _ in PLAN}
    print(f"seed {SEED}; {len(kills)} kills, landed in: {summary}; clean step seconds: {durations}")
    assert differences(reference, converged) == [], "the run after the kills converged to the clean build"
    for step, fractions in PLAN:
        hits = sum(k.landed_in == step for k in kills)
        assert hits >= len(fractions) - 1, f"only {hits} kills landed in {step}: {kills}"

    log = reader[0]
    print(f"reader: {len(log.answers)} queries over {len(log.builds)} builds, {len(log.errors)} errors")
    assert log.errors == []
    assert log.kept_querying(started, ended), "the reader kept querying through the kills"
    assert log.torn(known) == [], "every answer is the state of one complete build"

    with dg.DagsterInstance.from_config(str(home)) as instance:
        unfinished = [r.run_id for r in instance.get_runs() if not r.is_finished]
        assert unfinished == [], "every killed run was marked failed by a later run"
        assert instance.event_log_storage.get_concurrency_run_ids() == set(), "no pool slot is held"
    assert not list(warehouse.parent.glob(f".{warehouse.name}.*")), "no half-written publish file is left"
    dbt_runs = list(work.parent.glob(f"{work.name}.dbt-artifacts/*"))
    assert len(dbt_runs) == 1, "only the latest dbt build's artifacts are kept, killed ones' are gone"
