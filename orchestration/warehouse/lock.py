"""One writer at a time on the working warehouse, across processes.

A Dagster concurrency pool serializes writers inside one Dagster instance; this file lock
also covers a headless `dagster asset materialize` started while `dagster dev` runs, or a
benchmark beside the UI. DuckDB would otherwise fail the second writer with a lock error.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WarehouseBusyError(TimeoutError):
    """Another writer held the warehouse for longer than we were willing to wait."""


@contextmanager
def writer_lock(work_path: Path, timeout_seconds: float = 3600.0) -> Iterator[None]:
    """Hold an exclusive lock beside `work_path` for the duration of the block.

    The lock is released by the kernel when the process dies, so a killed run never
    leaves the warehouse locked.
    """
    lock_path = work_path.with_name(work_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseBusyError(f"{work_path} is locked by another writer") from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
