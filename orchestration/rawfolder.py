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
    abs_path: Path
    size: int
    mtime: float

    def is_stable(self, now: float, stable_seconds: float) -> bool:
        """True once the file has not been modified for `stable_seconds`."""
        return now - self.mtime >= stable_seconds


@dataclass(frozen=True, slots=True)
class Skipped:
    source_path: str
    why: str


def _skip_reason(path: Path) -> str | None:
    name = path.name
    if name.startswith("."):
        return "hidden folder" if path.is_dir() else "hidden file"
    if name.endswith(EDITOR_LEFTOVER_SUFFIXES) or name.startswith(("~$", ".#")):
        return "editor leftover"
    return None


def scan(raw_dir: Path) -> tuple[list[RawEntry], list[Skipped]]:
    """Every candidate file under `raw_dir` (recursively), sorted by path, plus what was skipped.

    Symlinks are followed only when their target stays inside the raw folder, so nothing
    outside it is ever read. A missing raw folder is an empty one.
    """
    entries: list[RawEntry] = []
    skipped: list[Skipped] = []
    root = raw_dir.resolve()
    if not root.is_dir():
        return entries, skipped
    for path, rel in _walk(root):
        reason = _skip_reason(path)
        if reason is None and path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                reason = "symlink leading outside the raw folder"
            elif not target.is_file():
                reason = "symlink to something that is not a file"
        if reason is not None:
            skipped.append(Skipped(rel, reason))
            log.info("skipping %s: %s", rel, reason)
            continue
        try:
            st = path.stat()
        except OSError as exc:  # vanished between listing and stat
            skipped.append(Skipped(rel, f"cannot stat: {exc.strerror}"))
            continue
        entries.append(RawEntry(rel, path, st.st_size, st.st_mtime))
    entries.sort(key=lambda e: e.source_path)
    return entries, skipped


def _walk(root: Path) -> Iterator[tuple[Path, str]]:
    """Files under root as (path, relative POSIX path); hidden folders are listed, never entered."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        hidden = sorted(d for d in dirnames if d.startswith("."))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        # a hidden folder (.git, .cache) is reported once, so its files are skipped visibly too
        for name in [*sorted(filenames), *hidden]:
            path = base / name
            yield path, path.relative_to(root).as_posix()
        for name in dirnames:
            # os.walk lists symlinked folders among dirnames without entering them; report them
            # so a link to a folder outside the raw folder is skipped visibly, not silently.
            path = base / name
            if path.is_symlink():
                yield path, path.relative_to(root).as_posix()


def stable_entries(
    entries: list[RawEntry], stable_seconds: float, now: float | None = None
) -> tuple[list[RawEntry], list[RawEntry]]:
    """Split entries into (stable, still being written)."""
    now = time.time() if now is None else now
    stable = [e for e in entries if e.is_stable(now, stable_seconds)]
    settling = [e for e in entries if not e.is_stable(now, stable_seconds)]
    return stable, settling
