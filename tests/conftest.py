"""Shared fixtures: where the labelled corpus is, and temporary raw folders and warehouses."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import CORPUS_DIR, REPO_ROOT, corpus_or_skip  # noqa: F401  (re-exported for test modules)


@pytest.fixture
def corpus_dir() -> Path:
    return corpus_or_skip()


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    d = tmp_path / "raw"
    d.mkdir()
    return d


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "warehouse.duckdb"
