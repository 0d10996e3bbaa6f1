"""Hand-made staging rows for building the dbt project, and the edits between two builds.

The rows are invented (no corpus text): short articles about Kazakhstan-China trade and
a few engagements, shaped so each consolidation rule has something to prove.

Version one (`load_version_one`):
- kz_cn_2024-04-01.txt states the six trade figures of the sample article (turnover,
  exports and imports of Kazakhstan with China, 2023 and 2022) and a meeting in Astana.
- cn_kz_2024-04-03.txt repeats the 2023 turnover (pair written China-first), states a
  conflicting import figure (16.9 bn against 16.7 bn) and wheat exports; its text is
  copied verbatim as copy_of_cn_kz.txt (same text, two file names).
- cn_kz_xinhua_2024-04-05.txt reports China's 2023 exports to Kazakhstan (the same figure
  as Kazakhstan's imports from China), the Astana meeting again one day later with
  short name forms, and a different meeting in Beijing.
- kz_tr_call_a.txt / kz_tr_call_b.txt report one phone call with different name forms.
- kz_ru_visit.txt reports a three-day visit day by day, a tenge figure, a figure for a
  year without exchange rates (2008), and an agreement with no date.

Version two (`apply_version_two`): cn_kz_xinhua changes (new figure, new ids),
kz_tr_call_b.txt is deleted (its facts deliberately left behind in the fact tables), and
kz_tr_call_a.txt is re-extracted with no engagements at all.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parents[2]
STAGING_DDL = REPO_ROOT / "orchestration" / "warehouse" / "staging_tables.sql"

FIRST_LOAD = datetime(2024, 11, 30, 12, 0, 0)
SECOND_LOAD = datetime(2024, 12, 1, 9, 30, 0)
BN = 1_000_000_000


def stable_id(*parts: object) -> str:
    """Ids the way the Python loader makes them: a short digest of what identifies the row."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Figure:
    flow: str
    reporter: str
    partner: str
    start: date
    end: date
    value: float
    currency: str = "USD"
    change_pct: float | None = None
    product: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    country: str | None
    organization: str | None = None


@dataclass(frozen=True)
class Organization:
    name: str
    country: str | None


@dataclass(frozen=True)
class Meeting:
    day: date | None
    type: str
    cameo: str
    location: str | None
    countries: tuple[str, ...]
    participants: tuple[Person | Organization, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    path: str
    published: date
    text: str
    figures: tuple[Figure, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    extra_bytes: str = field(default="")  # makes the raw bytes differ while the text is equal

    @property
    def document_id(self) -> str:
        return stable_id("document", self.path)

    @property
    def content_sha256(self) -> str:
        return sha(self.extra_bytes + self.text)


Y2023 = (date(2023, 1, 1), date(2023, 12, 31))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))

NURTLEU = Person("Murat Nurtleu", "Minister of Foreign Affairs", "KAZ")
LIU = Person("Liu Yongxing", "Chairman of the Board of Directors", "CHN", "East Hope Group")
ASTANA_MEETING_PARTIES = (
    NURTLEU,
    LIU,
    Organization("Shandong Hi-Speed Group", "CHN"),
    Organization("Chinese Meat Association", "CHN"),
    Organization("East Hope Group", "CHN"),
)

CN_KZ_TEXT = (
    "Trade between China and Kazakhstan reached $31.4 billion in 2023. Kazakhstan bought "
    "$16.9 billion of Chinese goods last year. Kazakh wheat sold to China was worth $0.5 billion."
)

ARTICLES = (
    Article(
        path="kz_cn_2024-04-01.txt",
        published=date(2024, 4, 1),
        text="An invented report on Kazakhstan-China trade and a meeting in Astana.",
        figures=(
            Figure("turnover", "KAZ", "CHN", *Y2023, 31.4 * BN, change_pct=30.0),
            Figure("turnover", "KAZ", "CHN", *Y2022, 24.2 * BN),
            Figure("exports", "KAZ", "CHN", *Y2023, 14.7 * BN, change_pct=14.7),
            Figure("exports", "KAZ", "CHN", *Y2022, 13.0 * BN),
            Figure("imports", "KAZ", "CHN", *Y2023, 16.7 * BN, change_pct=50.5),
            Figure("imports", "KAZ", "CHN", *Y2022, 11.1 * BN),
        ),
        meetings=(
            Meeting(
                date(2024, 4, 1),
                "meeting",
                "040",
                "Astana",
                ("CHN", "KAZ"),
                ASTANA_MEETING_PARTIES,
                ("industrial park construction", "livestock exports"),
            ),
        ),
    ),
    Article(
        path="cn_kz_2024-04-03.txt",
        published=date(2024, 4, 3),
        text=CN_KZ_TEXT,
        figures=(
            Figure("turnover", "CHN", "KAZ", *Y2023, 31.4 * BN),
            Figure("imports", "KAZ", "CHN", *Y2023, 16.9 * BN),
            Figure("exports", "KAZ", "CHN", *Y2023, 0.5 * BN, product="Wheat"),
        ),
    ),
    Article(
        path="copy_of_cn_kz.txt",
        published=date(2024, 4, 3),
        text=CN_KZ_TEXT,
        extra_bytes="\ufeff",
        figures=(
            Figure("turnover", "CHN", "KAZ", *Y2023, 31.4 * BN),
            Figure("imports", "KAZ", "CHN", *Y2023, 16.9 * BN),
            Figure("exports", "KAZ", "CHN", *Y2023, 0.5 * BN, product="wheat"),
        ),
    ),
    Article(
        path="cn_kz_xinhua_2024-04-05.txt",
        published=date(2024, 4, 5),
        text="An invented Chinese report: exports to Kazakhstan and two meetings.",
        figures=(Figure("exports", "CHN", "KAZ", *Y2023, 16.7 * BN),),
        meetings=(
            Meeting(
                date(2024, 4, 2),
                "meeting",
                "040",
                "Astana",
                ("CHN", "KAZ"),
                (
                    Person("Nurtleu", "Foreign Minister", "KAZ"),
                    Organization("Shandong Hi-Speed Group Co., Ltd.", "CHN"),
                ),
                ("aluminium projects",),
            ),
            Meeting(
                date(2024, 4, 2),
                "meeting",
                "040",
                "Beijing",
                ("CHN", "KAZ"),
                (Person("Wang Yi", "Minister of Foreign Affairs", "CHN"),),
            ),
        ),
    ),
    Article(
        path="kz_tr_call_a.txt",
        published=date(2024, 10, 17),
        text="An invented report of a phone call between the presidents of Kazakhstan and Türkiye.",
        meetings=(
            Meeting(
                date(2024, 10, 16),
                "phone_call",
                "041",
                None,
                ("KAZ", "TUR"),
                (
                    Person("Kassym-Jomart Tokayev", "President", "KAZ"),
                    Person("Recep Tayyip Erdoğan", "President", "TUR"),
                ),
            ),
        ),
    ),
    Article(
        path="kz_tr_call_b.txt",
        published=date(2024, 10, 18),
        text="Another invented report of the same call, in a different house style.",
        meetings=(
            Meeting(
                date(2024, 10, 16),
                "phone_call",
                "041",
                None,
                ("KAZ", "TUR"),
                (
                    Person("President Tokayev", None, "KAZ"),
                    Person("Erdogan", "President of Türkiye", "TUR"),
                ),
            ),
        ),
    ),
    Article(
        path="kz_ru_visit.txt",
        published=date(2024, 11, 29),
        text="An invented report of a state visit to Moscow, day by day.",
        figures=(
            Figure("turnover", "KAZ", "RUS", date(2024, 1, 1), date(2024, 9, 30), 2.1e12, "KZT"),
            Figure("turnover", "KAZ", "RUS", date(2008, 1, 1), date(2008, 12, 31), 19.0 * BN),
        ),
        meetings=(
            Meeting(date(2024, 11, 27), "visit", "042", "Moscow", ("KAZ", "RUS"),
                    (Person("Kassym-Jomart Tokayev", "Head of State", "KAZ"),)),
            Meeting(date(2024, 11, 28), "visit", "042", "Moscow", ("KAZ", "RUS")),
            Meeting(date(2024, 11, 29), "visit", "042", None, ("KAZ", "RUS")),
            Meeting(None, "agreement", "057", "Moscow", ("KAZ", "RUS")),
        ),
    ),
)  # fmt: skip

#: Version two of cn_kz_xinhua_2024-04-05.txt: a corrected figure, the meetings unchanged.
XINHUA_V2 = Article(
    path="cn_kz_xinhua_2024-04-05.txt",
    published=date(2024, 4, 5),
    text="An invented Chinese report, corrected: exports to Kazakhstan and two meetings.",
    figures=(Figure("exports", "CHN", "KAZ", *Y2023, 16.8 * BN),),
    meetings=ARTICLES[3].meetings,
)
DELETED_PATH = "kz_tr_call_b.txt"
EMPTIED_PATH = "kz_tr_call_a.txt"


def by_path(path: str) -> Article:
    return next(a for a in ARTICLES if a.path == path)


# --------------------------------------------------------------------------- rows


def document_row(article: Article, ingested_at: datetime) -> dict[str, object]:
    return {
        "document_id": article.document_id,
        "source_path": article.path,
        "source_file": article.path,
        "content_sha256": article.content_sha256,
        "text_sha256": sha(article.text),
        "format": "txt",
        "encoding": "utf-8-sig" if article.extra_bytes else "utf-8",
        "title": None,
        "source": None,
        "url": None,
        "published_date": article.published,
        "published_date_origin": "header",
        "dateline": None,
        "text": article.text,
        "n_chars": len(article.text),
        "n_words": len(article.text.split()),
        "warnings": [],
        "file_size": len((article.extra_bytes + article.text).encode()),
        "file_mtime": ingested_at.timestamp(),
        "ingested_at": ingested_at,
    }


def extraction_rows(article: Article, extracted_at: datetime) -> dict[str, list[dict[str, object]]]:
    """Every fact-table row of one article, keyed by staging table name."""
    doc_id, version = article.document_id, article.content_sha256
    rows: dict[str, list[dict[str, object]]] = {
        "extractions": [
            {
                "document_id": doc_id,
                "content_sha256": version,
                "extractor_version": "test",
                "n_trade_mentions": len(article.figures),
                "n_engagements": len(article.meetings),
                "error": None,
                "extracted_at": extracted_at,
            }
        ],
        "trade_mentions": [],
        "engagements": [],
        "engagement_countries": [],
        "engagement_participants": [],
    }
    for ordinal, f in enumerate(article.figures):
        rows["trade_mentions"].append(
            {
                "mention_id": stable_id("trade", doc_id, version, ordinal),
                "document_id": doc_id,
                "ordinal": ordinal,
                "flow": f.flow,
                "reporter_iso3": f.reporter,
                "partner_iso3": f.partner,
                "period_start": f.start,
                "period_end": f.end,
                "value": f.value,
                "currency": f.currency,
                "change_pct": f.change_pct,
                "product": f.product,
                "evidence": article.text,
                "char_start": 0,
                "char_end": len(article.text),
                "evidence_start": 0,
                "evidence_end": len(article.text),
                "extracted_at": extracted_at,
            }
        )
    for ordinal, m in enumerate(article.meetings):
        engagement_id = stable_id("engagement", doc_id, version, ordinal)
        rows["engagements"].append(
            {
                "engagement_id": engagement_id,
                "document_id": doc_id,
                "ordinal": ordinal,
                "engagement_date": m.day,
                "engagement_type": m.type,
                "cameo_code": m.cameo,
                "plover_event": "AGREE" if m.type == "agreement" else "CONSULT",
                "plover_mode": "phone" if m.type == "phone_call" else None,
                "location": m.location,
                "topics": list(m.topics),
                "evidence": article.text,
                "char_start": 0,
                "char_end": len(article.text),
                "extracted_at": extracted_at,
            }
        )
        rows["engagement_countries"] += [
            {"engagement_id": engagement_id, "document_id": doc_id, "country_iso3": c} for c in m.countries
        ]
        for p_ordinal, p in enumerate(m.participants):
            person = isinstance(p, Person)
            rows["engagement_participants"].append(
                {
                    "engagement_id": engagement_id,
                    "document_id": doc_id,
                    "ordinal": p_ordinal,
                    "participant_type": "person" if person else "organization",
                    "name": p.name,
                    "title": p.title if person else None,
                    "country_iso3": p.country,
                    "organization": p.organization if person else None,
                }
            )
    return rows


# --------------------------------------------------------------------------- loading


def rejection_row(
    path: str, content: str, reason: str, detail: str, file_size: int, detected_at: datetime
) -> dict[str, object]:
    """The staging row ingest writes for a raw file it could not use (`content` is hashed)."""
    return {
        "source_path": path,
        "source_file": path,
        "content_sha256": sha(content),
        "reason": reason,
        "detail": detail,
        "file_size": file_size,
        "file_mtime": detected_at.timestamp(),
        "detected_at": detected_at,
    }


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    """Parameterized inserts by column name: the values never become SQL text."""
    for row in rows:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        con.execute(f"insert into staging.{table} ({columns}) values ({marks})", list(row.values()))


def load_article(con: duckdb.DuckDBPyConnection, article: Article, loaded_at: datetime) -> None:
    insert(con, "documents", [document_row(article, loaded_at)])
    for table, rows in extraction_rows(article, loaded_at).items():
        insert(con, table, rows)


def delete_document_rows(con: duckdb.DuckDBPyConnection, document_id: str, tables: tuple[str, ...]) -> None:
    for table in tables:
        con.execute(f"delete from staging.{table} where document_id = ?", [document_id])


FACT_TABLES = (
    "extractions",
    "trade_mentions",
    "engagements",
    "engagement_countries",
    "engagement_participants",
)


def create_staging_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(STAGING_DDL.read_text(encoding="utf-8"))


def load_version_one(con: duckdb.DuckDBPyConnection) -> None:
    create_staging_tables(con)
    for article in ARTICLES:
        load_article(con, article, FIRST_LOAD)
    insert(
        con,
        "rejected_documents",
        [rejection_row("photo.txt", "png", "not_text", "PNG image data under a .txt name", 2048, FIRST_LOAD)],
    )


#: A file the parser itself crashed on: ingest records it as a rejection (a bug to report).
PARSER_CRASH_PATH = "wire/feed.html"


def apply_version_two(con: duckdb.DuckDBPyConnection) -> None:
    """A changed file, a deleted file, a re-extraction that finds nothing, and a parser crash."""
    changed = XINHUA_V2
    delete_document_rows(con, changed.document_id, ("documents", *FACT_TABLES))
    load_article(con, changed, SECOND_LOAD)

    deleted = by_path(DELETED_PATH)
    delete_document_rows(con, deleted.document_id, ("documents",))

    emptied = by_path(EMPTIED_PATH)
    delete_document_rows(con, emptied.document_id, FACT_TABLES)
    for table, rows in extraction_rows(
        Article(emptied.path, emptied.published, emptied.text), SECOND_LOAD
    ).items():
        insert(con, table, rows)

    insert(
        con,
        "rejected_documents",
        [
            rejection_row(
                PARSER_CRASH_PATH,
                "<html>",
                "parse_error",
                "IndexError: list index out of range",
                512,
                SECOND_LOAD,
            )
        ],
    )
