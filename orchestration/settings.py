"""Every path, target and limit the pipeline uses, read from the environment in one place.

Assets never read `os.environ` themselves: `definitions.py` turns these settings into
resources, so tests and the headless CLI can point the same code at other folders.
Relative paths resolve against the current working directory, as users expect from
`RAW_DIR=raw WAREHOUSE_PATH=warehouse/check.duckdb dagster asset materialize ...`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The repository root (the folder holding pyproject.toml); defaults live under it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().absolute() if value else default


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def default_work_path(warehouse_path: Path) -> Path:
    """The private file builds write to, beside the published one but hidden.

    Readers open `warehouse_path`; only the pipeline opens this file, so a build never
    holds a lock that readers see (DuckDB allows one writer or many readers, not both).
    """
    return warehouse_path.parent / ".work" / warehouse_path.name


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse_path: Path
    work_path: Path
    dbt_target: str
    max_file_bytes: int
    stable_seconds: float
    sensor_interval_seconds: int
    extract_workers: int
    published_storage_version: str


def load_settings() -> Settings:
    """Read the settings from the environment (see README, "Configuration")."""
    warehouse_path = _path("WAREHOUSE_PATH", PROJECT_ROOT / "warehouse" / "warehouse.duckdb")
    return Settings(
        raw_dir=_path("RAW_DIR", PROJECT_ROOT / "raw"),
        warehouse_path=warehouse_path,
        work_path=_path("WAREHOUSE_WORK_PATH", default_work_path(warehouse_path)),
        dbt_target=os.environ.get("DBT_TARGET", "dev"),
        max_file_bytes=_int("MAX_FILE_BYTES", 20 * 1024 * 1024),
        stable_seconds=_float("RAW_STABLE_SECONDS", 2.0),
        sensor_interval_seconds=_int("SENSOR_INTERVAL_SECONDS", 5),
        extract_workers=_int("EXTRACT_WORKERS", os.cpu_count() or 1),
        published_storage_version=os.environ.get("PUBLISHED_STORAGE_VERSION", "v1.2.0"),
    )
