"""Read-ahead: the files of an ingest chunk are in memory before a worker reads them.

Residency is observed with mincore(2), which reports the pages of a mapping that are in
memory without reading them; a file is first pushed out of the cache with
`posix_fadvise(DONTNEED)` after it is synced.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import mmap
import os
import sys
import time
from pathlib import Path

import pytest

from orchestration.warehouse.ingest import ingest_folder
from orchestration.warehouse.readahead import ReadAhead, advise_will_need

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux page-cache calls")
_LIBC = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def _cached(path: Path) -> bool:
    """True when the file's first page is in the page cache: mincore(2) on a mapping of
    it, which looks without reading (a read, even a non-blocking one, starts I/O)."""
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY) as mapped:
        address = ctypes.addressof(ctypes.c_char.from_buffer(mapped))
        resident = (ctypes.c_ubyte * 1)()
        if _LIBC.mincore(ctypes.c_void_p(address), ctypes.c_size_t(1), resident) != 0:
            raise OSError(ctypes.get_errno(), "mincore failed")
        return bool(resident[0] & 1)


def _evicted_files(folder: Path, n: int) -> list[Path]:
    """`n` files written, synced and dropped from the page cache (skips where the
    filesystem keeps every page in memory, as tmpfs does)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"story-{i}.txt"
        path.write_text(f"Story {i}.\n\n" + "Trade rose sharply this year. " * 200)
        paths.append(path)
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    if any(_cached(p) for p in paths):
        pytest.skip("this filesystem keeps the files in memory whatever it is told")
    return paths


def _wait_until_cached(paths: list[Path], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if all(_cached(p) for p in paths):
            return True
        time.sleep(0.02)
    return False


def test_advised_files_are_loaded_into_the_page_cache(tmp_path: Path) -> None:
    paths = _evicted_files(tmp_path / "raw", 20)
    assert advise_will_need(str(p) for p in paths) == 20
    assert _wait_until_cached(paths)


def test_files_that_cannot_be_opened_are_left_for_the_reader(tmp_path: Path) -> None:
    readable = tmp_path / "kept.txt"
    readable.write_text("kept")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer without O_NONBLOCK
    missing = tmp_path / "gone.txt"
    assert advise_will_need([str(missing), str(readable)]) == 1
    with ReadAhead() as readahead:
        assert readahead.queue([str(fifo)]).result(timeout=5) in (0, 1)


def test_ingest_reads_files_the_cache_had_let_go(tmp_path: Path) -> None:
    """A chunk's files are advised as the chunk is queued, and every one is ingested."""
    raw = tmp_path / "raw"
    _evicted_files(raw, 30)
    report = ingest_folder(raw, tmp_path / "work.duckdb", max_bytes=1 << 20, stable_seconds=0, chunk_files=10)
    assert (report.read, report.documents, report.rejected) == (30, 30, {})
