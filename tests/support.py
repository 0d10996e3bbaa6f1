"""Helpers shared by test modules (importable as `support`; conftest.py's folder is on sys.path)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(os.environ.get("CORPUS_DIR", REPO_ROOT.parent / "shared" / "corpus"))


def corpus_or_skip() -> Path:
    """The labelled sample corpus (read in place, never copied), or skip the test."""
    if not (CORPUS_DIR / "docs").is_dir() or not (CORPUS_DIR / "gold").is_dir():
        pytest.skip(f"labelled corpus not found at {CORPUS_DIR} (set CORPUS_DIR to its folder)")
    return CORPUS_DIR


def people_met(
    text: str, published: date, dateline: str | None = None
) -> list[tuple[str, str | None, str | None]]:
    """(name, title, country) of every person taking part in each engagement of `text`, in the
    extractor's order: what the tests of names, titles and their countries compare."""
    from orchestration.extraction.pipeline import extract_document

    return [
        (p.name, p.title, p.country_iso3)
        for e in extract_document(text, published, dateline).engagements
        for p in e.participants
        if p.participant_type == "person"
    ]
