"""The compiled extractor (scripts/compile_extractor.py, `make compile`): loaded only while its
stamp names the source beside it, and extracting the same facts as that source."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import REPO_ROOT, corpus_or_skip

from orchestration.extraction import COMPILED_STAMP, compiled_stamp

PROBE = Path(__file__).with_name("compiled_probe.py")
#: The suite's 900 s per test is too short for a test that first builds the extractor: mypyc's one
#: C file of the whole package takes about ten minutes on two idle cores, and over fifteen (a
#: timeout) on the same machine busy with other work.
BUILD_TIMEOUT_SECONDS = 2400
LABELLED_DOCS = Path(__file__).with_name("labelled") / "docs"


def _probe(compiled_dir: Path, paths: list[Path], pure: bool = False) -> dict:
    """What a fresh process loads and extracts with `compiled_dir` as the compiled build."""
    env = {**os.environ, "NEWSFACTS_COMPILED_DIR": str(compiled_dir), "PYTHONPATH": str(REPO_ROOT)}
    env.pop("NEWSFACTS_PURE_PYTHON", None)
    if pure:
        env["NEWSFACTS_PURE_PYTHON"] = "1"
    out = subprocess.run(
        [sys.executable, str(PROBE), *map(str, paths)],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def compiled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real mypyc build of this checkout's extraction package (several minutes)."""
    out = tmp_path_factory.mktemp("compiled") / "build"
    subprocess.run(
        [sys.executable, "scripts/compile_extractor.py", "--out", str(out)], cwd=REPO_ROOT, check=True
    )
    return out


def test_without_a_build_the_source_runs(tmp_path: Path) -> None:
    report = _probe(tmp_path / "nothing-here", [])
    assert report["compiled"] is False
    assert report["text_module"].endswith("text.py")


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_SECONDS)
def test_a_fresh_build_is_loaded_and_extracts_what_the_source_does(compiled_dir: Path) -> None:
    docs = sorted(p for p in (corpus_or_skip() / "docs").iterdir() if p.is_file())
    docs += sorted(p for p in LABELLED_DOCS.iterdir() if p.is_file())
    compiled = _probe(compiled_dir, docs)
    source = _probe(compiled_dir, docs, pure=True)
    assert compiled["compiled"] is True
    assert compiled["text_module"].startswith(str(compiled_dir)) and compiled["text_module"].endswith(".so")
    assert compiled["worker_text_module"] == compiled["text_module"]
    assert source["compiled"] is False and source["text_module"].endswith("text.py")
    trade = sum(len(t) for _, t, _ in source["facts"])
    engagements = sum(len(e) for _, _, e in source["facts"])
    assert len(source["facts"]) == len(docs) and trade > 100 and engagements > 100
    assert compiled["facts"] == source["facts"]


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_SECONDS)
def test_a_build_of_other_source_is_not_loaded(compiled_dir: Path, tmp_path: Path) -> None:
    """An edited source runs as written, never as the build made before the edit."""
    stale = tmp_path / "stale"
    shutil.copytree(compiled_dir, stale)
    assert (stale / COMPILED_STAMP).read_text(encoding="utf-8").strip() == compiled_stamp()
    digest, interpreter = compiled_stamp().split()
    (stale / COMPILED_STAMP).write_text(f"{'0' * len(digest)} {interpreter}\n", encoding="utf-8")
    report = _probe(stale, [])
    assert report["compiled"] is False
    assert report["text_module"].endswith("text.py")
