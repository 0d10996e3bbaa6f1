"""Shared fixtures: where the labelled corpus is, and temporary raw folders and warehouses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(os.environ.get("CORPUS_DIR", REPO_ROOT.parent / "shared" / "corpus"))


def corpus_or_skip() -> Path:
    """The labelled sample corpus (read in place, never copied), or skip the test."""
    if not (CORPUS_DIR / "docs").is_dir() or not (CORPUS_DIR / "gold").is_dir():
        pytest.skip(f"labelled corpus not found at {CORPUS_DIR} (set CORPUS_DIR to its folder)")
    return CORPUS_DIR


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
