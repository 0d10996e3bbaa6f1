"""Publishing never copies a dbt build that did not finish (killed, or failed its tests).

dbt commits model by model: a build that dies half-way leaves the working file with some
marts from the new build and some from the old one. The dbt step records "started" before
`dbt build` and "complete" after it succeeded; publish refuses anything in between and
leaves the published file exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from orchestration.warehouse.publish import (
    DBT_BUILD_COMPLETE,
    DBT_BUILD_STARTED,
    IncompleteBuildError,
    publish,
    record_dbt_build,
)
from orchestration.warehouse.readers_file import readers_path


def _write_marts(work: Path, n: int) -> None:
    """What dbt writes into the readers' file of `work`."""
    work.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(readers_path(work)))
    try:
        con.execute("create schema if not exists marts")
        con.execute("create or replace table marts.numbers as select range as n from range(?)", [n])
    finally:
        con.close()


def test_a_build_that_started_and_never_finished_is_not_published(tmp_path: Path):
    work, published = tmp_path / ".work" / "w.duckdb", tmp_path / "w.duckdb"
    _write_marts(work, 3)
    record_dbt_build(work, DBT_BUILD_STARTED)
    record_dbt_build(work, DBT_BUILD_COMPLETE)
    first = publish(work, published)
    before = published.read_bytes()

    record_dbt_build(work, DBT_BUILD_STARTED)
    _write_marts(work, 5)  # half of a build: then the process dies
    with pytest.raises(IncompleteBuildError):
        publish(work, published)
    assert published.read_bytes() == before, "readers keep the last complete build"
    assert not list(tmp_path.glob(".w.duckdb.*")), "a refused publish leaves no temporary"

    record_dbt_build(work, DBT_BUILD_STARTED)  # the next build runs to the end
    _write_marts(work, 7)
    record_dbt_build(work, DBT_BUILD_COMPLETE)
    second = publish(work, published)
    assert second.build_id != first.build_id
    assert second.tables == {"marts.numbers": 7}


def test_a_working_file_no_dbt_build_has_marked_is_published(tmp_path: Path):
    work, published = tmp_path / ".work" / "w.duckdb", tmp_path / "w.duckdb"
    _write_marts(work, 2)
    assert publish(work, published).tables == {"marts.numbers": 2}
