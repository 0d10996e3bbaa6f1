"""Which files in the raw folder are candidates for ingestion.

The sensor and the ingest asset share this scanner so they agree on what counts: both
skip hidden files, editor leftovers and symlinks that lead outside the folder, and both
treat a file as *stable* only once its size and mtime have stopped changing for a grace
period (a half-written file must never become a document).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: Suffixes editors and office tools leave behind while a file is being edited.
EDITOR_LEFTOVER_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload", ".partial")


@dataclass(frozen=True, slots=True)
class RawEntry:
    """A regular file under the raw folder, as the scanner saw it."""

    source_path: str  # relative to the raw folder, POSIX separators
    abs_path: str  # a string: a Path per file costs more than the scan's stat calls
    size: int
    mtime: float

    def is_stable(self, now: float, stable_seconds: float) -> bool:
        """True once the file has not been modified for `stable_seconds`."""
        return now - self.mtime >= stable_seconds


@dataclass(frozen=True, slots=True)
class Skipped:
    source_path: str
    why: str


def _skip_reason(name: str, is_dir: bool) -> str | None:
    if name.startswith("."):
        return "hidden folder" if is_dir else "hidden file"
    if name.endswith(EDITOR_LEFTOVER_SUFFIXES) or name.startswith(("~$", ".#")):
        return "editor leftover"
    return None


def scan(raw_dir: Path) -> tuple[list[RawEntry], list[Skipped]]:
    """Every candidate file under `raw_dir` (recursively), sorted by path, plus what was skipped.

    Symlinks are followed only when their target stays inside the raw folder, so nothing
    outside it is ever read. A missing raw folder is an empty one.

    Every sensor tick and every ingest runs this over the whole folder, so it works on
    `os.scandir` entries and plain strings: the file type comes with the listing and a
    regular file costs one `stat` (pathlib objects per file made a 100,000-file scan ~4x slower).
    """
    entries: list[RawEntry] = []
    skipped: list[Skipped] = []
    root = raw_dir.resolve()
    if not root.is_dir():
        return entries, skipped

    def skip(rel: str, reason: str) -> None:
        skipped.append(Skipped(rel, reason))
        log.info("skipping %s: %s", rel, reason)

    for item, rel in _walk(str(root)):
        reason = _skip_reason(item.name, item.is_dir())  # a link to a folder counts as a folder
        if reason is None and item.is_symlink():
            target = Path(item.path).resolve()
            if not target.is_relative_to(root):
                reason = "symlink leading outside the raw folder"
            elif not target.is_file():
                reason = "symlink to something that is not a file"
        if reason is not None:
            skip(rel, reason)
            continue
        try:
            st = item.stat()  # follows a link (already known to stay inside)
        except OSError as exc:  # vanished between listing and stat
            skip(rel, f"cannot stat: {exc.strerror}")
            continue
        entries.append(RawEntry(rel, item.path, st.st_size, st.st_mtime))
    entries.sort(key=lambda e: e.source_path)
    return entries, skipped


def _walk(root: str, prefix: str = "") -> Iterator[tuple[os.DirEntry[str], str]]:
    """Files under root as (entry, relative POSIX path); hidden folders are listed, never entered.

    Symlinked folders are listed (so a link leading outside is skipped visibly, not
    silently), never entered. A folder that cannot be listed is left out, as `os.walk` does.
    """
    try:
        with os.scandir(root) as listing:
            items = sorted(listing, key=lambda i: i.name)
    except OSError:
        return
    folders = []
    for item in items:
        if item.is_dir(follow_symlinks=False) and not item.name.startswith("."):
            folders.append(item)
        else:
            # files, hidden folders (reported once: .git, .cache) and symlinks of any kind
            yield item, prefix + item.name
    for folder in folders:
        yield from _walk(folder.path, prefix + folder.name + "/")


def stable_entries(
    entries: list[RawEntry], stable_seconds: float, now: float | None = None
) -> tuple[list[RawEntry], list[RawEntry]]:
    """Split entries into (stable, still being written)."""
    now = time.time() if now is None else now
    stable = [e for e in entries if e.is_stable(now, stable_seconds)]
    settling = [e for e in entries if not e.is_stable(now, stable_seconds)]
    return stable, settling
