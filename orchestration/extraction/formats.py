"""What the container formats (txt, json, html) hand to `documents.py`, and which one a file is.

Each format module turns decoded text into `Article`s: the body as the container holds
it (not yet cleaned) plus the metadata the container states. Dates stay as written
here; `documents.py` parses and checks them once for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Final


@dataclass(frozen=True, slots=True)
class Article:
    """One article as its container presents it, before text cleaning."""

    body: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # the publication date value as written in the container
    published_origin: str | None = None  # header | json | html_meta
    #: The place of filing a header states apart from the body ("Dateline: ABUJA"), as written;
    #: the body's own dateline wins over it.
    dateline: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FormatFailure:
    """Why a container holds no article: `reason` is one of `model.REJECTION_REASONS`."""

    reason: str
    detail: str


_EXTENSION_FORMATS: Final = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".markdown": "txt",
    ".rst": "txt",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
}

#: Text formats that are data, code or configuration, never articles -> `unsupported`.
UNSUPPORTED_EXTENSIONS: Final = frozenset(
    {
        ".csv", ".tsv", ".xml", ".rss", ".atom", ".yaml", ".yml", ".toml", ".ini", ".cfg",
        ".conf", ".css", ".js", ".mjs", ".ts", ".py", ".sh", ".bat", ".ps1", ".sql", ".log",
        ".srt", ".vtt", ".ics", ".vcf", ".eml", ".svg",
    }
)  # fmt: skip

_LOOKS_HTML: Final = re.compile(
    r"\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_LOOKS_JSON: Final = re.compile(r"\s*[\[{]")


def format_for(source_path: str) -> str | None:
    """txt | json | jsonl | html by extension; "unknown" to sniff; None when unsupported."""
    suffix = PurePosixPath(source_path).suffix.lower()
    if suffix in UNSUPPORTED_EXTENSIONS:
        return None
    return _EXTENSION_FORMATS.get(suffix, "unknown")


def sniff_format(text: str) -> str:
    """The format of a file with an unknown extension, from its decoded text.

    A page starting with `<!doctype html>`/`<html>` is html, text starting with `{` or
    `[` is json (the caller reads it as txt when it does not parse), anything else txt.
    """
    head = text[:2048]
    if _LOOKS_HTML.match(head):
        return "html"
    if _LOOKS_JSON.match(head):
        return "json"
    return "txt"
