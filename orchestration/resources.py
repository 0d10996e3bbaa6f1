"""Dagster resources: where the raw files are and where the warehouse lives.

Both are built from `settings.load_settings()` in `definitions.py`; tests build them
directly on temporary folders. Assets get every path from here, never from globals.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration.run_recovery import fail_dead_runs
from orchestration.settings import default_work_path


class RawFolder(dg.ConfigurableResource):
    """The folder analysts drop articles into (RAW_DIR)."""

    path: str
    max_file_bytes: int = 20 * 1024 * 1024
    stable_seconds: float = 2.0

    @property
    def dir(self) -> Path:
        return Path(self.path)


class Warehouse(dg.ConfigurableResource):
    """The published warehouse readers open (WAREHOUSE_PATH) and the private file builds write.

    `work_path` defaults to a hidden `.work/` folder beside the published file.
    """

    path: str
    work_path: str | None = None
    storage_version: str = "v1.2.0"
    extract_workers: int = 1

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """Before any step of a run asks for a `warehouse` pool slot, free the slots of dead runs.

        A killed run would otherwise hold its slot for ever and block every later run.
        """
        if context.instance is not None:
            fail_dead_runs(context.instance)

    @property
    def published(self) -> Path:
        return Path(self.path)

    @property
    def work(self) -> Path:
        return Path(self.work_path) if self.work_path else default_work_path(Path(self.path))
