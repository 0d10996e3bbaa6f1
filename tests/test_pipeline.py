"""End to end: real Dagster runs of every asset over a temporary raw folder and warehouse."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from support import REPO_ROOT, corpus_or_skip

from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.assets.publish import published_warehouse
from orchestration.checks import CONTRACT_TABLES, readers_can_open_every_contract_table
from orchestration.dbt import build_output_flags, dbt_models, dbt_resource
from orchestration.extraction import COMPILED
from orchestration.resources import RawFolder, Warehouse
from orchestration.settings import default_work_path

pytestmark = pytest.mark.slow

ALL_ASSETS = [
    raw_documents,
    extracted_facts,
    dbt_models,
    published_warehouse,
    readers_can_open_every_contract_table,
]
MARTS = CONTRACT_TABLES


def build(raw: Path, warehouse: Path) -> dg.ExecuteInProcessResult:
    result = dg.materialize(
        ALL_ASSETS,
        resources={
            "raw_folder": RawFolder(path=str(raw), stable_seconds=0),
            "warehouse": Warehouse(path=str(warehouse)),
            "dbt": dbt_resource(),
        },
    )
    assert result.success
    failed = [
        f"{c.asset_key.to_user_string()}:{c.check_name}"
        for c in result.get_asset_check_evaluations()
        if not c.passed
    ]
    assert not failed, f"asset checks failed: {failed}"
    return result


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def snapshot_marts(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"select * from marts.{t}").fetchall())) for t in MARTS}
    finally:
        con.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dg.ExecuteInProcessResult]:
    corpus = corpus_or_skip()
    root = tmp_path_factory.mktemp("pipeline")
    raw = root / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    shutil.copy(corpus / "docs" / "kz_cn_2024-04-01.txt", raw / "kz_cn_2024-04-01.txt")
    warehouse = root / "warehouse" / "warehouse.duckdb"
    return raw, warehouse, build(raw, warehouse)


def test_every_contract_table_is_published(built):
    _, warehouse, _ = built
    tables = {
        r[0]
        for r in query(
            warehouse, "select table_name from information_schema.tables where table_schema = 'marts'"
        )
    }
    assert set(MARTS) <= tables
    n_raw = len(list((REPO_ROOT / "raw").iterdir())) + 1
    accepted = query(warehouse, "select count(*) from marts.dim_document")[0][0]
    rejected = query(warehouse, "select count(*) from marts.rejected_documents")[0][0]
    assert accepted + rejected == n_raw


def test_sample_article_gives_its_six_trade_figures(built):
    _, warehouse, _ = built
    rows = query(
        warehouse,
        """
        select flow, reporter_iso3, partner_iso3, period_start::varchar, period_end::varchar,
               value, currency, change_pct
        from marts.fct_trade_mentions m join marts.dim_document d using (document_id)
        where d.source_path = 'kz_cn_2024-04-01.txt'
        order by period_start desc, flow
        """,
    )
    expected = [
        ("exports", "KAZ", "CHN", "2023-01-01", "2023-12-31", 14.7e9, "USD", 14.7),
        ("imports", "KAZ", "CHN", "2023-01-01", "2023-12-31", 16.7e9, "USD", 50.5),
        ("turnover", "KAZ", "CHN", "2023-01-01", "2023-12-31", 31.4e9, "USD", 30.0),
        ("exports", "KAZ", "CHN", "2022-01-01", "2022-12-31", 13.0e9, "USD", None),
        ("imports", "KAZ", "CHN", "2022-01-01", "2022-12-31", 11.1e9, "USD", None),
        ("turnover", "KAZ", "CHN", "2022-01-01", "2022-12-31", 24.2e9, "USD", None),
    ]
    assert [(*r[:5], pytest.approx(r[5]), r[6], r[7]) for r in rows] == expected


def test_sample_article_gives_one_meeting_with_its_people_and_organizations(built):
    _, warehouse, _ = built
    rows = query(
        warehouse,
        """
        select e.engagement_id, e.engagement_date::varchar, e.engagement_type, e.location
        from marts.fct_engagements e join marts.dim_document d using (document_id)
        where d.source_path = 'kz_cn_2024-04-01.txt'
        """,
    )
    assert [r[1:] for r in rows] == [("2024-04-01", "meeting", "Astana")]
    eid = rows[0][0]
    countries = query(
        warehouse,
        "select country_iso3 from marts.bridge_engagement_country where engagement_id = ? order by 1",
        [eid],
    )
    assert countries == [("CHN",), ("KAZ",)]
    names = (
        "select name from marts.bridge_engagement_participant"
        " where engagement_id = ? and participant_type = ? order by 1"
    )
    people = query(warehouse, names, [eid, "person"])
    assert people == [("Liu Yongxing",), ("Murat Nurtleu",)]
    orgs = query(warehouse, names, [eid, "organization"])
    assert orgs == [("Chinese Meat Association",), ("East Hope Group",), ("Shandong Hi-Speed Group",)]


def test_evidence_offsets_slice_the_figure_out_of_the_clean_text(built):
    _, warehouse, _ = built
    con = duckdb.connect(str(warehouse.parent / ".work" / warehouse.name), read_only=True)
    try:
        rows = con.execute(
            """
            select d.text, m.char_start, m.char_end, m.evidence, m.evidence_start, m.evidence_end, m.value
            from staging.trade_mentions m join staging.documents d using (document_id)
            """
        ).fetchall()
    finally:
        con.close()
    assert rows
    for text, start, end, evidence, ev_start, ev_end, _value in rows:
        assert text[ev_start:ev_end] == evidence
        assert ev_start <= start < end <= ev_end
        assert any(ch.isdigit() for ch in text[start:end])


def test_rebuild_with_unchanged_input_changes_no_row(built, capsys: pytest.CaptureFixture[str]):
    raw, warehouse, _ = built
    before = snapshot_marts(warehouse)
    capsys.readouterr()
    result = build(raw, warehouse)
    dbt_output = capsys.readouterr().out  # dbt's log lines, as dagster-dbt passes them on
    ingest = result.asset_materializations_for_node("raw_documents")[0].metadata
    assert ingest["files_read"].value == 0
    extract = result.asset_materializations_for_node("extracted_facts")[0].metadata
    assert extract["documents_extracted"].value == 0
    assert extract["extractor_compiled"].value is COMPILED  # the run says which extractor it ran
    assert snapshot_marts(warehouse) == before
    # the second build of a warehouse reuses the first one's parse (orchestration/dbt.py)
    assert "Running with dbt=" in dbt_output
    assert "Unable to do partial parsing" not in dbt_output
    # ... and leaves out dbt's JSON artifacts and its log file (BUILD_OUTPUT_DEFAULTS)
    (artifacts,) = default_work_path(warehouse).parent.glob("*.dbt-artifacts/*")
    assert (artifacts / "partial_parse.msgpack").exists()
    assert not any((artifacts / name).exists() for name in ("manifest.json", "run_results.json", "dbt.log"))


def test_changed_file_replaces_its_facts_and_deleted_file_leaves_the_marts(tmp_path: Path):
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "w.duckdb"
    raw.mkdir()
    story = raw / "story.txt"
    story.write_text(
        "date 2024-03-01\n\nTASHKENT, March 1. Trade between Uzbekistan and Kazakhstan reached"
        " $4.4 billion in 2023, up 12 percent year-on-year.\n"
    )
    (raw / "other.txt").write_text(
        "date 2024-03-02\n\nBAKU, March 2. Trade between Azerbaijan and Georgia amounted to"
        " $1.1 billion in 2023.\n"
    )
    build(raw, warehouse)
    values = (
        "select m.value from marts.fct_trade_mentions m"
        " join marts.dim_document d using (document_id) where d.source_path = ?"
    )
    assert query(warehouse, values, ["story.txt"]) == [(4.4e9,)]

    story.write_text(story.read_text().replace("$4.4 billion", "$4.6 billion"))
    build(raw, warehouse)
    assert query(warehouse, values, ["story.txt"]) == [(4.6e9,)]

    (raw / "other.txt").unlink()
    build(raw, warehouse)
    assert query(warehouse, "select source_path from marts.dim_document") == [("story.txt",)]
    assert query(warehouse, values, ["other.txt"]) == []


def test_a_title_names_the_pair_of_a_body_that_names_none(tmp_path: Path):
    """The build gives the extractor each document's title: "the two neighbours" of a body
    that names no country are the pair its headline names."""
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "w.duckdb"
    raw.mkdir()
    (raw / "headlined.txt").write_text(
        "date 2025-02-11\ntitle Malawi-Zambia trade climbs\n\nLILONGWE, Feb 11. Trade between the two"
        " neighbours rose to $410 million in 2024, the statistics office said.\n"
    )
    build(raw, warehouse)
    assert query(
        warehouse, "select flow, reporter_iso3, partner_iso3, value from marts.fct_trade_mentions"
    ) in ([("turnover", "MWI", "ZMB", 410e6)], [("turnover", "ZMB", "MWI", 410e6)])


def test_definitions_load():
    from orchestration.definitions import defs

    dg.Definitions.validate_loadable(defs)
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert {"raw_documents", "extracted_facts", "published_warehouse", "marts/fct_trade_mentions"} <= keys
    assert {s.name for s in repo.sensor_defs} == {"raw_folder_sensor", "automation_sensor"}


def test_a_variable_a_user_sets_gives_dbt_its_own_output_back() -> None:
    assert build_output_flags({}) == ["--no-write-json", "--log-level-file", "none"]
    assert build_output_flags({"DBT_WRITE_JSON": "true"}) == ["--log-level-file", "none"]
    assert build_output_flags({"DBT_LOG_LEVEL_FILE": "debug", "DBT_WRITE_JSON": "1"}) == []
