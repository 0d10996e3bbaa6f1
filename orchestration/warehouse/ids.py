"""Stable identifiers: the same input always gives the same id, across rebuilds and machines.

Ids are short hex digests of what identifies a row, so they never depend on load order,
row numbers or timestamps (the warehouse contract promises stable ids).
"""

from __future__ import annotations

import hashlib


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def document_id(source_path: str) -> str:
    """A document is its place in the raw folder: a changed file keeps its id."""
    return _digest("document", source_path)


def mention_id(document_id: str, content_sha256: str, ordinal: int) -> str:
    """A trade mention belongs to one version of one document (a new version, new ids)."""
    return _digest("trade", document_id, content_sha256, ordinal)


def engagement_id(document_id: str, content_sha256: str, ordinal: int) -> str:
    """An engagement belongs to one version of one document (a new version, new ids)."""
    return _digest("engagement", document_id, content_sha256, ordinal)
