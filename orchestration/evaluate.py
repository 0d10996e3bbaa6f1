"""Load predictions for scoring: from a built warehouse, or straight from the extractor.

`from_warehouse` reads the marts the way the reference scorer does, so our scores and its
agree; `from_documents` parses and extracts a folder in memory (no dbt, no Dagster), which
is the quick loop for working on the extractor.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any

import duckdb

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.evaluation import DocumentPrediction
from orchestration.extraction.model import Document, Engagement, RawFile, TradeMention
from orchestration.extraction.pipeline import extract_document


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.json"))}


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def from_warehouse(path: Path) -> dict[str, DocumentPrediction]:
    """Predictions per document stem, read from the marts of a warehouse file."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        docs = _rows(con, "select document_id, source_path, published_date, dateline from marts.dim_document")
        trades = _rows(
            con,
            """select document_id, flow, reporter_iso3 as reporter, partner_iso3 as partner,
                      period_start, period_end, value, currency, change_pct, product
               from marts.fct_trade_mentions""",
        )
        engagements = _rows(
            con,
            """select engagement_id, document_id, engagement_date as date, engagement_type as type, location
               from marts.fct_engagements""",
        )
        countries = _rows(con, "select engagement_id, country_iso3 from marts.bridge_engagement_country")
        participants = _rows(
            con, "select engagement_id, participant_type, name from marts.bridge_engagement_participant"
        )
    finally:
        con.close()
    by_id: dict[str, DocumentPrediction] = {}
    stems: dict[str, str] = {}
    for d in docs:
        stem = PurePosixPath(str(d["source_path"])).stem
        if stem in stems.values():
            continue  # like the reference scorer: the first document with a stem wins
        stems[d["document_id"]] = stem
        by_id[d["document_id"]] = DocumentPrediction(
            published_date=str(d["published_date"]) if d["published_date"] else None, dateline=d["dateline"]
        )
    for t in trades:
        if t["document_id"] in by_id:
            by_id[t["document_id"]].trade_facts.append(t)
    eng_countries: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        eng_countries[c["engagement_id"]].add(c["country_iso3"])
    eng_people: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"person": [], "organization": []})
    for p in participants:
        eng_people[p["engagement_id"]].setdefault(p["participant_type"], []).append(p["name"])
    for e in engagements:
        if e["document_id"] not in by_id:
            continue
        names = eng_people[e["engagement_id"]]
        by_id[e["document_id"]].engagements.append(
            {
                "date": e["date"],
                "type": e["type"],
                "location": e["location"],
                "countries": sorted(eng_countries[e["engagement_id"]]),
                "people": names["person"],
                "organizations": names["organization"],
            }
        )
    return {stems[i]: p for i, p in by_id.items()}


def trade_fact(m: TradeMention) -> dict[str, Any]:
    return {
        "flow": m.flow,
        "reporter": m.reporter_iso3,
        "partner": m.partner_iso3,
        "period_start": m.period_start,
        "period_end": m.period_end,
        "value": m.value,
        "currency": m.currency,
        "change_pct": m.change_pct,
        "product": m.product,
    }


def engagement_fact(e: Engagement) -> dict[str, Any]:
    return {
        "date": e.engagement_date,
        "type": e.engagement_type,
        "location": e.location,
        "countries": sorted(set(e.countries)),
        "people": [p.name for p in e.participants if p.participant_type == "person"],
        "organizations": [p.name for p in e.participants if p.participant_type == "organization"],
    }


def predict_document(doc: Document) -> DocumentPrediction:
    extraction = extract_document(doc.text, doc.published_date, doc.dateline, doc.url, doc.title, doc.source)
    return DocumentPrediction(
        published_date=str(doc.published_date) if doc.published_date else None,
        dateline=doc.dateline,
        trade_facts=[trade_fact(m) for m in extraction.trade_mentions],
        engagements=[engagement_fact(e) for e in extraction.engagements],
    )


def from_documents(docs_dir: Path, max_bytes: int = 20 * 1024 * 1024) -> dict[str, DocumentPrediction]:
    """Predictions per document stem, parsing and extracting every file of `docs_dir` in memory."""
    out: dict[str, DocumentPrediction] = {}
    for path in sorted(p for p in docs_dir.rglob("*") if p.is_file() and not p.name.startswith(".")):
        rel = path.relative_to(docs_dir).as_posix()
        stat = path.stat()
        for record in parse_raw_file(
            RawFile(rel, path.read_bytes(), stat.st_mtime, stat.st_size), max_bytes=max_bytes
        ):
            if isinstance(record, Document):
                out.setdefault(PurePosixPath(record.source_path).stem, predict_document(record))
    return out
