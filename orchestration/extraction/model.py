"""The records that flow from raw files to the staging tables.

These dataclasses are the contract between the pure extraction code and the warehouse
loader: every field maps one-to-one onto a column of a `staging` table (see
`orchestration/warehouse/staging_tables.sql`). They hold plain values only (str, float,
date, tuples) so they pickle cheaply across worker processes and convert to Arrow in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Final

#: Fixed vocabulary of rejection reasons (`marts.rejected_documents.reason`).
REJECTION_REASONS: Final = (
    "empty",  # zero bytes or only whitespace
    "not_text",  # binary content (image, PDF, archive, ...) whatever the extension
    "undecodable",  # bytes that no supported text encoding explains
    "too_large",  # over the configured size limit
    "no_body",  # parsed, but no article text (JSON without text, HTML without article)
    "malformed",  # a structured format (JSON) that does not parse
    "unsupported",  # an extension we do not read
    "unreadable",  # the file could not be read (permissions, vanished mid-read)
    "parse_error",  # the parser itself failed on this file (a bug to report; detail says where)
)

FLOWS: Final = ("turnover", "exports", "imports")
ENGAGEMENT_TYPES: Final = ("meeting", "phone_call", "visit", "agreement", "forum")
PARTICIPANT_TYPES: Final = ("person", "organization")


class FrozenRecord:
    """Pickling for the frozen records below that works the same compiled as from source.

    Ingest's worker processes send documents and rejections back by pickle. Compiled with
    mypyc (`make compile`), a dataclass is a native class whose default unpickling sets each
    field through `__setattr__`, which a frozen dataclass refuses, so every batch large
    enough for workers failed. Rebuilding a record from its fields through its constructor
    works either way.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return type(self), tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class RawFile(FrozenRecord):
    """One file (or one line of a `.jsonl` file) as read from the raw folder."""

    source_path: str  # relative to the raw folder, POSIX separators; `file.jsonl#3` for line 3
    data: bytes
    mtime: float = 0.0
    size: int = 0


@dataclass(frozen=True, slots=True)
class Document(FrozenRecord):
    """An accepted article: clean text plus the metadata found around it.

    `text` is the clean body text; every character offset stored for a fact indexes into it.
    """

    source_path: str
    content_sha256: str  # sha256 of the raw bytes of the file (or of the jsonl line)
    text: str
    format: str  # txt | json | jsonl | html
    encoding: str  # how the bytes were decoded, e.g. utf-8, utf-8-sig, utf-16, cp1252, cp1251
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_date: date | None = None
    published_date_origin: str | None = None  # header | json | html_meta | byline | dateline | none
    dateline: str | None = None  # dateline city in English, e.g. "Astana"
    warnings: tuple[str, ...] = ()  # e.g. "missing_date", "implausible_date: 1899-01-01"


@dataclass(frozen=True, slots=True)
class Rejection(FrozenRecord):
    """A raw file that could not become a document, with a fixed reason and a human detail."""

    source_path: str
    content_sha256: str | None
    reason: str  # one of REJECTION_REASONS
    detail: str


@dataclass(frozen=True, slots=True)
class TradeMention(FrozenRecord):
    """One trade figure between two countries stated in a document."""

    flow: str  # turnover | exports | imports
    reporter_iso3: str  # whose exports/imports; for turnover, either side
    partner_iso3: str
    period_start: date
    period_end: date
    value: float  # in units of `currency`
    currency: str  # ISO 4217
    change_pct: float | None  # stated change vs the comparison period
    product: str | None  # None for all goods
    evidence: str  # the sentence the figure came from
    char_start: int  # offsets of the figure (the money expression) in Document.text
    char_end: int
    evidence_start: int  # offsets of the evidence sentence in Document.text
    evidence_end: int


@dataclass(frozen=True, slots=True)
class Participant(FrozenRecord):
    """A person or organization taking part in an engagement."""

    participant_type: str  # person | organization
    name: str
    title: str | None = None  # as written, without the country
    country_iso3: str | None = None
    organization: str | None = None  # the body a person represents, when not a government


@dataclass(frozen=True, slots=True)
class Engagement(FrozenRecord):
    """Officials or representatives of two or more countries meeting, talking or signing."""

    engagement_date: date | None
    engagement_type: str  # meeting | phone_call | visit | agreement | forum
    cameo_code: str  # CAMEO event code, e.g. "040", "041", "042", "043", "044", "046", "057"
    plover_event: str  # PLOVER event type, e.g. CONSULT, AGREE
    plover_mode: str | None  # PLOVER mode, e.g. "phone", "visit", "third-party", "multilateral"
    location: str | None  # city, or None
    countries: tuple[str, ...]  # ISO alpha-3 of every side, sorted
    evidence: str  # the sentence(s) it came from
    char_start: int  # offsets of the evidence in Document.text
    char_end: int
    participants: tuple[Participant, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction(FrozenRecord):
    """Everything the extractor found in one document."""

    trade_mentions: tuple[TradeMention, ...] = field(default_factory=tuple)
    engagements: tuple[Engagement, ...] = field(default_factory=tuple)
