"""Build the dbt project with real dbt and real DuckDB on hand-made staging rows.

One module-scoped build of version one (dbt_staging_fixture.py) and one incremental
rebuild after a file changes, a file is deleted and a document is re-extracted empty.
Each build works on its own DuckDB file and dbt target folder under pytest's temporary
directory, so parallel runs never share state; the first build's file is copied before
the second build changes it, so tests of either state can run in any order.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from dbt_staging_fixture import (
    BN,
    DELETED_PATH,
    EMPTIED_PATH,
    FIRST_LOAD,
    PARSER_CRASH_PATH,
    XINHUA_V2,
    apply_version_two,
    by_path,
    load_version_one,
)

from orchestration.extraction.model import ENGAGEMENT_TYPES, FLOWS, PARTICIPANT_TYPES, REJECTION_REASONS
from orchestration.warehouse.readers_file import readers_path

# One worker runs the whole module, so its two builds happen once, not once per worker.
pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT = REPO_ROOT / "dbt_project"
DBT_EXECUTABLE = Path(sys.executable).with_name("dbt")

#: The marts and columns WAREHOUSE_CONTRACT.md promises, with DuckDB's names for the types.
CONTRACT: dict[str, dict[str, str]] = {
    "dim_document": {
        "document_id": "VARCHAR",
        "source_path": "VARCHAR",
        "content_sha256": "VARCHAR",
        "duplicate_of": "VARCHAR",
        "title": "VARCHAR",
        "source": "VARCHAR",
        "url": "VARCHAR",
        "published_date": "DATE",
        "dateline": "VARCHAR",
        "ingested_at": "TIMESTAMP",
    },
    "rejected_documents": {
        "source_path": "VARCHAR",
        "content_sha256": "VARCHAR",
        "reason": "VARCHAR",
        "detail": "VARCHAR",
        "detected_at": "TIMESTAMP",
    },
    "fct_trade_mentions": {
        "mention_id": "VARCHAR",
        "document_id": "VARCHAR",
        "flow": "VARCHAR",
        "reporter_iso3": "VARCHAR",
        "partner_iso3": "VARCHAR",
        "period_start": "DATE",
        "period_end": "DATE",
        "value": "DOUBLE",
        "currency": "VARCHAR",
        "value_usd": "DOUBLE",
        "change_pct": "DOUBLE",
        "product": "VARCHAR",
        "evidence": "VARCHAR",
        "char_start": "INTEGER",
        "char_end": "INTEGER",
    },
    "fct_bilateral_trade": {
        "flow": "VARCHAR",
        "origin_iso3": "VARCHAR",
        "destination_iso3": "VARCHAR",
        "period_start": "DATE",
        "period_end": "DATE",
        "product": "VARCHAR",
        "value_usd": "DOUBLE",
        "min_value_usd": "DOUBLE",
        "max_value_usd": "DOUBLE",
        "n_documents": "INTEGER",
        "first_reported_on": "DATE",
        "last_reported_on": "DATE",
        "has_conflict": "BOOLEAN",
        "is_consistent": "BOOLEAN",
        "trade_id": "VARCHAR",
        "consistency_checked": "BOOLEAN",
        "implied_change_pct": "DOUBLE",
        "document_ids": "VARCHAR[]",
    },
    "bridge_bilateral_trade_document": {"trade_id": "VARCHAR", "document_id": "VARCHAR"},
    "fct_engagements": {
        "engagement_id": "VARCHAR",
        "document_id": "VARCHAR",
        "engagement_date": "DATE",
        "engagement_type": "VARCHAR",
        "cameo_code": "VARCHAR",
        "location": "VARCHAR",
        "topics": "VARCHAR[]",
        "evidence": "VARCHAR",
        "char_start": "INTEGER",
        "char_end": "INTEGER",
        "event_id": "VARCHAR",
    },
    "fct_engagement_events": {
        "event_id": "VARCHAR",
        "n_documents": "INTEGER",
        "first_reported_on": "DATE",
        "last_reported_on": "DATE",
    },
    "bridge_event_participant": {"event_id": "VARCHAR", "person_id": "VARCHAR", "organization_id": "VARCHAR"},
    "bridge_engagement_country": {"engagement_id": "VARCHAR", "country_iso3": "VARCHAR"},
    "bridge_engagement_participant": {
        "engagement_id": "VARCHAR",
        "participant_type": "VARCHAR",
        "name": "VARCHAR",
        "title": "VARCHAR",
        "country_iso3": "VARCHAR",
        "organization": "VARCHAR",
        "person_id": "VARCHAR",
        "organization_id": "VARCHAR",
    },
    "dim_country": {
        "country_iso3": "VARCHAR",
        "country_iso2": "VARCHAR",
        "name": "VARCHAR",
        "region": "VARCHAR",
    },
    "dim_person": {
        "person_id": "VARCHAR",
        "name": "VARCHAR",
        "latest_title": "VARCHAR",
        "country_iso3": "VARCHAR",
        "n_engagements": "INTEGER",
    },
    "dim_person_title_history": {
        "person_id": "VARCHAR",
        "title": "VARCHAR",
        "first_seen_on": "DATE",
        "last_seen_on": "DATE",
        "n_engagements": "INTEGER",
    },
    "dim_organization": {
        "organization_id": "VARCHAR",
        "name": "VARCHAR",
        "country_iso3": "VARCHAR",
        "n_engagements": "INTEGER",
    },
    "dim_date": {
        "date_day": "DATE",
        "year": "INTEGER",
        "quarter": "INTEGER",
        "month": "INTEGER",
        "iso_week": "INTEGER",
    },
}


@dataclass(frozen=True)
class Build:
    """A finished `dbt build`: the DuckDB files it wrote and what dbt reported.

    `database` is the working file (staging, intermediate, reference, audit); dbt builds the
    marts and snapshots in its readers' file beside it (orchestration/warehouse/readers_file.py).
    """

    database: Path
    seconds: float
    statuses: dict[str, str]  # unique_id -> status (success, pass, warn, ...)

    def query(self, sql: str, params: list[object] | None = None, private: bool = False) -> list[tuple]:
        """Run `sql` on the readers' file (marts, snapshots), or on the working file if `private`.

        The working file is attached to the readers' one, so `information_schema` lists both.
        """
        if private:
            con = duckdb.connect(str(self.database), read_only=True)
        else:
            con = duckdb.connect(str(readers_path(self.database)), read_only=True)
            con.execute("attach '" + str(self.database).replace("'", "''") + "' as work (read_only)")
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    def scalar(self, sql: str, params: list[object] | None = None, private: bool = False) -> object:
        rows = self.query(sql, params, private)
        assert len(rows) == 1, rows
        return rows[0][0]


def copy_warehouse(source: Path, destination: Path) -> None:
    """Copy a working file together with its readers' file."""
    shutil.copyfile(source, destination)
    shutil.copyfile(readers_path(source), readers_path(destination))


def run_dbt(command: list[str], database: Path, work_dir: Path) -> None:
    """Run a dbt command in a subprocess (dbt keeps global state) against `database`."""
    env = {**os.environ, "DBT_DUCKDB_PATH": str(database), "DBT_TARGET": "ci"}
    completed = subprocess.run(
        [
            str(DBT_EXECUTABLE),
            *command,
            "--project-dir",
            str(DBT_PROJECT),
            "--profiles-dir",
            str(DBT_PROJECT),
            "--target-path",
            str(work_dir / "target"),
            "--log-path",
            str(work_dir / "logs"),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-2000:]


def dbt_build(database: Path, work_dir: Path) -> Build:
    started = time.perf_counter()
    run_dbt(["build"], database, work_dir)
    seconds = time.perf_counter() - started
    results = json.loads((work_dir / "target" / "run_results.json").read_text())["results"]
    return Build(database, seconds, {r["unique_id"]: r["status"] for r in results})


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DBT_EXECUTABLE.exists():
        pytest.skip(f"dbt is not installed next to {sys.executable}")
    return tmp_path_factory.mktemp("dbt_build")


@pytest.fixture(scope="module")
def first_build(work_dir: Path) -> Build:
    database = work_dir / "building.duckdb"
    con = duckdb.connect(str(database))
    try:
        load_version_one(con)
    finally:
        con.close()
    build = dbt_build(database, work_dir)
    kept = work_dir / "first.duckdb"
    copy_warehouse(database, kept)
    return Build(kept, build.seconds, build.statuses)


@pytest.fixture(scope="module")
def second_build(first_build: Build, work_dir: Path) -> Build:
    database = work_dir / "second.duckdb"
    copy_warehouse(first_build.database, database)
    con = duckdb.connect(str(database))
    try:
        apply_version_two(con)
    finally:
        con.close()
    return dbt_build(database, work_dir)  # same target folder: dbt re-parses only what changed


# --------------------------------------------------------------------------- the build itself


def test_build_passes_with_only_the_expected_warning(first_build: Build) -> None:
    problems = {k: v for k, v in first_build.statuses.items() if v not in {"success", "pass"}}
    assert problems == {"test.newsfacts.assert_trade_mentions_have_usd_rate": "warn"}
    print(f"\ndbt build (seeds, models, snapshots, tests) took {first_build.seconds:.1f}s")


def test_unit_tests_ran(first_build: Build) -> None:
    unit_tests = [k for k in first_build.statuses if k.startswith("unit_test.")]
    assert len(unit_tests) >= 9


def test_schemas_are_named_exactly(first_build: Build) -> None:
    schemas = {r[0] for r in first_build.query("select schema_name from information_schema.schemata")}
    assert {"staging", "intermediate", "marts", "snapshots", "reference"} <= schemas
    assert not any(s.startswith("main_") for s in schemas)


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_marts_follow_the_contract(first_build: Build, table: str) -> None:
    actual = dict(
        first_build.query(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'marts' and table_name = ?",
            [table],
        )
    )
    expected = CONTRACT[table]
    assert {c: actual.get(c) for c in expected} == expected


def test_every_model_and_column_of_staging_and_marts_is_described(first_build: Build, work_dir: Path) -> None:
    manifest = json.loads((work_dir / "target" / "manifest.json").read_text())
    models = [
        n
        for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and n["schema"] in {"staging", "marts"}
    ]
    assert len(models) == 8 + 15  # a staging view per source table, the marts of the contract and more
    for node in models:
        assert node["description"].strip(), node["name"]
        actual = {
            r[0]
            for r in first_build.query(
                "select column_name from information_schema.columns "
                "where table_schema = ? and table_name = ?",
                [node["schema"], node["name"]],
            )
        }
        described = {name for name, column in node["columns"].items() if column["description"].strip()}
        assert actual <= described, f"{node['name']}: undescribed columns {sorted(actual - described)}"


def test_docs_generate(first_build: Build, work_dir: Path) -> None:
    database = work_dir / "docs.duckdb"
    copy_warehouse(first_build.database, database)
    docs_dir = work_dir / "docs"
    run_dbt(["docs", "generate"], database, docs_dir)
    catalog = json.loads((docs_dir / "target" / "catalog.json").read_text())
    assert "model.newsfacts.fct_bilateral_trade" in catalog["nodes"]


# --------------------------------------------------------------------------- trade


def figure(
    build: Build, flow: str, origin: str, destination: str, year: int, product: str | None = None
) -> dict:
    rows = build.query(
        """
        select * from marts.fct_bilateral_trade
        where flow = ? and origin_iso3 = ? and destination_iso3 = ?
          and period_start = make_date(?, 1, 1) and period_end = make_date(?, 12, 31)
          and product is not distinct from ?
        """,
        [flow, origin, destination, year, year, product],
    )
    assert len(rows) == 1, rows
    columns = [
        r[0]
        for r in build.query(
            "select column_name from information_schema.columns "
            "where table_schema = 'marts' and table_name = 'fct_bilateral_trade' order by ordinal_position"
        )
    ]
    return dict(zip(columns, rows[0], strict=True))


def test_every_stated_figure_is_a_mention(first_build: Build) -> None:
    assert first_build.scalar("select count(*) from marts.fct_trade_mentions") == 6 + 3 + 3 + 1 + 2


def test_a_figure_in_two_texts_counts_two_documents(first_build: Build) -> None:
    turnover = figure(first_build, "turnover", "CHN", "KAZ", 2023)
    assert turnover["n_documents"] == 2  # the sample article and cn_kz (its copy counts once)
    assert len(turnover["document_ids"]) == 3
    assert turnover["value_usd"] == pytest.approx(31.4 * BN)
    assert not turnover["has_conflict"]


def test_the_same_text_under_two_names_counts_once(first_build: Build) -> None:
    wheat = figure(first_build, "exports", "KAZ", "CHN", 2023, "wheat")
    assert wheat["n_documents"] == 1
    assert len(wheat["document_ids"]) == 2


def test_imports_fold_into_the_exporters_figure_and_conflicts_show(first_build: Build) -> None:
    china_to_kazakhstan = figure(first_build, "exports", "CHN", "KAZ", 2023)
    assert china_to_kazakhstan["n_documents"] == 3
    assert china_to_kazakhstan["has_conflict"]  # 16.7 bn against 16.9 bn
    assert china_to_kazakhstan["min_value_usd"] == pytest.approx(16.7 * BN)
    assert china_to_kazakhstan["max_value_usd"] == pytest.approx(16.9 * BN)
    assert china_to_kazakhstan["value_usd"] == pytest.approx(16.7 * BN)  # median of 16.7, 16.9, 16.7


def test_stated_changes_are_checked(first_build: Build) -> None:
    exports = figure(first_build, "exports", "KAZ", "CHN", 2023)
    assert exports["consistency_checked"] and not exports["is_consistent"]
    assert exports["implied_change_pct"] == pytest.approx(13.08, abs=0.01)
    turnover = figure(first_build, "turnover", "CHN", "KAZ", 2023)
    assert turnover["consistency_checked"] and turnover["is_consistent"]
    assert turnover["implied_change_pct"] == pytest.approx(29.75, abs=0.01)


def test_values_convert_to_dollars_or_stay_null(first_build: Build) -> None:
    rows = dict(
        first_build.query(
            "select currency || year(period_start), value_usd from marts.fct_trade_mentions "
            "where reporter_iso3 = 'KAZ' and partner_iso3 = 'RUS'"
        )
    )
    rate_2024 = first_build.scalar(
        "select units_per_usd from reference.fx_rates where currency = 'KZT' and year = 2024",
        private=True,
    )
    assert rows["KZT2024"] == pytest.approx(2.1e12 / rate_2024)
    assert rows["USD2008"] is None
    missing_rates = first_build.query(
        "select currency, year(period_start) from audit.assert_trade_mentions_have_usd_rate", private=True
    )
    assert missing_rates == [("USD", 2008)]


def test_every_mention_links_to_its_consolidated_figure(first_build: Build) -> None:
    unlinked = first_build.scalar(
        "select count(*) from marts.fct_trade_mentions m "
        "left join marts.fct_bilateral_trade t using (trade_id) where t.trade_id is null"
    )
    assert unlinked == 0
    assert first_build.scalar("select count(*) from marts.bridge_bilateral_trade_document") == 15


# --------------------------------------------------------------------------- documents


def test_copies_point_to_the_earliest_document(first_build: Build) -> None:
    duplicates = first_build.query(
        "select d.source_path, o.source_path from marts.dim_document d "
        "join marts.dim_document o on d.duplicate_of = o.document_id"
    )
    assert duplicates == [("copy_of_cn_kz.txt", "cn_kz_2024-04-03.txt")]


#: Each fixed vocabulary of the marts: a CHECK constraint of the table, listing exactly the
#: values the pipeline writes (imports fold into exports in the consolidated figures).
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("fct_trade_mentions", "flow"): FLOWS,
    ("fct_bilateral_trade", "flow"): ("turnover", "exports"),
    ("fct_engagements", "engagement_type"): ENGAGEMENT_TYPES,
    ("fct_engagement_events", "engagement_type"): ENGAGEMENT_TYPES,
    ("bridge_engagement_participant", "participant_type"): PARTICIPANT_TYPES,
    ("bridge_event_participant", "participant_type"): PARTICIPANT_TYPES,
    ("rejected_documents", "reason"): REJECTION_REASONS,
}


def test_marts_refuse_values_the_pipeline_never_writes(first_build: Build) -> None:
    rows = first_build.query(
        "select table_name, expression from duckdb_constraints() "
        "where schema_name = 'marts' and constraint_type = 'CHECK'"
    )
    found = {}
    for table, expression in rows:
        match = re.fullmatch(r"\((\w+) IN \((.*)\)\)", expression)
        assert match, expression
        found[(table, match.group(1))] = tuple(re.findall(r"'([^']*)'", match.group(2)))
    assert {k: sorted(v) for k, v in found.items()} == {k: sorted(v) for k, v in VOCABULARIES.items()}


def test_rejected_files_are_listed(first_build: Build) -> None:
    assert first_build.query("select source_path, reason from marts.rejected_documents") == [
        ("photo.txt", "not_text")
    ]


def test_dim_date_covers_every_fact_date(first_build: Build) -> None:
    first, last = first_build.query("select min(date_day), max(date_day) from marts.dim_date")[0]
    assert (first.isoformat(), last.isoformat()) == ("2008-01-01", "2024-11-29")


# --------------------------------------------------------------------------- engagements


def events_by_type(build: Build) -> dict[tuple[str, str | None], tuple[int, int]]:
    rows = build.query(
        "select engagement_type, location, n_engagements, n_documents from marts.fct_engagement_events"
    )
    return {(t, loc): (n_eng, n_doc) for t, loc, n_eng, n_doc in rows}


def test_reports_of_one_engagement_form_one_event(first_build: Build) -> None:
    assert events_by_type(first_build) == {
        ("meeting", "Astana"): (2, 2),  # the 1st and, in another document, the 2nd
        ("meeting", "Beijing"): (1, 1),  # same day and pair, another city
        ("phone_call", None): (2, 2),  # two reports of one call
        ("visit", "Moscow"): (3, 1),  # the 27th, 28th and a placeless 29th, chained
        ("agreement", "Moscow"): (1, 1),  # undated: its own event
    }
    assert first_build.scalar("select count(*) from marts.fct_engagements where event_id is null") == 0


def test_people_resolve_across_name_forms(first_build: Build) -> None:
    people = {
        name: (title, country, n)
        for name, title, country, n in first_build.query(
            "select name, latest_title, country_iso3, n_engagements from marts.dim_person"
        )
    }
    assert people == {
        "Murat Nurtleu": ("Foreign Minister", "KAZ", 2),
        "Liu Yongxing": ("Chairman of the Board of Directors", "CHN", 1),
        "Wang Yi": ("Minister of Foreign Affairs", "CHN", 1),
        "Kassym-Jomart Tokayev": ("Head of State", "KAZ", 3),
        "Recep Tayyip Erdoğan": ("President of Türkiye", "TUR", 2),
    }
    titles = first_build.query(
        "select h.title from marts.dim_person_title_history h join marts.dim_person p using (person_id) "
        "where p.name = 'Kassym-Jomart Tokayev' order by h.first_seen_on"
    )
    assert titles == [("President",), ("Head of State",)]


def test_organizations_resolve_across_legal_forms(first_build: Build) -> None:
    organizations = dict(first_build.query("select name, n_engagements from marts.dim_organization"))
    assert organizations == {
        "Shandong Hi-Speed Group": 2,
        "Chinese Meat Association": 1,
        "East Hope Group": 1,
    }


def test_every_participant_has_an_identity(first_build: Build) -> None:
    missing = first_build.scalar(
        "select count(*) from marts.bridge_engagement_participant "
        "where (participant_type = 'person' and person_id is null) "
        "or (participant_type = 'organization' and organization_id is null)"
    )
    assert missing == 0
    event_people = first_build.query(
        "select name from marts.bridge_event_participant where participant_type = 'person' "
        "and n_engagements = 2 order by name"
    )
    assert event_people == [("Kassym-Jomart Tokayev",), ("Murat Nurtleu",), ("Recep Tayyip Erdoğan",)]


# --------------------------------------------------------------------------- history


def test_second_build_passes(second_build: Build) -> None:
    problems = {k: v for k, v in second_build.statuses.items() if v not in {"success", "pass"}}
    assert problems == {"test.newsfacts.assert_trade_mentions_have_usd_rate": "warn"}
    print(f"\nincremental dbt build took {second_build.seconds:.1f}s")


def test_a_parser_crash_is_listed_without_stopping_the_build(second_build: Build) -> None:
    assert second_build.query(
        "select reason from marts.rejected_documents where source_path = ?", [PARSER_CRASH_PATH]
    ) == [("parse_error",)]


def test_a_changed_document_replaces_its_facts(first_build: Build, second_build: Build) -> None:
    doc_id = XINHUA_V2.document_id
    sql = "select value from marts.fct_trade_mentions where document_id = ?"
    assert second_build.query(sql, [doc_id]) == [(16.8 * BN,)]
    old_ids = {r[0] for r in first_build.query("select mention_id from marts.fct_trade_mentions")}
    new_ids = {r[0] for r in second_build.query("select mention_id from marts.fct_trade_mentions")}
    assert len(old_ids - new_ids) == 1 and len(new_ids - old_ids) == 1
    history = second_build.query(
        "select value, dbt_valid_to is null from snapshots.snap_trade_mentions "
        "where document_id = ? order by value",
        [doc_id],
    )
    assert history == [(16.7 * BN, False), (16.8 * BN, True)]
    versions = second_build.scalar(
        "select count(*) from snapshots.snap_documents where document_id = ?", [doc_id]
    )
    assert versions == 2


def test_a_deleted_document_leaves_the_marts_and_stays_in_history(second_build: Build) -> None:
    doc_id = by_path(DELETED_PATH).document_id
    for table in ("dim_document", "fct_engagements", "bridge_engagement_participant"):
        assert second_build.scalar(f"select count(*) from marts.{table} where document_id = ?", [doc_id]) == 0
    assert second_build.query(
        "select dbt_valid_to is not null from snapshots.snap_documents where document_id = ?", [doc_id]
    ) == [(True,)]
    assert second_build.query(
        "select dbt_valid_to is not null from snapshots.snap_engagements where document_id = ?", [doc_id]
    ) == [(True,)]


def test_a_re_extraction_that_finds_nothing_removes_the_old_facts(second_build: Build) -> None:
    doc_id = by_path(EMPTIED_PATH).document_id
    assert (
        second_build.scalar("select count(*) from marts.fct_engagements where document_id = ?", [doc_id]) == 0
    )
    assert ("phone_call", None) not in events_by_type(second_build)
    assert (
        second_build.scalar("select count(*) from marts.dim_person where name = 'Recep Tayyip Erdoğan'") == 0
    )


def test_unchanged_documents_are_not_reloaded(second_build: Build) -> None:
    stamps = second_build.query(
        "select distinct extraction_extracted_at from intermediate.int_fold_trade_mentions "
        "where document_id <> ?",
        [XINHUA_V2.document_id],
        private=True,
    )
    assert stamps == [(FIRST_LOAD,)]


def test_ids_are_stable_across_builds(first_build: Build, second_build: Build) -> None:
    sql = "select trade_id from marts.fct_bilateral_trade where flow = 'turnover' and origin_iso3 = 'CHN'"
    assert set(first_build.query(sql)) == set(second_build.query(sql))
    sql = "select event_id from marts.fct_engagement_events where location = 'Astana'"
    assert first_build.query(sql) == second_build.query(sql)


# --------------------------------------------------------------------------- incremental = full


def test_an_incremental_build_equals_a_full_rebuild(second_build: Build, work_dir: Path) -> None:
    """The second build loaded only the documents whose extraction changed into the
    incremental models (delete+insert by document, a post-hook dropping outdated rows);
    rebuilding every table from scratch (`--full-refresh`) on a copy must give the same rows
    in every table."""
    rebuilt = work_dir / "rebuilt.duckdb"
    copy_warehouse(second_build.database, rebuilt)
    run_dbt(["build", "--full-refresh", "--exclude-resource-type", "unit_test"], rebuilt, work_dir / "full")
    manifest = json.loads((work_dir / "full" / "target" / "manifest.json").read_text())
    tables = sorted(
        (node["database"], node["schema"], node["alias"])
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and node["config"]["materialized"] in {"table", "incremental"}
    )
    incremental = [n for n in manifest["nodes"].values() if n["config"].get("materialized") == "incremental"]
    assert len(incremental) >= 3
    con = duckdb.connect()
    try:
        for alias, path in {
            "mine_work": second_build.database,
            "mine_readers": readers_path(second_build.database),
            "full_work": rebuilt,
            "full_readers": readers_path(rebuilt),
        }.items():
            con.execute(f"attach '{path}' as {alias} (read_only)")
        differences = {}
        for database, schema, table in tables:
            side = "readers" if database == "readers" else "work"
            mine, full = (f'"{which}_{side}"."{schema}"."{table}"' for which in ("mine", "full"))
            extra, missing = con.execute(
                f"select (select count(*) from (from {mine} except all from {full})), "
                f"(select count(*) from (from {full} except all from {mine}))"
            ).fetchone()
            if extra or missing:
                differences[f"{schema}.{table}"] = (extra, missing)
    finally:
        con.close()
    assert len(tables) >= 20
    assert differences == {}
