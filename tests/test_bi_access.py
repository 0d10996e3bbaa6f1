"""BI tools on the published warehouse: the SQLAlchemy + duckdb-engine path Superset and many
other tools take, opened read-only, on a real headless build of the sample stories.

It lists schemas and tables, runs every query of docs/queries.sql (the README's examples),
refuses writes, and keeps answering while a real `dagster asset materialize` run publishes
a new build over the file.
"""

from __future__ import annotations

import re
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool
from support import REPO_ROOT
from test_dashboard import finish, headless_build, sample_warehouse

pytestmark = pytest.mark.slow

QUERIES_FILE = REPO_ROOT / "docs" / "queries.sql"
MARTS = {
    "dim_document",
    "rejected_documents",
    "fct_trade_mentions",
    "fct_bilateral_trade",
    "bridge_bilateral_trade_document",
    "fct_engagements",
    "fct_engagement_events",
    "bridge_engagement_country",
    "bridge_engagement_participant",
    "bridge_event_participant",
    "dim_country",
    "dim_person",
    "dim_person_title_history",
    "dim_organization",
    "dim_date",
}


def readme_queries() -> dict[str, str]:
    """docs/queries.sql split at its `-- name:` lines (the README copies these)."""
    blocks = re.split(r"^-- name: ", QUERIES_FILE.read_text(), flags=re.MULTILINE)[1:]
    return {name.strip(): body.strip() for name, _, body in (b.partition("\n") for b in blocks)}


QUERIES = readme_queries()


def read_only_url(path: Path) -> str:
    """The connection string docs/bi-tools.md gives Superset: an absolute path, read-only."""
    return f"duckdb:///{path}?access_mode=read_only"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_warehouse(tmp_path_factory)


@pytest.fixture(scope="module")
def engine(warehouse: Path) -> sa.Engine:
    # NullPool: a pooled connection would keep reading the build it first opened.
    return sa.create_engine(read_only_url(warehouse), poolclass=NullPool)


def rows_of(engine: sa.Engine, sql: str) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(sql)).mappings()]


def test_the_queries_file_names_every_readme_question():
    assert set(QUERIES) == {
        "turnover_by_year",
        "latest_engagements_of_a_country",
        "conflicting_figures",
        "inconsistent_figures",
        "who_met_whom",
        "engagements_of_a_person",
        "where_a_figure_comes_from",
    }


def test_sqlalchemy_lists_the_published_schemas_and_tables(engine: sa.Engine):
    inspector = sa.inspect(engine)
    schemas = {name.rsplit(".", 1)[-1] for name in inspector.get_schema_names()}
    assert {"marts", "snapshots", "meta"} <= schemas
    assert set(inspector.get_table_names(schema="marts")) >= MARTS
    assert "build" in inspector.get_table_names(schema="meta")
    assert {"staging", "intermediate"}.isdisjoint(schemas)  # the build's private layers stay private


def test_columns_are_listed_through_information_schema(engine: sa.Engine):
    columns = rows_of(
        engine,
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'marts' and table_name = 'fct_bilateral_trade'",
    )
    types = {c["column_name"]: c["data_type"] for c in columns}
    assert types["value_usd"] == "DOUBLE" and types["has_conflict"] == "BOOLEAN"
    assert types["document_ids"] == "VARCHAR[]"


def test_sqlalchemy_column_reflection(engine: sa.Engine):
    """What Superset does when a table becomes a dataset (needs SQLAlchemy < 2.0.45, see docs/bi-tools.md)."""
    columns = sa.inspect(engine).get_columns("fct_bilateral_trade", schema="marts")
    assert {"trade_id", "value_usd", "has_conflict"} <= {c["name"] for c in columns}


def test_the_connection_is_read_only_either_way(warehouse: Path, engine: sa.Engine):
    by_connect_args = sa.create_engine(
        f"duckdb:///{warehouse}", connect_args={"read_only": True}, poolclass=NullPool
    )
    for candidate in (engine, by_connect_args):
        with candidate.connect() as conn:
            assert conn.execute(sa.text("select count(*) from marts.dim_document")).scalar_one() > 0
            with pytest.raises(sa.exc.DBAPIError, match=r"read-only|read only"):
                conn.execute(sa.text("create table marts.scratch as select 1 as x"))


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_readme_query_runs(engine: sa.Engine, name: str):
    with engine.connect() as conn:
        result = conn.execute(sa.text(QUERIES[name]))
        assert list(result.keys())  # named columns a BI tool can chart
        result.fetchall()


def test_readme_queries_answer_about_the_sample_stories(engine: sa.Engine):
    """raw/ holds a Brazil-China trade story and a Scholz-Tusk phone call: the README's examples."""
    turnover = rows_of(engine, QUERIES["turnover_by_year"])
    assert [(r["year"], r["value_usd"]) for r in turnover] == [(2023, pytest.approx(157.5e9))]

    stated = {
        (r["flow"], r["product"], r["value_usd"])
        for r in rows_of(engine, QUERIES["where_a_figure_comes_from"])
    }
    assert {("turnover", None, 157.5e9), ("exports", None, 104.3e9), ("imports", None, 53.2e9)} <= stated
    evidence = {r["evidence"] for r in rows_of(engine, QUERIES["where_a_figure_comes_from"])}
    assert any(
        e.startswith("Trade between Brazil and China reached a record $157.5 billion") for e in evidence
    )

    scholz = rows_of(engine, QUERIES["engagements_of_a_person"])
    assert any(
        r["start_date"] == date(2024, 2, 8)
        and r["engagement_type"] == "phone_call"
        and "POL" in r["countries"]
        for r in scholz
    )
    china = rows_of(engine, QUERIES["latest_engagements_of_a_country"])
    assert any(r["location"] == "Brasilia" and r["with_countries"] == "Brazil" for r in china)
    met = rows_of(engine, QUERIES["who_met_whom"])
    assert any({r["person"], r["met"]} == {"Olaf Scholz", "Donald Tusk"} for r in met)


def test_queries_keep_answering_while_a_pipeline_run_publishes(warehouse: Path, tmp_path: Path):
    """A BI tool querying in a loop while the README's headless build publishes over the file."""
    raw, published = tmp_path / "raw", tmp_path / "warehouse" / warehouse.name
    shutil.copytree(warehouse.parent.parent / "raw", raw)
    shutil.copytree(warehouse.parent, published.parent)  # the published file and the build's working copy
    (raw / "cl_pe_trade_2024-06-03.txt").write_text(
        "title Chile and Peru trade grows\nsource Andes Wire\ndate 2024-06-03\n\n"
        "SANTIAGO, June 3 (Andes Wire) - Trade between Chile and Peru reached $4.2 billion in 2023, "
        "up 6 percent from a year earlier, the foreign ministry said on Monday.\n"
    )
    engine = sa.create_engine(read_only_url(published), poolclass=NullPool)
    build_sql = "select build_id from meta.build"
    before = rows_of(engine, build_sql)[0]["build_id"]

    run = headless_build(raw, published, tmp_path / "dagster_home")
    seen: list[str] = []
    rounds = 0
    while run.poll() is None:
        with engine.connect() as conn:
            seen.append(conn.execute(sa.text(build_sql)).scalar_one())
            for sql in QUERIES.values():
                conn.execute(sa.text(sql)).fetchall()
        rounds += 1
        time.sleep(0.2)  # a busy dashboard's pace, leaving the build most of the CPU
    finish(run)

    after = rows_of(engine, build_sql)[0]["build_id"]
    assert after != before, "the run published a new build"
    assert rounds >= 3 and before in seen, f"queried {rounds} times during the run"
    paths = {r["source_path"] for r in rows_of(engine, "select source_path from marts.dim_document")}
    assert "cl_pe_trade_2024-06-03.txt" in paths  # a reconnecting client sees the new build
