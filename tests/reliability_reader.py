"""A BI-tool-like reader: queries the published warehouse in a loop from its own process.

    python tests/reliability_reader.py WAREHOUSE OUT_JSONL STOP_FILE

Every query opens a new read-only connection (as BI tools and notebooks do), reads which
build the file holds, counts every marts table and checks the invariants that tie the
tables together, all in that one connection, and appends the answer (or the error) to
OUT_JSONL. It stops when STOP_FILE exists. The test then checks that every answer names
a build it knows and matches that build's state exactly: a reader that saw tables of two
builds at once, a half-written file, or a lock error would show up here.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import duckdb

#: Relations between marts tables that hold in every complete build (violations are counted).
INVARIANTS = {
    "mentions_without_document": """
        select count(*) from marts.fct_trade_mentions m
        where m.document_id not in (select document_id from marts.dim_document)""",
    "engagements_without_document": """
        select count(*) from marts.fct_engagements e
        where e.document_id not in (select document_id from marts.dim_document)""",
    "countries_without_engagement": """
        select count(*) from marts.bridge_engagement_country b
        where b.engagement_id not in (select engagement_id from marts.fct_engagements)""",
    "participants_without_engagement": """
        select count(*) from marts.bridge_engagement_participant b
        where b.engagement_id not in (select engagement_id from marts.fct_engagements)""",
    "duplicate_of_unknown_document": """
        select count(*) from marts.dim_document d
        where d.duplicate_of is not null
          and d.duplicate_of not in (select document_id from marts.dim_document)""",
    "path_both_accepted_and_rejected": """
        select count(*) from marts.dim_document d
        join marts.rejected_documents r using (source_path)""",
}


def read_answer(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What one connection sees: build id, row count of every marts table, invariant violations."""
    builds = con.execute("select build_id from meta.build").fetchall()
    tables = [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'marts' and table_type = 'BASE TABLE' order by 1"
        ).fetchall()
    ]
    counts = {t: con.execute(f'select count(*) from marts."{t}"').fetchone()[0] for t in tables}
    violations = {name: con.execute(sql).fetchone()[0] for name, sql in INVARIANTS.items()}
    return {"builds": [b[0] for b in builds], "counts": counts, "violations": violations}


def read_published(path: Path) -> dict[str, Any]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return read_answer(con)
    finally:
        con.close()


def main(path: Path, out: Path, stop: Path, pause_seconds: float = 0.2) -> None:
    with out.open("a", encoding="utf-8") as sink:
        while not stop.exists():
            started, at = time.monotonic(), time.time()
            try:
                answer = read_published(path)
            except Exception as exc:  # every failure is the finding: record it, keep reading
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            answer["seconds"] = round(time.monotonic() - started, 4)
            answer["at"] = at  # wall clock, comparable with the test process's time.time()
            sink.write(json.dumps(answer) + "\n")
            sink.flush()
            time.sleep(pause_seconds)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python tests/reliability_reader.py WAREHOUSE OUT_JSONL STOP_FILE")
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
