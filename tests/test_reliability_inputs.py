"""Hostile input, idempotent rebuilds and readers during publishes: real Dagster runs, real files.

One module-scoped history: the hostile files (`hostile_inputs.py`, written at test time, at
the top of the raw folder and again two folders down) are built; a reader process then
queries the published file in a loop while a second run adds good and bad files and a
third run rebuilds unchanged input. Each test checks one promise of issue 5 on it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from hostile_inputs import (
    CP1251_ARTICLE,
    CP1252_ARTICLE,
    HOSTILE_MAX_BYTES,
    JINJA_ARTICLE,
    write_hostile_inputs,
)
from reliability_reader import read_published
from reliability_support import ReaderLog, differences, materialize, read_tables, reader_process, run_messages

pytestmark = pytest.mark.slow

NESTED = "nested dir/Ünïcode sub"
SECRET = "OUTSIDE-THE-RAW-FOLDER-7f3a91"
DUCKDB_CLI = Path(sys.executable).parent / "duckdb"
SQL_LINES = (
    "Robert'); DROP TABLE documents; --",
    "' OR '1'='1'; DELETE FROM staging.documents WHERE 1=1; --",
)
JINJA_PARTS = ("{{ config(materialized='table') }}", "{% macro drop_all() %}", "{{ this }}", "{# comment #}")


@dataclass
class History:
    raw: Path
    warehouse: Path
    expected: dict[str, str]  # relative path -> "document" | "rejected:<reason>" | "skipped"
    messages: list[str]  # log lines of the first run
    results: list[dg.ExecuteInProcessResult]
    known: dict[str, dict]  # build id -> what a reader must see in it
    tables: list[dict[str, list[tuple]]]  # marts and snapshots after runs 2 and 3, every column
    reader: ReaderLog
    reader_window: tuple[float, float]  # wall-clock start of run 2 and end of run 3

    def work(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.warehouse.parent / ".work" / self.warehouse.name), read_only=True)

    def published(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.warehouse), read_only=True)


def _write_raw_folder(root: Path) -> tuple[Path, dict[str, str]]:
    raw = root / "raw"
    expected = write_hostile_inputs(raw)
    expected |= {f"{NESTED}/{p}": o for p, o in write_hostile_inputs(raw / NESTED).items()}
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"date 2024-03-05\n\nNAIROBI - {SECRET} exports rose 5% in 2023.\n")
    (raw / "leak.txt").symlink_to(outside / "secret.txt")
    (raw / "leak_folder").symlink_to(outside, target_is_directory=True)
    (raw / "inside_link.txt").symlink_to(raw / "same_text_a.txt")
    (raw / ".cache").mkdir()
    (raw / ".cache" / "article.txt").write_text(f"date 2024-03-05\n\nLIMA - {SECRET} in a hidden folder.\n")
    # UTF-8 twins of the code-page articles: decoded correctly, they are the same text
    (raw / "twins").mkdir()
    (raw / "twins" / "cp1252_as_utf8.txt").write_text(CP1252_ARTICLE, encoding="utf-8")
    (raw / "twins" / "cp1251_as_utf8.txt").write_text(CP1251_ARTICLE, encoding="utf-8")
    expected |= {
        "leak.txt": "skipped",
        "leak_folder": "skipped",
        "inside_link.txt": "document",
        ".cache": "skipped",
        "twins/cp1252_as_utf8.txt": "document",
        "twins/cp1251_as_utf8.txt": "document",
    }
    return raw, expected


LATE_FILES = {
    "late/broken.json": (b'{"title": "Cut off", "text": "Exports ro', "rejected:malformed"),
    "late/photo.jpg.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8, "rejected:not_text"),
    "late/good.txt": (
        b"date 2024-05-02\n\nDOHA, May 2 (Reuters) - Qatar's exports to Japan rose 4% to $21 billion in "
        b"2023, the planning authority said.\n",
        "document",
    ),
}


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    root = tmp_path_factory.mktemp("hostile")
    raw, expected = _write_raw_folder(root)
    warehouse = root / "warehouse" / "warehouse.duckdb"
    instance = dg.DagsterInstance.ephemeral()

    def build() -> dg.ExecuteInProcessResult:
        result = materialize(raw, warehouse, max_file_bytes=HOSTILE_MAX_BYTES, instance=instance)
        answer = read_published(warehouse)
        known[answer["builds"][0]] = answer
        return result

    known: dict[str, dict] = {}
    results = [build()]
    messages = run_messages(instance, results[0].run_id)
    tables = []
    with reader_process(warehouse, root) as reader:
        started = time.time()
        for rel, (data, outcome) in LATE_FILES.items():  # a second run: bad files beside a good one
            (raw / rel).parent.mkdir(parents=True, exist_ok=True)
            (raw / rel).write_bytes(data)
            expected[rel] = outcome
        results.append(build())
        tables.append(read_tables(warehouse, ("marts", "snapshots")))
        results.append(build())  # a third run on unchanged input
        tables.append(read_tables(warehouse, ("marts", "snapshots")))
        ended = time.time()
    return History(raw, warehouse, expected, messages, results, known, tables, reader[0], (started, ended))


def test_every_run_succeeds(history: History):
    assert [r.success for r in history.results] == [True, True, True]


def test_every_file_ends_in_exactly_one_place_with_its_expected_outcome(history: History):
    with history.published() as con:
        docs = con.execute("select source_file, source_path from marts.dim_document").fetchall()
        rejected = con.execute("select source_file, reason, detail from marts.rejected_documents").fetchall()
    outcomes: dict[str, list[str]] = {}
    for source_file, _ in docs:
        outcomes.setdefault(source_file, []).append("document")
    for source_file, reason, detail in rejected:
        assert detail.strip(), f"{source_file}: a rejection says why"
        outcomes.setdefault(source_file, []).append(f"rejected:{reason}")
    wanted = {p: o for p, o in history.expected.items() if o != "skipped"}
    assert sorted(outcomes) == sorted(wanted), "every file that is not skipped is in the marts, nothing else"
    wrong = {
        p: got
        for p, got in outcomes.items()
        if set(got) != {wanted[p]} or (wanted[p].startswith("rejected") and len(got) != 1)
    }
    assert wrong == {}, f"expected {[(p, wanted[p]) for p in wrong]}"
    multi = {p for p, got in outcomes.items() if len(got) > 1}
    assert multi == {"batch.jsonl", "batch_list.json", f"{NESTED}/batch.jsonl", f"{NESTED}/batch_list.json"}


def test_skipped_files_are_logged_and_their_content_never_read(history: History):
    skipped = [p for p, o in history.expected.items() if o == "skipped"]
    assert len(skipped) >= 10
    for path in skipped:
        assert any(m.startswith(f"{path}: skipped (") for m in history.messages), f"no log line for {path}"
    with history.work() as con:
        texts = con.execute("select text from staging.documents").fetchall()
        details = con.execute("select detail from staging.rejected_documents").fetchall()
    assert not any(SECRET in t for (t,) in texts + details), "a file outside the raw folder was read"


def _texts(history: History) -> dict[str, tuple[str, str, str]]:
    with history.work() as con:
        rows = con.execute(
            "select source_path, text, encoding, document_id from staging.documents"
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


@pytest.mark.parametrize(
    ("path", "encoding", "twin"),
    [
        ("utf8_bom.txt", "utf-8-sig", "same_text_a.txt"),
        ("utf16_le_bom.txt", "utf-16-le", "same_text_a.txt"),
        ("utf16_be_bom.txt", "utf-16-be", "same_text_a.txt"),
        ("utf16_le_no_bom.txt", "utf-16-le", "same_text_a.txt"),
        ("nul_bytes.txt", "utf-8", "same_text_a.txt"),
        ("cp1252_smart_quotes.txt", "cp1252", "twins/cp1252_as_utf8.txt"),
        ("cp1251_cyrillic.txt", "cp1251", "twins/cp1251_as_utf8.txt"),
        (f"{NESTED}/cp1251_cyrillic.txt", "cp1251", "twins/cp1251_as_utf8.txt"),
    ],
)
def test_encoded_articles_decode_to_the_text_of_their_utf8_twin(history: History, path, encoding, twin):
    texts = _texts(history)
    text, got_encoding, document_id = texts[path]
    assert got_encoding == encoding
    assert text == texts[twin][0]
    with history.published() as con:
        facts = con.execute(
            """
            select document_id, flow, reporter_iso3, partner_iso3, period_start, value, currency
            from marts.fct_trade_mentions where document_id in (?, ?)
            """,
            [document_id, texts[twin][2]],
        ).fetchall()
    mine = sorted(f[1:] for f in facts if f[0] == document_id)
    theirs = sorted(f[1:] for f in facts if f[0] == texts[twin][2])
    assert mine == theirs, "the same text gives the same facts whatever its encoding"


def test_code_page_articles_keep_their_letters(history: History):
    texts = _texts(history)
    assert "France’s exports to Côte d’Ivoire rose 8% to €1.4 billion" in texts["cp1252_smart_quotes.txt"][0]
    assert "“It is a record,” she added." in texts["cp1252_smart_quotes.txt"][0]
    assert "Товарооборот между Россией и Казахстаном" in texts["cp1251_cyrillic.txt"][0]


@pytest.mark.parametrize(
    ("path", "warning"),
    [
        ("missing_date.txt", "missing_date"),
        ("implausible_date.txt", "implausible_date: 1899-01-01"),
        ("future_date.txt", "implausible_date: 2999-01-01"),
    ],
)
def test_missing_and_implausible_dates_are_recorded_not_fatal(history: History, path, warning):
    with history.published() as con:
        row = con.execute(
            "select published_date, warnings from marts.dim_document where source_path = ?", [path]
        ).fetchone()
    assert row is not None, "the article is a document all the same"
    assert row[0] is None
    assert warning in row[1]


def test_identical_texts_point_to_the_earliest_document(history: History):
    with history.published() as con:
        rows = con.execute(
            "select document_id, source_path, text_sha256, duplicate_of, ingested_at from marts.dim_document"
        ).fetchall()
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        groups.setdefault(row[2], []).append(row)
    for members in groups.values():
        first = min(members, key=lambda r: (r[4], r[1]))
        assert first[3] is None
        assert all(r[3] == first[0] for r in members if r is not first)
    by_path = {r[1]: r for r in rows}
    same = {by_path[p][2] for p in ("same_text_a.txt", "same_text_b.txt", "inside_link.txt", "Алматы.txt")}
    assert len(same) == 1, "identical text under several names is one text"
    assert by_path["same_text_b.txt"][3] is not None


def test_sql_and_jinja_looking_content_is_stored_verbatim(history: History):
    texts = _texts(history)
    for line in SQL_LINES:
        assert line in texts["sql_injection.txt"][0]
    for part in JINJA_PARTS:
        assert part in texts["jinja_template.txt"][0]
    with history.published() as con:  # readers get it verbatim too: the snapshot keeps the text
        published = con.execute(
            "select text from snapshots.snap_documents where source_path = 'jinja_template.txt'"
        ).fetchone()[0]
        tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    assert published == texts["jinja_template.txt"][0]
    assert JINJA_ARTICLE.split("\n\n", 1)[1].strip() in published
    assert {"dim_document", "rejected_documents", "fct_trade_mentions"} <= tables, "nothing was dropped"


def test_one_bad_file_never_stops_the_batch(history: History):
    result = history.results[1]
    ingest = result.asset_materializations_for_node("raw_documents")[0].metadata
    assert ingest["files_read"].value == len(LATE_FILES)
    assert ingest["documents_written"].value == 1
    with history.published() as con:
        good = con.execute("select count(*) from marts.dim_document where source_path = 'late/good.txt'")
        assert good.fetchone() == (1,)


def test_rebuild_with_unchanged_input_changes_no_row_of_any_table(history: History):
    after_second, after_third = history.tables
    assert differences(after_second, after_third) == []
    assert len(after_third) >= 11
    ingest = history.results[2].asset_materializations_for_node("raw_documents")[0].metadata
    assert ingest["files_read"].value == 0


def test_readers_are_never_blocked_or_torn(history: History):
    log = history.reader
    print(f"reader: {len(log.answers)} queries, {len(log.builds)} builds seen, {len(log.errors)} errors")
    assert log.errors == []
    assert log.kept_querying(*history.reader_window), "the reader kept querying through the runs"
    assert len(log.builds) >= 2, "the reader saw several publishes"
    assert log.torn(history.known) == [], "every answer is the state of one complete build"
    assert max(a["seconds"] for a in log.answers) < 10, "no reader waited on a writer"


def test_published_file_is_read_only_and_older_duckdb_reads_it(history: History):
    mode = history.warehouse.stat().st_mode
    assert not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), "the published file is not writable"
    if not DUCKDB_CLI.exists():
        pytest.skip(f"the duckdb CLI (PyPI duckdb-cli) is not installed at {DUCKDB_CLI}")
    version = subprocess.run([DUCKDB_CLI, "--version"], capture_output=True, text=True, check=True).stdout
    out = subprocess.run(
        [
            DUCKDB_CLI,
            "-readonly",
            "-csv",
            "-noheader",
            str(history.warehouse),
            "-c",
            "select count(*) from marts.dim_document",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    with history.published() as con:
        assert int(out.strip()) == con.execute("select count(*) from marts.dim_document").fetchone()[0]
    assert version.startswith("v1."), f"an older DuckDB than the pipeline's ({version.strip()})"
    assert not list(history.warehouse.parent.glob(f".{history.warehouse.name}.*")), "no temporaries left"
    assert os.access(history.warehouse, os.R_OK)
