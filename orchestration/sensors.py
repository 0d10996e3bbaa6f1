"""Event-driven runs: a raw-folder sensor that carries a drop all the way to readers.

The raw-folder sensor batches every new, changed or deleted file it sees into ONE run of
the whole flow: `raw_documents`, `extracted_facts`, the dbt models and
`published_warehouse`. One run, not an ingest run followed by automation-requested dbt
and publish runs, because each run is a fresh process (imports, dbt manifest) queued
behind the warehouse pool: chaining two of them, plus the automation sensor's tick,
roughly doubled the time from a dropped file to its facts being readable. The eager
automation conditions do not fire again for assets the same run updated.

Its cursor remembers `{path: [mtime, size]}` of what it has already requested, and the
run key is a digest of the batch, so a restarted daemon never requests the same batch
twice. A fresh instance's first cursor is what the warehouse already ingested, so the
headless build `make run` does before the UI starts is not requested again. Files still
being written (modified within the grace period) wait for a later tick. The automation
sensor still runs whatever else goes stale (e.g. assets that are missing in a fresh
instance).
"""

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.assets.publish import published_warehouse
from orchestration.dbt import dbt_models
from orchestration.rawfolder import RawEntry, scan
from orchestration.resources import RawFolder, Warehouse
from orchestration.settings import load_settings
from orchestration.warehouse import staging
from orchestration.warehouse.lock import WarehouseBusyError, writer_lock

_SETTINGS = load_settings()
#: Run tag values are kept short; the full list is in the run's ingest metadata.
_TAG_FILES_LIMIT = 1000

Cursor = dict[str, list[float]]  # source_path -> [mtime, size]


@dataclass(frozen=True)
class Batch:
    changed: list[RawEntry]
    deleted: list[str]
    cursor: Cursor

    @property
    def run_key(self) -> str:
        lines = [f"{e.source_path}\t{e.mtime!r}\t{e.size}" for e in self.changed]
        lines += [f"deleted\t{p}" for p in self.deleted]
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:24]

    @property
    def paths(self) -> list[str]:
        return [e.source_path for e in self.changed] + self.deleted


def plan_batch(entries: list[RawEntry], cursor: Cursor, now: float, stable_seconds: float) -> Batch:
    """Which files changed since the cursor and have settled; and the cursor after this batch."""
    present = {e.source_path for e in entries}
    changed = [
        e
        for e in entries
        if cursor.get(e.source_path) != [e.mtime, e.size] and e.is_stable(now, stable_seconds)
    ]
    deleted = sorted(p for p in cursor if p not in present)
    new_cursor = {p: v for p, v in cursor.items() if p in present}
    new_cursor.update({e.source_path: [e.mtime, e.size] for e in changed})
    return Batch(changed, deleted, new_cursor)


def warehouse_cursor(work_path: Path) -> Cursor | None:
    """The files the warehouse already holds, as a cursor; None while a build is writing it.

    A fresh Dagster instance's first tick has no cursor of its own. Without this one it
    would request every file in the folder, though the headless build `make run` does
    before starting the UI ingested them all: a run that reads nothing but rebuilds dbt
    and publishes (~20 s), ahead of the first file a user drops. Files that build left
    out (still settling, or added since) are not in it, so they are requested as usual.
    """
    if not work_path.exists():
        return {}
    try:
        # read only while no build writes: DuckDB would refuse a writer while we read
        with writer_lock(work_path, timeout_seconds=0):
            con = duckdb.connect(str(work_path), read_only=True)
            try:
                known = staging.inventory(con)
            except duckdb.CatalogException:  # a working file no ingest has written yet
                return {}
            finally:
                con.close()
    except WarehouseBusyError:
        return None
    return {path: [k.mtime, k.size] for path, k in known.items()}


@dg.sensor(
    name="raw_folder_sensor",
    target=[raw_documents, extracted_facts, dbt_models, published_warehouse],
    minimum_interval_seconds=_SETTINGS.sensor_interval_seconds,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Starts one run of the whole flow (ingest, extract, dbt, publish) for every batch of new, "
        "changed or deleted raw files."
    ),
)
def raw_folder_sensor(
    context: dg.SensorEvaluationContext, raw_folder: RawFolder, warehouse: Warehouse
) -> dg.SensorResult:
    if context.cursor:
        cursor: Cursor = json.loads(context.cursor)
    else:
        seeded = warehouse_cursor(warehouse.work)
        if seeded is None:
            return dg.SensorResult(skip_reason=dg.SkipReason("a build is writing the warehouse; next tick"))
        cursor = seeded
    entries, _ = scan(raw_folder.dir)
    batch = plan_batch(entries, cursor, time.time(), raw_folder.stable_seconds)
    if not batch.paths:
        return dg.SensorResult(skip_reason=dg.SkipReason("no new, changed or deleted files"))
    files_tag = ", ".join(batch.paths)
    if len(files_tag) > _TAG_FILES_LIMIT:
        files_tag = files_tag[: _TAG_FILES_LIMIT - 1] + "…"
    context.log.info(
        f"requesting a run for {len(batch.changed)} changed and {len(batch.deleted)} deleted files"
    )
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=batch.run_key,
                tags={
                    "newsfacts/files": files_tag,
                    "newsfacts/n_changed": str(len(batch.changed)),
                    "newsfacts/n_deleted": str(len(batch.deleted)),
                },
            )
        ],
        cursor=json.dumps(batch.cursor, separators=(",", ":")),
    )


automation_sensor = dg.AutomationConditionSensorDefinition(
    "automation_sensor",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=_SETTINGS.sensor_interval_seconds,
    description="Runs dbt and the publish step as soon as the facts they depend on change.",
)
