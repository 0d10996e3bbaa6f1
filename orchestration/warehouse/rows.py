"""Turning extraction records into staging rows (dicts keyed by column name).

Ids are assigned here, from what identifies each row (see `ids.py`), so the pure
extraction code never has to know about the warehouse.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import datetime
from typing import Any

from orchestration.extraction.model import Document, Extraction, Participant, Rejection, TradeMention
from orchestration.warehouse import ids
from orchestration.warehouse.staging import ExtractionBatch, PendingDocument

#: Field names read straight off the records: `dataclasses.asdict` deep-copies every value
#: recursively, which made row building a large share of the extract step's own time.
_MENTION_FIELDS = tuple(f.name for f in fields(TradeMention))
_PARTICIPANT_FIELDS = tuple(f.name for f in fields(Participant))


def _values(record: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in names}


def text_sha256(text: str) -> str:
    """Hash of the clean text: identical articles under two file names share it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_row(
    doc: Document, source_file: str, size: int, mtime: float, ingested_at: datetime
) -> dict[str, Any]:
    return {
        "document_id": ids.document_id(doc.source_path),
        "source_path": doc.source_path,
        "source_file": source_file,
        "content_sha256": doc.content_sha256,
        "text_sha256": text_sha256(doc.text),
        "format": doc.format,
        "encoding": doc.encoding,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published_date": doc.published_date,
        "published_date_origin": doc.published_date_origin,
        "dateline": doc.dateline,
        "text": doc.text,
        "n_chars": len(doc.text),
        "n_words": len(doc.text.split()),
        "warnings": list(doc.warnings),
        "file_size": size,
        "file_mtime": mtime,
        "ingested_at": ingested_at,
    }


def rejection_row(
    rej: Rejection, source_file: str, size: int, mtime: float, detected_at: datetime
) -> dict[str, Any]:
    return {
        "source_path": rej.source_path,
        "source_file": source_file,
        "content_sha256": rej.content_sha256,
        "reason": rej.reason,
        "detail": rej.detail,
        "file_size": size,
        "file_mtime": mtime,
        "detected_at": detected_at,
    }


def extraction_batch(
    results: list[tuple[PendingDocument, Extraction, str | None]],
    extractor_version: str,
    extracted_at: datetime,
) -> ExtractionBatch:
    """Staging rows for each (document, extraction, extractor error or None)."""
    batch = ExtractionBatch([], [], [], [], [])
    for doc, extraction, error in results:
        batch.extractions.append(
            {
                "document_id": doc.document_id,
                "content_sha256": doc.content_sha256,
                "extractor_version": extractor_version,
                "n_trade_mentions": len(extraction.trade_mentions),
                "n_engagements": len(extraction.engagements),
                "error": error,
                "extracted_at": extracted_at,
            }
        )
        for ordinal, mention in enumerate(extraction.trade_mentions):
            row = _values(mention, _MENTION_FIELDS)
            row.update(
                mention_id=ids.mention_id(doc.document_id, doc.content_sha256, ordinal),
                document_id=doc.document_id,
                ordinal=ordinal,
                extracted_at=extracted_at,
            )
            batch.trade_mentions.append(row)
        for ordinal, eng in enumerate(extraction.engagements):
            eid = ids.engagement_id(doc.document_id, doc.content_sha256, ordinal)
            batch.engagements.append(
                {
                    "engagement_id": eid,
                    "document_id": doc.document_id,
                    "ordinal": ordinal,
                    "engagement_date": eng.engagement_date,
                    "engagement_type": eng.engagement_type,
                    "cameo_code": eng.cameo_code,
                    "plover_event": eng.plover_event,
                    "plover_mode": eng.plover_mode,
                    "location": eng.location,
                    "topics": list(eng.topics),
                    "evidence": eng.evidence,
                    "char_start": eng.char_start,
                    "char_end": eng.char_end,
                    "extracted_at": extracted_at,
                }
            )
            batch.engagement_countries.extend(
                {"engagement_id": eid, "document_id": doc.document_id, "country_iso3": c}
                for c in sorted(set(eng.countries))
            )
            batch.engagement_participants.extend(
                {
                    "engagement_id": eid,
                    "document_id": doc.document_id,
                    "ordinal": i,
                    **_values(p, _PARTICIPANT_FIELDS),
                }
                for i, p in enumerate(eng.participants)
            )
    return batch
