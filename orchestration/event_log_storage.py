"""Dagster's SQLite event log, with connections kept open instead of opened for every event.

The stock `SqliteEventLogStorage` creates an engine, connects, commits and disconnects for
every event it stores, often twice (the run's database and the cross-run index). Its
databases are in WAL mode, where closing the last connection checkpoints the WAL into the
database file and syncs it to disk: on this project's 2-core VM that is ~20 ms per event,
and a run of the whole graph stores ~450 events (every dbt model's materialization, every
dbt test's check result, the logs). Measured on a 10-document build: 24 s of a 38 s run
were spent storing events under load, 4-6 s with connections kept open.

This subclass keeps one pooled engine per database (a bounded number of run databases, the
least recently used closed first), and its commits wait for the disk only at checkpoints
(`_sync_at_checkpoints_only`): a commit appends to the WAL and returns. What the
stock class got from closing, this one does on purpose: the webserver follows a running
run by watching its database *file* (not the WAL), so the WAL of a run's database is
checkpointed into the file at most `flush_seconds` after each write, by a timer when no
later write comes to do it. The UI follows a run as before, up to that delay.

Configured in dagster_home/dagster.yaml; everything else (schema, queries, migrations,
the cross-run index) is the stock class's. Beyond one machine Dagster's storage moves to
PostgreSQL instead (docs/scaling.md).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any

from dagster._config import Field, IntSource, StringSource
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    INDEX_SHARD_NAME,
    SqliteEventLogStorage,
)
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import ConfigurableClassData
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

#: Run databases whose engines stay open at once (the webserver reads many runs' logs).
MAX_OPEN_RUN_DATABASES = 8

#: At most this long after a write, the run's database file holds it (its watcher's delay).
DEFAULT_FLUSH_MILLISECONDS = 500


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """`SqliteEventLogStorage` under `$DAGSTER_HOME/history/runs`, with pooled connections."""

    def __init__(
        self,
        dagster_home: str,
        flush_seconds: float = DEFAULT_FLUSH_MILLISECONDS / 1000,
        inst_data: ConfigurableClassData | None = None,
    ) -> None:
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._flush_seconds = flush_seconds
        self._flushed_at: dict[str, float] = {}
        self._flush_timers: dict[str, threading.Timer] = {}
        super().__init__(os.path.join(dagster_home, "history", "runs", ""), inst_data)

    @classmethod
    def config_type(cls) -> Mapping[str, Any]:
        return {
            "dagster_home": StringSource,
            "flush_milliseconds": Field(
                IntSource, is_required=False, default_value=DEFAULT_FLUSH_MILLISECONDS
            ),
        }

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> PooledSqliteEventLogStorage:
        return cls(
            config_value["dagster_home"],
            flush_seconds=config_value.get("flush_milliseconds", DEFAULT_FLUSH_MILLISECONDS) / 1000,
            inst_data=inst_data,
        )

    # ------------------------------------------------------------------ connections

    def _engine(self, shard: str) -> Engine:
        """The open engine of one database (caller holds `_db_lock`)."""
        engine = self._engines.pop(shard, None)
        if engine is None:
            engine = create_engine(
                self.conn_string_for_shard(shard), connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
            )
            event.listen(engine, "connect", _sync_at_checkpoints_only)
        self._engines[shard] = engine  # most recently used last
        run_shards = [s for s in self._engines if s != INDEX_SHARD_NAME]
        for stale in run_shards[:-MAX_OPEN_RUN_DATABASES]:
            self._engines.pop(stale).dispose()  # closing checkpoints its WAL
            self._flushed_at.pop(stale, None)  # kept for open databases only: bounded too
        return engine

    @contextlib.contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    # ------------------------------------------------------------------ writes and flushing

    def store_event(self, event: EventLogEntry) -> None:
        super().store_event(event)
        self._flush_soon(event.run_id)

    def _flush_soon(self, run_id: str) -> None:
        """Checkpoint the run's WAL now if the last checkpoint is old enough, else by a timer."""
        now = time.monotonic()
        if now - self._flushed_at.get(run_id, 0.0) >= self._flush_seconds:
            self._flush(run_id)
            return
        with self._db_lock:
            if run_id in self._flush_timers:
                return  # a flush is already due
            timer = threading.Timer(self._flush_seconds, self._flush, args=(run_id,))
            timer.daemon = True
            self._flush_timers[run_id] = timer
        timer.start()

    def _flush(self, run_id: str) -> None:
        """Copy the run database's WAL into its file, which the webserver's watcher follows."""
        with self._db_lock:
            timer = self._flush_timers.pop(run_id, None)
            if timer is not None:
                timer.cancel()
            engine = self._engines.get(run_id)
            if engine is None:
                return  # closed already, which checkpointed it
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            self._flushed_at[run_id] = time.monotonic()

    # ------------------------------------------------------------------ lifecycle

    def _close_all(self) -> None:
        with self._db_lock:
            timers, self._flush_timers = self._flush_timers, {}
            engines, self._engines = self._engines, OrderedDict()
            self._flushed_at.clear()
        for timer in timers.values():
            timer.cancel()
        for engine in engines.values():
            engine.dispose()

    def wipe(self) -> None:
        self._close_all()  # the stock wipe deletes run databases: no engine may keep one open
        super().wipe()

    def dispose(self) -> None:
        self._close_all()
        super().dispose()


def _sync_at_checkpoints_only(dbapi_connection: Any, _record: Any) -> None:
    """WAL with synchronous=NORMAL: a commit appends to the WAL without waiting for the disk.

    SQLite's documentation: in WAL mode this cannot corrupt the database; a power loss may
    undo the last transactions before a checkpoint. That is the run log of an orchestrator
    whose assets are rebuilt from the raw folder, not data of record; each commit otherwise
    waits for an fsync (~4 ms here, 1,300 per run of the whole graph).
    """
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
