"""The process pools that parse and extract large batches on every core.

Ingest and extraction share one rule for when a batch is worth workers and how they start.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

#: Workers start as fresh interpreters, not as forks of this process: a fork carries the
#: whole parent (Dagster, dbt, DuckDB buffers; hundreds of MB, more as the run grows) into
#: every worker, and touching it copies it; a fresh worker holds only the extraction code.
WORKER_START = multiprocessing.get_context("spawn")

#: Below this many files or documents, working in the current process beats starting workers.
PARALLEL_THRESHOLD = 200


def worker_pool(workers: int, items: int) -> ProcessPoolExecutor | None:
    """A pool of `workers` fresh processes for a batch of `items`, or None to work in this one."""
    if workers > 1 and items >= PARALLEL_THRESHOLD:
        return ProcessPoolExecutor(workers, mp_context=WORKER_START)
    return None
